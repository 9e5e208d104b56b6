"""The literal-rendering check: an idiom or set phrase of the source rendered word by word.

CC-CEDICT glosses many Chinese idioms and set phrases with their English counterpart ("to
break the ice" → 破冰, "to kill two birds with one stone" → 一石二鸟). Where the source has such
a phrase, the translation has none of its standard renderings, and it has instead a rendering
of every content word of the phrase (打破 for "break", 冰 for "ice"), the phrase was translated
literally; the standard rendering is the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from reader.core import chinese
from reader.core.checks.lexicon import Lexicon, Sense
from reader.core.checks.model import CheckDocument, Finding, Found, Place, Segment, make_finding
from reader.core.checks.reading import EnglishWord, PairReading, translated_pairs

_PARENS = re.compile(r"\([^)]*\)")
MIN_WORDS = 2  # content words a phrase needs
IDIOM_WORDS = 3  # content words an English phrase needs to count as an idiom without "fig."
MAX_SPAN = 4  # a literal rendering's parts lie within this many times the phrase's words
RENDERINGS = 12  # the commonest renderings of a word that are looked for


@dataclass(frozen=True)
class Phrase:
    words: tuple[EnglishWord, ...]
    renderings: tuple[str, ...]  # the standard ones, commonest first
    gloss: str


def check_literal(doc: CheckDocument) -> Iterator[Found]:
    for index, reading in translated_pairs(doc):
        for phrase in figurative_phrases(reading):
            finding = _literal(reading, phrase)
            if finding is not None:
                yield index, finding


def figurative_phrases(reading: PairReading) -> Iterator[Phrase]:
    """The source's figurative phrases that CC-CEDICT renders as one Chinese word."""
    lexicon, words = reading.lexicon, reading.english
    index = _figurative_phrases(lexicon)
    longest = max((len(p) for p in index), default=0)
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), MIN_WORDS - 1, -1):
            group = tuple(words[i : i + n])
            found = index.get(tuple(w.stem for w in group))
            if found and all(a.segment is b.segment for a, b in pairwise(group)):
                yield Phrase(group, found[0], found[1])
                i += n - 1
                break
        i += 1


@lru_cache(maxsize=1)
def _figurative_phrases(lexicon: Lexicon) -> dict[tuple[str, ...], tuple[tuple[str, ...], str]]:
    """English phrase → (every rendering of it, the figurative ones first; their gloss), for
    the phrases that some rendering marks as figurative."""
    table: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}
    for phrase, words in lexicon.phrases().items():
        if len(phrase) < MIN_WORDS:
            continue
        figurative = [w for w in words if len(w) >= 2 and _figurative(lexicon, w, phrase)]
        if figurative:
            ranked = sorted(figurative, key=lambda w: -lexicon.frequency(w))
            rest = sorted(set(words) - set(figurative), key=lambda w: -lexicon.frequency(w))
            table[phrase] = (tuple(ranked + rest), _gloss(lexicon, ranked[0], phrase))
    return table


def _figurative(lexicon: Lexicon, word: str, phrase: tuple[str, ...]) -> bool:
    """Whether the word's gloss for the phrase says that an English verb phrase is meant
    figuratively: "(fig.) to break the ice"; or, for a longer phrase, that the word is an idiom
    ("to kill two birds with one stone (idiom)"). A figurative noun ("(fig.) key point" for
    要害, "vital organ") is a Chinese metaphor glossed plainly, and the "(idiom)" of a short
    gloss ("every few days (idiom)") says the Chinese is an idiom, not that the English is."""
    for sense in lexicon.senses.get(word, ()):
        if sense.head != phrase:
            continue
        verb_phrase = _PARENS.sub("", sense.gloss).strip().startswith("to ")
        if "fig." in sense.gloss and verb_phrase:
            return True
        if len(phrase) >= IDIOM_WORDS and len(word) >= 4 and "idiom" in sense.gloss:
            return True
    return False


def _gloss(lexicon: Lexicon, word: str, phrase: tuple[str, ...]) -> str:
    sense: Sense = next(s for s in lexicon.senses[word] if s.head == phrase)
    return sense.gloss


