"""Reading aids for the Chinese side: the word under the pointer with its pinyin and every
CC-CEDICT reading, pinyin over the characters, and the script the reader prefers.

Pure computation (no database), safe to call from any thread. jieba, pypinyin, OpenCC and
CC-CEDICT load on first use; `warm_up()` loads them ahead of time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reader.core import cedict, chinese
from reader.core.chinese import RubySpan, Script, Word

LONGEST_WORD = 8  # CC-CEDICT headwords beyond this length are rare set phrases


class SentencePair(NamedTuple):
    """The sentence a word was met in and its counterpart on the other side."""

    chinese: str
    english: str


@dataclass(frozen=True)
class Reading:
    """One CC-CEDICT entry: a pronunciation of the word and its English glosses."""

    traditional: str
    simplified: str
    pinyin: str  # tone marks, e.g. "háng"
    glosses: tuple[str, ...]


@dataclass(frozen=True)
class WordInfo:
    """A word of a paragraph: where it is, how it reads there, and all it can mean.

    `readings` come in dictionary order except that the reading heard in this context comes
    first and proper nouns come after common words; empty for a word CC-CEDICT lacks.
    """

    text: str
    start: int  # code points in the paragraph
    end: int
    pinyin: str  # as read in this context
    readings: tuple[Reading, ...]

    @property
    def meaning(self) -> str:
        """The glosses as one line: "to walk; to go" or, for several readings,
        "xíng: to walk; to go | háng: row; line"."""
        by_pinyin: dict[str, list[str]] = {}
        for reading in self.readings:
            by_pinyin.setdefault(reading.pinyin, []).extend(reading.glosses)
        if len(by_pinyin) == 1:
            return "; ".join(next(iter(by_pinyin.values())))
        return " | ".join(f"{pinyin}: {'; '.join(g)}" for pinyin, g in by_pinyin.items())


def word_info(text: str, offset: int) -> WordInfo | None:
    """The Chinese word at `offset` (code points) of a paragraph; None where there is none
    (punctuation, Latin text, outside the text).

    A word jieba found but CC-CEDICT lacks is narrowed to the longest dictionary word that
    holds the offset, so that the reader gets a meaning.
    """
    word = chinese.word_at(chinese.segment(text), offset)
    if word is None or not chinese.has_han(word.text):
        return None
    dictionary = cedict.dictionary()
    if dictionary is not None:
        word = _known_word(word, offset, dictionary)
    in_context = " ".join(s.pinyin for s in ruby(text) if word.start <= s.start < word.end)
    entries = dictionary.lookup(word.text) if dictionary is not None else ()
    readings = [
        Reading(e.traditional, e.simplified, chinese.tone_marks(e.pinyin), e.glosses)
        for e in entries
    ]
    readings.sort(key=lambda r: reading_order(r.pinyin, in_context))
    return WordInfo(word.text, word.start, word.end, in_context, tuple(readings))


def reading_order(pinyin: str, in_context: str) -> tuple[bool, bool]:
    """Sort key of a word's readings: the one heard in context first, and proper nouns
    (capitalised pinyin) after the common word with the same reading."""
    return pinyin.lower() != in_context, pinyin[:1].isupper()


def ruby(text: str) -> tuple[RubySpan, ...]:
    """Pinyin (tone marks) for each Han character of a paragraph, read in context."""
    return chinese.ruby(text)


def to_script(text: str, script: Script) -> str:
    """The paragraph in "simplified" or "traditional" characters, with the same length."""
    return chinese.to_script(text, script)


def warm_up() -> None:
    """Load jieba, pypinyin, OpenCC and CC-CEDICT (seconds); call it off the GUI thread."""
    chinese.load()
    cedict.dictionary()


def _known_word(word: Word, offset: int, dictionary: cedict.Cedict) -> Word:
    """The word itself if the dictionary has it, else its longest known piece over `offset`
    (a single character at least)."""
    if word.text in dictionary or word.end - word.start == 1:
        return word
    at = offset - word.start  # the offset within the word
    for length in range(min(LONGEST_WORD, len(word.text) - 1), 1, -1):
        for start in range(max(0, at - length + 1), min(at, len(word.text) - length) + 1):
            piece = word.text[start : start + length]
            if piece in dictionary:
                return Word(word.start + start, word.start + start + length, piece)
    return Word(offset, offset + 1, word.text[at])
