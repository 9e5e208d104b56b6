"""Reading aids for Chinese text: words (jieba), pinyin (pypinyin), script conversion (OpenCC).

Every offset is in code points, counted in the text as given. jieba, pypinyin and OpenCC load
on first use, never at import time; `load()` loads them all at once (the GUI does that on a
worker thread after start-up). Results are cached per text, i.e. per paragraph.
"""

from __future__ import annotations

import marshal
import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Literal, NamedTuple

from reader.core import cache
from reader.core.errors import InputError

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HAN_RUN = re.compile(HAN.pattern + "+")

Script = Literal["simplified", "traditional"]
SCRIPTS: tuple[Script, ...] = ("simplified", "traditional")
_OPENCC_CONFIGS = {"simplified": "t2s.json", "traditional": "s2t.json"}
_CACHED_TEXTS = 2048  # paragraphs; a long book fits

# Particles and function words: their other readings are rare senses that only mislead a
# reader (的 dī "a taxi"), and no term starts or ends with one.
FUNCTION_WORDS = frozenset("的了在是和把被着过地得也都就与及或而之对从向吗呢吧啊")


class Word(NamedTuple):
    start: int
    end: int
    text: str


class RubySpan(NamedTuple):
    """The pinyin (tone marks) of one Han character at [start, end)."""

    start: int
    end: int
    pinyin: str


def has_han(text: str) -> bool:
    return HAN.search(text) is not None


@lru_cache(maxsize=_CACHED_TEXTS)
def segment(text: str) -> tuple[Word, ...]:
    """jieba's words, punctuation and Latin runs included, so the words tile the whole text."""
    # jieba's dictionary is simplified; the length-preserving conversion keeps its offsets ours.
    simplified = to_script(text, "simplified")
    tokens = jieba_module().tokenize(simplified)
    return tuple(Word(start, end, text[start:end]) for _, start, end in tokens)


def word_at(words: Sequence[Word], offset: int) -> Word | None:
    """The word that holds the code point at `offset`, or None outside the words."""
    index = bisect_right(words, offset, key=attrgetter("start")) - 1
    if index >= 0 and offset < words[index].end:
        return words[index]
    return None


def pinyin(word: str) -> str:
    """The word's syllables with tone marks, e.g. 银行 → "yín háng"; non-Han characters skipped."""
    return " ".join(syllable for run in _HAN_RUN.findall(word) for syllable in _syllables(run))


@lru_cache(maxsize=_CACHED_TEXTS)
def ruby(text: str) -> tuple[RubySpan, ...]:
    """Pinyin for each Han character, read word by word so heteronyms read as in context
    (银行 yín háng, 行走 xíng zǒu)."""
    simplified = to_script(text, "simplified")
    spans: list[RubySpan] = []
    for word in segment(text):
        for run in _HAN_RUN.finditer(simplified, word.start, word.end):
            syllables = _syllables(run.group())
            spans.extend(
                RubySpan(run.start() + i, run.start() + i + 1, syllable)
                for i, syllable in enumerate(syllables)
                if syllable
            )
    return tuple(spans)


def tone_marks(numbered: str) -> str:
    """CC-CEDICT's numbered pinyin with tone marks: "hang2" → "háng", "nu:3" → "nǚ"."""
    from pypinyin.contrib.tone_convert import to_tone

    return " ".join(to_tone(syllable.replace("u:", "v")) for syllable in numbered.split())


@lru_cache(maxsize=_CACHED_TEXTS)
def to_script(text: str, script: Script) -> str:
    """The text in simplified or traditional characters (OpenCC's standard tables), exactly as
    long in code points, so that offsets into the text still hold.

    OpenCC converts phrases, and a phrase can change length (the regional tables turn B超 into
    超音波); such a phrase is converted character by character instead.
    """
    return preserving_length(_converter(script), text)


def preserving_length(convert: Callable[[str], str], text: str) -> str:
    """convert(text) where that keeps the length, else piece by piece, then character by
    character where a piece's conversion does not."""
    whole = convert(text)
    if len(whole) == len(text):
        return whole
    return "".join(_same_length(convert, piece) for piece in _pieces(text))


def load() -> None:
    """Load jieba's dictionary, pypinyin's and OpenCC's, so that the first real call is quick."""
    jieba_module()
    _syllables("中")
    for script in SCRIPTS:
        _converter(script)


def _pieces(text: str) -> list[str]:
    """The text cut into runs of Han characters and runs of everything else."""
    pieces, last = [], 0
    for run in _HAN_RUN.finditer(text):
        pieces.extend(filter(None, (text[last : run.start()], run.group())))
        last = run.end()
    pieces.append(text[last:])
    return pieces


def _same_length(convert: Callable[[str], str], piece: str) -> str:
    converted = convert(piece)
    if len(converted) == len(piece):
        return converted
    return "".join(c if len(c := convert(ch)) == 1 else ch for ch in piece)


def _syllables(run: str) -> list[str]:
    """One syllable per character of a run of Han characters ("" where pypinyin has none)."""
    from pypinyin import Style, lazy_pinyin

    # A one-item list tells pypinyin the run is one word: it reads the run's phrases in context.
    syllables = lazy_pinyin([run], style=Style.TONE, errors=lambda chars: [""] * len(chars))
    if len(syllables) == len(run):
        return syllables
    return [(lazy_pinyin(ch, style=Style.TONE, errors=lambda _c: [""]) or [""])[0] for ch in run]


@lru_cache(maxsize=len(SCRIPTS))
def _converter(script: Script) -> Callable[[str], str]:
    if script not in _OPENCC_CONFIGS:
        raise InputError(f"unknown script {script!r} (one of: {', '.join(SCRIPTS)})")
    import opencc

    return opencc.OpenCC(_OPENCC_CONFIGS[script]).convert


@lru_cache(maxsize=1)
def jieba_module():  # -> the jieba module, its dictionary loaded
    """jieba, loaded in a third of the time it takes by itself.

    It finds its own files through pkg_resources, whose import alone takes 0.15 s, when a
    plain path does; and it reads its dictionary's cache with marshal.load on the open file
    (0.9 s) where reading the bytes first takes 0.2 s. The cache lives in ours, not in a /tmp
    that every user shares.
    """
    blocked = "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import fails: plain path
    try:
        import jieba
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(60)  # its start-up chatter would land in our output
    _initialize(jieba.dt)
    return jieba


def _initialize(tokenizer) -> None:  # a jieba.Tokenizer
    with tokenizer.lock:
        if tokenizer.initialized:
            return
        folder = cache.folder()
        tokenizer.tmp_dir = str(folder)
        try:
            tokenizer.FREQ, tokenizer.total = marshal.loads((folder / "jieba.cache").read_bytes())
            tokenizer.initialized = True
        except (OSError, EOFError, ValueError, TypeError):
            folder.mkdir(parents=True, exist_ok=True)
            tokenizer.initialize()  # builds the dictionary and writes jieba.cache there


def word_frequencies() -> dict[str, int]:
    """jieba's dictionary: each word's count in the corpus it was built from."""
    return jieba_module().dt.FREQ
