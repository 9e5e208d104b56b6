"""Sentence splitting for English and Chinese, as code-point spans into the paragraph."""

from __future__ import annotations

import re

from reader.core.document import Span

# --- English ---------------------------------------------------------------------------------
# A candidate end: terminal punctuation, closing quotes/brackets, then space and something that
# can open a sentence (capital, digit, opening quote or bracket), or the end of the text.
_EN_END = re.compile(
    r"(?:\.\.\.|[.!?…])+[\"'”’)\]]*(?=\s+[\"'“‘(\[]*[A-Z0-9]|\s*$)",
)
_EN_WORD_BEFORE = re.compile(r"(\S+)$")
# Titles and other abbreviations that are (almost) never the end of a sentence
_EN_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "rev",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "hon",
        "mt",
        "ft",
        "vs",
        "etc",
        "al",
        "e.g",
        "i.e",
        "cf",
        "viz",
        "no",
        "nos",
        "vol",
        "pp",
        "fig",
        "ca",
        "approx",
        "dept",
        "inc",
        "corp",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Words that start a sentence after a dotted acronym ("... the U.S. The next ...")
_EN_STARTERS = frozenset(
    [
        "The",
        "A",
        "An",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "But",
        "And",
        "Yet",
        "So",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "In",
        "On",
        "At",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "However",
        "Then",
        "Now",
    ]
)
_ELLIPSIS_MIN_WORDS = 3  # "Yet … I think" is one sentence; "He waited … Nobody came." two

# --- Chinese ---------------------------------------------------------------------------------
_ZH_CLOSE = "”’」』）)》\"'"
# 。！？；and their ASCII twins used in real texts; ASCII "." only before a space and CJK.
_ZH_END = re.compile(
    rf"(?:[。！？；!?;]+|…+|\.{{3,}}|\.(?=\s+[\u4e00-\u9fff]))[{_ZH_CLOSE}。！？；!?;.]*"
)


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentences of one paragraph as code-point spans, whitespace trimmed, none empty."""
    ends = _zh_ends(text) if lang.startswith("zh") else _en_ends(text)
    spans, start = [], 0
    for end in ends:
        spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span.end > span.start]


def _en_ends(text: str) -> list[int]:
    ends = []
    last = 0
    for match in _EN_END.finditer(text):
        if _en_is_end(text, last, match):
            ends.append(match.end())
            last = match.end()
    return ends


def _en_is_end(text: str, last: int, match: re.Match[str]) -> bool:
    punct = match.group(0).rstrip("\"'”’)]")
    if punct.startswith(("…", "...")):
        return len(text[last : match.start()].split()) >= _ELLIPSIS_MIN_WORDS
    if punct != ".":
        return True
    before = _EN_WORD_BEFORE.search(text[: match.start()])
    word = before.group(1).lstrip("\"'“‘([") if before else ""
    if word.lower() in _EN_ABBREV or (len(word) == 1 and word.isupper()):
        return False  # "Mr. Allen", "J. Smith", "e.g. Chinese"
    if "." in word and all(len(p) <= 1 for p in word.split(".")):
        nxt = text[match.end() :].split(maxsplit=1)  # dotted acronym such as U.S.
        return bool(nxt) and nxt[0].strip("\"'“‘") in _EN_STARTERS
    return True


def _zh_ends(text: str) -> list[int]:
    ends = []
    for match in _ZH_END.finditer(text):
        token = match.group(0)
        if token[0] in "…." and not any(c in _ZH_CLOSE for c in token):
            rest = text[match.end() :].lstrip()
            # a bare ellipsis inside a clause ("然而……我") does not end the sentence
            if rest and rest[0] not in "“‘「『":
                continue
        ends.append(match.end())
    return ends


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
