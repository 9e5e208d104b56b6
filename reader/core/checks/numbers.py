"""The numbers check: numbers missing from, or added to, the translation."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reader.core.checks.model import (
    CheckDocument,
    Finding,
    Found,
    Place,
    Segment,
    Side,
    make_finding,
)
from reader.core.checks.numerals import (
    EN_SOFT_KEYS,
    EN_WORDS,
    en_digit_numbers,
    en_soft_numbers,
    en_word_numbers,
    zh_numbers,
)

# --- 3: numbers -----------------------------------------------------------------------------

_DECADES = re.compile(r"\s+decades\b", re.I)  # "two decades" = 二十年
_EN_LOWER_TOKEN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class _Number:
    values: tuple[Decimal, ...]  # what it may stand for: "two decades" is 2 or 20 (二十年)
    hard: bool  # False: an ordinal or a word such as "both", which only ever matches
    paragraph: int
    start: int
    end: int
    text: str


def check_numbers(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue  # the omission and addition checks report those
        source = [n for seg in pair.source for n in _numbers(seg, doc.langs["source"])]
        target = [n for seg in pair.target for n in _numbers(seg, doc.langs["target"])]
        names = _name_syllables(pair.source) if doc.is_chinese("target") else ""
        target = [n for n in target if not _in_name(n, names)]
        if not (source or target):
            continue
        missing, added = list(_unmatched(source, target)), list(_unmatched(target, source))
        # A number rendered wrong is missing on one side and added on the other: each finding
        # points at the other side's, so that both show (7,500 beside 75).
        for number in missing:
            message = f"The number {_named(number)} is missing from the translation."
            related = _places("target", added)
            yield index, _number_finding("source", number, message, "major", related)
        for number in added:
            message = f"The number {_named(number)} in the translation is not in the source."
            related = _places("source", missing)
            yield index, _number_finding("target", number, message, "minor", related)


# The pinyin of the numerals, to tell a numeral inside a name (王二 Wang Er, 茅十八 Mao Shiba).
_NUMERAL_SOUNDS = dict(
    zip(
        "一二两三四五六七八九十百千万",
        [
            "yi",
            "er",
            "liang",
            "san",
            "si",
            "wu",
            "liu",
            "qi",
            "ba",
            "jiu",
            "shi",
            "bai",
            "qian",
            "wan",
        ],
        strict=True,
    )
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[-'][a-z]+)*")


def _name_syllables(source: tuple[Segment, ...]) -> str:
    """The source's capitalised words, lower case, run together: where names in pinyin are."""
    return " ".join(
        m.group().lower().replace("-", "")
        for seg in source
        for m in _CAPITALISED.finditer(seg.text)
    )


def _in_name(number: _Number, names: str) -> bool:
    """Whether a Chinese numeral is spelt out in a name of the source (Er, Xiaosi, Shiba)."""
    if not names or _DIGIT.search(number.text):
        return False
    sounds = [_NUMERAL_SOUNDS.get(ch) for ch in number.text]
    return all(sounds) and "".join(sounds) in names  # type: ignore[arg-type]


def _unmatched(numbers: list[_Number], other: list[_Number]) -> Iterator[_Number]:
    """The hard numbers whose value the other side lacks, counting multiplicity."""
    available = Counter(value for n in other for value in n.values)
    for number in numbers:
        if not number.hard:
            continue
        value = next((v for v in number.values if available[v] > 0), None)
        if value is None:
            yield number
        else:
            available[value] -= 1


def _named(number: _Number) -> str:
    value = format(number.values[0].normalize(), "f")
    return number.text if number.text == value else f"{number.text} ({value})"


def _number_finding(
    side: Side, n: _Number, message: str, severity: str, related: tuple[Place, ...]
) -> Finding:
    return make_finding(
        "numbers",
        side,
        n.paragraph,
        n.start,
        n.end,
        n.text,
        message,
        None,
        severity,
        related=related,
    )


def _places(side: Side, numbers: list[_Number]) -> tuple[Place, ...]:
    return tuple(Place(side, n.paragraph, n.start, n.end) for n in numbers)


def _numbers(seg: Segment, lang: str) -> list[_Number]:
    """The numbers of one sentence, in reading order."""
    if lang.lower().startswith("zh"):
        found = list(zh_numbers(seg.text))
    else:
        found = list(en_digit_numbers(seg.text)) if _DIGIT.search(seg.text) else []
        # Most sentences have no number word: a set of their words tells cheaply.
        words = (
            set(_EN_LOWER_TOKEN.findall(seg.text.lower())) if lang.lower()[:2] == "en" else set()
        )
        if not words.isdisjoint(EN_WORDS):
            found += en_word_numbers(seg.text)
        if not words.isdisjoint(EN_SOFT_KEYS):
            found += en_soft_numbers(seg.text)
    found.sort(key=lambda item: item[2])
    return [
        _Number(
            _also_decades(value, seg.text, b),
            hard and _counts(value, seg.text[a:b]),
            seg.paragraph,
            seg.start + a,
            seg.start + b,
            seg.text[a:b],
        )
        for value, hard, (a, b) in found
    ]


def _counts(value: Decimal, text: str) -> bool:
    """Whether a number missing on the other side is worth reporting: digits always, words
    and Chinese numerals from ten up. "Two" and 两, 俩, 一双 or a plural are too often one
    another in free translation to tell a dropped number from a rephrased one."""
    return bool(_DIGIT.search(text)) or value >= 10


def _also_decades(value: Decimal, text: str, end: int) -> tuple[Decimal, ...]:
    return (value, value * 10) if _DECADES.match(text, end) else (value,)
