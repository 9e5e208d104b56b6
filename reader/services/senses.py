"""Dictionary help for the flag dialog: what each word of a Chinese rendering can mean.

jieba, pypinyin and CC-CEDICT are loaded on the first call, never at import time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from reader.core import cedict

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LONGEST_WORD = 8  # CC-CEDICT headwords beyond this length are rare set phrases


class Sense(NamedTuple):
    word: str
    pinyin: str  # tone marks, e.g. "dìng dān"
    glosses: tuple[str, ...]  # English glosses of this reading; empty for an unknown word


def senses(chinese: str) -> list[Sense]:
    """One row per reading of each distinct word (jieba's words, split further where CC-CEDICT
    lacks them), in text order; the reading pypinyin gives in context comes first."""
    dictionary = cedict.dictionary()
    words = [w for token in _segment(chinese) for w in _known_parts(token, dictionary)]
    return [sense for word in dict.fromkeys(words) for sense in _readings(word, dictionary)]


def _segment(text: str) -> list[str]:
    return [token for token in _jieba().lcut(text) if _HAN.search(token)]


@lru_cache(maxsize=1)
def _jieba():  # -> the jieba module
    import jieba

    jieba.setLogLevel(60)  # its start-up chatter would land in our output
    return jieba


def _known_parts(token: str, dictionary: cedict.Cedict | None) -> list[str]:
    """The token if the dictionary has it, else its longest known pieces from the left."""
    if dictionary is None or token in dictionary or len(token) == 1:
        return [token]
    parts, start = [], 0
    while start < len(token):
        end = min(len(token), start + _LONGEST_WORD)
        while end > start + 1 and token[start:end] not in dictionary:
            end -= 1
        parts.append(token[start:end])
        start = end
    return parts


def _readings(word: str, dictionary: cedict.Cedict | None) -> list[Sense]:
    from pypinyin import Style, lazy_pinyin
    from pypinyin.contrib.tone_convert import to_tone

    in_context = " ".join(lazy_pinyin(word, style=Style.TONE))
    entries = dictionary.lookup(word) if dictionary else ()
    if not entries:
        return [Sense(word, in_context, ())]
    found = [
        Sense(word, " ".join(to_tone(s.replace("u:", "v")) for s in e.pinyin.split()), e.glosses)
        for e in entries
    ]
    # Proper nouns (capitalised pinyin) after the common word with the same reading.
    return sorted(found, key=lambda s: (s.pinyin.lower() != in_context, s.pinyin[:1].isupper()))
