"""A person's corrections to an alignment: pure functions from beads to new beads.

They work on any unit (paragraph beads or sentence beads) and keep the aligner's invariants:
beads are monotone and every source and target index is in exactly one bead. A bead a person
changed is marked EDITED (confidence 1), one they approved CONFIRMED; re-running the aligner on
a range keeps both and re-aligns only the stretches between them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Literal

from reader.core.document import Bead
from reader.core.errors import InputError

AUTO, CONFIRMED, EDITED = "auto", "confirmed", "edited"
KEPT = frozenset({CONFIRMED, EDITED})

Beads = tuple[Bead, ...]
Side = Literal["source", "target"]
Progress = Callable[[float], None]
# Aligns the given global unit indices; returns beads over positions in those sequences
# (0..len-1), the way core.align.align does.
Aligner = Callable[[tuple[int, ...], tuple[int, ...], Progress | None], Sequence[Bead]]


class AlignmentEditError(InputError):
    """An alignment edit that cannot be made (no such bead, nothing to move, ...)."""


def merge(beads: Sequence[Bead], i: int) -> Beads:
    """Bead i and the next become one."""
    _check_index(beads, i)
    if i == len(beads) - 1:
        raise AlignmentEditError(f"bead {i + 1} is the last one: there is no next bead to merge")
    a, b = beads[i], beads[i + 1]
    return (*beads[:i], _edited(a.src + b.src, a.tgt + b.tgt), *beads[i + 2 :])


def split(beads: Sequence[Bead], i: int, src_cut: int, tgt_cut: int) -> Beads:
    """Bead i becomes two: its first src_cut source and tgt_cut target units, then the rest."""
    bead = _bead(beads, i)
    if not (0 <= src_cut <= len(bead.src) and 0 <= tgt_cut <= len(bead.tgt)):
        raise AlignmentEditError(
            f"bead {i + 1} ({bead.shape}) has no cut point at {src_cut} source, "
            f"{tgt_cut} target units"
        )
    first = _edited(bead.src[:src_cut], bead.tgt[:tgt_cut])
    second = _edited(bead.src[src_cut:], bead.tgt[tgt_cut:])
    if _empty(first) or _empty(second):
        raise AlignmentEditError(f"splitting bead {i + 1} there would leave one part empty")
    return (*beads[:i], first, second, *beads[i + 1 :])


def move_first_to_previous(beads: Sequence[Bead], i: int, side: Side) -> Beads:
    """The first unit of one side of bead i goes to the end of bead i - 1."""
    bead = _bead(beads, i)
    units = _units(bead, side)
    if i == 0:
        raise AlignmentEditError("the first bead has no previous bead to move into")
    if not units:
        raise AlignmentEditError(f"bead {i + 1} has no {side} unit to move")
    previous = beads[i - 1]
    moved_to = _with(previous, side, _units(previous, side) + units[:1])
    rest = _with(bead, side, units[1:])
    return _without_empty((*beads[: i - 1], moved_to, rest, *beads[i + 1 :]))


def move_last_to_next(beads: Sequence[Bead], i: int, side: Side) -> Beads:
    """The last unit of one side of bead i goes to the start of bead i + 1."""
    bead = _bead(beads, i)
    units = _units(bead, side)
    if i == len(beads) - 1:
        raise AlignmentEditError("the last bead has no next bead to move into")
    if not units:
        raise AlignmentEditError(f"bead {i + 1} has no {side} unit to move")
    following = beads[i + 1]
    rest = _with(bead, side, units[:-1])
    moved_to = _with(following, side, units[-1:] + _units(following, side))
    return _without_empty((*beads[:i], rest, moved_to, *beads[i + 2 :]))


def mark_untranslated(beads: Sequence[Bead], i: int) -> Beads:
    """Bead i's source units were not translated: an n-0 bead, then its target units as 0-n."""
    bead = _bead(beads, i)
    if not (bead.src and bead.tgt):
        raise AlignmentEditError(f"bead {i + 1} already pairs nothing with nothing")
    parts = (_edited(bead.src, ()), _edited((), bead.tgt))
    return (*beads[:i], *parts, *beads[i + 1 :])


def confirm(beads: Sequence[Bead], i: int) -> Beads:
    """A person checked bead i: a re-run keeps it."""
    bead = _bead(beads, i)
    return (*beads[:i], replace(bead, status=CONFIRMED), *beads[i + 1 :])


