"""The automatic QA checks: what each one finds, where, and the false alarms it must not raise."""

from __future__ import annotations

import pytest

from reader.core import mqm
from reader.core.checks import CHECKS, Finding, Pair, Segment, run_checks
from reader.core.errors import InputError

# U+20000 is outside the BMP: one code point, two UTF-16 units.
NON_BMP = "\U00020000"


def seg(text: str, paragraph: int = 0, start: int = 0) -> Segment:
    return Segment(paragraph, start, text)


def pair(source: str | None, target: str | None, paragraph: int = 0) -> Pair:
    """A 1-1 (or 1-0, 0-1) pair of whole one-sentence paragraphs."""
    return Pair(
        (seg(source, paragraph),) if source else (),
        (seg(target, paragraph),) if target else (),
    )


def within(paragraph_text: str, sentence: str, paragraph: int = 0) -> Segment:
    """The sentence as a segment of the paragraph, at its offset there."""
    return Segment(paragraph, paragraph_text.index(sentence), sentence)


def check(check_id: str, *pairs: Pair) -> list[Finding]:
    return run_checks(pairs, "en", "zh", only=[check_id])


def spans(findings: list[Finding]) -> list[tuple[str, int, int, int, str]]:
    return [(f.side, f.paragraph, f.start, f.end, f.detail) for f in findings]


def details(findings: list[Finding]) -> list[str]:
    return [f.detail for f in findings]


# --- the interface ---------------------------------------------------------------------------


def test_checks_are_listed_in_the_order_they_run() -> None:
    assert list(CHECKS) == [
        "omission",
        "addition",
        "numbers",
        "untranslated",
        "punctuation",
        "brackets",
        "repeated",
        "spacing",
        "length",
        "consistency",
        "terms",
        "sense",
        "literal",
        "drift",
        "homophone",
        "codes",
    ]
    assert all(isinstance(text, str) and text for text in CHECKS.values())


def test_segment_end() -> None:
    assert Segment(2, 5, "abc").end == 8
    assert Segment(0, 0, f"{NON_BMP}x").end == 2  # code points


def test_an_unknown_check_is_bad_input() -> None:
    with pytest.raises(InputError, match="spelling"):
        run_checks([pair("a", "b")], only=["numbers", "spelling"])


def test_only_runs_the_named_checks() -> None:
    pairs = [pair("In 2014 the the army came.", "军队来了"), pair("Gone.", None, 1)]
    assert {f.check for f in run_checks(pairs)} == {"numbers", "repeated", "omission"}
    assert {f.check for f in run_checks(pairs, only=["repeated"])} == {"repeated"}
    assert {f.check for f in run_checks(pairs, only={"numbers", "omission"})} == {
        "numbers",
        "omission",
    }
    assert run_checks(pairs, only=[]) == []
    assert {f.check for f in run_checks(pairs, only="omission")} == {"omission"}


def test_categories_and_severities_are_mqm_ones() -> None:
    pairs = [
        pair("In 2014 the the army came (twice.", "2015年军队来了,中 国"),
        pair("Gone.", None, 1),
        pair(None, "多了。", 2),
    ]
    found = run_checks(pairs)
    assert len({f.check for f in found}) >= 6
    for finding in found:
        assert finding.check in CHECKS
        assert finding.category in mqm.CATEGORIES
        assert finding.severity in ("minor", "major", "critical")
        assert finding.message.endswith(".")


def test_findings_are_sorted_by_pair_side_paragraph_and_start() -> None:
    # Checks run in CHECKS order, which is not the reading order.
    src = "We came in 2014, the the army."
    tgt = "我们2015年来了,军队  来了"
    pairs = [
        pair("Alone here.", None, 0),
        Pair((seg(src, 1),), (seg("前言。", 0), seg(tgt, 1))),
        pair(None, "附加。", 2),
    ]
    found = run_checks(pairs)
    keys = [(f.check, f.side, f.paragraph, f.start) for f in found]
    assert keys == [
        ("omission", "source", 0, 0),
        ("numbers", "source", 1, 11),
        ("repeated", "source", 1, 17),
        ("numbers", "target", 1, 2),
        ("punctuation", "target", 1, 9),
        ("spacing", "target", 1, 11),
        ("addition", "target", 2, 0),
    ]


