"""The aligned text as TMX 1.4: one translation unit per paragraph bead, errors as notes.

A bead's paragraphs on one side are joined by a blank line (paragraphs never hold one), so
reading the file back restores the beads; an omitted paragraph's unit has no target at all.
Besides its note for people, each annotation is kept whole in a prop of its unit, so that
importing the file again brings the review back with the text.
"""

from __future__ import annotations

import json

from translate.storage import tmx

from reader import __version__
from reader.core.mqm import Annotation
from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import note_text, xml_safe

TITLE_PROP = "x-reader-title"
ANNOTATION_PROP = "x-reader-annotation"  # the annotation as JSON, its spans in the sides' text
FORMAT = "reader"  # the o-tmf attribute: the format the memory was kept in
PROGRESS_STEPS = 100


def render_tmx(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    if doc.target is None:
        raise ValueError("a document without a translation has nothing to align")
    src, tgt = doc.source.lang, doc.target.lang
    store = tmx.tmxfile(sourcelanguage=src, targetlanguage=tgt)
    _header(store, doc)
    layout = Layout(doc)
    numbers = {id(a): n for n, (_, a) in enumerate(layout.placed, 1)}
    total = len(layout.segments)
    step = max(1, total // PROGRESS_STEPS)
    for segment in layout.segments:
        unit = store.addsourceunit(xml_safe(layout.segment_text(segment, "source")), src)
        target = layout.segment_text(segment, "target")
        if target:  # an untranslated unit has no target, not an empty one
            unit.settarget(xml_safe(target), tgt, append=True)
        unit.xmlelement.set("tuid", str(segment.index + 1))
        for annotation in layout.annotations_in(segment):
            unit.addnote(note_text(numbers[id(annotation)], annotation))
            _record(unit, annotation)
        if segment.index % step == 0:
            progress(segment.index, total)
    progress(total, total)
    return bytes(store)


def _record(unit: tmx.tmxunit, annotation: Annotation) -> None:
    """The annotation whole, as a prop before the unit's variants (where TMX puts props)."""
    a = annotation
    record = {
        **{name: getattr(a, name) for name in ("category", "severity", "comment", "fix")},
        **{name: getattr(a, name) for name in ("annotator", "status", "fix_accepted")},
        "created_at": a.created_at.isoformat() if a.created_at else None,
        "modified_at": a.modified_at.isoformat() if a.modified_at else None,
        "spans": [
            {"side": s.side, "start": s.start, "end": s.end, "exact": s.exact, "prefix": s.prefix}
            for s in a.anchors
        ],
    }
    element = unit.xmlelement
    prop = element.makeelement("prop", {"type": ANNOTATION_PROP})
    prop.text = xml_safe(json.dumps(record, ensure_ascii=False))
    first_variant = element.find("tuv")
    if first_variant is None:
        element.append(prop)
    else:
        first_variant.addprevious(prop)


def _header(store: tmx.tmxfile, doc: ExportDocument) -> None:
    header = store.document.getroot().find("header")
    header.set("creationtool", "reader")
    header.set("o-tmf", FORMAT)
    header.set("creationtoolversion", __version__)
    header.set("segtype", "paragraph")
    header.set("datatype", "plaintext")
    header.set("creationdate", doc.date.strftime("%Y%m%dT%H%M%SZ"))
    prop = header.makeelement("prop", {"type": TITLE_PROP})
    prop.text = xml_safe(doc.title)
    header.append(prop)
