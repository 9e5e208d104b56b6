"""Geometry of the inline SVG bar chart: one bar per category, stacked by severity."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.mqm import SEVERITIES
from reader.export.stats import Summary

# Printable colours that stay apart in greyscale too.
SEVERITY_COLOURS = {
    "neutral": "#9e9e9e",
    "minor": "#e6b800",
    "major": "#e07020",
    "critical": "#c62828",
}
LABEL_WIDTH, BAR_WIDTH, ROW_HEIGHT, LEGEND_HEIGHT = 230, 320, 22, 28


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    severity: str
    count: int


@dataclass(frozen=True)
class Row:
    label: str
    y: int
    total: int
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    rows: tuple[Row, ...]
    legend: tuple[tuple[str, str, int], ...]  # severity, colour, x

    @property
    def label_x(self) -> int:
        """Category names end here, right-aligned against the bars."""
        return LABEL_WIDTH - 8


def bar_chart(summary: Summary) -> Chart:
    widest = max((sum(row.values()) for row in summary.counts.values()), default=0) or 1
    rows = []
    for i, (category, row) in enumerate(summary.counts.items()):
        x, bars = float(LABEL_WIDTH), []
        for severity in SEVERITIES:
            if row[severity]:
                width = BAR_WIDTH * row[severity] / widest
                bars.append(Bar(round(x, 1), round(width, 1), severity, row[severity]))
                x += width
        rows.append(Row(category, LEGEND_HEIGHT + i * ROW_HEIGHT, sum(row.values()), tuple(bars)))
    legend = tuple(
        (severity, SEVERITY_COLOURS[severity], LABEL_WIDTH + i * 80)
        for i, severity in enumerate(SEVERITIES)
    )
    height = LEGEND_HEIGHT + ROW_HEIGHT * max(len(rows), 1) + 4
    return Chart(LABEL_WIDTH + BAR_WIDTH + 50, height, tuple(rows), legend)