def test_no_pairs_no_findings() -> None:
    assert run_checks([]) == []


# --- 1, 2: omission and addition -------------------------------------------------------------


def test_consecutive_untranslated_sentences_of_a_paragraph_are_one_omission() -> None:
    para = "First one here.  Second one here. Third one."
    sentences = ["First one here.", "Second one here.", "Third one."]
    first, second, third = (within(para, s) for s in sentences)
    pairs = [Pair((first,), ()), Pair((second,), ()), Pair((third,), (seg("第三。"),))]
    [finding] = check("omission", *pairs)
    assert spans([finding]) == [("source", 0, 0, 33, "First one here.  Second one here.")]
    assert (finding.category, finding.severity) == ("Accuracy/Omission", "major")
    assert finding.message == "Not translated."


def test_an_omission_run_stops_at_a_translated_sentence_and_at_a_paragraph_break() -> None:
    pairs = [
        pair("One.", None, 0),
        pair("Two.", "二。", 1),
        pair("Three.", None, 2),
        Pair((seg("Four.", 3),), ()),
    ]
    assert spans(check("omission", *pairs)) == [
        ("source", 0, 0, 4, "One."),
        ("source", 2, 0, 6, "Three."),
        ("source", 3, 0, 5, "Four."),
    ]


def test_a_long_omission_is_shortened_in_the_detail_but_spanned_whole() -> None:
    text = "word " * 30 + "end."
    [finding] = check("omission", Pair((seg(text, 4, 7),), ()))
    assert (finding.paragraph, finding.start, finding.end) == (4, 7, 7 + len(text))
    assert len(finding.detail) == 60
    assert finding.detail == text[:59] + "…"


def test_a_sentence_with_no_source_is_an_addition() -> None:
    para = f"{NON_BMP}好。多出来的一句。"
    added = within(para, "多出来的一句。", 3)
    pairs = [Pair((seg("Good."),), (within(para, f"{NON_BMP}好。", 3),)), Pair((), (added,))]
    [finding] = check("addition", *pairs)
    assert spans([finding]) == [("target", 3, 3, 10, "多出来的一句。")]
    assert (finding.category, finding.severity) == ("Accuracy/Addition", "minor")
    assert finding.message == "Added in translation."
    assert check("omission", *pairs) == []


# --- 3: numbers ------------------------------------------------------------------------------


def test_a_number_missing_from_the_translation() -> None:
    [finding] = check("numbers", pair("In 2014 we met.", "我们见过面。"))
    assert spans([finding]) == [("source", 0, 3, 7, "2014")]
    assert (finding.category, finding.severity) == ("Accuracy/Mistranslation", "major")
    assert finding.message == "The number 2014 is missing from the translation."


def test_a_number_added_in_the_translation() -> None:
    [finding] = check("numbers", pair("We met.", "我们在二〇二二年见过面。"))
    assert spans([finding]) == [("target", 0, 3, 7, "二〇二二")]
    assert (finding.category, finding.severity) == ("Accuracy/Mistranslation", "minor")
    assert finding.message == "The number 二〇二二 (2022) in the translation is not in the source."


def test_a_different_number_is_reported_on_both_sides() -> None:
    found = check("numbers", pair("It cost 3.5 million dollars.", "花了三百万美元。"))
    assert spans(found) == [
        ("source", 0, 8, 19, "3.5 million"),
        ("target", 0, 2, 5, "三百万"),
    ]
    # Each points at the other, so that selecting either marks both.
    assert [(p.side, p.start, p.end) for p in found[0].related] == [("target", 2, 5)]
    assert [(p.side, p.start, p.end) for p in found[1].related] == [("source", 8, 19)]
    assert check("numbers", pair("In 2014 we met.", "我们见过面。"))[0].related == ()


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("1,000 men", "1000人"),
        ("1 000 men", "1,000人"),
        ("3.5 tons", "3.5吨"),
        ("45% of them", "其中45 %"),
        ("45 % of them", "其中45％"),
        ("in 2014", "２０１４年"),
        ("300 soldiers", "三百名士兵"),
        ("2000 years", "两千年"),
        ("15 days", "十五天"),
        ("in 2022", "二〇二二年"),
        ("20,000 people", "2万人"),
        ("150,000,000 people", "1.5亿人"),
        ("1.5 billion people", "15亿人"),
        ("two thousand years", "2000年"),
        ("3 million people", "三百万人"),
        ("three hundred and fifty men", "350人"),
        ("twenty-five men", "二十五人"),
        ("a hundred men", "一百人"),
        ("2500 men", "两千五百人"),
        ("15000 men", "一万五人"),
        ("45 percent", "百分之四十五"),
        ("more than 200,000", "20多万"),
        ("over two decades", "二十多年来"),
        ("the 21st century", "21世纪"),
        ("the twenty-first century", "二十一世纪"),
        ("both countries", "两国"),
        ("in October", "十月"),
        ("a third of them", "三分之一"),
        ("Chapter 3", "第3章"),
        ("Disklavier 5, no. 1", "Disklavier5,no.1"),
    ],
)
def test_the_same_number_written_differently_matches(source: str, target: str) -> None:
    assert check("numbers", pair(source, target)) == []


