"""Dictionary help for the flag dialog: what each word of a Chinese rendering can mean.

jieba, pypinyin and CC-CEDICT are loaded on the first call, never at import time.
"""

from __future__ import annotations

from typing import NamedTuple

from reader.core import cedict, chinese
from reader.services.reading import LONGEST_WORD, reading_order


class Sense(NamedTuple):
    word: str
    pinyin: str  # tone marks, e.g. "dìng dān"
    glosses: tuple[str, ...]  # English glosses of this reading; empty for an unknown word


def senses(text: str) -> list[Sense]:
    """One row per reading of each distinct word (jieba's words, split further where CC-CEDICT
    lacks them), in text order; the reading pypinyin gives in context comes first."""
    dictionary = cedict.dictionary()
    tokens = [word.text for word in chinese.segment(text) if chinese.has_han(word.text)]
    words = [w for token in tokens for w in _known_parts(token, dictionary)]
    return [sense for word in dict.fromkeys(words) for sense in _readings(word, dictionary)]


def _known_parts(token: str, dictionary: cedict.Cedict | None) -> list[str]:
    """The token if the dictionary has it, else its longest known pieces from the left."""
    if dictionary is None or token in dictionary or len(token) == 1:
        return [token]
    parts, start = [], 0
    while start < len(token):
        end = min(len(token), start + LONGEST_WORD)
        while end > start + 1 and token[start:end] not in dictionary:
            end -= 1
        parts.append(token[start:end])
        start = end
    return parts


def _readings(word: str, dictionary: cedict.Cedict | None) -> list[Sense]:
    in_context = chinese.pinyin(word)
    entries = dictionary.lookup(word) if dictionary else ()
    if not entries:
        return [Sense(word, in_context, ())]
    found = [Sense(word, chinese.tone_marks(e.pinyin), e.glosses) for e in entries]
    found.sort(key=lambda sense: reading_order(sense.pinyin, in_context))
    if word in chinese.FUNCTION_WORDS:
        return found[:1]  # the reading it has here: 的 de, not dī "a taxi"
    return found
