"""Reading numbers in text for the numbers check: digits, English number words, Chinese
numerals. The readers (en_digit_numbers, en_word_numbers, en_soft_numbers, zh_numbers)
yield (value, hard, span in the text)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reader.core.checks.model import word_list

# Digits, with thousands separators ("1,000", "1 000") and decimals; \d takes full-width digits.
_DIGITS = r"(?:\d{1,3}(?:(?:,|[ \u00a0\u2009\u202f])\d{3})+|\d+)(?:\.\d+)?"
_PERCENT = r"(?:\s?[%％])?"
_NOT_AFTER_DIGIT = r"(?<!\d)(?<!\d\.)"  # "No.1" is a number, the 5 of "3.5" is not one
# Digits inside a name or code are no number: G7, F-16, COVID-19, 5G, 3D.
_NOT_IN_NAME = r"(?<![A-Z])(?<![A-Z]-)"
_NO_CODE_LETTER = r"(?![A-Z](?![a-z]))"
_EN_SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}

_EN_DIGIT_NUMBER = re.compile(
    rf"{_NOT_AFTER_DIGIT}{_NOT_IN_NAME}({_DIGITS})(?!\d){_NO_CODE_LETTER}"
    rf"((?:\s+(?:{'|'.join(_EN_SCALES)})\b)*){_PERCENT}",
    re.I,
)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?![A-Za-z])", re.I)

_EN_UNITS = word_list("one two three four five six seven eight nine")
_EN_TEENS = word_list(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
)
_EN_TENS = word_list("twenty thirty forty fifty sixty seventy eighty ninety")
_EN_ORDINALS = word_list(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
)
_EN_TENTHS = word_list(
    "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
)


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


EN_WORDS = _en_number_words()
_EN_CONNECTORS = {"a": ("a", 1, False), "an": ("a", 1, False), "and": ("and", 0, False)}
_EN_TOKEN = re.compile(r"[A-Za-z]+")
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
EN_SOFT_KEYS = frozenset(_EN_SOFT_WORDS) | {name.lower() for name in _EN_SOFT_NAMES}

_ZH_DIGIT_VALUES = dict(
    zip("〇零一二两兩三四五六七八九", (0, 0, 1, 2, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True)
)
_ZH_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG_VALUES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ZH_SCALES = "百千万亿萬億"
_ZH_NUMERALS = "".join(_ZH_DIGIT_VALUES) + "十" + _ZH_SCALES
_ZH_NUMBER = re.compile(
    rf"{_NOT_AFTER_DIGIT}{_NOT_IN_NAME}({_DIGITS})(?!\d){_NO_CODE_LETTER}"
    rf"([ \u00a0\u2009\u202f]?[多余]?[{_ZH_SCALES}]+)?{_PERCENT}"
    rf"|(?:百分之)?([{_ZH_NUMERALS}]+)"
)
# Two digits side by side before a unit are a range: 七八十 "seventy or eighty".
_ZH_RANGE = re.compile(r"[一二两兩三四五六七八九]{2}")
# Idioms and words whose numerals are no numbers (三心二意 "half-hearted", 十分 "very").
_ZH_IDIOMS = re.compile(
    "|".join(
        word_list(
            """一带一路 三心二意 九死一生 十分(?!钟) 万一 一定 十足 万分 一五一十 接二连三 独一无二
        一清二楚 三番五次 三言两语 说三道四 七上八下 乱七八糟 四面八方 五花八门 一举两得 两全其美
        三三两两 不三不四 丢三落四 朝三暮四 五光十色 十全十美 四分五裂 七嘴八舌 九霄云外 一石二鸟
        七零八落 十万八千里 千千万万 千方百计 一心一意 三长两短 万无一失
        再三 三思 四处 四周 二手 八卦 十字 三明治 三角 五金 二战 一战 两岸 两极 两会"""
        )
    )
)


# (value, hard, (start, end) in the sentence)
_Raw = tuple[Decimal, bool, tuple[int, int]]


def en_soft_numbers(text: str) -> Iterator[_Raw]:
    for m in _EN_TOKEN.finditer(text):
        value = _EN_SOFT_NAMES.get(m.group()) or _EN_SOFT_WORDS.get(m.group().lower())
        if value:
            yield Decimal(value), False, m.span()


def _digits_value(text: str) -> Decimal:
    return Decimal(re.sub(r"[,\s]", "", text))


def en_digit_numbers(text: str) -> Iterator[_Raw]:
    for m in _EN_DIGIT_NUMBER.finditer(text):
        value = _digits_value(m.group(1))
        for scale in m.group(2).split():
            value *= _EN_SCALES[scale.lower()]
        bare = m.end() == m.end(1)  # no scale word, no percent sign
        ordinal = bare and _ORDINAL_SUFFIX.match(text, m.end()) is not None  # 21st, 4th
        end = m.end() + 2 if ordinal else m.end()
        yield value, not ordinal, (m.start(), end)


def en_word_numbers(text: str) -> Iterator[_Raw]:
    for run in _en_word_runs(text):
        yield from _parse_en_words(run)


def _en_word_runs(text: str) -> Iterator[list[tuple[str, int, int]]]:
    """Runs of number words and connectors ("a", "and") with only spaces or hyphens between,
    each word lower-cased with its span. (Looking words up beats one big regex tenfold.)"""
    run: list[tuple[str, int, int]] = []
    for m in _EN_TOKEN.finditer(text):
        word = m.group().lower()
        known = word in EN_WORDS or word in _EN_CONNECTORS
        if run and not (known and _EN_JOINER.fullmatch(text, run[-1][2], m.start())):
            if any(w in EN_WORDS for w, _, _ in run):
                yield run
            run = []
        if known:
            run.append((word, m.start(), m.end()))
    if any(w in EN_WORDS for w, _, _ in run):
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
        kind, value, ordinal = _EN_CONNECTORS.get(word) or EN_WORDS[word]
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


def zh_numbers(text: str) -> Iterator[_Raw]:
    masked = _ZH_IDIOMS.sub(lambda m: "\0" * len(m.group()), text)
    for m in _ZH_NUMBER.finditer(masked):
        soft = text[m.start() - 1 : m.start()] == "第"  # 第三 "third", 第3章 "chapter 3"
        if m.group(1):
            value = _digits_value(m.group(1))
            for scale in (m.group(2) or "").lstrip(" \u00a0\u2009\u202f多余"):
                value *= _ZH_UNIT_VALUES.get(scale) or _ZH_BIG_VALUES[scale]
            yield value, not soft, m.span()
            continue
        run, end = m.group(3), m.end()
        if "两" in run[1:]:  # 二十两 "twenty taels": 两 after a numeral is the unit
            run = run[: run.index("两", 1)]
            end = m.start(3) + len(run)
        for value in _zh_range(run):  # 十七八 "seventeen or eighteen": either may match
            yield Decimal(value), False, (m.start(3), end)
        found = _zh_numeral(text, m.start(3), run)
        if found is not None and found[0] >= 2:
            start = m.start() if m.group().startswith("百分之") else found[1]
            yield Decimal(found[0]), not soft, (start, end)


def _zh_range(run: str) -> list[int]:
    """The two values of a range written with neighbouring digits: 十七八 (17, 18), 七八十 (70,
    80), 二十七八 (27, 28); none for other runs."""
    core = run.lstrip(_ZH_SCALES)
    for i in range(len(core) - 1):
        a, b = core[i], core[i + 1]
        digits = a in _ZH_DIGIT_VALUES and b in _ZH_DIGIT_VALUES and a not in "〇零两兩"
        if digits and _ZH_DIGIT_VALUES[b] == _ZH_DIGIT_VALUES[a] + 1:
            first, second = core[: i + 1] + core[i + 2 :], core[:i] + core[i + 1 :]
            return [_zh_value(first), _zh_value(second)]
    return []


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