@pytest.mark.parametrize(
    "target",
    [
        "他是一个好人,一直和我们一起,统一了一些意见,也是一种办法。",
        "一带一路",
        "他三心二意",
        "九死一生",
        "我十分高兴",
        "万一他来了",
        "他一定会来",
        "成千上万的人,数百人,几十万人,百姓,千万不要",
        "三四个人,七八十个",
        "第一,第二,第三",
        "四处都是",
    ],
)
def test_chinese_words_with_numerals_that_are_no_numbers(target: str) -> None:
    assert check("numbers", pair("He was a good man and came.", target)) == []


@pytest.mark.parametrize(
    "source",
    [
        "One of them came; no one knew which one.",
        "The first and the second came, the third stayed.",
        "In the 3rd and 21st rounds, hundreds and thousands came.",
        "A hundredth of it.",
    ],
)
def test_english_words_that_are_no_numbers(source: str) -> None:
    assert check("numbers", pair(source, "他们来了。")) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("75 million people", "7500 万人"),
        ("286 million yuan", "2.86 亿元"),
        ("3,000 people", "3 000人"),
    ],
)
def test_a_space_before_wan_or_yi_is_still_one_number(source: str, target: str) -> None:
    assert check("numbers", pair(source, target)) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The G7 summit met.", "G7峰会召开了。"),
        ("The fighter jets arrived.", "F-16战机到了。"),
        ("The pandemic spread.", "COVID-19疫情蔓延。"),
        ("Mobile networks grew.", "5G网络发展了。"),
    ],
)
def test_digits_inside_names_and_codes_are_no_numbers(source: str, target: str) -> None:
    assert check("numbers", pair(source, target)) == []


def test_numbers_of_one_written_as_digits_count() -> None:
    # 一 is not the number 1, so a 1 written as a digit is missing.
    assert details(check("numbers", pair("Book 1 of 4.", "四本中的一本。"))) == ["1"]


def test_ten_minutes_are_not_the_idiom_for_very() -> None:
    # 十分 means "very", but 十分钟 is ten minutes.
    assert check("numbers", pair("in ten minutes", "十分钟后")) == []
    assert details(check("numbers", pair("soon", "十分钟后"))) == ["十"]


def test_numbers_count_their_multiplicity() -> None:
    found = check("numbers", pair("2 and 2 make four.", "2加2等于四。"))
    assert found == []
    [finding] = check("numbers", pair("2 and 2 make four.", "2等于四。"))
    assert (finding.side, finding.start, finding.end, finding.detail) == ("source", 6, 7, "2")


def test_numbers_are_matched_within_their_pair_only() -> None:
    pairs = [pair("In 2014.", "在2015年。", 0), pair("In 2015.", "在2014年。", 1)]
    assert len(check("numbers", *pairs)) == 4


def test_numbers_of_a_pair_with_several_sentences() -> None:
    para = "他们在2014年来了。一共3000人。"
    target = (within(para, "他们在2014年来了。"), within(para, "一共3000人。"))
    assert check("numbers", Pair((seg("In 2014, 3,000 came."),), target)) == []
    found = check("numbers", Pair((seg("In 2014, 3,100 came."),), target))
    assert spans(found) == [("source", 0, 9, 14, "3,100"), ("target", 0, 13, 17, "3000")]