def _literal(reading: PairReading, phrase: Phrase) -> Finding | None:
    if any(used(reading, r) for r in phrase.renderings):
        return None
    parts = _parts(reading, phrase)
    if parts is None:
        return None
    first, last = min(parts, key=lambda h: h.start), max(parts, key=lambda h: h.end)
    detail = first.segment.text[first.start : last.end]
    head, tail = phrase.words[0], phrase.words[-1]
    english = head.segment.text[head.start : tail.end] if head.segment is tail.segment else ""
    standard = phrase.renderings[0]
    named = " or ".join(f'"{r}"' for r in phrase.renderings[:2])
    message = (
        f'"{english}" is an idiom rendered word by word as "{detail}"; '
        f"its standard rendering is {named} ({phrase.gloss})."
    )
    place = Place(
        "source",
        head.segment.paragraph,
        head.segment.start + head.start,
        tail.segment.start + tail.end,
    )
    return make_finding(
        "literal",
        "target",
        first.segment.paragraph,
        first.segment.start + first.start,
        first.segment.start + last.end,
        detail,
        message,
        severity="major",
        confidence=0.8,
        evidence=_evidence(phrase, parts),
        fix=standard,
        related=(place,),
    )


def used(reading: PairReading, rendering: str) -> bool:
    """Whether the translation has the rendering as words of its own (in 打破冰 the 破冰 is
    no word: it straddles 打破 and 冰)."""
    for seg in reading.pair.target:
        words = [w for w in reading.chinese if w.segment is seg]
        starts, ends = {w.start for w in words}, {w.end for w in words}
        key = chinese.to_script(seg.text, "simplified")
        at = key.find(rendering)
        while at >= 0:
            if at in starts and at + len(rendering) in ends:
                return True
            inside = any(w.start <= at and at + len(rendering) <= w.end for w in words)
            if inside:
                return True
            at = key.find(rendering, at + 1)
    return False


def _parts(reading: PairReading, phrase: Phrase) -> list[_Hit] | None:
    """The Chinese words that render each word of the phrase, in the phrase's order, if all
    are there, apart and close together in one sentence."""
    rendered = _rendered_at(reading, phrase)
    if any(not hits for hits in rendered):
        return None
    for seg in reading.pair.target:
        chosen = _distinct([[h for h in hits if h.segment is seg] for hits in rendered])
        if chosen is None:
            continue
        ordered = sorted(chosen, key=lambda h: h.start)
        if ordered[-1].end - ordered[0].start <= MAX_SPAN * len(phrase.words) + 2:
            return chosen
    return None


def _distinct(options: list[list[_Hit]]) -> list[_Hit] | None:
    """One hit for each word of the phrase, no two overlapping ("hold" and "hand" are not
    both rendered by one 手), or None."""
    chosen: list[_Hit] = []
    for hits in options:
        free = [h for h in hits if all(h.end <= c.start or c.end <= h.start for c in chosen)]
        if not free:
            return None
        chosen.append(free[0])
    return chosen


@dataclass(frozen=True)
class _Hit:
    segment: Segment
    start: int
    end: int
    text: str


def _rendered_at(reading: PairReading, phrase: Phrase) -> list[list[_Hit]]:
    """For each word of the phrase, where the translation has one of its renderings."""
    lexicon = reading.lexicon
    found = []
    for word in phrase.words:
        hits = []
        for seg in reading.pair.target:
            text = chinese.to_script(seg.text, "simplified")
            for rendering in lexicon.renderings(word.stem)[:RENDERINGS]:
                at = text.find(rendering)
                if at >= 0:
                    hits.append(
                        _Hit(seg, at, at + len(rendering), seg.text[at : at + len(rendering)])
                    )
        found.append(sorted(hits, key=lambda h: (-len(h.text), h.start)))
    return found


def _evidence(phrase: Phrase, rendered: list[_Hit]) -> str:
    parts = ", ".join(f"{w.text} → {h.text}" for w, h in zip(phrase.words, rendered, strict=True))
    return f"CC-CEDICT: {phrase.renderings[0]} “{phrase.gloss}”; the parts: {parts}"
