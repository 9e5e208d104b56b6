"""A paragraph read in pieces, some of them marked (bold, italic, a CAT tool's inline code):
the pieces joined and tidied as one text, each mark kept over the span its piece ends up at."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.document import Mark
from reader.core.formats.blocks import CLOSE, OPEN

Marked = tuple[str, tuple[Mark, ...]]  # a paragraph's text and its marks
MERGED = frozenset({"bold", "italic"})  # kinds whose neighbouring spans are one span


class MarkedText:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._kinds: list[tuple[str, str]] = []  # kind and value of each mark, as opened

    def add(self, text: str, *marks: tuple[str, str]) -> None:
        """A piece of the text, under the marks given as (kind, value)."""
        text = text.replace(OPEN, "").replace(CLOSE, "")
        if not marks or not text:
            self._parts.append(text)
            return
        self._parts.append(OPEN * len(marks) + text + CLOSE * len(marks))
        self._kinds += marks

    def text(self, tidy: Callable[[str], str]) -> Marked:
        """The text tidied (tidy must keep OPEN and CLOSE, and only drop or fold
        whitespace), and the marks that still cover some of it."""
        kinds = iter(self._kinds)
        chars: list[str] = []
        opened: list[tuple[int, tuple[str, str]]] = []
        marks: list[Mark] = []
        for char in tidy("".join(self._parts)):
            if char == OPEN:
                opened.append((len(chars), next(kinds)))
            elif char == CLOSE:
                start, (kind, value) = opened.pop()
                if len(chars) > start:
                    marks.append(Mark(start, len(chars), kind, value))
            else:
                chars.append(char)
        return "".join(chars), _merged(marks)


def _merged(marks: list[Mark]) -> tuple[Mark, ...]:
    """In text order, with touching bold (or italic) spans as one: Word splits runs freely."""
    merged: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, m.end)):
        touching = next(
            (
                i
                for i in range(len(merged) - 1, -1, -1)
                if merged[i].kind == mark.kind and merged[i].end == mark.start
            ),
            None,
        )
        if mark.kind in MERGED and touching is not None:
            merged[touching] = Mark(merged[touching].start, mark.end, mark.kind)
        else:
            merged.append(mark)
    return tuple(merged)
