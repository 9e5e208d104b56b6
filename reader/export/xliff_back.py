"""The review written back into the XLIFF file the document was imported from.

Each annotation becomes a note in the unit that holds its span (numbered and worded as in
every report), and a unit with an open major or critical error is marked for review; every
other byte of the file stays as the CAT tool wrote it, so that it opens the file again.
"""

from __future__ import annotations

from bisect import bisect_right

from reader.core.errors import InputError
from reader.core.formats import xliff
from reader.core.mqm import Annotation
from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import note_text

SERIOUS = ("major", "critical")


def render_xliff_back(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    if not doc.original:
        raise InputError("the document was not imported from an XLIFF file")
    units = xliff.Units(xliff.read_xliff(doc.original, "the original XLIFF file"))
    texts = {"source": doc.source, "target": doc.target}
    if any(texts[r] is None or texts[r].paragraphs != units.paragraphs[r] for r in texts):
        raise InputError(
            "the document's text is no longer that of its XLIFF file (it was re-imported or "
            "edited): export it as XLIFF instead"
        )
    numbers = {id(a): n for n, (_, a) in enumerate(Layout(doc).placed, 1)}
    notes: dict[int, list[str]] = {}
    serious: dict[int, set[str]] = {}  # unit: its segments with a serious error
    for annotation in doc.annotations:
        if annotation.annotator == xliff.NOTE_AUTHOR:
            continue  # the file's own note, which it holds already
        place = _place(units, texts, annotation)
        if place is None:
            continue
        unit, segment = place
        notes.setdefault(unit, []).append(note_text(numbers[id(annotation)], annotation))
        if annotation.status == "open" and annotation.severity in SERIOUS:
            serious.setdefault(unit, set()).add(segment)
    reviews = {
        u: xliff.UnitReview(tuple(found), u in serious, frozenset(serious.get(u, ())))
        for u, found in notes.items()
    }
    progress(1, 1)
    return xliff.with_review(doc.original, reviews)


def _place(units: xliff.Units, texts: dict, annotation: Annotation) -> tuple[int, str] | None:
    """The unit and segment holding the annotation's span in the translation, else in the
    original."""
    anchor = annotation.anchor_on("target") or annotation.anchor_on("source")
    if anchor is None or annotation.orphaned:
        return None
    side = texts[anchor.side]
    paragraph = bisect_right(side.paragraph_starts(), anchor.start) - 1
    offset = anchor.start - side.paragraph_starts()[paragraph]
    return units.of(anchor.side, paragraph, offset)
