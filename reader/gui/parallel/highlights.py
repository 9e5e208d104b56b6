"""Flagged spans as marks on the parallel view's cells: where, how strong, and what to say."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtGui import QColor, QTextCharFormat

from reader.core.mqm import Annotation
from reader.gui.common.theme import is_dark

# Pale enough to read through; hue rises with severity.
SEVERITY_COLORS = {
    "neutral": QColor(180, 200, 230),
    "minor": QColor(255, 236, 140),
    "major": QColor(255, 190, 110),
    "critical": QColor(255, 140, 140),
}
# On a dark theme the fills are deep shades of the same hues, so its light text stays readable.
DARK_SEVERITY_COLORS = {
    "neutral": QColor(40, 62, 100),
    "minor": QColor(95, 80, 15),
    "major": QColor(120, 62, 15),
    "critical": QColor(125, 35, 35),
}
RESOLVED_ALPHA = 90  # resolved errors stay visible, but quieter than open ones

UnderlineStyle = QTextCharFormat.UnderlineStyle
# How a span is drawn, by the top of its category: every span has its severity's colour behind
# it; (legend, the underline that tells the category; None for none).
CategoryStyle = tuple[str, UnderlineStyle | None]
CATEGORY_STYLES: dict[str, CategoryStyle] = {
    "Accuracy": ("solid background", None),
    "Fluency": ("background, wavy underline", UnderlineStyle.WaveUnderline),
    "Terminology": ("background, dotted underline", UnderlineStyle.DotLine),
    "Style": ("background, dashed underline", UnderlineStyle.DashUnderline),
}
DEFAULT_STYLE: CategoryStyle = ("plain background", None)


def category_style(category: str) -> CategoryStyle:
    """The legend, underline and outline of a category's marks ("Fluency/Grammar" → Fluency)."""
    return CATEGORY_STYLES.get(category.split("/")[0], DEFAULT_STYLE)


class Mark(NamedTuple):
    start: int  # code points into the cell's text
    end: int
    annotation: Annotation

    def color(self, dark: bool = False) -> QColor:
        colors = DARK_SEVERITY_COLORS if dark else SEVERITY_COLORS
        color = QColor(colors[self.annotation.severity])
        if self.annotation.status == "resolved":
            color.setAlpha(RESOLVED_ALPHA)
        return color

    def char_format(self) -> QTextCharFormat:
        """The span's look: its severity's colour behind it, on either side alike (an
        underline alone is too faint beside a fill, above all under Chinese), and its
        category's underline as well."""
        _legend, underline = category_style(self.annotation.category)
        face = QTextCharFormat()
        dark = is_dark()
        face.setBackground(self.color(dark))
        if underline is not None:
            face.setUnderlineStyle(underline)
            # The pale hue shows on a dark page; on a light one it needs darkening.
            face.setUnderlineColor(self.color() if dark else self.color().darker(220))
        return face


def describe(annotation: Annotation) -> str:
    """One annotation as a tooltip: what is wrong, how badly, and what to do about it."""
    legend = category_style(annotation.category)[0]
    lines = [
        f"{annotation.severity.capitalize()} · {annotation.category} ({annotation.status})",
        f"Shown as: {legend}, coloured by severity",
    ]
    if annotation.comment:
        lines.append(annotation.comment)
    if annotation.fix:
        lines.append(f"Fix: {annotation.fix}")
    if annotation.annotator:
        lines.append(f"— {annotation.annotator}")
    return "\n".join(lines)


# (side, offset into the side's text) -> (row, column, where that cell starts in the side's text)
Locator = Callable[[str, int], tuple[int, int, int] | None]


def cell_marks(
    annotations: Sequence[Annotation], locate: Locator
) -> dict[tuple[int, int], tuple[Mark, ...]]:
    """The marks of each (row, column); orphaned spans are skipped, their text is gone."""
    marks: defaultdict[tuple[int, int], list[Mark]] = defaultdict(list)
    for annotation in annotations:
        for span in annotation.anchors:
            where = None if span.orphaned else locate(span.side, span.start)
            if where is not None:
                row, column, cell_start = where
                marks[row, column].append(
                    Mark(span.start - cell_start, span.end - cell_start, annotation)
                )
    return {cell: tuple(found) for cell, found in marks.items()}