def realign(
    beads: Sequence[Bead],
    first: int,
    last: int,
    aligner: Aligner,
    progress: Progress | None = None,
) -> Beads:
    """Re-run the aligner on beads first..last, keeping the confirmed and edited ones there.

    Each stretch of automatic beads between kept ones is aligned on its own, so a kept bead
    stays exactly where the person put it.
    """
    _check_index(beads, first)
    _check_index(beads, last)
    if first > last:
        raise AlignmentEditError(f"bead range {first + 1}..{last + 1} is empty")
    stretches = _stretches(beads[first : last + 1])
    automatic = [b for b in beads[first : last + 1] if b.status not in KEPT]
    total = max(sum(len(b.src) + len(b.tgt) for b in automatic), 1)
    done, out = 0, list(beads[:first])
    for stretch in stretches:
        if stretch[0].status in KEPT:
            out.append(stretch[0])
            continue
        src = tuple(u for b in stretch for u in b.src)
        tgt = tuple(u for b in stretch for u in b.tgt)
        local = aligner(src, tgt, scaled(progress, done / total, len(src + tgt) / total))
        out += globalised(local, src, tgt)
        done += len(src) + len(tgt)
    if progress is not None:
        progress(1.0)
    return (*out, *beads[last + 1 :])


def align_around(
    beads: Sequence[Bead],
    src: tuple[int, ...],
    tgt: tuple[int, ...],
    aligner: Aligner,
    progress: Progress | None = None,
) -> Beads:
    """Align the units src and tgt afresh, except the confirmed and edited beads that lie wholly
    inside them, which stay as they are.

    `beads` are an alignment, in order, of at least these units (e.g. the alignment before an
    edit of the rows that hold them); their order says which stretch each unit falls in.
    """
    src_set, tgt_set = set(src), set(tgt)
    sequence = []
    for bead in beads:
        inside = Bead(
            tuple(u for u in bead.src if u in src_set), tuple(u for u in bead.tgt if u in tgt_set)
        )
        whole = (inside.src, inside.tgt) == (bead.src, bead.tgt)
        if not _empty(inside):
            sequence.append(bead if whole and bead.status in KEPT else inside)
    if not sequence:
        return ()
    return realign(sequence, 0, len(sequence) - 1, aligner, progress)


def check(beads: Sequence[Bead], n_src: int, n_tgt: int) -> None:
    """Raise unless the beads cover 0..n_src-1 and 0..n_tgt-1 in order, each index once."""
    src = [u for b in beads for u in b.src]
    tgt = [u for b in beads for u in b.tgt]
    if src != list(range(n_src)) or tgt != list(range(n_tgt)):
        raise AlignmentEditError("the beads do not cover every unit exactly once, in order")
    if any(_empty(b) for b in beads):
        raise AlignmentEditError("an alignment may not hold an empty bead")


def _stretches(beads: Sequence[Bead]) -> list[list[Bead]]:
    """Kept beads alone, runs of automatic beads between them together."""
    out: list[list[Bead]] = []
    for bead in beads:
        if bead.status in KEPT or not out or out[-1][0].status in KEPT:
            out.append([bead])
        else:
            out[-1].append(bead)
    return out


def globalised(local: Sequence[Bead], src: tuple[int, ...], tgt: tuple[int, ...]) -> list[Bead]:
    """Beads over positions in src and tgt turned into beads over the units they list."""
    beads = [
        Bead(tuple(src[k] for k in b.src), tuple(tgt[k] for k in b.tgt), b.confidence)
        for b in local
    ]
    covered = [u for b in beads for u in b.src], [u for b in beads for u in b.tgt]
    if covered != (list(src), list(tgt)):
        raise AlignmentEditError("the aligner returned beads that do not cover the range")
    return beads


def scaled(progress: Progress | None, start: float, share: float) -> Progress | None:
    """A progress callback for a part of the work: 0..1 becomes start..start + share."""
    if progress is None:
        return None
    return lambda fraction: progress(start + share * fraction)


def _bead(beads: Sequence[Bead], i: int) -> Bead:
    _check_index(beads, i)
    return beads[i]


def _check_index(beads: Sequence[Bead], i: int) -> None:
    if not 0 <= i < len(beads):
        raise AlignmentEditError(f"there is no bead {i + 1} (the alignment has {len(beads)})")


def _edited(src: tuple[int, ...], tgt: tuple[int, ...]) -> Bead:
    return Bead(src, tgt, 1.0, EDITED)


def _units(bead: Bead, side: Side) -> tuple[int, ...]:
    return bead.src if side == "source" else bead.tgt


def _with(bead: Bead, side: Side, units: tuple[int, ...]) -> Bead:
    if side == "source":
        return _edited(units, bead.tgt)
    return _edited(bead.src, units)


def _empty(bead: Bead) -> bool:
    return not bead.src and not bead.tgt


def _without_empty(beads: Sequence[Bead]) -> Beads:
    return tuple(b for b in beads if not _empty(b))


def bead_of(beads: Sequence[Bead], side: Side, unit: int) -> int:
    """The index of the bead that holds a unit of one side."""
    for index, bead in enumerate(beads):
        if unit in _units(bead, side):
            return index
    raise AlignmentEditError(f"no bead holds {side} unit {unit + 1}")
