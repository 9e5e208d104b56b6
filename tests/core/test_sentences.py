"""Sentence splitting: English abbreviations, initials, ellipses and quotes; Chinese punctuation."""

from __future__ import annotations

import pytest

from reader.core.sentences import split_sentences


def texts(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Allen came. He sat down.", ["Mr. Allen came.", "He sat down."]),
        ("The U.S. openly talks. Russia listens.", ["The U.S. openly talks.", "Russia listens."]),
        ("He lived in the U.S. The move was hard.", ["He lived in the U.S.", "The move was hard."]),
        (
            "Some nations, e.g. India, agree. Others not.",
            ["Some nations, e.g. India, agree.", "Others not."],
        ),
        ("J. R. Smith wrote it. Then he left.", ["J. R. Smith wrote it.", "Then he left."]),
        ("Yet … I don't think so. Fine.", ["Yet … I don't think so.", "Fine."]),
        ("He waited for hours... Nobody came.", ["He waited for hours...", "Nobody came."]),
        ('"Why?" she asked. "Because."', ['"Why?" she asked.', '"Because."']),
        ("They said “no limits.”  But why?", ["They said “no limits.”", "But why?"]),
        ("Best wishes … and shall we meet again!", ["Best wishes … and shall we meet again!"]),
        ("In 1990. 42 people came.", ["In 1990.", "42 people came."]),
    ],
)
def test_english(text: str, expected: list[str]) -> None:
    assert texts(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他来了。她走了！你呢？", ["他来了。", "她走了！", "你呢？"]),
        ("他说：“好吧。”她笑了。", ["他说：“好吧。”", "她笑了。"]),
        ("「走吧！」他说。", ["「走吧！」", "他说。"]),
        ("法治? 只有当他们是规则制定者。", ["法治?", "只有当他们是规则制定者。"]),
        ("一是经济；二是政治。", ["一是经济；", "二是政治。"]),
        ("然而……我不认为。", ["然而……我不认为。"]),
        ("她走了……“你呢？”", ["她走了……", "“你呢？”"]),
        ("等等。).", ["等等。)."]),
        ("没有结尾", ["没有结尾"]),
    ],
)
def test_chinese(text: str, expected: list[str]) -> None:
    assert texts(text, "zh") == expected


def test_spans_index_the_paragraph_and_skip_blank_text() -> None:
    text = "  One.  Two.  "
    spans = split_sentences(text, "en")
    assert [(s.start, s.end) for s in spans] == [(2, 6), (8, 12)]
    assert split_sentences("   ", "en") == []
    assert split_sentences("", "zh") == []