def test_number_offsets_are_code_points_after_a_non_bmp_character() -> None:
    target = f"{NON_BMP}{NON_BMP}在2015年。"
    [finding] = check("numbers", Pair((seg("We came."),), (seg(target, 0, 5),)))
    assert (finding.start, finding.end) == (8, 12)
    assert (" " * 5 + target)[finding.start : finding.end] == "2015" == finding.detail


def test_no_number_findings_when_a_side_is_missing() -> None:
    assert check("numbers", pair("In 2014.", None), pair(None, "2015年。", 1)) == []


# --- 4: untranslated -------------------------------------------------------------------------


def test_source_text_copied_into_the_translation() -> None:
    src = "by Mr. Allen for the Saker blog"
    tgt = f"{NON_BMP}作者 by Mr. Allen,为Saker博客撰写"
    [finding] = check("untranslated", pair(src, tgt))
    assert spans([finding]) == [("target", 0, 4, 16, "by Mr. Allen")]
    assert tgt[4:16] == "by Mr. Allen"
    assert (finding.category, finding.severity) == ("Accuracy/Untranslated text", "minor")
    assert finding.message == 'Source text left untranslated: "by Mr. Allen".'
    assert finding.evidence == "in the source as: by"


def test_copied_text_is_found_whatever_its_case() -> None:
    found = check("untranslated", pair("It was Written By Hand today.", "这是written by hand的"))
    assert details(found) == ["written by hand"]


def test_a_long_copied_run_is_one_finding() -> None:
    src = "As he said: the quick brown fox jumps over the lazy dog."
    tgt = "他说:the quick brown fox jumps over the lazy dog。"
    assert details(check("untranslated", pair(src, tgt))) == [
        "the quick brown fox jumps over the lazy dog"
    ]


def test_a_single_word_left_is_untranslated_and_a_rendering_proposed() -> None:
    [finding] = check("untranslated", pair("The current order is changing.", "当前order在变化。"))
    assert spans([finding]) == [("target", 0, 2, 7, "order")]
    assert (finding.severity, finding.confidence) == ("major", 0.9)
    assert finding.fix == "命令"  # the commonest rendering; the sense check judges which fits


def test_names_the_source_writes_capitalised_are_kept_but_its_words_are_not() -> None:
    found = check(
        "untranslated", pair("by Mr. Allen for the Saker blog", "艾伦先生为Saker Blog写的")
    )
    assert details(found) == ["Saker Blog"]
    assert found[0].evidence == "in the source as: Blog"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("Saker wrote about the U.S. and Larchmonter445.", "Saker写了美国和Larchmonter445。"),
        ("Motor Sich was sold to the U.S. company.", "Motor Sich被卖给了U.S.公司。"),
        ("He said nothing at all.", "他说 we are fine here。"),  # not in the source
        ("Apple makes phones.", "苹果公司（Apple）制造手机。"),  # a name glossed
        ("The NATO summit opened.", "北约(NATO)峰会开幕了。"),
    ],
)
def test_names_and_text_not_in_the_source_are_no_untranslated_text(
    source: str, target: str
) -> None:
    assert check("untranslated", pair(source, target)) == []


# --- 5: punctuation --------------------------------------------------------------------------


def test_half_width_comma_between_chinese_characters() -> None:
    [finding] = check("punctuation", pair("China, Russia", "中国,俄罗斯"))
    assert spans([finding]) == [("target", 0, 2, 3, ",")]
    assert (finding.category, finding.severity) == ("Fluency/Punctuation", "minor")
    assert finding.message == 'Half-width "," in Chinese text: use "，".'


@pytest.mark.parametrize(
    ("target", "marks"),
    [
        ("他说:好", [(2, ":", "：")]),
        ("真的?", [(2, "?", "？")]),
        ("好!", [(1, "!", "！")]),
        ("一;二", [(1, ";", "；")]),
        ("中国 , 俄罗斯", [(3, ",", "，")]),  # spaces ignored
        ("Saker,中国", [(5, ",", "，")]),  # Chinese after the mark is enough
        ("他来了.", [(3, ".", "。")]),
        ("他说“来了.”", [(5, ".", "。")]),
        (f"{NON_BMP}中国,俄罗斯", [(3, ",", "，")]),
    ],
)
def test_half_width_marks_next_to_chinese(target: str, marks: list[tuple[int, str, str]]) -> None:
    found = check("punctuation", pair("Source.", target))
    assert [(f.start, f.detail) for f in found] == [(at, mark) for at, mark, _ in marks]
    assert [f.message for f in found] == [
        f'Half-width "{mark}" in Chinese text: use "{full}".' for _, mark, full in marks
    ]
    assert all(target[f.start : f.end] == f.detail for f in found)


