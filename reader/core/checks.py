"""Automatic translation QA checks, as Xbench runs them: omissions, numbers, punctuation...

The checks read aligned sentence pairs and report findings as code-point spans into one side's
paragraph, each with an MQM category and severity, so that a reviewer can look at them and turn
the real ones into annotations. They are heuristics: each one carries guards against the false
positives that real Chinese translations of English texts produce (idioms with numerals,
apostrophes that look like closing quotes, reduplicated words...).
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import Literal

from reader.core.errors import InputError
from reader.core.mqm import word_count

Side = Literal["source", "target"]


@dataclass(frozen=True)
class Segment:
    """One sentence of one side: its paragraph, its code-point offset in that paragraph, its
    text."""

    paragraph: int
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Pair:
    """One aligned sentence bead: 0..n source sentences with 0..m target sentences, in order."""

    source: tuple[Segment, ...]
    target: tuple[Segment, ...]


@dataclass(frozen=True)
class Finding:
    check: str  # a key of CHECKS
    side: Side  # the side the span is on
    paragraph: int  # paragraph index on that side
    start: int  # code-point offsets in that paragraph (end exclusive)
    end: int
    category: str  # an MQM category key from reader.core.mqm.CATEGORIES
    severity: str  # "minor" | "major" | "critical"
    detail: str  # the offending text or value, short
    message: str  # one English sentence for the command line and reports


CHECKS: dict[str, str] = {
    "omission": "Source sentences with no translation",
    "addition": "Translated sentences with no source",
    "numbers": "Numbers missing from, or added to, the translation",
    "untranslated": "Source text copied into the translation",
    "punctuation": "Half-width punctuation in Chinese text",
    "brackets": "Unmatched brackets and quotation marks",
    "repeated": "The same word twice in a row",
    "spacing": "Spaces between Chinese characters, or several spaces in a row",
    "length": "Translations much shorter or longer than usual",
    "consistency": "The same source sentence translated differently",
}

_CATEGORIES = {
    "omission": "Accuracy/Omission",
    "addition": "Accuracy/Addition",
    "numbers": "Accuracy/Mistranslation",
    "untranslated": "Accuracy/Untranslated text",
    "punctuation": "Fluency/Punctuation",
    "brackets": "Fluency/Punctuation",
    "repeated": "Fluency/Grammar",
    "spacing": "Locale convention",
    "length": "Accuracy/Omission",
    "consistency": "Fluency/Inconsistency",
}

DETAIL_LENGTH = 60  # longer texts are shortened with "…" in a finding's detail

_SIDE_ORDER = {"source": 0, "target": 1}
_CHECK_ORDER = {check: i for i, check in enumerate(CHECKS)}


def run_checks(
    pairs: Sequence[Pair],
    source_lang: str = "en",
    target_lang: str = "zh",
    only: Collection[str] | None = None,
) -> list[Finding]:
    """Findings sorted by (index of the pair, side source before target, paragraph, start)."""
    if isinstance(only, str):
        only = [only]  # one id, not its letters
    wanted = set(CHECKS) if only is None else set(only)
    unknown = sorted(wanted - set(CHECKS))
    if unknown:
        raise InputError(f"unknown check {', '.join(unknown)} (one of: {', '.join(CHECKS)})")
    doc = _Document(pairs, {"source": source_lang, "target": target_lang})
    found = [item for check in CHECKS if check in wanted for item in _RUNNERS[check](doc)]
    found.sort(key=_sort_key)
    return [finding for _, finding in found]


# (index of the pair the finding belongs to, the finding)
_Found = tuple[int, Finding]


def _sort_key(item: _Found) -> tuple[int, int, int, int, int, int]:
    index, f = item
    return index, _SIDE_ORDER[f.side], f.paragraph, f.start, _CHECK_ORDER[f.check], f.end


# --- the document the checks read ----------------------------------------------------------


class _Document:
    """The pairs, with what several checks need: each side's language, its paragraphs rebuilt
    from the segments, and which pair a paragraph offset falls in."""

    def __init__(self, pairs: Sequence[Pair], langs: dict[Side, str]) -> None:
        self.pairs = pairs
        self.langs = langs
        self._chinese = {side: lang.lower().startswith("zh") for side, lang in langs.items()}
        self._texts: dict[Side, dict[int, str]] = {}
        self._places: dict[Side, dict[int, tuple[list[int], list[int]]]] = {}
        for side in ("source", "target"):
            placed = sorted(
                (
                    (seg.paragraph, seg.start, index, seg)
                    for index, pair in enumerate(pairs)
                    for seg in _segments(pair, side)
                ),
                key=itemgetter(0, 1, 2),
            )
            self._texts[side] = _paragraph_texts([item[3] for item in placed])
            places: dict[int, tuple[list[int], list[int]]] = {}
            for paragraph, start, index, _ in placed:
                starts, indices = places.setdefault(paragraph, ([], []))
                starts.append(start)
                indices.append(index)
            self._places[side] = places

    def is_chinese(self, side: Side) -> bool:
        return self._chinese[side]

    def paragraphs(self, side: Side) -> dict[int, str]:
        """The text of every paragraph the pairs touch, gaps between sentences as spaces."""
        return self._texts[side]

    def pair_at(self, side: Side, paragraph: int, offset: int) -> int:
        """The index of the pair whose segment holds (or last precedes) the offset."""
        starts, indices = self._places[side][paragraph]
        return indices[max(bisect_right(starts, offset) - 1, 0)]


def _segments(pair: Pair, side: Side) -> tuple[Segment, ...]:
    return pair.source if side == "source" else pair.target


def _paragraph_texts(segments: list[Segment]) -> dict[int, str]:
    """Segments sorted by (paragraph, start) put back at their offsets, spaces between."""
    pieces: dict[int, list[str]] = {}
    ends: dict[int, int] = {}
    for seg in segments:
        parts = pieces.setdefault(seg.paragraph, [])
        end = ends.get(seg.paragraph, 0)
        if seg.start < end:  # overlapping segments (bad input): keep the first
            continue
        parts.extend((" " * (seg.start - end), seg.text))
        ends[seg.paragraph] = seg.end
    return {paragraph: "".join(parts) for paragraph, parts in pieces.items()}


def _words(text: str) -> list[str]:
    """A list written as words separated by spaces (long lists read better so)."""
    return text.split()


def _shorten(text: str, limit: int = DETAIL_LENGTH) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span_of(segments: tuple[Segment, ...]) -> tuple[int, int, int]:
    """(paragraph, start, end) from the first segment to the last if they share a paragraph,
    else the first segment alone."""
    first, last = segments[0], segments[-1]
    if all(seg.paragraph == first.paragraph for seg in segments):
        return first.paragraph, first.start, last.end
    return first.paragraph, first.start, first.end


def _joined(segments: tuple[Segment, ...]) -> str:
    return " ".join(seg.text for seg in segments)


def _make(
    check: str,
    side: Side,
    paragraph: int,
    start: int,
    end: int,
    detail: str,
    message: str,
    category: str | None = None,
    severity: str = "minor",
) -> Finding:
    category = category or _CATEGORIES[check]
    return Finding(check, side, paragraph, start, end, category, severity, detail, message)


# --- 1, 2: omission and addition ------------------------------------------------------------


def _omissions(doc: _Document) -> Iterator[_Found]:
    yield from _unpaired(doc, "source", "omission", "major", "Not translated.")


def _additions(doc: _Document) -> Iterator[_Found]:
    yield from _unpaired(doc, "target", "addition", "minor", "Added in translation.")


def _unpaired(
    doc: _Document, side: Side, check: str, severity: str, message: str
) -> Iterator[_Found]:
    for run in _unpaired_runs(doc.pairs, side):
        index, first = run[0]
        paragraph, start, end = first.paragraph, first.start, run[-1][1].end
        detail = _shorten(doc.paragraphs(side)[paragraph][start:end])
        yield index, _make(check, side, paragraph, start, end, detail, message, None, severity)


def _unpaired_runs(pairs: Sequence[Pair], side: Side) -> Iterator[list[tuple[int, Segment]]]:
    """Runs of consecutive sentences of one paragraph on `side` whose pairs have nothing on the
    other side, each sentence with the index of its pair."""
    other: Side = "target" if side == "source" else "source"
    run: list[tuple[int, Segment]] = []
    for index, pair in enumerate(pairs):
        if _segments(pair, other):
            if run:
                yield run
            run = []
            continue
        for seg in _segments(pair, side):
            if run and run[-1][1].paragraph != seg.paragraph:
                yield run
                run = []
            run.append((index, seg))
    if run:
        yield run


# --- 3: numbers -----------------------------------------------------------------------------

# Digits, with thousands separators ("1,000", "1 000") and decimals; \d takes full-width digits.
_DIGITS = r"(?:\d{1,3}(?:(?:,|[ \u00a0\u2009\u202f])\d{3})+|\d+)(?:\.\d+)?"
_PERCENT = r"(?:\s?[%％])?"
_NOT_AFTER_DIGIT = r"(?<!\d)(?<!\d\.)"  # "No.1" is a number, the 5 of "3.5" is not one
_EN_SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
_EN_DIGIT_NUMBER = re.compile(
    rf"{_NOT_AFTER_DIGIT}({_DIGITS})(?!\d)((?:\s+(?:{'|'.join(_EN_SCALES)})\b)*){_PERCENT}", re.I
)
_DECADES = re.compile(r"\s+decades\b", re.I)  # "two decades" = 二十年
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)

_EN_UNITS = _words("one two three four five six seven eight nine")
_EN_TEENS = _words(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)
_EN_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")
_EN_ORDINALS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_EN_TENTHS = _words("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")


def _en_number_words() -> dict[str, tuple[str, int, bool]]:
    """word -> (kind, value, ordinal); ordinals in plural too ("two thirds")."""
    words: dict[str, tuple[str, int, bool]] = {}
    for value, (cardinal, ordinal) in enumerate(
        zip(_EN_UNITS + _EN_TEENS, _EN_ORDINALS, strict=True), 1
    ):
        kind = "unit" if value < 10 else "teen"
        words[cardinal] = (kind, value, False)
        words[ordinal] = words[ordinal + "s"] = (kind, value, True)
    for value, (cardinal, ordinal) in enumerate(zip(_EN_TENS, _EN_TENTHS, strict=True), 2):
        words[cardinal] = ("tens", value * 10, False)
        words[ordinal] = words[ordinal + "s"] = ("tens", value * 10, True)
    for scale, value in _EN_SCALES.items():
        kind = "hundred" if value == 100 else "big"
        words[scale] = (kind, value, False)
        words[scale + "th"] = words[scale + "ths"] = (kind, value, True)
    return words


_EN_WORDS = _en_number_words()
_EN_CONNECTORS = {"a": ("a", 1, False), "an": ("a", 1, False), "and": ("and", 0, False)}
_EN_TOKEN = re.compile(r"[A-Za-z]+")
_EN_LOWER_TOKEN = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
_EN_JOINER = re.compile(r"\s+|\s*-\s*")  # between the words of one number: "twenty-five"
# Which token kind may follow which inside one number ("two hundred and five thousand").
_EN_NEXT = {
    None: {"a", "unit", "teen", "tens"},
    "a": {"hundred", "big"},
    "unit": {"hundred", "big"},
    "teen": {"hundred", "big"},
    "tens": {"unit", "big"},
    "hundred": {"unit", "teen", "tens", "big", "and"},
    "big": {"unit", "teen", "tens", "and"},
    "and": {"unit", "teen", "tens"},
}
# Words that stand for a number without being one: never reported missing, but they match a
# number on the other side (两国 "both countries", 十月 "October", 三分之一 "a third").
_EN_SOFT_WORDS = {
    "both": 2, "twice": 2, "double": 2, "pair": 2, "couple": 2, "bilateral": 2, "dual": 2,
    "half": 2, "halves": 2, "triple": 3, "quarter": 4, "quarters": 4, "decade": 10, "dozen": 12,
}  # fmt: skip
_MONTHS = "January February March April May June July August September October November December"
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
_EN_SOFT_NAMES = {
    **{name: i for i, name in enumerate(_MONTHS.split(), 1)},
    **{name[:3]: i for i, name in enumerate(_MONTHS.split(), 1) if name != "May"},
    "Sept": 9,
    **{name: i for i, name in enumerate(_WEEKDAYS.split(), 1)},
}
_EN_SOFT_KEYS = frozenset(_EN_SOFT_WORDS) | {name.lower() for name in _EN_SOFT_NAMES}

_ZH_DIGIT_VALUES = dict(
    zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_ZH_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG_VALUES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ZH_SCALES = "百千万亿萬億"
_ZH_NUMERALS = "".join(_ZH_DIGIT_VALUES) + "十" + _ZH_SCALES
_ZH_NUMBER = re.compile(
    rf"{_NOT_AFTER_DIGIT}({_DIGITS})(?!\d)([多余]?[{_ZH_SCALES}]+)?{_PERCENT}"
    rf"|(?:百分之)?([{_ZH_NUMERALS}]+)"
)
# Two digits side by side before a unit are a range: 七八十 "seventy or eighty".
_ZH_RANGE = re.compile(r"[一二两兩三四五六七八九]{2}")
# Idioms and words whose numerals are no numbers (三心二意 "half-hearted", 十分 "very").
_ZH_IDIOMS = re.compile(
    "|".join(
        _words(
            """一带一路 三心二意 九死一生 十分(?!钟) 万一 一定 十足 万分 一五一十 接二连三 独一无二
        一清二楚 三番五次 三言两语 说三道四 七上八下 乱七八糟 四面八方 五花八门 一举两得 两全其美
        三三两两 不三不四 丢三落四 朝三暮四 五光十色 十全十美 四分五裂 七嘴八舌 九霄云外 一石二鸟
        再三 三思 四处 四周 二手 八卦 十字 三明治 三角 五金 二战 一战 两岸 两极 两会"""
        )
    )
)


@dataclass(frozen=True)
class _Number:
    values: tuple[Decimal, ...]  # what it may stand for: "two decades" is 2 or 20 (二十年)
    hard: bool  # False: an ordinal or a word such as "both", which only ever matches
    paragraph: int
    start: int
    end: int
    text: str


def _numbers_check(doc: _Document) -> Iterator[_Found]:
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue  # the omission and addition checks report those
        source = [n for seg in pair.source for n in _numbers(seg, doc.langs["source"])]
        target = [n for seg in pair.target for n in _numbers(seg, doc.langs["target"])]
        if not (source or target):
            continue
        for number in _unmatched(source, target):
            message = f"The number {_named(number)} is missing from the translation."
            yield index, _number_finding("source", number, message, "major")
        for number in _unmatched(target, source):
            message = f"The number {_named(number)} in the translation is not in the source."
            yield index, _number_finding("target", number, message, "minor")


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


def _number_finding(side: Side, n: _Number, message: str, severity: str) -> Finding:
    return _make("numbers", side, n.paragraph, n.start, n.end, n.text, message, None, severity)


def _numbers(seg: Segment, lang: str) -> list[_Number]:
    """The numbers of one sentence, in reading order."""
    if lang.lower().startswith("zh"):
        found = list(_zh_numbers(seg.text))
    else:
        found = list(_en_digit_numbers(seg.text)) if _DIGIT.search(seg.text) else []
        # Most sentences have no number word: a set of their words tells cheaply.
        words = (
            set(_EN_LOWER_TOKEN.findall(seg.text.lower())) if lang.lower()[:2] == "en" else set()
        )
        if not words.isdisjoint(_EN_WORDS):
            found += _en_word_numbers(seg.text)
        if not words.isdisjoint(_EN_SOFT_KEYS):
            found += _en_soft_numbers(seg.text)
    found.sort(key=lambda item: item[2])
    return [
        _Number(
            _also_decades(value, seg.text, b),
            hard,
            seg.paragraph,
            seg.start + a,
            seg.start + b,
            seg.text[a:b],
        )
        for value, hard, (a, b) in found
    ]


def _also_decades(value: Decimal, text: str, end: int) -> tuple[Decimal, ...]:
    return (value, value * 10) if _DECADES.match(text, end) else (value,)


# (value, hard, (start, end) in the sentence)
_Raw = tuple[Decimal, bool, tuple[int, int]]


def _en_soft_numbers(text: str) -> Iterator[_Raw]:
    for m in _EN_TOKEN.finditer(text):
        value = _EN_SOFT_NAMES.get(m.group()) or _EN_SOFT_WORDS.get(m.group().lower())
        if value:
            yield Decimal(value), False, m.span()


def _digits_value(text: str) -> Decimal:
    return Decimal(re.sub(r"[,\s]", "", text))


def _en_digit_numbers(text: str) -> Iterator[_Raw]:
    for m in _EN_DIGIT_NUMBER.finditer(text):
        value = _digits_value(m.group(1))
        for scale in m.group(2).split():
            value *= _EN_SCALES[scale.lower()]
        bare = m.end() == m.end(1)  # no scale word, no percent sign
        ordinal = bare and _ORDINAL_SUFFIX.match(text, m.end()) is not None  # 21st, 4th
        end = m.end() + 2 if ordinal else m.end()
        yield value, not ordinal, (m.start(), end)


def _en_word_numbers(text: str) -> Iterator[_Raw]:
    for run in _en_word_runs(text):
        yield from _parse_en_words(run)


def _en_word_runs(text: str) -> Iterator[list[tuple[str, int, int]]]:
    """Runs of number words and connectors ("a", "and") with only spaces or hyphens between,
    each word lower-cased with its span. (Looking words up beats one big regex tenfold.)"""
    run: list[tuple[str, int, int]] = []
    for m in _EN_TOKEN.finditer(text):
        word = m.group().lower()
        known = word in _EN_WORDS or word in _EN_CONNECTORS
        if run and not (known and _EN_JOINER.fullmatch(text, run[-1][2], m.start())):
            if any(w in _EN_WORDS for w, _, _ in run):
                yield run
            run = []
        if known:
            run.append((word, m.start(), m.end()))
    if any(w in _EN_WORDS for w, _, _ in run):
        yield run


@dataclass
class _EnNumber:
    """A number being read from words: total + current, as in "two million | three hundred"."""

    start: int = -1
    end: int = -1
    total: int = 0
    current: int = 0
    last: str | None = None  # the kind of the last word read

    def add(self, kind: str, value: int, start: int, end: int) -> None:
        self.start = start if self.last is None else self.start
        self.last = kind
        if kind in ("a", "and"):
            return  # "a hundred", "hundred and five": the words around carry the value
        self.end = end
        if kind == "hundred":
            self.current = (self.current or 1) * 100
        elif kind == "big":
            self.total, self.current = self.total + (self.current or 1) * value, 0
        else:
            self.current += value

    def result(self, hard: bool) -> Iterator[_Raw]:
        # Values under 2 do not count: "one" is mostly a pronoun or an article.
        if self.last not in (None, "a", "and") and self.total + self.current >= 2:
            yield Decimal(self.total + self.current), hard, (self.start, self.end)


def _parse_en_words(tokens: list[tuple[str, int, int]]) -> Iterator[_Raw]:
    """Numbers in a run of number words; a word that cannot continue the number ("two three")
    starts the next one, and an ordinal ends its number, which then only matches."""
    number = _EnNumber()
    for word, start, end in tokens:
        kind, value, ordinal = _EN_CONNECTORS.get(word) or _EN_WORDS[word]
        if kind not in _EN_NEXT[number.last]:
            yield from number.result(hard=True)
            number = _EnNumber()
            if kind not in _EN_NEXT[None]:
                continue  # a bare "hundred" or "and"
        number.add(kind, value, start, end)
        if ordinal:
            yield from number.result(hard=False)
            number = _EnNumber()
    yield from number.result(hard=True)


def _zh_numbers(text: str) -> Iterator[_Raw]:
    masked = _ZH_IDIOMS.sub(lambda m: "\0" * len(m.group()), text)
    for m in _ZH_NUMBER.finditer(masked):
        soft = text[m.start() - 1 : m.start()] == "第"  # 第三 "third", 第3章 "chapter 3"
        if m.group(1):
            value = _digits_value(m.group(1))
            for scale in (m.group(2) or "").lstrip("多余"):
                value *= _ZH_UNIT_VALUES.get(scale) or _ZH_BIG_VALUES[scale]
            yield value, not soft, m.span()
            continue
        found = _zh_numeral(text, m.start(3), m.group(3))
        if found is not None and found[0] >= 2:
            start = m.start() if m.group().startswith("百分之") else found[1]
            yield Decimal(found[0]), not soft, (start, m.end())


def _zh_numeral(text: str, start: int, run: str) -> tuple[int, int] | None:
    """(value, start) of a run of Chinese numerals, or None when it is no number: a bare scale
    (百姓, 千万), an approximation (几十, 十几, 三四, 七八十)."""
    core = run.lstrip(_ZH_SCALES)
    start += len(run) - len(core)
    after = text[start + len(core) : start + len(core) + 1]
    if not core or text[start - 1 : start] in ("几", "数") or after == "几":
        return None
    if all(ch in _ZH_DIGIT_VALUES for ch in core):
        if len(core) == 1:
            return _ZH_DIGIT_VALUES[core], start
        if len(core) == 2 and not set(core) & {"〇", "零"}:
            return None  # 三四个 "three or four"
        return int("".join(str(_ZH_DIGIT_VALUES[ch]) for ch in core)), start  # 二〇二二
    if _ZH_RANGE.search(core):
        return None
    return _zh_value(core), start


def _zh_value(numeral: str) -> int:
    """三千五百万 = 35000000, 十五 = 15, 两千五 = 2500 (the unit after 千 implied)."""
    total = section = number = 0
    last_unit = 1
    for ch in numeral:
        if ch in _ZH_DIGIT_VALUES:
            number, last_unit = _ZH_DIGIT_VALUES[ch], (1 if ch in "〇零" else last_unit)
        elif ch in _ZH_UNIT_VALUES:
            unit = _ZH_UNIT_VALUES[ch]
            section, number, last_unit = section + (number or 1) * unit, 0, unit
        elif ch in "万萬":
            section, number, last_unit = (section + number) * 10**4, 0, 10**4
        else:  # 亿
            total, section, number, last_unit = (total + section + number) * 10**8, 0, 0, 10**8
    if last_unit >= 100 and numeral[-1] in _ZH_DIGIT_VALUES and numeral[-2] not in "〇零":
        number *= last_unit // 10
    return total + section + number


# --- 4: untranslated ------------------------------------------------------------------------

_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_LATIN_WORD = re.compile(rf"(?<![{_LATIN}\d])[{_LATIN}][{_LATIN}\d]*(?:['’.\-][{_LATIN}\d]+)*")
# Latin words in a row, with spaces and ASCII punctuation between ("by Mr. Allen, for").
_LATIN_RUN = re.compile(rf"{_LATIN_WORD.pattern}(?:[.,;:!?]?\s+{_LATIN_WORD.pattern})+")
_COPIED_WORDS = 3  # shorter runs are names: "Saker", "Motor Sich"


def _untranslated(doc: _Document) -> Iterator[_Found]:
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue
        if not any(_LATIN_RUN.search(seg.text) for seg in pair.target):
            continue  # most Chinese sentences: no need to read the source
        source = [_word_key(w) for seg in pair.source for w in _LATIN_WORD.findall(seg.text)]
        grams = set(zip(*(source[i:] for i in range(_COPIED_WORDS)), strict=False))
        for seg in pair.target:
            for start, end in _copied_runs(seg.text, grams):
                detail = seg.text[start:end]
                message = f'Source text left untranslated: "{_shorten(detail)}".'
                a, b = seg.start + start, seg.start + end
                yield index, _make("untranslated", "target", seg.paragraph, a, b, detail, message)


def _word_key(word: str) -> str:
    return word.casefold().replace("’", "'")


def _copied_runs(text: str, grams: set[tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """Spans of the text's Latin runs made of word trigrams that all occur in the source."""
    for run in _LATIN_RUN.finditer(text):
        words = list(_LATIN_WORD.finditer(text, run.start(), run.end()))
        keys = [_word_key(w.group()) for w in words]
        span: tuple[int, int] | None = None
        for i in range(len(words) - _COPIED_WORDS + 1):
            if tuple(keys[i : i + _COPIED_WORDS]) not in grams:
                continue
            start, end = words[i].start(), words[i + _COPIED_WORDS - 1].end()
            if span and start < span[1]:  # overlaps the previous trigram: one run
                span = (span[0], end)
                continue
            if span:
                yield span
            span = (start, end)
        if span:
            yield span


