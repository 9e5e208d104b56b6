"""The aligned text as TMX 1.4: one translation unit per paragraph bead, errors as notes.

A bead's paragraphs on one side are joined by a blank line (paragraphs never hold one), so
reading the file back restores the beads; an omitted or added paragraph has an empty segment.
"""

from __future__ import annotations

from translate.storage import tmx

from reader import __version__
from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import note_text, xml_safe

TITLE_PROP = "x-reader-title"
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
        unit.settarget(xml_safe(layout.segment_text(segment, "target")), tgt, append=True)
        unit.xmlelement.set("tuid", str(segment.index + 1))
        for annotation in layout.annotations_in(segment):
            unit.addnote(note_text(numbers[id(annotation)], annotation))
        if segment.index % step == 0:
            progress(segment.index, total)
    progress(total, total)
    return bytes(store)


def _header(store: tmx.tmxfile, doc: ExportDocument) -> None:
    header = store.document.getroot().find("header")
    header.set("creationtool", "reader")
    header.set("creationtoolversion", __version__)
    header.set("segtype", "paragraph")
    header.set("datatype", "plaintext")
    header.set("creationdate", doc.date.strftime("%Y%m%dT%H%M%SZ"))
    prop = header.makeelement("prop", {"type": TITLE_PROP})
    prop.text = xml_safe(doc.title)
    header.append(prop)