@pytest.mark.parametrize(
    "target",
    [
        "增长了3.5倍",
        "共1,000人",
        "在10:30见",
        "例如 e.g. 这样",
        "Russia, China and India: all here",
        "中国，俄罗斯：好？是！（注）",
        "他在U.S.",
        "中国...",
    ],
)
def test_marks_that_are_fine_in_chinese_text(target: str) -> None:
    assert check("punctuation", pair("Source.", target)) == []


def test_a_pair_of_half_width_parentheses_is_one_finding() -> None:
    target = "北约(NATO)成员"
    found = run_checks([pair("NATO members", target)], "en", "zh")
    assert [(f.check, f.start, f.end, f.detail) for f in found] == [("punctuation", 2, 8, "(NATO)")]
    assert found[0].message == 'Half-width parentheses "( )" in Chinese text: use "（ ）".'


def test_list_markers_are_neither_punctuation_nor_brackets() -> None:
    found = run_checks([pair("1) first 2) second", "1) 第一 2) 第二")], "en", "zh")
    assert found == []


def test_mixed_width_parentheses_are_one_punctuation_finding() -> None:
    source, target = "Why abstain (in the vote)?", "为何弃权（在表决中)?"
    found = run_checks([pair(source, target)], "en", "zh", only=["punctuation", "brackets"])
    assert [(f.check, f.detail) for f in found] == [("punctuation", ")"), ("punctuation", "?")]


def test_english_text_is_not_checked_for_half_width_punctuation() -> None:
    assert check("punctuation", pair("中国,俄罗斯 in English: fine.", "好。")) == []
    assert run_checks([pair("中国,俄罗斯", "中国,俄罗斯")], "en", "en") == []


def test_a_chinese_source_is_checked_too() -> None:
    found = run_checks([pair("中国,俄罗斯", "China, Russia")], "zh", "en", only=["punctuation"])
    assert spans(found) == [("source", 0, 2, 3, ",")]


# --- 6: brackets -----------------------------------------------------------------------------


def test_an_unclosed_bracket() -> None:
    [finding] = check("brackets", pair("He came (late.", "他来了。"))
    assert spans([finding]) == [("source", 0, 8, 9, "(")]
    assert (finding.category, finding.severity) == ("Fluency/Punctuation", "minor")
    assert finding.message == 'Unmatched "(".'


@pytest.mark.parametrize(
    ("text", "unmatched"),
    [
        ("他读了《战争与和平", ["《"]),
        ("他说”没有限制”的关系", ["”", "”"]),
        ("1) 2) 3)", []),  # list markers
        ("a) first; b) second", []),
        ("【注】（一）「好」『好』", []),
        ("（中文) mixed", []),  # the punctuation check reports the half-width one
        ("“a ‘b’ c”", []),
        ("[a (b] c)", []),  # each kind on its own
        ("‘quoted", ["‘"]),
        ("said.’ Then", ["’"]),
    ],
)
def test_paired_marks(text: str, unmatched: list[str]) -> None:
    found = check("brackets", pair("Source.", text))
    assert details(found) == unmatched
    assert all(text[f.start : f.end] == f.detail for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "I don’t know.",
        "China’s and Russia’s plans.",
        "Putin et al.’s efforts.",
        "The nations’ leaders met.",
        "Back in the ’90s.",
        "‘I don’t know,’ he said.",
        "He said \"yes\" and 'no'.",
    ],
)
def test_apostrophes_and_straight_quotes_are_not_unmatched_quotes(text: str) -> None:
    assert check("brackets", pair(text, "好。")) == []


