"""Alignment edits as pure functions: each operation, the invariants it keeps, its errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from reader.core.align import editing as ed
from reader.core.align.editing import CONFIRMED, EDITED, AlignmentEditError
from reader.core.document import Bead
from reader.core.errors import InputError

# Source units 0..5, target units 0..4: a 1-1, a 2-1, a 1-0, a 1-2, a 1-1.
BEADS = (
    Bead((0,), (0,), 0.9),
    Bead((1, 2), (1,), 0.4),
    Bead((3,), (), 0.5),
    Bead((4,), (2, 3), 0.7),
    Bead((5,), (4,), 0.8),
)


def shapes(beads: Sequence[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


def valid(beads: Sequence[Bead], n_src: int = 6, n_tgt: int = 5) -> Sequence[Bead]:
    ed.check(beads, n_src, n_tgt)
    return beads


def test_merge_joins_a_bead_with_the_next_and_marks_it_edited() -> None:
    merged = valid(ed.merge(BEADS, 1))
    assert shapes(merged) == [((0,), (0,)), ((1, 2, 3), (1,)), ((4,), (2, 3)), ((5,), (4,))]
    assert merged[1].status == EDITED and merged[1].confidence == 1.0
    assert merged[0] == BEADS[0] and merged[2:] == BEADS[3:]


def test_split_cuts_a_bead_at_the_given_unit_counts() -> None:
    result = valid(ed.split(BEADS, 3, 1, 1))
    assert shapes(result)[3:5] == [((4,), (2,)), ((), (3,))]
    assert {result[3].status, result[4].status} == {EDITED}
    assert valid(ed.split(BEADS, 1, 1, 0))[1:3] == (
        Bead((1,), (), 1.0, EDITED),
        Bead((2,), (1,), 1.0, EDITED),
    )


@pytest.mark.parametrize(
    ("index", "src_cut", "tgt_cut"),
    [(1, 0, 0), (1, 2, 1), (1, 3, 0), (1, 0, 2), (1, -1, 0), (9, 0, 0)],
)
def test_split_refuses_a_cut_that_leaves_a_part_empty_or_is_out_of_range(
    index: int, src_cut: int, tgt_cut: int
) -> None:
    with pytest.raises(AlignmentEditError):
        ed.split(BEADS, index, src_cut, tgt_cut)


def test_move_first_unit_to_the_previous_bead() -> None:
    result = valid(ed.move_first_to_previous(BEADS, 1, "source"))
    assert shapes(result)[:2] == [((0, 1), (0,)), ((2,), (1,))]
    assert result[0].status == result[1].status == EDITED


def test_move_last_unit_to_the_next_bead() -> None:
    result = valid(ed.move_last_to_next(BEADS, 3, "target"))
    assert shapes(result)[3:] == [((4,), (2,)), ((5,), (3, 4))]


def test_a_move_may_leave_one_side_empty_and_drops_a_bead_left_empty() -> None:
    one_sided = valid(ed.move_last_to_next(BEADS, 0, "target"))
    assert shapes(one_sided)[:2] == [((0,), ()), ((1, 2), (0, 1))]
    emptied = valid(ed.move_first_to_previous(BEADS, 2, "source"))
    assert len(emptied) == len(BEADS) - 1
    assert shapes(emptied)[1:3] == [((1, 2, 3), (1,)), ((4,), (2, 3))]


@pytest.mark.parametrize(
    ("move", "index", "side", "message"),
    [
        (ed.move_first_to_previous, 0, "source", "no previous bead"),
        (ed.move_last_to_next, 4, "source", "no next bead"),
        (ed.move_first_to_previous, 2, "target", "no target unit"),
        (ed.move_last_to_next, 7, "source", "there is no bead 8"),
    ],
)
def test_moves_refuse_what_cannot_move(
    move: Callable[..., ed.Beads], index: int, side: str, message: str
) -> None:
    with pytest.raises(AlignmentEditError, match=message):
        move(BEADS, index, side)


def test_mark_untranslated_separates_the_two_sides() -> None:
    result = valid(ed.mark_untranslated(BEADS, 1))
    assert shapes(result)[1:3] == [((1, 2), ()), ((), (1,))]
    assert result[1].status == result[2].status == EDITED
    with pytest.raises(AlignmentEditError, match="already"):
        ed.mark_untranslated(BEADS, 2)


def test_confirm_keeps_the_units_and_changes_the_status() -> None:
    result = ed.confirm(BEADS, 3)
    assert shapes(result) == shapes(BEADS)
    assert result[3].status == CONFIRMED and result[3].confidence == BEADS[3].confidence


def test_merging_the_last_bead_is_a_clear_input_error() -> None:
    with pytest.raises(InputError, match="last one"):
        ed.merge(BEADS, len(BEADS) - 1)


def test_check_finds_gaps_repeats_disorder_and_empty_beads() -> None:
    for broken in (
        BEADS[1:],
        (*BEADS, Bead((5,), ())),
        (BEADS[1], BEADS[0], *BEADS[2:]),
        (*BEADS, Bead((), ())),
    ):
        with pytest.raises(AlignmentEditError):
            ed.check(broken, 6, 5)


class OneToOne:
    """A stand-in aligner: pairs units in order, the rest one-sided; records its calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[tuple[int, ...], tuple[int, ...]]] = []

    def __call__(
        self, src: tuple[int, ...], tgt: tuple[int, ...], progress: ed.Progress | None
    ) -> list[Bead]:
        self.calls.append((src, tgt))
        if progress is not None:
            progress(1.0)
        pairs = min(len(src), len(tgt))
        return (
            [Bead((k,), (k,), 0.3) for k in range(pairs)]
            + [Bead((k,), ()) for k in range(pairs, len(src))]
            + [Bead((), (k,)) for k in range(pairs, len(tgt))]
        )


