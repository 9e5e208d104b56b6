"""The glossary check: terms rendered otherwise than the glossary says, and reading glossaries."""

from __future__ import annotations

import pytest

from reader.core.checks import Pair, Segment, run_checks
from reader.core.errors import InputError
from reader.core.terms import Term
from reader.export.terms import parse_glossary

GLOSSARY = """# source term<TAB>renderings
current order\t当前秩序|现行秩序
world order\t世界秩序
sanction\t制裁
horse\t马
"""


def pair(english: str, chinese: str, paragraph: int = 0) -> Pair:
    return Pair((Segment(paragraph, 4, english),), (Segment(paragraph, 0, chinese),))


def terms(*pairs: Pair) -> list[tuple[int, int, int, str]]:
    found = run_checks(list(pairs), only=["terms"], terms=parse_glossary(GLOSSARY))
    return [(f.paragraph, f.start, f.end, f.detail) for f in found]


def test_parse_takes_columns_and_bars_and_skips_comments() -> None:
    text = "# comment\n\n  The Saker \tSaker|萨克\t“塞克”\n"
    assert parse_glossary(text) == [Term("The Saker", ("Saker", "萨克", "“塞克”"))]
    with pytest.raises(InputError, match="glossary line 2: expected a term"):
        parse_glossary("order\t秩序\nno tab here\n")
    with pytest.raises(InputError, match="line 1"):
        parse_glossary("order\t | \n")


def test_a_term_without_its_rendering_is_found_where_it_stands() -> None:
    english = "In the current order, sanctions hurt."
    assert terms(pair(english, "在当前订单中，制裁有害。")) == [(0, 4 + 7, 4 + 20, "current order")]
    # Any of the renderings will do; case, plurals and spacing do not matter.
    assert terms(pair("The Current  Orders and horses.", "现行秩序和马。")) == []
    assert terms(pair("Horses ran.", "它们跑了。")) == [(0, 4, 10, "Horses")]


def test_the_longest_term_wins_and_words_must_be_whole() -> None:
    assert terms(pair("A new world order.", "新的世界秩序。")) == []
    assert terms(pair("A new world order.", "新的世界格局。")) == [(0, 10, 21, "world order")]
    assert terms(pair("The recurrent orders and horseshoes.", "反复出现的命令。")) == []


def test_untranslated_pairs_are_left_to_the_omission_check_and_no_glossary_finds_nothing() -> None:
    untranslated = Pair((Segment(0, 0, "The current order."),), ())
    assert terms(untranslated) == []
    assert run_checks([pair("The current order.", "当前订单。")], only=["terms"]) == []