def test_a_quotation_over_several_sentences_of_a_paragraph_is_matched() -> None:
    para = "He said: “We came. We saw.” Then left."
    sentences = ["He said: “We came.", "We saw.”", "Then left."]
    source = [within(para, s, 2) for s in sentences]
    pairs = [Pair((s,), (seg("好。", 2),)) for s in source]
    assert check("brackets", *pairs) == []
    # Without its second sentence the paragraph has an open quote.
    [finding] = check("brackets", pairs[0], pairs[2])
    assert spans([finding]) == [("source", 2, 9, 10, "“")]


def test_each_paragraph_is_checked_once_and_the_finding_belongs_to_its_pair() -> None:
    para = f"{NON_BMP} One. Two (three. Four."
    sentences = [f"{NON_BMP} One.", "Two (three.", "Four."]
    pairs = [Pair((within(para, s, 1),), (seg(f"{i}。", i),)) for i, s in enumerate(sentences)]
    both = check("brackets", *pairs, pair("Other (x.", "好。", 5))
    assert spans(both) == [("source", 1, 11, 12, "("), ("source", 5, 6, 7, "(")]
    # Sorted by pair: put a target finding in the first pair; it must come first.
    pairs[0] = Pair(pairs[0].source, (seg("《好。", 0),))
    found = check("brackets", *pairs)
    assert [(f.side, f.paragraph, f.start) for f in found] == [
        ("target", 0, 0),
        ("source", 1, 11),
    ]


# --- 7: repeated -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "repeated", "start"),
    [
        ("He saw the the army.", "the the", 7),
        ("Most of of them.", "of of", 5),
        ("The the army came.", "The the", 0),
        (f"{NON_BMP} and and", "and and", 2),
    ],
)
def test_an_english_word_twice_in_a_row(source: str, repeated: str, start: int) -> None:
    [finding] = check("repeated", pair(source, "好。"))
    assert spans([finding]) == [("source", 0, start, start + len(repeated), repeated)]
    assert (finding.category, finding.severity) == ("Fluency/Grammar", "minor")
    assert finding.message == f'Repeated word "{repeated}".'


@pytest.mark.parametrize("doubled", ["的的", "了了", "是是", "在在", "和和", "也也", "都都"])
def test_a_chinese_function_character_twice(doubled: str) -> None:
    target = f"{NON_BMP}我们{doubled}书"
    [finding] = check("repeated", pair("Our book.", target))
    assert spans([finding]) == [("target", 0, 3, 5, doubled)]


@pytest.mark.parametrize(
    "text",
    [
        "看看 常常 人人 谢谢 天天 慢慢",
        "为了了解情况",
        "现在在家",
        "但是是谁",
        "的的确确",
        "是是非非",
        "和和气气",
        "不了了之",
        "目的的实现",
        "缓和和平",
        "首都都市",
    ],
)
def test_chinese_reduplications_and_word_boundaries_are_not_repeats(text: str) -> None:
    assert check("repeated", pair("Fine.", text)) == []


@pytest.mark.parametrize(
    "source",
    [
        "He had had enough.",
        "He said that that was fine.",
        "They flew to Bora Bora.",
        "the theme of them",
        "a then then-president",
    ],
)
def test_english_repeats_that_are_fine(source: str) -> None:
    assert check("repeated", pair(source, "好。")) == []


# --- 8: spacing ------------------------------------------------------------------------------


def test_a_space_between_chinese_characters() -> None:
    target = f"{NON_BMP}中 国很大"
    [finding] = check("spacing", pair("China is big.", target))
    assert spans([finding]) == [("target", 0, 1, 4, "中 国")]
    assert (finding.category, finding.severity) == ("Locale convention", "minor")
    assert finding.message == "Space between Chinese characters."


def test_several_spaces_in_a_row_on_either_side() -> None:
    found = check("spacing", pair("Two  spaces here.", "两个\u3000\u3000空格 and more"))
    assert spans(found) == [("source", 0, 3, 5, "  "), ("target", 0, 1, 5, "个\u3000\u3000空")]
    assert found[0].message == "2 spaces in a row."
    found = check("spacing", pair("One space here.", "中文 and  more"))
    assert spans(found) == [("target", 0, 6, 8, "  ")]


