"""The numbers at the top of a report: MQM score and counts by category and severity."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from reader.core.mqm import (
    CATEGORIES,
    SEVERITIES,
    WMT_WEIGHTS,
    Annotation,
    MqmScore,
    Weights,
    score,
    word_count,
)


@dataclass(frozen=True)
class Summary:
    score: MqmScore
    # counts[category][severity], for the categories that occur, in typology order.
    counts: dict[str, dict[str, int]]
    severity_totals: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.severity_totals.values())


def summarise(
    annotations: tuple[Annotation, ...],
    source_paragraphs: tuple[str, ...],
    weights: Weights = WMT_WEIGHTS,
) -> Summary:
    """Orphans (their text was changed away) are listed in reports but not counted, as the
    annotation service's score does not count them."""
    counted = [a for a in annotations if not a.orphaned]
    pairs = Counter((a.category, a.severity) for a in counted)
    counts = {
        category: {severity: pairs[category, severity] for severity in SEVERITIES}
        for category in CATEGORIES
        if any(pairs[category, severity] for severity in SEVERITIES)
    }
    totals = {severity: sum(row[severity] for row in counts.values()) for severity in SEVERITIES}
    words = sum(word_count(p) for p in source_paragraphs)
    return Summary(score(counted, words, weights), counts, totals)
