"""Agreement between reviewers, checked against values worked out by hand."""

from __future__ import annotations

import pytest

from reader.core.agreement import Overlap, agreement, kappa, matched, pair_agreement
from reader.core.anchors import Anchor
from reader.core.mqm import Annotation


def flag(start: int, end: int, category: str = "Accuracy/Mistranslation",
         severity: str = "major", side: str = "target") -> Annotation:  # fmt: skip
    return Annotation(category, severity, (Anchor(side, start, end, "x" * (end - start)),))


def test_kappa_by_hand() -> None:
    # 4 items: agree on a, a, b; disagree on the last (a vs b).
    # observed 3/4; first: a 3, b 1; second: a 2, b 2; expected (3*2 + 1*2)/16 = 1/2
    # kappa = (0.75 - 0.5) / (1 - 0.5) = 0.5
    pairs = [("a", "a"), ("a", "a"), ("b", "b"), ("a", "b")]
    assert kappa(pairs) == pytest.approx(0.5)
    assert kappa([("a", "b"), ("b", "a")]) == pytest.approx(-1.0)  # (0 - 1/2) / (1/2)
    assert kappa([("a", "a"), ("a", "a")]) is None  # one label throughout: undefined
    assert kappa([]) is None


def test_spans_are_matched_one_to_one_largest_overlap_first() -> None:
    first = [flag(0, 10), flag(20, 25)]
    second = [flag(5, 12), flag(8, 30), flag(40, 45)]
    # overlaps: (0-10, 5-12) = 5; (0-10, 8-30) = 2; (20-25, 8-30) = 5
    pairs = matched(first, second, exact=False)
    assert [(a.anchors[0].start, b.anchors[0].start) for a, b in pairs] == [(0, 5), (20, 8)]
    assert matched([flag(0, 10)], [flag(0, 10, side="source")], exact=False) == []


def test_precision_recall_and_f1_exact_and_overlapping() -> None:
    first = [flag(0, 10), flag(20, 25, "Fluency/Grammar", "minor"), flag(50, 60)]
    second = [flag(0, 10), flag(22, 24, "Fluency/Grammar", "major"), flag(70, 80), flag(90, 95)]
    pair = pair_agreement("A", first, "B", second)
    assert pair.exact == Overlap(1, 3, 4)
    assert (pair.exact.precision, pair.exact.recall) == (0.25, pytest.approx(1 / 3))
    assert pair.exact.f1 == pytest.approx(2 * 0.25 * (1 / 3) / (0.25 + 1 / 3))
    assert pair.overlapping == Overlap(2, 3, 4)
    assert pair.overlapping.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    # categories of the matched pairs: (Mistranslation, Mistranslation), (Grammar, Grammar):
    # observed 1; expected (1*1 + 1*1)/4 = 1/2; kappa (1 - 1/2) / (1 - 1/2) = 1
    assert pair.category_kappa == pytest.approx(1.0)
    # severities (major, major), (minor, major): observed 1/2; first major 1 minor 1,
    # second major 2: expected (1*2)/4 = 1/2; kappa 0
    assert pair.severity_kappa == pytest.approx(0.0)


def test_no_spans_on_either_side_is_full_agreement() -> None:
    assert Overlap(0, 0, 0).f1 == 1.0 and Overlap(0, 2, 0).f1 == 0.0


def test_scores_and_the_paragraphs_of_most_disagreement() -> None:
    by = {
        "A": [flag(0, 5), flag(30, 35, severity="minor")],
        "B": [flag(30, 33, severity="critical")],
    }
    found = agreement(by, 100, lambda a: 0 if a.anchors[0].start < 20 else 1)
    assert [(r, s.penalty) for r, s in found.scores] == [("A", 6.0), ("B", 10.0)]
    assert [(h.paragraph, h.penalties, h.spread) for h in found.hotspots] == [
        (1, (("A", 1.0), ("B", 10.0)), 9.0),
        (0, (("A", 5.0), ("B", 0.0)), 5.0),
    ]
    assert len(found.pairs) == 1 and found.pairs[0].overlapping.matched == 1
