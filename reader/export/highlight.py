"""Cut a paragraph into pieces so that every flagged span can be marked, overlaps included."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from reader.core.mqm import SEVERITIES


@dataclass(frozen=True)
class Mark:
    start: int  # code points into the side's full text
    end: int
    number: int  # the annotation's number in the report
    severity: str


@dataclass(frozen=True)
class Piece:
    text: str
    # The gravest severity among the marks covering the piece; None for unflagged text.
    severity: str | None = None
    numbers: tuple[int, ...] = ()
    # Marks whose span ends with this piece: their numbers are shown right after it.
    ends: tuple[int, ...] = ()


def pieces(text: str, offset: int, marks: list[Mark]) -> list[Piece]:
    """`text` starts at `offset` in the full text; marks outside it are ignored."""
    length = len(text)
    clipped = [
        (max(m.start - offset, 0), min(m.end - offset, length), m)
        for m in marks
        if m.start - offset <= length and m.end - offset >= 0
    ]
    if not clipped:
        return [Piece(text)]
    cuts = sorted({0, length, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    # Zero-width marks (insertion points) become empty pieces between their neighbours.
    points: dict[int, list[Mark]] = {}
    for s, e, m in clipped:
        if s == e:
            points.setdefault(s, []).append(m)
    out = [_piece("", points[0], points[0])] if 0 in points else []
    for a, b in pairwise(cuts):
        covering = [m for s, e, m in clipped if s <= a and e >= b and s < e]
        out.append(_piece(text[a:b], covering, [m for s, e, m in clipped if e == b and s < e]))
        if b in points:
            out.append(_piece("", points[b], points[b]))
    return out


def _piece(text: str, covering: list[Mark], ending: list[Mark]) -> Piece:
    if not covering:
        return Piece(text)
    gravest = max((m.severity for m in covering), key=SEVERITIES.index)
    return Piece(
        text,
        gravest,
        tuple(sorted(m.number for m in covering)),
        tuple(sorted(m.number for m in ending)),
    )
