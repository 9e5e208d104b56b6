"""Words, pinyin and script conversion for the Chinese side (jieba, pypinyin, OpenCC)."""

from itertools import pairwise

import opencc
import pytest

from reader.core import chinese
from reader.core.chinese import RubySpan, Word
from reader.core.errors import InputError

# U+20000 is outside the BMP: one code point, two UTF-16 units.
NON_BMP = "\U00020000"


def test_words_tile_the_text_in_code_points_after_a_non_bmp_character() -> None:
    text = f"{NON_BMP}当前订单上的银行, abc"
    words = chinese.segment(text)
    assert "".join(w.text for w in words) == text
    assert all(a.end == b.start for a, b in pairwise(words))
    assert all(text[w.start : w.end] == w.text for w in words)
    assert Word(3, 5, "订单") in words and Word(7, 9, "银行") in words
    assert words[-1] == Word(11, 14, "abc")  # non-Han tokens are kept


def test_the_current_order_is_two_words() -> None:
    assert [w.text for w in chinese.segment("当前订单")] == ["当前", "订单"]


def test_traditional_text_is_segmented_as_its_simplified_form() -> None:
    # jieba alone cuts 訂單上 as 訂 / 單上.
    assert [w.text for w in chinese.segment("當前訂單上的銀行")] == [
        "當前",
        "訂單",
        "上",
        "的",
        "銀行",
    ]


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (0, Word(0, 2, "当前")),
        (1, Word(0, 2, "当前")),
        (2, Word(2, 4, "订单")),
        (4, None),
        (-1, None),
    ],
)
def test_word_at(offset: int, expected: Word | None) -> None:
    assert chinese.word_at(chinese.segment("当前订单"), offset) == expected


def test_ruby_reads_heteronyms_in_context() -> None:
    assert chinese.ruby("他在银行行走") == (
        RubySpan(0, 1, "tā"),
        RubySpan(1, 2, "zài"),
        RubySpan(2, 3, "yín"),
        RubySpan(3, 4, "háng"),
        RubySpan(4, 5, "xíng"),
        RubySpan(5, 6, "zǒu"),
    )


def test_ruby_skips_what_is_not_han_and_counts_code_points() -> None:
    spans = chinese.ruby(f"{NON_BMP}A 银行。")
    assert [(s.start, s.pinyin) for s in spans] == [(0, "hē"), (3, "yín"), (4, "háng")]


def test_ruby_of_traditional_text() -> None:
    assert [s.pinyin for s in chinese.ruby("銀行")] == ["yín", "háng"]


def test_pinyin_of_a_word_and_tone_marks_of_cedict_pinyin() -> None:
    assert chinese.pinyin("银行") == "yín háng"
    assert chinese.pinyin("3D打印") == "dǎ yìn"
    assert chinese.tone_marks("hang2") == "háng"
    assert chinese.tone_marks("nu:3 er2") == "nǚ ér"


def test_script_conversion_both_ways() -> None:
    assert chinese.to_script("当前订单上的头发", "traditional") == "當前訂單上的頭髮"
    assert chinese.to_script("當前訂單上的頭髮", "simplified") == "当前订单上的头发"
    mixed = f"{NON_BMP}发展 abc。"
    assert len(chinese.to_script(mixed, "traditional")) == len(mixed)


def test_a_conversion_that_changes_length_falls_back_to_characters() -> None:
    # OpenCC's Taiwan phrases turn B超 (ultrasound) into 超音波: three code points for two.
    convert = opencc.OpenCC("s2twp.json").convert
    text = "做B超检查的软件"
    assert len(convert(text)) != len(text)
    assert chinese.preserving_length(convert, text) == "做B超檢查的軟體"


def test_an_unknown_script_is_refused() -> None:
    with pytest.raises(InputError, match="unknown script 'klingon'"):
        chinese.to_script("中文", "klingon")  # type: ignore[arg-type]
