"""The sense check: a Chinese word that renders its English counterpart in a dictionary sense
that does not fit ("the current order" as 当前订单, a purchase order).

For a Chinese word linked by its glosses to an English word of the pair, the other renderings
of that English word in other senses are the alternatives (order: 秩序, 命令 …). Which sense fits
is asked of the multilingual sentence encoder twice: with the Chinese word put in the English
sentence in place of its counterpart ("the current 订单 is changing"), and with each alternative
put in the Chinese sentence in its place. An alternative that brings both closer to the source
says that the sense used is not the one meant.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy as np

from reader.core.checks.lexicon import Lexicon
from reader.core.checks.model import (
    CheckDocument,
    Finding,
    Found,
    Place,
    Progress,
    make_finding,
)
from reader.core.checks.reading import EnglishWord, Link, PairReading, offsets, pair_readings

CHUNK = 1000  # texts embedded between two progress reports
MAX_ALTERNATIVES = 3  # the commonest renderings in other senses that are tried
CANDIDATE_RENDERINGS = 8  # of the English word's renderings, the commonest this many
MIN_FREQUENCY = 50  # jieba count below which a rendering is too rare to propose
SAME_SENSE = 0.5  # glosses this close (cosine) are one sense in different words
MIN_CLAUSE = 12  # characters; a shorter clause is widened to this much on each side
THRESHOLD = 0.08  # summed similarity gain above which a sense is reported (tuned on MAC dev)
SCALE = 0.01  # how fast confidence grows above the threshold


@dataclass(frozen=True)
class _Candidate:
    index: int  # the pair
    link: Link
    alternatives: tuple[str, ...]


def check_sense(doc: CheckDocument) -> Iterator[Found]:
    readings = pair_readings(doc)
    if readings is None or not doc.is_chinese("target"):
        return
    candidates = [c for i, r in enumerate(readings) for c in _candidates(i, r)]
    if not candidates:
        return
    from reader.core.align.embed import EmbeddingUnavailable, embed

    try:
        candidates = _distinct_senses(candidates, readings[0].lexicon)
        if not candidates:
            return
        texts = [text for c in candidates for text in _texts(c, readings[c.index])]
        chunks = range(0, len(texts), CHUNK)
        vectors = np.concatenate([_chunk(embed, texts, at, doc.progress) for at in chunks])
    except EmbeddingUnavailable:
        return
    at = 0
    for candidate in candidates:
        count = 3 + 2 * len(candidate.alternatives)
        finding = _judge(candidate, readings[candidate.index], vectors[at : at + count])
        at += count
        if finding is not None:
            yield candidate.index, finding


def _chunk(
    embed: Callable[[list[str]], np.ndarray], texts: list[str], at: int, progress: Progress
) -> np.ndarray:
    """One chunk's embeddings, the share done reported after it (a long document's sense
    check takes minutes, and Cancel must not wait for all of it)."""
    vectors = embed(texts[at : at + CHUNK])
    progress(min(at + CHUNK, len(texts)) / len(texts))
    return vectors


def _candidates(index: int, reading: PairReading) -> Iterator[_Candidate]:
    lexicon = reading.lexicon
    seen: set[tuple[str, str]] = set()
    for link in reading.links:
        word, english = link.chinese.key, link.english.stem
        if len(word) < 2 or (word, english) in seen or not lexicon.residual(word, english):
            continue
        seen.add((word, english))
        alternatives = _alternatives(lexicon, word, english)
        if alternatives:
            yield _Candidate(index, link, alternatives)


def other_senses(lexicon: Lexicon, word: str, english: str) -> tuple[str, ...]:
    """The common renderings of `english` in senses other than the word's, commonest first
    (by the dictionary and by the encoder's reading of the glosses)."""
    alternatives = _alternatives(lexicon, word, english)
    if not alternatives:
        return ()
    vectors = _gloss_vectors(lexicon, {word, *alternatives})
    return tuple(a for a in alternatives if float(vectors[a] @ vectors[word]) < SAME_SENSE)


def _alternatives(lexicon: Lexicon, word: str, english: str) -> tuple[str, ...]:
    common = [
        w
        for w in lexicon.renderings(english)
        if len(w) >= 2 and lexicon.frequency(w) >= MIN_FREQUENCY
    ][:CANDIDATE_RENDERINGS]
    other = [w for w in common if w != word and lexicon.different_senses(w, word, english)]
    return tuple(other[:MAX_ALTERNATIVES])


def _distinct_senses(candidates: list[_Candidate], lexicon: Lexicon) -> list[_Candidate]:
    """The candidates with only the alternatives whose glosses, read as a whole by the
    encoder, are not close to the word's own: 太太 "married woman; Mrs.; wife" and 妻子 "wife"
    are one sense in different words, 订单 "(purchase) order" and 秩序 "social order" are two."""
    words = {w for c in candidates for w in (c.link.chinese.key, *c.alternatives)}
    vectors = _gloss_vectors(lexicon, words)
    kept = []
    for c in candidates:
        own = vectors[c.link.chinese.key]
        other = tuple(a for a in c.alternatives if float(vectors[a] @ own) < SAME_SENSE)
        if other:
            kept.append(replace(c, alternatives=other))
    return kept


_GLOSS_VECTORS: dict[str, np.ndarray] = {}  # word → its glosses embedded; kept across runs


def _gloss_vectors(lexicon: Lexicon, words: set[str]) -> dict[str, np.ndarray]:
    from reader.core.align.embed import embed

    missing = sorted(words - _GLOSS_VECTORS.keys())
    if missing:
        glosses = ["; ".join(s.gloss for s in lexicon.senses[w]) for w in missing]
        _GLOSS_VECTORS.update(zip(missing, embed(glosses), strict=True))
    return {w: _GLOSS_VECTORS[w] for w in words}


def _texts(candidate: _Candidate, reading: PairReading) -> list[str]:
    """The clause of the source around the English word, the clause of the translation around
    the Chinese word, the source clause with each word in place of its counterpart (the word
    used first), and the translation clause with each alternative in the word's place.

    Clauses, not sentences: a word's sense is decided near it, and one word moves the
    embedding of a long sentence too little to be read."""
    english, chinese = candidate.link.english, candidate.link.chinese
    e_at = offsets(reading.pair.source, " ")[english.segment] + english.start
    c_at = offsets(reading.pair.target, "")[chinese.segment] + chinese.start
    source, e_at, e_end = _clause(reading.source_text, e_at, e_at + len(english.text), _EN_STOPS)
    target, c_at, c_end = _clause(reading.target_text, c_at, c_at + len(chinese.text), _ZH_STOPS)
    words = (chinese.key, *candidate.alternatives)
    mixed = [source[:e_at] + w + source[e_end:] for w in words]
    swapped = [target[:c_at] + w + target[c_end:] for w in candidate.alternatives]
    return [source, target, *mixed, *swapped]


_EN_STOPS = re.compile(r"[.;:!?()\[\]\u2014]|, (?:and|but|or|while|which|who|because)\b")
_ZH_STOPS = re.compile(r"[。；：！？（）()]")


def _clause(text: str, start: int, end: int, stops: re.Pattern[str]) -> tuple[str, int, int]:
    """The stretch of text between the stops around [start, end), at least MIN_CLAUSE long
    where the sentence is, with the span's offsets in it."""
    left = max((m.end() for m in stops.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in stops.finditer(text, end)), len(text))
    if right - left < MIN_CLAUSE:
        left, right = max(0, start - MIN_CLAUSE), min(len(text), end + MIN_CLAUSE)
    return text[left:right], start - left, end - left


def _judge(candidate: _Candidate, reading: PairReading, vectors: np.ndarray) -> Finding | None:
    n = len(candidate.alternatives)
    source, target = vectors[0], vectors[1]
    mixed_used, mixed = vectors[2] @ source, vectors[3 : 3 + n] @ source
    swapped, base = vectors[3 + n :] @ source, target @ source
    gains = [
        (float(m - mixed_used) + float(s - base), float(m - mixed_used), float(s - base), a)
        for m, s, a in zip(mixed, swapped, candidate.alternatives, strict=True)
    ]
    total, in_source, in_target, best = max(gains)
    if total < THRESHOLD or in_source <= 0 or in_target <= 0:
        return None
    return _finding(candidate, reading, best, total, float(base))


def _finding(
    candidate: _Candidate, reading: PairReading, best: str, total: float, base: float
) -> Finding:
    lexicon = reading.lexicon
    chinese, english = candidate.link.chinese, candidate.link.english
    used = lexicon.sense_for(chinese.key, english.stem)
    fitting = lexicon.sense_for(best, english.stem)
    used_gloss = "; ".join(s.gloss for s in lexicon.senses[chinese.key][:3])
    best_gloss = "; ".join(s.gloss for s in lexicon.senses[best][:3])
    message = (
        f'"{chinese.text}" means {used_gloss}; "{english.text}" here fits "{best}" ({best_gloss}).'
    )
    evidence = (
        f'{chinese.text}: "{used.gloss if used else used_gloss}"; {best}: '
        f'"{fitting.gloss if fitting else best_gloss}"; similarity gain {total:+.3f} '
        f"(pair {base:.2f})"
    )
    seg = chinese.segment
    place = Place("source", english.segment.paragraph, *_in_paragraph(english))
    return make_finding(
        "sense",
        "target",
        seg.paragraph,
        seg.start + chinese.start,
        seg.start + chinese.end,
        chinese.text,
        message,
        severity="major",
        confidence=_confidence(total),
        evidence=evidence,
        fix=best,
        related=(place,),
    )


def _in_paragraph(word: EnglishWord) -> tuple[int, int]:
    return word.segment.start + word.start, word.segment.start + word.end


def _confidence(gain: float) -> float:
    return round(1 / (1 + math.exp(-(gain - THRESHOLD) / SCALE)), 3)
