"""The drift check: sentence pairs whose meanings have drifted apart.

Two measures per aligned pair: how close the multilingual sentence encoder puts the two sides,
and how much of each side finds a dictionary counterpart on the other (English content words
that some Chinese word of the pair can render, Chinese words that render some English word).
A pair far below the document's own typical pair on both counts is listed, with the words
that found no counterpart marked on both sides: a translation is free in its own measure, so
the document, not a fixed scale, says what is far.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from reader.core.checks.model import CheckDocument, Finding, Found, Place, make_finding
from reader.core.checks.reading import PairReading, translated_pairs

MIN_PAIRS = 8  # fewer pairs say too little about what is typical
MIN_WORDS = 4  # English content words a pair needs to be judged
SIMILARITY_Z = -2.0  # robust z-scores below which a pair is far from the document's typical one
COVERAGE_Z = -1.0
MAD_FLOOR = 0.03  # the spread assumed at least, so that a very even document flags nothing
SAMPLE = 400  # pairs read by the encoder to learn the document's typical similarity


@dataclass(frozen=True)
class _Measured:
    index: int
    reading: PairReading
    similarity: float
    coverage: float  # share of both sides' words with a counterpart


def check_drift(doc: CheckDocument) -> Iterator[Found]:
    judged = [(i, r) for i, r in translated_pairs(doc) if len(r.english) >= MIN_WORDS]
    if len(judged) < MIN_PAIRS:
        return
    coverage = [_coverage(r) for _, r in judged]
    cov_centre, cov_spread = _centre(iter(coverage))
    # Only pairs low in words can be listed, and a sample says what similarity is typical:
    # the encoder, the slow part, reads those alone.
    low = [k for k, c in enumerate(coverage) if (c - cov_centre) / cov_spread < COVERAGE_Z]
    sample = range(0, len(judged), max(1, len(judged) // SAMPLE))
    similarity = _similarities([judged[k][1] for k in (*sample, *low)])
    if similarity is None:
        return
    sim_centre, sim_spread = _centre(iter(similarity[: len(sample)]))
    for k, s in zip(low, similarity[len(sample) :], strict=True):
        z_sim = (s - sim_centre) / sim_spread
        if z_sim < SIMILARITY_Z:
            index, reading = judged[k]
            z_cov = (coverage[k] - cov_centre) / cov_spread
            measured = _Measured(index, reading, s, coverage[k])
            yield index, _finding(measured, z_sim, z_cov, sim_centre)


def _similarities(readings: list[PairReading]) -> list[float] | None:
    from reader.core.align.embed import EmbeddingUnavailable, embed

    try:
        vectors = embed([text for r in readings for text in (r.source_text, r.target_text)])
    except EmbeddingUnavailable:
        return None
    return [float(s) for s in np.einsum("ij,ij->i", vectors[0::2], vectors[1::2])]


def _coverage(reading: PairReading) -> float:
    english = reading.english_stems
    covered = reading.covered_english()
    rendering = [w for w in reading.chinese if _renders(reading, w.key)]
    content = [w for w in reading.chinese if reading.lexicon.signature.get(w.key)]
    en_share = len(covered) / len(english) if english else 1.0
    zh_share = len(rendering) / len(content) if content else 1.0
    return (en_share + zh_share) / 2


def _renders(reading: PairReading, key: str) -> bool:
    return not reading.lexicon.signature.get(key, frozenset()).isdisjoint(reading.english_stems)


def _centre(values: Iterator[float]) -> tuple[float, float]:
    """Median and a robust spread (1.4826 × the median absolute deviation)."""
    data = list(values)
    median = statistics.median(data)
    mad = statistics.median(abs(v - median) for v in data)
    return median, max(1.4826 * mad, MAD_FLOOR)


def _finding(m: _Measured, z_sim: float, z_cov: float, typical: float) -> Finding:
    reading = m.reading
    target = reading.pair.target
    first, last = target[0], target[-1]
    end = last.end if last.paragraph == first.paragraph else first.end
    detail = reading.target_text if len(target) == 1 else first.text
    covered = reading.covered_english()
    unmatched_en = [w for w in reading.english if w.stem not in covered]
    unmatched_zh = [
        w
        for w in reading.chinese
        if reading.lexicon.signature.get(w.key) and not _renders(reading, w.key)
    ]
    related = tuple(
        Place("source", w.segment.paragraph, w.segment.start + w.start, w.segment.start + w.end)
        for w in unmatched_en
    ) + tuple(
        Place("target", w.segment.paragraph, w.segment.start + w.start, w.segment.start + w.end)
        for w in unmatched_zh
    )
    words = ", ".join(dict.fromkeys(w.text for w in unmatched_en[:6]))
    message = (
        "The translation may not say what the source says: it is far from the document's "
        f"other pairs in meaning and in words (no counterpart for: {words})."
    )
    evidence = (
        f"similarity {m.similarity:.2f} (typical {typical:.2f}, z {z_sim:.1f}); "
        f"dictionary coverage {m.coverage:.0%} (z {z_cov:.1f})"
    )
    return make_finding(
        "drift",
        "target",
        first.paragraph,
        first.start,
        end,
        detail[:60],
        message,
        severity="major",
        confidence=round(min(0.95, 0.5 + 0.1 * (-z_sim - 2.5) + 0.1 * (-z_cov - 1.5)), 3),
        evidence=evidence,
        related=related,
    )
