"""An English–Chinese lexicon for the semantic checks, read from CC-CEDICT and jieba.

CC-CEDICT is Chinese to English. The checks also need it the other way round: which Chinese
words render an English word (order → 秩序, 命令, 订单 …), which Chinese word is the standard
rendering of an English phrase (to break the ice → 破冰), which words share a pronunciation
(yi3 jing1 → 已经), and how common a word is (jieba's frequencies). Built once, lazily, from
the simplified headwords.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from reader.core import cedict
from reader.core.align.lexical import stem as _stem
from reader.core.checks.model import word_list

stem = lru_cache(maxsize=100_000)(_stem)  # glosses repeat their words a great deal

# Glosses that say nothing about meaning: classifiers, cross-references, names.
_SKIPPED = (
    "CL:",
    "variant of",
    "old variant",
    "see ",
    "surname ",
    "used in ",
    "Taiwan pr.",
    "abbr.",
    "also written",
    "also pr.",
    "erhua variant",
    "(Internet slang)",
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_HAN_WORD = re.compile(r"[\u3400-\u9fff]{1,4}")
_DIGITS = re.compile(r"\d")
# Qualifiers that say how a word is used, not what it means: no sense of their own.
_REGISTER = frozenset(
    word_list(
        """fig lit idiom coll colloquial loanword dialect old archaic literary slang formal
        informal polite honorific humble derog derogatory pejorative jocular jocularly usu
        usually abbr euphemism euphemistic vulgar written spoken onom onomatopoeia tw taiwan
        esp especially also used classical term"""
    )
)
_LEADING = re.compile(r"^(?:to|a|an|the|one's|sb's|sth's)\s+")
PHRASE_WORDS = (2, 7)  # an English phrase gloss has this many words

# Words that carry no sense of their own in a gloss.
FUNCTION_WORDS = frozenset(
    word_list(
        """a an the of to in on at by for with from and or but as is are was were be been being
        it its this that these those sb sth sb's sth's one one's oneself someone something
        etc not no very so such into onto out up down over about than then there here some
        any all each every other another own same s"""
    )
)


@dataclass(frozen=True)
class Sense:
    """One gloss of a Chinese word, as the checks read it."""

    word: str  # the Chinese headword
    gloss: str  # as CC-CEDICT writes it, "(purchase) order"
    head: tuple[str, ...]  # stems of the gloss's content words, qualifiers left out: ("order",)
    qualifiers: tuple[str, ...]  # stems of what the parentheses add: ("purchase",)
    one_word: bool  # the gloss is one word ("order"), not a phrase ("in order to")


class Lexicon:
    def __init__(self, dictionary: cedict.Cedict, frequencies: dict[str, int]) -> None:
        self._dictionary = dictionary
        self._freq = frequencies
        self.senses: dict[str, tuple[Sense, ...]] = {}
        self.heads: dict[str, frozenset[str]] = {}  # word → stems of its one-word glosses
        self.signature: dict[str, frozenset[str]] = {}  # word → every content stem of its glosses
        renderings: dict[str, set[str]] = defaultdict(set)
        phrases: dict[tuple[str, ...], set[str]] = defaultdict(set)
        by_toneless: dict[str, set[str]] = defaultdict(set)
        for entry in dictionary.entries():
            word = entry.simplified
            if not _HAN_WORD.fullmatch(word):
                continue
            senses = tuple(_senses(word, entry.glosses))
            if not senses:
                continue
            by_toneless[_DIGITS.sub("", entry.pinyin.lower())].add(word)
            self.senses[word] = self.senses.get(word, ()) + senses
            for sense in senses:
                if sense.one_word:
                    renderings[sense.head[0]].add(word)
                elif PHRASE_WORDS[0] <= len(sense.head) <= PHRASE_WORDS[1]:
                    phrases[sense.head].add(word)
        for word, senses in self.senses.items():
            self.heads[word] = frozenset(s.head[0] for s in senses if s.one_word)
            self.signature[word] = frozenset(
                stem_ for s in senses for stem_ in (*s.head, *s.qualifiers)
            )
        self._renderings, self._phrases = renderings, phrases
        self._by_toneless = by_toneless
        self._ranked: dict[str, tuple[str, ...]] = {}  # renderings sorted, as asked for

    def renderings(self, english: str) -> tuple[str, ...]:
        """The Chinese words one of whose glosses is the English stem, commonest first."""
        ranked = self._ranked.get(english)
        if ranked is None:
            ranked = self._ranked[english] = self._by_frequency(self._renderings.get(english, ()))
        return ranked

    def phrases(self) -> dict[tuple[str, ...], set[str]]:
        return self._phrases

    def sounding_toneless(self, pinyin: str) -> tuple[str, ...]:
        """The words read `pinyin` tones aside ("yi jing"), commonest first."""
        return self._by_frequency(self._by_toneless.get(pinyin, ()))

    def _by_frequency(self, words: set[str] | tuple[()]) -> tuple[str, ...]:
        return tuple(sorted(words, key=lambda w: (-self.frequency(w), w)))

    def frequency(self, word: str) -> int:
        """jieba's count of the word (0 if jieba does not know it)."""
        return self._freq.get(word, 0)

    def knows(self, word: str) -> bool:
        return word in self.senses or self.frequency(word) > 0

    def pinyin(self, word: str) -> tuple[str, ...]:
        """The word's readings in CC-CEDICT, numbered and lower case ("yi3 jing1")."""
        return tuple(dict.fromkeys(e.pinyin.lower() for e in self._dictionary.lookup(word)))

    def sense_for(self, word: str, english: str) -> Sense | None:
        """The word's first gloss whose head is the English stem."""
        senses = self.senses.get(word, ())
        return next((s for s in senses if s.one_word and s.head == (english,)), None)

    def residual(self, word: str, english: str) -> frozenset[str]:
        """What else the word means besides `english`: its sense apart from that word."""
        return self.signature.get(word, frozenset()) - {english}

    def different_senses(self, a: str, b: str, english: str) -> bool:
        """Whether a and b render `english` in different senses: both mean something besides
        it, and those meanings share nothing (订单 "(purchase) order" and 秩序 "social
        order"), unlike synonyms (顺序, 次序 "sequence")."""
        rest_a, rest_b = self.residual(a, english), self.residual(b, english)
        return bool(rest_a) and bool(rest_b) and rest_a.isdisjoint(rest_b)


