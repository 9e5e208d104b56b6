"""The term base's core: finding terms, what translations do with them, the check, and
proposing terms from an aligned text."""

from __future__ import annotations

import pytest

from reader.core.checks import Pair, Segment, run_checks
from reader.core.errors import InputError
from reader.core.terms import Term, TermMatcher, term_uses
from reader.core.terms.suggest import suggest_terms

ORDER = Term("world order", ("世界秩序",), ("订单",), note="Not a purchase order.")


def pair(english: str, chinese: str, paragraph: int = 0) -> Pair:
    return Pair((Segment(paragraph, 2, english),), (Segment(paragraph, 1, chinese),))


def test_the_matcher_finds_whole_words_longest_first_with_plurals() -> None:
    matcher = TermMatcher([Term("order", ("秩序",)), ORDER, Term("horse", ("马",))])
    text = "World orders, horses, a disorder and an order."
    found = [(text[lo:hi], term.source) for lo, hi, term in matcher.find(text)]
    assert found == [("World orders", "world order"), ("horses", "horse"), ("order", "order")]


def test_a_forbidden_rendering_is_reported_once_per_place_it_stands() -> None:
    # The source says the term twice, the translation uses the forbidden word twice: two.
    twice = pair("The world order, the world order.", "世界订单，新订单。")
    uses = term_uses([twice], [ORDER])
    assert [(u.place, u.kept, u.forbidden) for u in uses.terms] == [
        ((0, 6, 17), False, True),
        ((0, 23, 34), False, True),
    ]
    assert [(w.place, w.text, w.sources) for w in uses.forbidden] == [
        ((0, 3, 5), "订单", ((0, 6, 17), (0, 23, 34))),
        ((0, 7, 9), "订单", ((0, 6, 17), (0, 23, 34))),
    ]
    found = run_checks([twice], only=["terms"], terms=[ORDER])
    assert [(f.side, f.start, f.end, f.fix) for f in found] == [
        ("target", 3, 5, "世界秩序"),
        ("target", 7, 9, "世界秩序"),
    ]
    assert found[0].message == (
        '订单 is forbidden for "world order"; use 世界秩序. Note: Not a purchase order.'
    )
    assert [(p.side, p.start) for p in found[0].related] == [("source", 6), ("source", 23)]


def test_a_missing_rendering_is_reported_at_the_term_with_the_rendering_as_fix() -> None:
    found = run_checks(
        [pair("A new world order.", "新的世界格局。")], only=["terms"], terms=[ORDER]
    )
    assert [(f.side, f.start, f.end, f.detail, f.fix) for f in found] == [
        ("source", 8, 19, "world order", "世界秩序")
    ]
    assert found[0].category.startswith("Terminology/")
    assert (
        run_checks([pair("A new world order.", "新的世界秩序。")], only=["terms"], terms=[ORDER])
        == []
    )


def test_a_forbidden_word_inside_a_required_rendering_is_no_error() -> None:
    term = Term("order", ("秩序",), ("秩",))
    uses = term_uses([pair("The order.", "秩序。")], [term])
    assert uses.forbidden == [] and [u.kept for u in uses.terms] == [True]
    assert uses.terms[0].rendered == ((0, 1, 3),)  # where the translation keeps it
    only_forbidden = Term("order", (), ("订单",))
    assert [u.kept for u in term_uses([pair("The order.", "秩序。")], [only_forbidden]).terms] == [
        True
    ]


def test_terms_are_validated_before_they_are_stored() -> None:
    assert Term("  world   order ", ("世界秩序 ", "世界秩序")).validated() == Term(
        "world order", ("世界秩序",)
    )
    with pytest.raises(InputError, match="needs a required or a forbidden rendering"):
        Term("order").validated()
    with pytest.raises(InputError, match="needs a word"):
        Term("—", ("秩序",)).validated()
    with pytest.raises(InputError, match="both required and forbidden"):
        Term("order", ("秩序",), ("秩序",)).validated()


def test_suggestions_are_recurring_terms_with_a_steady_rendering() -> None:
    english = [
        "The sanctions hurt the economy.",
        "New sanctions came in spring.",
        "Nobody expected the sanctions to last.",
        "Sanctions were lifted at last.",
        "The weather was fine.",
    ]
    chinese = [
        "制裁伤害了经济。",
        "春天又来了新的制裁。",
        "没人料到制裁会持续。",
        "惩罚终于解除了。",
        "天气很好。",
    ]
    pairs = [pair(e, c, i) for i, (e, c) in enumerate(zip(english, chinese, strict=True))]
    found = {c.source: c for c in suggest_terms(pairs)}
    sanction = found["sanctions"]
    assert (sanction.rendering, sanction.pairs, sanction.kept, sanction.glossed) == (
        "制裁",
        4,
        3,
        True,
    )
    assert sanction.elsewhere == ((3, 2, 11),)  # "Sanctions" where 惩罚 stands instead
    assert "sanctions" not in {
        c.source for c in suggest_terms(pairs, [Term("sanction", ("制裁",))])
    }
