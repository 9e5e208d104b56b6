"""The checks that read words: untranslated source text, the same word twice in a row."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.checks.lexicon import FUNCTION_WORDS, lexicon, stem
from reader.core.checks.model import (
    LATIN,
    CheckDocument,
    Finding,
    Found,
    Segment,
    make_finding,
    segments_of,
    shorten,
    word_list,
)

# --- 4: untranslated ------------------------------------------------------------------------

_LATIN_WORD = re.compile(rf"(?<![{LATIN}\d])[{LATIN}][{LATIN}\d]*(?:['’.\-][{LATIN}\d]+)*\.?")
# Latin words in a row, with spaces and ASCII punctuation between ("by Mr. Allen, for").
_LATIN_RUN = re.compile(rf"{_LATIN_WORD.pattern}(?:[,;:!?]?\s+{_LATIN_WORD.pattern})*")
# Text in parentheses right after Chinese: a name or term glossed, 北约（NATO）, 苹果(Apple).
_GLOSSED = re.compile(r"(?<=[\u3400-\u9fff])\s?[（(][^（）()]*[）)]")


def check_untranslated(doc: CheckDocument) -> Iterator[Found]:
    """Latin words of the source left in a Chinese translation. Names are told apart: a word
    the source writes only capitalised (Saker, Motor Sich, U.S.) is a name kept in Latin, and
    text glossed in parentheses is kept on purpose."""
    if not doc.is_chinese("target") or doc.is_chinese("source"):
        return
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue
        if not any(_LATIN_WORD.search(seg.text) for seg in pair.target):
            continue  # most Chinese sentences: no need to read the source
        words = [w.group() for seg in pair.source for w in _LATIN_WORD.finditer(seg.text)]
        source = {_word_key(w) for w in words}
        common = {_word_key(w) for w in words if w[0].islower()}
        for seg in pair.target:
            for start, end, words in _left_runs(seg.text, source, common):
                yield index, _untranslated(seg, start, end, words)


def _left_runs(
    text: str, source: set[str], common: set[str]
) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, the source's words left in it) of each Latin run that holds one: a word
    the source has that is written in lower case here or there (capitalised in both, it is a
    name)."""
    glossed = [m.span() for m in _GLOSSED.finditer(text)]
    for run in _LATIN_RUN.finditer(text):
        if any(a <= run.start() and run.end() <= b for a, b in glossed):
            continue
        words = [w.group() for w in _LATIN_WORD.finditer(text, run.start(), run.end())]
        left = [
            w
            for w in words
            if _word_key(w) in common or (w[0].islower() and _word_key(w) in source)
        ]
        names = [w for w in words if w[0].isupper() and _word_key(w) not in FUNCTION_WORDS]
        if names and all(_word_key(w) in ("the", "a", "an") for w in left):
            continue  # "The Saker": the article belongs to the name
        if left:
            end = run.end() - 1 if run.group().endswith(".") else run.end()
            yield run.start(), end, left


def _untranslated(seg: Segment, start: int, end: int, left: list[str]) -> Finding:
    detail = seg.text[start:end]
    content = [w for w in left if _word_key(w) not in FUNCTION_WORDS]
    message = f'Source text left untranslated: "{shorten(detail)}".'
    fix = ""
    lexicon_ = lexicon() if len(left) == 1 and content else None
    if lexicon_ is not None:
        renderings = lexicon_.renderings(stem(content[0]))
        fix = next((w for w in renderings if len(w) > 1), renderings[0] if renderings else "")
    return make_finding(
        "untranslated",
        "target",
        seg.paragraph,
        seg.start + start,
        seg.start + end,
        detail,
        message,
        severity="major" if content else "minor",
        confidence=0.9 if content else 0.7,
        fix=fix,
        evidence=f"in the source as: {', '.join(dict.fromkeys(left))}",
    )


def _word_key(word: str) -> str:
    return word.casefold().replace("’", "'").rstrip(".")


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
