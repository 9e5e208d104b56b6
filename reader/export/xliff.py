"""The aligned text as XLIFF 1.2: one trans-unit per paragraph bead, errors as notes."""

from __future__ import annotations

from lxml import etree
from translate.storage import xliff

from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import note_text

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
PROGRESS_STEPS = 100


def render_xliff(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    if doc.target is None:
        raise ValueError("a document without a translation has nothing to align")
    # translate-toolkit writes XLIFF 1.1 unless it starts from a 1.2 document.
    root = etree.Element(f"{{{NAMESPACE}}}xliff", nsmap={None: NAMESPACE}, version="1.2")
    etree.SubElement(
        root,
        f"{{{NAMESPACE}}}file",
        {
            "original": doc.title,
            "source-language": doc.source.lang,
            "target-language": doc.target.lang,
            "datatype": "plaintext",
        },
    )
    skeleton = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    store = xliff.xlifffile.parsestring(skeleton)
    layout = Layout(doc)
    numbers = {id(a): n for n, (_, a) in enumerate(layout.placed, 1)}
    total = len(layout.segments)
    step = max(1, total // PROGRESS_STEPS)
    for segment in layout.segments:
        unit = store.addsourceunit(layout.segment_text(segment, "source"), filename=doc.title)
        unit.setid(str(segment.index + 1))
        target = layout.segment_text(segment, "target")
        if target:
            unit.target = target
        for annotation in layout.annotations_in(segment):
            unit.addnote(note_text(numbers[id(annotation)], annotation), origin="reviewer")
        if segment.index % step == 0:
            progress(segment.index, total)
    # New units carry a stray 1.1 namespace declaration from the library's unit class.
    etree.cleanup_namespaces(store.document)
    progress(total, total)
    return bytes(store)