def _senses(word: str, glosses: tuple[str, ...]) -> list[Sense]:
    senses = []
    for gloss in glosses:
        for part in gloss.split(";"):
            part = part.strip()
            if not part or part.startswith(_SKIPPED):
                continue
            head_text = _LEADING.sub("", _PARENS.sub(" ", part).strip().lower()).strip()
            words = _WORD.findall(head_text)
            head = tuple(stem(w) for w in words if w not in FUNCTION_WORDS)
            if not head:
                continue
            qualifiers = tuple(
                stem(w)
                for q in _PARENS.findall(part)
                for w in _WORD.findall(q.lower())
                if w not in FUNCTION_WORDS and w not in _REGISTER
            )
            senses.append(Sense(word, part, head, qualifiers, len(words) == 1))
    return senses


def english_stems(text: str) -> list[tuple[str, int, int]]:
    """(stem, start, end) of each English content word in the text."""
    return [
        (stem(m.group()), m.start(), m.end())
        for m in _WORD.finditer(text)
        if m.group().lower() not in FUNCTION_WORDS
    ]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon | None:
    """The cached lexicon, or None without CC-CEDICT."""
    dictionary = cedict.dictionary()
    if dictionary is None:
        return None
    from reader.core.chinese import word_frequencies

    return Lexicon(dictionary, word_frequencies())
