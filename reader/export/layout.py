"""Where things are: each paragraph bead as a segment of both texts, each annotation in one.

Anchors count code points into a side's full text (paragraphs joined by a blank line); a bead's
paragraphs are contiguous, so its text on a side is one slice of that full text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from reader.core.document import PARAGRAPH_SEPARATOR, Bead, SideText, Span
from reader.core.mqm import Annotation
from reader.export.model import ExportDocument

ROLES = ("source", "target")


@dataclass(frozen=True)
class Segment:
    index: int  # 0-based position in reading order; reports show index + 1
    bead: Bead
    # The bead's slice of each side's full text; None when it has no paragraph on that side.
    spans: dict[str, Span | None]


class Layout:
    """A document's segments and which annotations fall in each, computed once per export."""

    def __init__(self, doc: ExportDocument) -> None:
        self.doc = doc
        self.texts = {role: side.text for role in ROLES if (side := doc.side(role)) is not None}
        starts = {role: side.paragraph_starts() for role in ROLES if (side := doc.side(role))}
        self._starts = starts
        self.segments = [
            Segment(
                i,
                bead,
                {role: _span(doc.side(role), starts.get(role), _run(bead, role)) for role in ROLES},
            )
            for i, bead in enumerate(doc.beads)
        ]
        finders = {role: _Finder(self.segments, role) for role in self.texts}
        self._by_segment: list[list[Annotation]] = [[] for _ in self.segments]
        # Per side, the annotations with a span in each segment; a span may sit in another
        # segment than the one its annotation is listed in, when a bead is misaligned.
        self._spans: dict[str, list[list[Annotation]]] = {
            role: [[] for _ in self.segments] for role in finders
        }
        unplaced: list[Annotation] = []
        for annotation in doc.annotations:
            index = _locate(annotation, finders)
            (unplaced if index is None else self._by_segment[index]).append(annotation)
            for role, found in _spans(annotation, finders):
                self._spans[role][found].append(annotation)
        for segment, found in zip(self.segments, self._by_segment, strict=True):
            found.sort(key=lambda a, seg=segment: _position(a, seg))
        # Every annotation in reading order with its segment index; reports number them so.
        # One whose anchors fall outside the text (an orphan) comes last, with no segment.
        self.placed: list[tuple[int | None, Annotation]] = [
            (i, a) for i, found in enumerate(self._by_segment) for a in found
        ] + [(None, a) for a in unplaced]

    def annotations_in(self, segment: Segment) -> list[Annotation]:
        """The segment's annotations in reading order."""
        return self._by_segment[segment.index]

    def spans_in(self, segment: Segment, role: str) -> list[Annotation]:
        """The annotations with a span on this side of the segment."""
        return self._spans[role][segment.index] if role in self._spans else []

    def paragraph_number(self, annotation: Annotation, role: str) -> int | None:
        """The number (from 1) of the paragraph the annotation's span on this side is in."""
        anchor = annotation.anchor_on(role)
        if anchor is None or annotation.orphaned or role not in self._starts:
            return None
        return bisect_right(self._starts[role], anchor.start)

    def segment_text(self, segment: Segment, role: str) -> str:
        span = segment.spans[role]
        return self.texts[role][span.start : span.end] if span else ""

    def paragraph_text(self, segment: Segment, role: str) -> list[tuple[int, int, str]]:
        """Each paragraph of the segment on one side: its number (from 1), its offset in the
        full text, its text."""
        side = self.doc.side(role)
        span = segment.spans[role]
        if side is None or span is None:
            return []
        out, pos = [], span.start
        for index in _run(segment.bead, role):
            out.append((index + 1, pos, side.paragraphs[index]))
            pos += len(side.paragraphs[index]) + len(PARAGRAPH_SEPARATOR)
        return out


def _run(bead: Bead, role: str) -> tuple[int, ...]:
    return bead.src if role == "source" else bead.tgt


def _span(side: SideText | None, starts: list[int] | None, run: tuple[int, ...]) -> Span | None:
    if side is None or starts is None or not run:
        return None
    return Span(starts[run[0]], starts[run[-1]] + len(side.paragraphs[run[-1]]))


class _Finder:
    """The segment holding an offset of one side, by bisection over the segments' starts."""

    def __init__(self, segments: list[Segment], role: str) -> None:
        present = [(s.spans[role].start, s.index) for s in segments if s.spans[role] is not None]
        self._starts = [start for start, _ in present]
        self._indices = [index for _, index in present]

    def find(self, offset: int) -> int | None:
        at = bisect_right(self._starts, offset) - 1
        return self._indices[at] if at >= 0 else None


def _locate(annotation: Annotation, finders: dict[str, _Finder]) -> int | None:
    if annotation.orphaned:  # its offsets point into a text that a re-import replaced
        return None
    # The source anchor decides: it exists for omissions, where the target has nothing to hold.
    for role in ROLES:
        anchor = annotation.anchor_on(role)
        if anchor is not None and role in finders:
            found = finders[role].find(anchor.start)
            if found is not None:
                return found
    return None


def _spans(annotation: Annotation, finders: dict[str, _Finder]) -> list[tuple[str, int]]:
    if annotation.orphaned:
        return []
    found = []
    for anchor in annotation.anchors:
        if (
            anchor.side in finders
            and (index := finders[anchor.side].find(anchor.start)) is not None
        ):
            found.append((anchor.side, index))
    return found


def _position(annotation: Annotation, segment: Segment) -> float:
    """Where in the segment the annotation sits, 0 to 1, read on the translation if it can be."""
    for role in ("target", "source"):
        anchor, span = annotation.anchor_on(role), segment.spans[role]
        if anchor is not None and span is not None:
            return (anchor.start - span.start) / max(span.end - span.start, 1)
    return 0.0