def test_runs_of_spaces_that_copy_the_source_are_fine() -> None:
    source = "They question their sincerity.  For example, one wrote:"
    assert check("spacing", pair(source, "他们质疑其诚意。 例如,  有人写道:")) == []


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("One space here.", "中国 and 俄罗斯"),
        ("It ended.  [Aside: more]", "好。"),  # two spaces after a full stop
        ("中 国 in English text", "好。"),
    ],
)
def test_spacing_that_is_fine(source: str, target: str) -> None:
    assert check("spacing", pair(source, target)) == []


# --- 9: length -------------------------------------------------------------------------------

TYPICAL = [
    (f"This is the English sentence number {i}.", f"这是第{i}个英文句子。") for i in range(6)
]


def test_a_translation_much_shorter_or_longer_than_usual() -> None:
    pairs = [pair(s, t, i) for i, (s, t) in enumerate(TYPICAL)]
    short = Pair(
        (seg("A long sentence that was not translated in full at all."),), (seg("好。", 7, 3),)
    )
    long = pair(
        "Twenty characters ok.", "这是一个非常非常长的翻译句子，比原文长得多得多，真的太长了。", 8
    )
    found = check("length", *pairs, short, long)
    assert spans(found) == [("target", 7, 3, 5, "0.04"), ("target", 8, 0, 30, "1.43")]
    assert [f.category for f in found] == ["Accuracy/Omission", "Accuracy/Addition"]
    assert found[0].message == "Translation much shorter than usual (ratio 0.04 against 0.26)."
    assert found[1].message.startswith("Translation much longer than usual (ratio 1.43")


def test_length_needs_five_typical_pairs_and_twenty_characters() -> None:
    short = pair("A long sentence that was not translated in full at all.", "好。", 7)
    # The pair itself counts among the 1-1 pairs with twenty characters: 3 + 1 are too few.
    few = [pair(s, t, i) for i, (s, t) in enumerate(TYPICAL[:3])]
    assert check("length", *few, short) == []
    enough = [pair(s, t, i) for i, (s, t) in enumerate(TYPICAL[:4])]
    assert details(check("length", *enough, short)) == ["0.04"]
    many = [pair(s, t, i) for i, (s, t) in enumerate(TYPICAL)]
    assert check("length", *many, pair("Too short for it.", "好", 9)) == []


def test_length_spans_the_target_sentences_of_a_paragraph() -> None:
    pairs = [pair(s, t, i) for i, (s, t) in enumerate(TYPICAL)]
    para = "这个。那个非常非常非常长的翻译句子，比原文长得多得多，真的太长了太长了太长了。"
    target = (within(para, "这个。", 8), within(para, para[3:], 8))
    [finding] = check("length", *pairs, Pair((seg("Twenty characters here."),), target))
    assert (finding.paragraph, finding.start, finding.end) == (8, 0, len(para))
    split = (seg("这个。", 8), seg(para[3:], 9))
    [finding] = check("length", *pairs, Pair((seg("Twenty characters here."),), split))
    assert (finding.paragraph, finding.start, finding.end) == (8, 0, 3)


# --- 10: consistency -------------------------------------------------------------------------


def test_the_same_sentence_translated_differently() -> None:
    pairs = [
        pair("We will  meet again.", "我们会再见面。", 0),
        pair("Something else here.", "别的。", 1),
        pair("we will meet again.", "我们 会再见。", 2),
    ]
    [finding] = check("consistency", *pairs)
    assert spans([finding]) == [("target", 2, 0, 7, "we will meet again.")]
    assert (finding.category, finding.severity) == ("Fluency/Inconsistency", "minor")
    assert finding.message == 'Translated differently before: "我们会再见面。".'


def test_the_same_translation_up_to_spaces_is_consistent() -> None:
    pairs = [
        pair("We will meet again.", "我们会 再见面。", 0),
        pair("We  will meet again.", "我们会  再见面。", 1),
    ]
    assert check("consistency", *pairs) == []


def test_short_sentences_may_be_translated_differently() -> None:
    pairs = [pair("Thank you.", "谢谢。", 0), pair("Thank you.", "多谢。", 1)]
    assert check("consistency", *pairs) == []


def test_each_different_translation_is_reported_once() -> None:
    sentence = "We will meet again."
    targets = ["再见。", "再会。", "再见。", "再会。", "后会有期。"]
    pairs = [pair(sentence, t, i) for i, t in enumerate(targets)]
    assert [f.paragraph for f in check("consistency", *pairs)] == [1, 4]
