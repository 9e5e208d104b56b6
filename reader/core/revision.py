"""The revised translation: the translation with the reviewer's accepted fixes applied.

Each accepted fix replaces the span of the translation its annotation marks. Fixes are applied
in text order; one that overlaps a fix applied before it, reaches across paragraphs, or whose
text changed since it was flagged is left out and reported, never applied half.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from reader.core.document import PARAGRAPH_SEPARATOR, SideText
from reader.core.mqm import Annotation


@dataclass(frozen=True)
class Change:
    """One applied fix: `old` at start..end of a paragraph (code points) becomes `new`."""

    paragraph: int
    start: int
    end: int
    old: str
    new: str
    annotation: Annotation


@dataclass(frozen=True)
class Piece:
    """A run of a revised paragraph: unchanged text (change None), or one change."""

    text: str
    change: Change | None = None


@dataclass(frozen=True)
class Revision:
    original: tuple[str, ...]
    changes: tuple[Change, ...]  # in text order, none overlapping
    skipped: tuple[tuple[Annotation, str], ...] = ()  # accepted fixes left out, and why

    def pieces(self, paragraph: int) -> Iterator[Piece]:
        text, at = self.original[paragraph], 0
        for change in self.changes:
            if change.paragraph != paragraph:
                continue
            if change.start > at:
                yield Piece(text[at : change.start])
            yield Piece(change.new, change)
            at = change.end
        if at < len(text) or not text:
            yield Piece(text[at:])

    def paragraphs(self) -> tuple[str, ...]:
        return tuple(
            "".join(piece.text for piece in self.pieces(i)) for i in range(len(self.original))
        )


def revise(target: SideText, annotations: Iterable[Annotation]) -> Revision:
    """Apply every accepted fix of `annotations` to the translation `target`."""
    starts = target.paragraph_starts()
    accepted = sorted(
        (a for a in annotations if a.fix_accepted),
        key=lambda a: (_span(a)[0], _span(a)[1], a.id or 0),
    )
    changes: list[Change] = []
    skipped: list[tuple[Annotation, str]] = []
    end_of_last = -1
    for annotation in accepted:
        why = _unusable(annotation, starts, target, end_of_last)
        if why:
            skipped.append((annotation, why))
            continue
        change = _change(annotation, starts)
        changes.append(change)
        end_of_last = _span(annotation)[1]
    return Revision(target.paragraphs, tuple(changes), tuple(skipped))


def _span(annotation: Annotation) -> tuple[int, int]:
    anchor = annotation.anchor_on("target")
    assert anchor is not None  # an accepted fix always has one (core.mqm)
    return anchor.start, anchor.end


def _unusable(
    annotation: Annotation, starts: list[int], target: SideText, end_of_last: int
) -> str | None:
    anchor = annotation.anchor_on("target")
    assert anchor is not None
    if anchor.orphaned or target.text[anchor.start : anchor.end] != anchor.exact:
        return "its text in the translation changed since it was flagged"
    if anchor.start < end_of_last:
        return "it overlaps a fix applied before it"
    paragraph = bisect_right(starts, anchor.start) - 1
    if anchor.end > starts[paragraph] + len(target.paragraphs[paragraph]):
        return "it reaches across paragraphs"
    if PARAGRAPH_SEPARATOR in annotation.fix:
        return "its fix holds a paragraph break"
    return None


def _change(annotation: Annotation, starts: list[int]) -> Change:
    start, end = _span(annotation)
    paragraph = bisect_right(starts, start) - 1
    offset = starts[paragraph]
    anchor = annotation.anchor_on("target")
    assert anchor is not None
    return Change(paragraph, start - offset, end - offset, anchor.exact, annotation.fix, annotation)
