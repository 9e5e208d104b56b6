"""Cases for the lead reviewer: overlapping spans grouped, settled ones left out."""

from __future__ import annotations

from reader.core.adjudication import ADJUDICATED, cases, kept
from reader.core.anchors import Anchor
from reader.core.mqm import Annotation


def flag(
    who: str, start: int, end: int, severity: str = "minor", side: str = "target"
) -> Annotation:
    return Annotation("Other", severity, (Anchor(side, start, end, "x"),), annotator=who)


def test_overlaps_chain_into_one_case_and_sides_stay_apart() -> None:
    a, b, c = flag("Ada", 0, 5), flag("Ben", 4, 9), flag("Cy", 8, 12)  # a-b, b-c overlap
    d = flag("Ada", 20, 25)
    e = flag("Ben", 0, 5, side="source")
    found = cases([d, c, b, a, e])
    assert [case.annotations for case in found] == [(e,), (a, b, c), (d,)]
    assert found[1].span == (0, 12) and found[1].reviewers == ("Ada", "Ben", "Cy")


def test_agreement_and_settled_cases() -> None:
    same = [flag("Ada", 0, 5, "major"), flag("Ben", 0, 5, "major")]
    (case,) = cases(same)
    assert case.agreed
    assert not cases([*same[:1], flag("Ben", 0, 5, "minor")])[0].agreed
    assert cases([*same, kept(same[0])]) == []  # settled: kept in the adjudicated set
    assert kept(same[0]).annotator == ADJUDICATED
    assert cases(same, rejected=[("target", 2, 3)]) == []  # settled: rejected
    assert cases(same, rejected=[("source", 2, 3)]) == [case]
