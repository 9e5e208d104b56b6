"""A Word document (.docx): its paragraphs, headings, list items and table cells in order.

A table of two columns whose rows hold English on one side and Chinese on the other is a
bilingual table: its rows are read as pairs (the English cell, then the Chinese one), which
the mixed-file import pairs as it pairs a file laid out line by line. Bold and italic set on
the words themselves (not by a heading's style) come as marks, for display.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader.core.errors import InputError
from reader.core.formats import damaged_file_errors
from reader.core.formats.blocks import tidy
from reader.core.formats.marked import Marked, MarkedText
from reader.core.text import script_of

_BILINGUAL_ROWS = 0.6  # share of a two-column table's rows with one language on each side


def paragraphs(data: bytes, name: str) -> list[Marked]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        return [block for block in _blocks(document) if block[0]]
    except (PackageNotFoundError, *damaged_file_errors()) as error:
        raise InputError(f"{name}: not a readable Word document ({error})") from error


def _blocks(document: Any) -> Iterator[Marked]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield _marked([item])
        elif isinstance(item, Table):
            yield from _table(item)


def _marked(paragraphs: list[Any]) -> Marked:
    """Word paragraphs as one text (a space between them) with their bold and italic."""
    from docx.text.run import Run

    built = MarkedText()
    for n, paragraph in enumerate(paragraphs):
        if n:
            built.add(" ")
        for item in paragraph.iter_inner_content():
            for run in [item] if isinstance(item, Run) else item.runs:  # or a hyperlink's
                styles = [(kind, "") for kind in ("bold", "italic") if getattr(run, kind)]
                built.add(run.text, *styles)
    return built.text(tidy)


def _table(table: Any) -> Iterator[Marked]:
    rows = [_cells(row) for row in table.rows]
    if _bilingual([[text for text, _ in row] for row in rows]):
        for left, right in rows:
            english_first = script_of(left[0]) == "en" or script_of(right[0]) == "zh"
            yield from (left, right) if english_first else (right, left)
        return
    for row in rows:
        yield from row


def _cells(row: Any) -> list[Marked]:
    """A row's cells; a merged cell, which python-docx repeats, once."""
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(_marked(cell.paragraphs))
    return cells


def _bilingual(rows: list[list[str]]) -> bool:
    if not rows or any(len(row) != 2 for row in rows):
        return False
    pairs = sum({script_of(row[0]), script_of(row[1])} == {"en", "zh"} for row in rows)
    return pairs >= _BILINGUAL_ROWS * len(rows)
