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
from reader.core.checks.reading import EnglishWord, Link, PairReading, offsets, translated_pairs

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
    readings = dict(translated_pairs(doc))
    candidates = [c for i, r in readings.items() for c in _candidates(i, r)]
    from reader.core.align.embed import EmbeddingUnavailable

    try:
        judged = _judged(_distinct_senses(candidates, readings), readings, doc.progress)
    except EmbeddingUnavailable:
        return
    for candidate, finding in judged:
        if finding is not None:
            yield candidate.index, finding


def _judged(
    candidates: list[_Candidate], readings: dict[int, PairReading], progress: Progress
) -> list[tuple[_Candidate, Finding | None]]:
    """Each candidate with its finding, if any. First the English side: only alternatives
    that bring it closer are tried in the Chinese sentence, which halves the encoder's work
    and changes no finding."""
    from reader.core.align.embed import embed

    clauses = [_Clauses.of(c, readings[c.index]) for c in candidates]
    english = _embed(embed, [text for c in clauses for text in c.english()], progress, 0.5)
    trials, at = [], 0
    for candidate in candidates:
        count = 2 + len(candidate.alternatives)
        trials.append(_english_gains(candidate, english[at : at + count]))
        at += count
    texts = [text for c, trial in zip(clauses, trials, strict=True) for text in c.chinese(trial)]
    chinese = _embed(embed, texts, progress, 0.5, 0.5)
    judged, at = [], 0
    for candidate, trial in zip(candidates, trials, strict=True):
        count = 1 + len(trial.gains) if trial.gains else 0
        vectors = chinese[at : at + count]
        at += count
        finding = _judge(candidate, readings[candidate.index], trial, vectors) if count else None
        judged.append((candidate, finding))
    return judged


def _embed(
    embed: Callable[[list[str]], np.ndarray],
    texts: list[str],
    progress: Progress,
    share: float,
    before: float = 0.0,
) -> np.ndarray:
    """The texts' embeddings, a chunk at a time, each chunk's end reported as progress (a
    long document's sense check takes minutes, and Cancel must not wait for all of it)."""
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    chunks = []
    for at in range(0, len(texts), CHUNK):
        chunks.append(embed(texts[at : at + CHUNK]))
        progress(before + share * min(at + CHUNK, len(texts)) / len(texts))
    return np.concatenate(chunks)


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
    return _unlike(_gloss_vectors(lexicon, {word, *alternatives}), word, alternatives)


def _alternatives(lexicon: Lexicon, word: str, english: str) -> tuple[str, ...]:
    common = [
        w
        for w in lexicon.renderings(english)
        if len(w) >= 2 and lexicon.frequency(w) >= MIN_FREQUENCY
    ][:CANDIDATE_RENDERINGS]
    other = [w for w in common if w != word and lexicon.different_senses(w, word, english)]
    return tuple(other[:MAX_ALTERNATIVES])


def _distinct_senses(
    candidates: list[_Candidate], readings: dict[int, PairReading]
) -> list[_Candidate]:
    """The candidates with only the alternatives whose glosses, read as a whole by the
    encoder, are not close to the word's own: 太太 "married woman; Mrs.; wife" and 妻子 "wife"
    are one sense in different words, 订单 "(purchase) order" and 秩序 "social order" are two."""
    if not candidates:
        return []
    lexicon = readings[candidates[0].index].lexicon
    words = {w for c in candidates for w in (c.link.chinese.key, *c.alternatives)}
    vectors = _gloss_vectors(lexicon, words)
    kept = []
    for c in candidates:
        other = _unlike(vectors, c.link.chinese.key, c.alternatives)
        if other:
            kept.append(replace(c, alternatives=other))
    return kept


def _unlike(
    vectors: dict[str, np.ndarray], word: str, alternatives: tuple[str, ...]
) -> tuple[str, ...]:
    """The alternatives whose glosses the encoder reads as another sense than the word's."""
    return tuple(a for a in alternatives if float(vectors[a] @ vectors[word]) < SAME_SENSE)


_GLOSS_VECTORS: dict[str, np.ndarray] = {}  # word → its glosses embedded; kept across runs


def _gloss_vectors(lexicon: Lexicon, words: set[str]) -> dict[str, np.ndarray]:
    from reader.core.align.embed import embed

    missing = sorted(words - _GLOSS_VECTORS.keys())
    if missing:
        glosses = ["; ".join(s.gloss for s in lexicon.senses[w]) for w in missing]
        _GLOSS_VECTORS.update(zip(missing, embed(glosses), strict=True))
    return {w: _GLOSS_VECTORS[w] for w in words}


@dataclass(frozen=True)
class _Clauses:
    """The clause of the source around the English word and of the translation around the
    Chinese word, with the words' places in them.

    Clauses, not sentences: a word's sense is decided near it, and one word moves the
    embedding of a long sentence too little to be read."""

    source: str
    e_at: int
    e_end: int
    target: str
    c_at: int
    c_end: int
    words: tuple[str, ...]  # the word used, then the alternatives

    @classmethod
    def of(cls, candidate: _Candidate, reading: PairReading) -> _Clauses:
        english, chinese = candidate.link.english, candidate.link.chinese
        e_at = offsets(reading.pair.source, " ")[english.segment] + english.start
        c_at = offsets(reading.pair.target, "")[chinese.segment] + chinese.start
        source = _clause(reading.source_text, e_at, e_at + len(english.text), _EN_STOPS)
        target = _clause(reading.target_text, c_at, c_at + len(chinese.text), _ZH_STOPS)
        return cls(*source, *target, (chinese.key, *candidate.alternatives))

    def english(self) -> list[str]:
        """The source clause, then with each word in place of its counterpart."""
        mixed = [self.source[: self.e_at] + w + self.source[self.e_end :] for w in self.words]
        return [self.source, *mixed]

    def chinese(self, trial: _Trial) -> list[str]:
        """The translation clause, then with each promising alternative in the word's place."""
        if not trial.gains:
            return []
        t = self.target
        return [t, *(t[: self.c_at] + a + t[self.c_end :] for a, _ in trial.gains)]


@dataclass(frozen=True)
class _Trial:
    source: np.ndarray  # the source clause's embedding
    gains: tuple[tuple[str, float], ...]  # alternatives that bring the English closer, by how much


def _english_gains(candidate: _Candidate, vectors: np.ndarray) -> _Trial:
    source, used = vectors[0], float(vectors[1] @ vectors[0])
    gains = tuple(
        (a, float(v @ source) - used)
        for a, v in zip(candidate.alternatives, vectors[2:], strict=True)
        if float(v @ source) > used
    )
    return _Trial(source, gains)


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


def _judge(
    candidate: _Candidate, reading: PairReading, trial: _Trial, vectors: np.ndarray
) -> Finding | None:
    base = float(vectors[0] @ trial.source)
    gains = [
        (in_source + float(v @ trial.source) - base, float(v @ trial.source) - base, a)
        for (a, in_source), v in zip(trial.gains, vectors[1:], strict=True)
    ]
    total, in_target, best = max(gains)
    if total < THRESHOLD or in_target <= 0:
        return None
    return _finding(candidate, reading, best, total, base)


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