# --- 5: punctuation -------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_MARK = re.compile(r"[,;:?!()]")
# Chinese context: Han characters and CJK punctuation (。，（ ...), not the shared “ ” ‘ ’.
_CHINESE = re.compile(f"[{_HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_SKIPPED = " \t\u00a0" + "".join(_FULL_WIDTH)  # looked through for a mark's neighbours
_CLOSERS = "”’」』）)》\"'"
# A "." right after a Han character at the end of the sentence (closing quotes may follow).
_FINAL_DOT = re.compile(f"(?<=[{_HAN}])\\.(?=[{_CLOSERS}]*$)")


def _punctuation(doc: _Document) -> Iterator[_Found]:
    for index, pair in enumerate(doc.pairs):
        for side in _chinese_sides(doc):
            for seg in _segments(pair, side):
                for at, mark in _half_width_marks(seg.text):
                    full = _FULL_WIDTH.get(mark, "。")
                    message = f'Half-width "{mark}" in Chinese text: use "{full}".'
                    start = seg.start + at
                    finding = _make(
                        "punctuation", side, seg.paragraph, start, start + 1, mark, message
                    )
                    yield index, finding


def _chinese_sides(doc: _Document) -> list[Side]:
    return [side for side in ("source", "target") if doc.is_chinese(side)]


def _half_width_marks(text: str) -> Iterator[tuple[int, str]]:
    # Only marks next to Chinese: 3,000, 10:30, U.S. and "Russia, China" stay as they are.
    for m in _HALF_MARK.finditer(text):
        at = m.start()
        if _is_chinese(_neighbour(text, at, -1)) or _is_chinese(_neighbour(text, at, 1)):
            yield at, m.group()
    for m in _FINAL_DOT.finditer(text):
        yield m.start(), "."


def _neighbour(text: str, at: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) that is neither a space nor
    another half-width mark: in "中国 ,(" both marks sit next to 国."""
    at += step
    while 0 <= at < len(text) and text[at] in _SKIPPED:
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _is_chinese(char: str) -> bool:
    return bool(char) and _CHINESE.match(char) is not None


# --- 6: brackets ----------------------------------------------------------------------------

_PAIRED = {"(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "「": "」", "『": "』"}
_PAIRED |= {"“": "”", "‘": "’"}
_OPENERS = {close: open_ for open_, close in _PAIRED.items()}
_LATIN_CHAR = re.compile(f"[{_LATIN}\\d]")
_BRACKET = re.compile("[" + re.escape("".join(_PAIRED) + "".join(_OPENERS)) + "]")


def _brackets(doc: _Document) -> Iterator[_Found]:
    # Quotations span sentences, so each paragraph is checked whole, once.
    for side in ("source", "target"):
        for paragraph, text in doc.paragraphs(side).items():
            for at in _unmatched_marks(text):
                mark = text[at]
                index = doc.pair_at(side, paragraph, at)
                message = f'Unmatched "{mark}".'
                yield index, _make("brackets", side, paragraph, at, at + 1, mark, message)


def _unmatched_marks(text: str) -> list[int]:
    """Offsets of opening marks never closed and of closing marks never opened; each kind is
    matched on its own, so that one stray mark does not unbalance the others."""
    open_at: dict[str, list[int]] = {mark: [] for mark in _PAIRED}
    unmatched: list[int] = []
    for m in _BRACKET.finditer(text):
        mark, at = m.group(), m.start()
        after_latin = _LATIN_CHAR.match(text, at + 1) is not None
        if mark == "’" and after_latin:
            continue  # an apostrophe: don’t, China’s, al.’s, ’90s
        if mark in _PAIRED:
            open_at[mark].append(at)
        elif open_at[_OPENERS[mark]]:
            open_at[_OPENERS[mark]].pop()
        elif mark != "’" or not _LATIN_CHAR.match(text[at - 1 : at]):
            unmatched.append(at)  # but "the nations’ leaders" has an apostrophe
    unmatched.extend(at for stack in open_at.values() for at in stack)
    return sorted(unmatched)


# --- 7: repeated ----------------------------------------------------------------------------

_EN_REPEAT = re.compile(rf"(?<![{_LATIN}\d'’-])([{_LATIN}]+)\s+(\1)(?![{_LATIN}\d'’-])", re.I)
_EN_REPEAT_OK = frozenset(["had", "that", "bye", "ha", "no", "very", "so", "yeah"])
_ZH_REPEAT = re.compile("([的了是在和也都])\\1")
# Two-character words that end or begin with a function character: 为了|了解, 现在|在,
# 但是|是, 的确 (的的确确), 是非 (是是非非) make a doubled character that is no mistake.
_ZH_WORDS = frozenset(
    _words(
        """目的 有的 似的 是的 别的 的确 的士 为了 除了 算了 罢了 极了 了解 了不 了结 了却 了然 了之
    但是 还是 就是 可是 于是 总是 只是 也是 要是 正是 真是 倒是 凡是 不是 像是 或是 若是 即是 便是
    而是 算是 老是 光是 都是 是非 是否 现在 正在 存在 所在 实在 自在 好在 内在 外在 潜在 在于 在乎
    总和 温和 缓和 平和 暖和 柔和 调和 共和 附和 和平 和谐 和解 和睦 和气 和尚 也许 首都 成都 京都
    大都 全都 都市 都会 都城"""
    )
)


def _repeated(doc: _Document) -> Iterator[_Found]:
    for index, pair in enumerate(doc.pairs):
        for side in ("source", "target"):
            chinese = doc.is_chinese(side)
            for seg in _segments(pair, side):
                for start, end in _repeats(seg.text, chinese):
                    detail = seg.text[start:end]
                    message = f'Repeated word "{detail}".'
                    a, b = seg.start + start, seg.start + end
                    yield index, _make("repeated", side, seg.paragraph, a, b, detail, message)


def _repeats(text: str, chinese: bool) -> Iterator[tuple[int, int]]:
    for m in _EN_REPEAT.finditer(text):
        first, second = m.group(1), m.group(2)
        names = first[0].isupper() and second[0].isupper()  # Bora Bora, Walla Walla
        if not names and first.lower() not in _EN_REPEAT_OK:
            yield m.span()
    if chinese:
        for m in _ZH_REPEAT.finditer(text):
            char, at = m.group(1), m.start()
            before, after = text[at - 1 : at] + char, char + text[at + 2 : at + 3]
            if before not in _ZH_WORDS and after not in _ZH_WORDS:
                yield m.span()


# --- 8: spacing -----------------------------------------------------------------------------

_SPACES = " \t\u00a0\u3000"
_HAN_SPACE = re.compile(f"(?<=[{_HAN}])[{_SPACES}]+(?=[{_HAN}])")
_MULTI_SPACE = re.compile(f"[{_SPACES}]{{2,}}")


def _spacing(doc: _Document) -> Iterator[_Found]:
    for index, pair in enumerate(doc.pairs):
        for side in ("source", "target"):
            chinese = doc.is_chinese(side)
            for seg in _segments(pair, side):
                for start, end, message in _bad_spaces(seg.text, chinese):
                    detail = seg.text[start:end]
                    a, b = seg.start + start, seg.start + end
                    yield index, _make("spacing", side, seg.paragraph, a, b, detail, message)


def _bad_spaces(text: str, chinese: bool) -> Iterator[tuple[int, int, str]]:
    """A space between Han characters spans them too ("中 国"), so that it can be seen."""
    between_han: set[int] = set()
    if chinese:
        for m in _HAN_SPACE.finditer(text):
            between_han.add(m.start())
            yield m.start() - 1, m.end() + 1, "Space between Chinese characters."
    for m in _MULTI_SPACE.finditer(text):
        if m.start() not in between_han and not _after_sentence_end(text, m.start()):
            yield m.start(), m.end(), f"{m.end() - m.start()} spaces in a row."


def _after_sentence_end(text: str, at: int) -> bool:
    """Two spaces after a full stop are a typing habit, and where the sentence splitter missed
    that end ("did it.  [Aside: ..."), they are between sentences, not inside one."""
    before = text[:at].rstrip(_CLOSERS)
    return before.endswith((".", "!", "?", "…", "。", "！", "？"))


# --- 9: length ------------------------------------------------------------------------------

_MIN_SOURCE = 20  # code points; shorter sentences vary too much in length
_MIN_PAIRS = 5  # 1-1 pairs needed for a typical ratio
_FACTOR = 2.5


def _length(doc: _Document) -> Iterator[_Found]:
    lengths = [(_length_of(pair.source), _length_of(pair.target)) for pair in doc.pairs]
    ratios = [
        target / source
        for pair, (source, target) in zip(doc.pairs, lengths, strict=True)
        if len(pair.source) == len(pair.target) == 1 and source >= _MIN_SOURCE
    ]
    if len(ratios) < _MIN_PAIRS:
        return
    typical = statistics.median(ratios)
    for index, (source, target) in enumerate(lengths):
        if not target or source < _MIN_SOURCE:
            continue
        ratio = target / source
        if ratio < typical / _FACTOR:
            much, category = "shorter", "Accuracy/Omission"  # something left out?
        elif ratio > typical * _FACTOR:
            much, category = "longer", "Accuracy/Addition"  # something added?
        else:
            continue
        message = f"Translation much {much} than usual (ratio {ratio:.2f} against {typical:.2f})."
        paragraph, start, end = _span_of(doc.pairs[index].target)
        detail = f"{ratio:.2f}"
        yield index, _make("length", "target", paragraph, start, end, detail, message, category)


def _length_of(segments: tuple[Segment, ...]) -> int:
    return sum(len(seg.text) for seg in segments)


# --- 10: consistency ------------------------------------------------------------------------

_MIN_WORDS = 3


def _consistency(doc: _Document) -> Iterator[_Found]:
    # normalised source -> normalised targets seen so far, first one first
    seen: dict[str, list[str]] = {}
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue
        source = _joined(pair.source)
        if len(source.split()) < _MIN_WORDS and word_count(source) < _MIN_WORDS:
            continue  # (split() first: counting words with mqm's regex is slower)
        target = " ".join(_joined(pair.target).split())
        earlier = seen.setdefault(" ".join(source.split()).casefold(), [])
        if earlier and target not in earlier:
            message = f'Translated differently before: "{_shorten(earlier[0], 40)}".'
            paragraph, start, end = _span_of(pair.target)
            detail = _shorten(" ".join(source.split()))
            yield index, _make("consistency", "target", paragraph, start, end, detail, message)
        if target not in earlier:
            earlier.append(target)


_RUNNERS: dict[str, Callable[[_Document], Iterator[_Found]]] = {
    "omission": _omissions,
    "addition": _additions,
    "numbers": _numbers_check,
    "untranslated": _untranslated,
    "punctuation": _punctuation,
    "brackets": _brackets,
    "repeated": _repeated,
    "spacing": _spacing,
    "length": _length,
    "consistency": _consistency,
}
