"""The WMT MQM TSV layout (google/wmt-mqm-human-evaluation), one row per error.

Columns: system, doc, doc_id (segment within the document), seg_id (segment across documents),
rater, source, target, category, severity, and the optional tenth, a note (the comment and
the fix). As in WMT's data, each row marks its error on one side with <v>...</v>: on the
translation, or on the source for an omission (an error with no span in the translation). A
segment with no error gets a "No-error" row per rater. Segments are paragraph beads.
"""

from __future__ import annotations

import io

from reader.core.mqm import Annotation
from reader.export.layout import Layout, Segment
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.tabular import defused

HEADER = (
    *("system", "doc", "doc_id", "seg_id", "rater"),
    *("source", "target", "category", "severity", "note"),
)
SYSTEM = "translation"
NO_ERROR = "No-error"
DEFAULT_RATER = "reviewer"
# WMT's spelling of the one category whose name differs from ours.
CATEGORY_NAMES = {"Non-translation": "Non-translation!"}
PROGRESS_STEPS = 100


def render_wmt(doc: ExportDocument, progress: Progress = no_progress) -> str:
    layout = Layout(doc)
    langs = "-".join(s.lang for s in (doc.source, doc.target) if s is not None)
    name = _cell(f"{doc.title}:{langs}")
    raters = [_cell(r) for r in doc.reviewer_names] or [DEFAULT_RATER]
    # An error nobody signed belongs to the named reviewer, if the export names exactly one.
    unsigned = _cell(doc.reviewers[0]) if len(doc.reviewers) == 1 else DEFAULT_RATER
    out = io.StringIO()
    out.write("\t".join(HEADER) + "\n")
    total = len(layout.segments)
    step = max(1, total // PROGRESS_STEPS)
    for segment in layout.segments:
        number = str(segment.index + 1)
        found = layout.annotations_in(segment)
        rows = [
            (_cell(a.annotator) or unsigned, *_texts(layout, segment, a), *_labels(a), _note(a))
            for a in found
        ]
        if not found:
            plain = tuple(_cell(layout.segment_text(segment, r)) for r in ("source", "target"))
            rows = [(rater, *plain, NO_ERROR, NO_ERROR, "") for rater in raters]
        for row in rows:
            out.write("\t".join((SYSTEM, name, number, number, *row)) + "\n")
        if segment.index % step == 0:
            progress(segment.index, total)
    progress(total, total)
    return out.getvalue()


def _texts(layout: Layout, segment: Segment, annotation: Annotation) -> tuple[str, str]:
    marked = "target" if annotation.anchor_on("target") is not None else "source"
    texts = {role: layout.segment_text(segment, role) for role in ("source", "target")}
    anchor, span = annotation.anchor_on(marked), segment.spans[marked]
    # A span in another segment (a misaligned bead) is not marked here.
    if anchor is not None and span is not None and span.start <= anchor.start <= span.end:
        text = texts[marked]
        start = anchor.start - span.start
        end = min(max(anchor.end - span.start, start), len(text))
        texts[marked] = f"{text[:start]}<v>{text[start:end]}</v>{text[end:]}"
    return _cell(texts["source"]), _cell(texts["target"])


def _note(annotation: Annotation) -> str:
    parts = [annotation.comment] if annotation.comment else []
    if annotation.fix:
        parts.append(f"fix: {annotation.fix}")
    return _cell(" | ".join(parts))


def _labels(annotation: Annotation) -> tuple[str, str]:
    category = CATEGORY_NAMES.get(annotation.category, annotation.category)
    return category, annotation.severity.capitalize()


def _cell(text: str) -> str:
    """The format has no quoting: tabs and line breaks inside a field become spaces; and, as
    in every tabular export, a formula is made text (tabular.defused)."""
    return defused(text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
