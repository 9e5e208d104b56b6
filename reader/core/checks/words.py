"""The checks that read words: untranslated source text, the same word twice in a row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.checks.model import (
    LATIN,
    CheckDocument,
    Found,
    make_finding,
    segments_of,
    shorten,
    word_list,
)

# --- 4: untranslated ------------------------------------------------------------------------

_LATIN_WORD = re.compile(rf"(?<![{LATIN}\d])[{LATIN}][{LATIN}\d]*(?:['’.\-][{LATIN}\d]+)*")
# Latin words in a row, with spaces and ASCII punctuation between ("by Mr. Allen, for").
_LATIN_RUN = re.compile(rf"{_LATIN_WORD.pattern}(?:[.,;:!?]?\s+{_LATIN_WORD.pattern})+")
_COPIED_WORDS = 3  # shorter runs are names: "Saker", "Motor Sich"


def check_untranslated(doc: CheckDocument) -> Iterator[Found]:
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
                message = f'Source text left untranslated: "{shorten(detail)}".'
                a, b = seg.start + start, seg.start + end
                yield (
                    index,
                    make_finding("untranslated", "target", seg.paragraph, a, b, detail, message),
                )


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


# --- 7: repeated ----------------------------------------------------------------------------

_EN_REPEAT = re.compile(rf"(?<![{LATIN}\d'’-])([{LATIN}]+)\s+(\1)(?![{LATIN}\d'’-])", re.I)
_EN_REPEAT_OK = frozenset(["had", "that", "bye", "ha", "no", "very", "so", "yeah"])
_ZH_REPEAT = re.compile("([的了是在和也都])\\1")
# Two-character words that end or begin with a function character: 为了|了解, 现在|在,
# 但是|是, 的确 (的的确确), 是非 (是是非非) make a doubled character that is no mistake.
_ZH_WORDS = frozenset(
    word_list(
        """目的 有的 似的 是的 别的 的确 的士 为了 除了 算了 罢了 极了 了解 了不 了结 了却 了然 了之
    但是 还是 就是 可是 于是 总是 只是 也是 要是 正是 真是 倒是 凡是 不是 像是 或是 若是 即是 便是
    而是 算是 老是 光是 都是 是非 是否 现在 正在 存在 所在 实在 自在 好在 内在 外在 潜在 在于 在乎
    总和 温和 缓和 平和 暖和 柔和 调和 共和 附和 和平 和谐 和解 和睦 和气 和尚 也许 首都 成都 京都
    大都 全都 都市 都会 都城"""
    )
)


def check_repeated(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        for side in ("source", "target"):
            chinese = doc.is_chinese(side)
            for seg in segments_of(pair, side):
                for start, end in _repeats(seg.text, chinese):
                    detail = seg.text[start:end]
                    message = f'Repeated word "{detail}".'
                    a, b = seg.start + start, seg.start + end
                    yield (
                        index,
                        make_finding("repeated", side, seg.paragraph, a, b, detail, message),
                    )


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