def test_realign_keeps_confirmed_and_edited_beads_and_aligns_between_them() -> None:
    beads = ed.merge(ed.confirm(BEADS, 1), 3)  # bead 1 confirmed, bead 3 edited (4+5)
    aligner = OneToOne()
    fractions: list[float] = []
    result = valid(ed.realign(beads, 0, 3, aligner, fractions.append))
    assert aligner.calls == [((0,), (0,)), ((3,), ())]
    assert result[1] == beads[1] and result[-1] == beads[-1]
    assert [b.status for b in result] == ["auto", CONFIRMED, "auto", EDITED]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_realign_touches_nothing_outside_the_range() -> None:
    aligner = OneToOne()
    result = valid(ed.realign(BEADS, 1, 3, aligner))
    assert aligner.calls == [((1, 2, 3, 4), (1, 2, 3))]
    assert result[0] == BEADS[0] and result[-1] == BEADS[-1]
    assert shapes(result)[1:4] == [((1,), (1,)), ((2,), (2,)), ((3,), (3,))]


def test_align_around_keeps_checked_beads_inside_the_units_and_aligns_the_rest() -> None:
    # (1,2)-() edited, ()-(1,) edited, (3,)-() confirmed, then (4,)-(2,3) and (5,)-(4,) auto
    beads = ed.confirm(ed.mark_untranslated(BEADS, 1), 3)
    aligner = OneToOne()
    result = valid(ed.align_around(beads, tuple(range(6)), tuple(range(5)), aligner))
    assert aligner.calls == [((0,), (0,)), ((4, 5), (2, 3, 4))]
    assert result[1:4] == beads[1:4]
    assert shapes(result[4:]) == [((4,), (2,)), ((5,), (3,)), ((), (4,))]
    # Units 2..4 and target 1..2: (1,2)-() reaches outside, so unit 2 is aligned afresh, and
    # so is (4,)-(2,3), which is not checked; ()-(1,) and (3,)-() stay.
    aligner = OneToOne()
    result = ed.align_around(beads, (2, 3, 4), (1, 2), aligner)
    assert aligner.calls == [((2,), ()), ((4,), (2,))]
    assert shapes(result) == [((2,), ()), ((), (1,)), ((3,), ()), ((4,), (2,))]
    assert [b.status for b in result] == ["auto", EDITED, CONFIRMED, "auto"]


def test_realign_refuses_an_aligner_that_loses_units() -> None:
    def lossy(src: tuple[int, ...], tgt: tuple[int, ...], _: ed.Progress | None) -> list[Bead]:
        return [Bead((0,), (0,))]

    with pytest.raises(AlignmentEditError, match="do not cover"):
        ed.realign(BEADS, 1, 3, lossy)


def test_realign_refuses_an_empty_range() -> None:
    with pytest.raises(AlignmentEditError, match="empty"):
        ed.realign(BEADS, 3, 1, OneToOne())


def test_bead_of_finds_the_bead_holding_a_unit() -> None:
    assert ed.bead_of(BEADS, "source", 2) == 1
    assert ed.bead_of(BEADS, "target", 3) == 3
    with pytest.raises(AlignmentEditError):
        ed.bead_of(BEADS, "target", 5)
