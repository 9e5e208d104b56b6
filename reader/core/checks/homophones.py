"""The homophone check: a character typed as a same-sounding wrong one (the input method
picked 以经 for 已经).

A run of two to four characters that no dictionary knows, made of characters jieba could not
place in a longer word, is read aloud; where one character swapped for another of the same
sound (tones aside, as input methods take them) makes a common word whose glosses name an
English word of the pair, the run is reported with that word as the fix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise, product

from reader.core.checks.lexicon import Lexicon
from reader.core.checks.model import CheckDocument, Finding, Found, Segment, make_finding
from reader.core.checks.reading import PairReading, translated_pairs

LENGTHS = (2, 3, 4)
MIN_FREQUENCY = 100  # jieba count a proposed word needs
RARER = 100  # a known run this many times rarer than the proposed word is suspect too
MAX_READINGS = 16  # pronunciations tried per run (characters with several readings multiply)
_TONE = re.compile(r"\d")


def check_homophones(doc: CheckDocument) -> Iterator[Found]:
    for index, reading in translated_pairs(doc):
        for finding in _typos(reading):
            yield index, finding


def _typos(reading: PairReading) -> Iterator[Finding]:
    lexicon = reading.lexicon
    for seg, start, end, run in _loose_runs(reading):
        best = _sound_alike(lexicon, run, reading.english_stems)
        if best is None:
            continue
        word, english = best
        gloss = next(s.gloss for s in lexicon.senses[word] if english in s.head)
        message = f'"{run}" is no word; "{word}" sounds the same and means "{gloss}".'
        yield make_finding(
            "homophone",
            "target",
            seg.paragraph,
            seg.start + start,
            seg.start + end,
            run,
            message,
            severity="minor",
            confidence=0.9 if not lexicon.knows(run) else 0.6,
            evidence=f"same sound as {word} ({' / '.join(lexicon.pinyin(word))}), "
            f"which renders “{english}” of the source",
            fix=word,
        )


def _loose_runs(reading: PairReading) -> Iterator[tuple[Segment, int, int, str]]:
    """(segment, start, end, text) of runs of characters that jieba left as single characters
    or unknown words (where a typo breaks a word apart) and that no source word explains."""
    lexicon = reading.lexicon
    words = reading.chinese
    for i, first in enumerate(words):
        for n in range(1, max(LENGTHS) + 1):
            group = words[i : i + n]
            if len(group) < n or any(
                b.segment is not a.segment or b.start != a.end for a, b in pairwise(group)
            ):
                break
            last = group[-1]
            if n > 1 and len(last.key) > 1 and lexicon.knows(last.key):
                break
            text = "".join(w.key for w in group)
            if len(text) > max(LENGTHS):
                break
            if len(text) in LENGTHS and (n > 1 or not lexicon.knows(text)):
                yield first.segment, first.start, last.end, text


def _sound_alike(lexicon: Lexicon, run: str, english: frozenset[str]) -> tuple[str, str] | None:
    """A common word that sounds like the run, differs in one character and renders an
    English word of the pair: (word, English stem)."""
    frequency = lexicon.frequency(run)
    for sound in _sounds(lexicon, run):
        for word in lexicon.sounding_toneless(sound):
            if len(word) != len(run):
                continue
            differ = [k for k, (a, b) in enumerate(zip(word, run, strict=True)) if a != b]
            if (
                len(differ) == 1
                and lexicon.frequency(word) >= max(MIN_FREQUENCY, RARER * frequency)
                and not _explained(lexicon, run[differ[0]], english)
            ):
                hit = lexicon.heads.get(word, frozenset()) & english
                if hit:
                    return word, min(hit)
    return None


def _explained(lexicon: Lexicon, char: str, english: frozenset[str]) -> bool:
    """Whether the character that would be replaced renders a word of the source: 我 for
    "me" in 把我 (not 把握 "to hold")."""
    return not lexicon.heads.get(char, frozenset()).isdisjoint(english)


def _sounds(lexicon: Lexicon, run: str) -> list[str]:
    """The run's possible readings, toneless ("yi jing")."""
    readings = [_char_sounds(lexicon, ch) for ch in run]
    if not all(readings):
        return []
    return [" ".join(combo) for combo in list(product(*readings))[:MAX_READINGS]]


@lru_cache(maxsize=20_000)
def _char_sounds(lexicon: Lexicon, char: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_TONE.sub("", p) for p in lexicon.pinyin(char)))
