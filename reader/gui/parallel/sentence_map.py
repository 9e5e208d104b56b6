"""Where each sentence sits in the reading view, and which sentences are aligned with it.

Pure bookkeeping over a DocumentView and its rows (no Qt): a sentence is known by its side and its
number over the whole side (as in DocumentView.sentence_beads); a cell is (row, column) and an
offset into a cell counts code points of the cell's text (its paragraphs joined).
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from reader.core.document import PARAGRAPH_SEPARATOR, Bead
from reader.services.views import DocumentView, SideView

SIDES = ("source", "target")  # by column


class CellSpan(NamedTuple):
    row: int
    column: int
    start: int  # code points into the cell's text
    end: int


class _Side:
    """One side's sentences: their paragraphs, their rows and their beads."""

    def __init__(self, view: SideView, rows: tuple[Bead, ...], column: int) -> None:
        self.view = view
        counts = [len(spans) for spans in view.sentences]
        self.first = [0, *accumulate(counts)]  # first[p]: number of paragraph p's first sentence
        self.row_of_paragraph: list[int | None] = [None] * len(view.paragraphs)
        self.cell_start: list[int] = [0] * len(view.paragraphs)  # paragraph's offset in its cell
        for row, bead in enumerate(rows):
            offset = 0
            for p in bead.src if column == 0 else bead.tgt:
                self.row_of_paragraph[p] = row
                self.cell_start[p] = offset
                offset += len(view.paragraphs[p]) + len(PARAGRAPH_SEPARATOR)
        self.bead_of: list[int | None] = [None] * self.first[-1]

    def paragraph_of(self, sentence: int) -> int:
        return bisect_right(self.first, sentence) - 1


class SentenceMap:
    def __init__(self, view: DocumentView, rows: tuple[Bead, ...]) -> None:
        self._rows = rows
        self._sides: dict[str, _Side] = {"source": _Side(view.source, rows, 0)}
        if view.target is not None:
            self._sides["target"] = _Side(view.target, rows, 1)
        self._beads = view.sentence_beads
        for number, bead in enumerate(self._beads):
            for side, ids in zip(SIDES, (bead.src, bead.tgt), strict=True):
                if side in self._sides:
                    for sentence in ids:
                        if sentence < len(self._sides[side].bead_of):
                            self._sides[side].bead_of[sentence] = number

    def count(self, side: str) -> int:
        return self._sides[side].first[-1] if side in self._sides else 0

    def paragraph_cell(self, side_name: str, paragraph: int) -> tuple[int, int] | None:
        """(row, the paragraph's offset in its cell's text) of a paragraph of a side."""
        side = self._sides.get(side_name)
        if side is None or not 0 <= paragraph < len(side.row_of_paragraph):
            return None
        row = side.row_of_paragraph[paragraph]
        return None if row is None else (row, side.cell_start[paragraph])

    def paragraph_span(
        self, side_name: str, paragraph: int, start: int, end: int
    ) -> CellSpan | None:
        """Where [start, end) of a side's paragraph is shown (None: the paragraph is not)."""
        where = self.paragraph_cell(side_name, paragraph)
        if where is None:
            return None
        row, at = where
        return CellSpan(row, SIDES.index(side_name), at + start, at + end)

    def first_in_row(self, side_name: str, row: int) -> int | None:
        """The first sentence a row shows on a side (None for an empty side of the row)."""
        side = self._sides.get(side_name)
        if side is None or not 0 <= row < len(self._rows):
            return None
        bead = self._rows[row]
        for p in bead.src if side_name == "source" else bead.tgt:
            if side.view.sentences[p]:
                return side.first[p]
        return None

    def sentence_at(self, row: int, column: int, offset: int) -> int | None:
        """The sentence shown at a code-point offset into a cell, if the offset is in one."""
        side = self._sides.get(SIDES[column])
        if side is None or not 0 <= row < len(self._rows):
            return None
        paragraphs = self._rows[row].src if column == 0 else self._rows[row].tgt
        for p in paragraphs:
            inside = offset - side.cell_start[p]
            if 0 <= inside <= len(side.view.paragraphs[p]):
                for k, span in enumerate(side.view.sentences[p]):
                    if span.start <= inside < span.end:
                        return side.first[p] + k
                return None
        return None

    def cell_span(self, side_name: str, sentence: int) -> CellSpan | None:
        """Where a sentence is shown: its cell and its code-point span in the cell's text."""
        side = self._sides.get(side_name)
        if side is None or not 0 <= sentence < side.first[-1]:
            return None
        p = side.paragraph_of(sentence)
        row = side.row_of_paragraph[p]
        if row is None:
            return None
        span = side.view.sentences[p][sentence - side.first[p]]
        start = side.cell_start[p]
        return CellSpan(row, SIDES.index(side_name), start + span.start, start + span.end)

    def bead_of(self, side_name: str, sentence: int) -> Bead | None:
        """The sentence bead a sentence belongs to (None when the document has no sentence
        alignment, e.g. it has no translation)."""
        side = self._sides.get(side_name)
        if side is None or not 0 <= sentence < len(side.bead_of):
            return None
        number = side.bead_of[sentence]
        return None if number is None else self._beads[number]

    def aligned_spans(self, side_name: str, sentence: int) -> list[CellSpan]:
        """The sentence and every sentence aligned with it, on both sides, as cell spans."""
        bead = self.bead_of(side_name, sentence)
        if bead is None:
            found = self.cell_span(side_name, sentence)
            return [found] if found else []
        spans = [self.cell_span("source", s) for s in bead.src]
        spans += [self.cell_span("target", t) for t in bead.tgt]
        return [span for span in spans if span is not None]
