"""The HTML report: one self-contained file, styles inline, no script, every user text escaped."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import jinja2

from reader.core.agreement import document_agreement, reviewers_of
from reader.core.mqm import WMT_WEIGHTS, Annotation, Weights, weight
from reader.export.chart import SEVERITY_COLOURS, bar_chart
from reader.export.highlight import Mark, Piece, pieces
from reader.export.layout import ROLES, Layout, Segment
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.stats import summarise

PROGRESS_STEPS = 100


@dataclass(frozen=True)
class Note:
    number: int
    annotation: Annotation
    penalty: float
    quotes: dict[str, str]  # role -> the flagged text on that side


@dataclass(frozen=True)
class Row:
    number: int
    # Per role: each paragraph's number (from 1) and pieces; None when the bead has nothing
    # on that side.
    sides: dict[str, list[tuple[int, list[Piece]]] | None]
    notes: list[Note]


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("reader.export", "templates"),
        # Escaping is on for every template whatever its name: reviewers write free text.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_html(doc: ExportDocument, progress: Progress = no_progress) -> str:
    layout = Layout(doc)
    numbers = {id(a): n for n, (_, a) in enumerate(layout.placed, 1)}
    rows = []
    total = len(layout.segments)
    step = max(1, total // PROGRESS_STEPS)
    for segment in layout.segments:
        rows.append(_row(layout, segment, numbers))
        if segment.index % step == 0:
            progress(segment.index, total)
    orphans = [_note(numbers[id(a)], a, doc.weights) for index, a in layout.placed if index is None]
    summary = summarise(doc.annotations, doc.source.paragraphs, doc.weights)
    team = None
    if len(reviewers_of(doc.annotations)) >= 2:
        team = document_agreement(doc.annotations, doc.source, doc.target, doc.beads, doc.weights)
    html = (
        _environment()
        .get_template("report.html.j2")
        .render(
            doc=doc,
            summary=summary,
            chart=bar_chart(summary),
            colours=SEVERITY_COLOURS,
            rows=rows,
            orphans=orphans,
            team=team,
            wmt=doc.weights == WMT_WEIGHTS,
            langs={role: side.lang for role in ROLES if (side := doc.side(role)) is not None},
        )
    )
    progress(total, total)
    return html


def _row(layout: Layout, segment: Segment, numbers: dict[int, int]) -> Row:
    found = layout.annotations_in(segment)
    sides: dict[str, list[tuple[int, list[Piece]]] | None] = {}
    for role in ROLES:
        paragraphs = layout.paragraph_text(segment, role)
        marks = [
            Mark(anchor.start, anchor.end, numbers[id(a)], a.severity)
            for a in layout.spans_in(segment, role)
            if (anchor := a.anchor_on(role)) is not None
        ]
        sides[role] = [
            (number, pieces(text, start, marks)) for number, start, text in paragraphs
        ] or None
    notes = [_note(numbers[id(a)], a, layout.doc.weights) for a in found]
    return Row(segment.index + 1, sides, notes)


def _note(number: int, annotation: Annotation, weights: Weights) -> Note:
    quotes = {a.side: a.exact for a in annotation.anchors}
    return Note(number, annotation, weight(annotation, weights), quotes)
