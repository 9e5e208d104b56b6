"""A Word document (.docx): its paragraphs, headings, list items and table cells in order.

A table of two columns whose rows hold English on one side and Chinese on the other is a
bilingual table: its rows are read as pairs (the English cell, then the Chinese one), which
the mixed-file import pairs as it pairs a file laid out line by line.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader.core.errors import InputError
from reader.core.formats import damaged_file_errors
from reader.core.formats.blocks import tidy
from reader.core.text import script_of

_BILINGUAL_ROWS = 0.6  # share of a two-column table's rows with one language on each side


def paragraphs(data: bytes, name: str) -> list[str]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        return [text for text in _blocks(document) if text]
    except (PackageNotFoundError, *damaged_file_errors()) as error:
        raise InputError(f"{name}: not a readable Word document ({error})") from error


def _blocks(document: Any) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield tidy(item.text)
        elif isinstance(item, Table):
            yield from _table(item)


def _table(table: Any) -> Iterator[str]:
    rows = [_cells(row) for row in table.rows]
    if _bilingual(rows):
        for left, right in rows:
            english_first = script_of(left) == "en" or script_of(right) == "zh"
            yield from (left, right) if english_first else (right, left)
        return
    for row in rows:
        yield from row


def _cells(row: Any) -> list[str]:
    """A row's cell texts; a merged cell, which python-docx repeats, once."""
    seen, texts = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        texts.append(tidy(" ".join(p.text for p in cell.paragraphs)))
    return texts


def _bilingual(rows: list[list[str]]) -> bool:
    if not rows or any(len(row) != 2 for row in rows):
        return False
    pairs = sum({script_of(row[0]), script_of(row[1])} == {"en", "zh"} for row in rows)
    return pairs >= _BILINGUAL_ROWS * len(rows)
