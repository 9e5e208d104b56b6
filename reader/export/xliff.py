"""The aligned text as XLIFF 1.2: one trans-unit per paragraph bead, errors as notes."""

from __future__ import annotations

from typing import Any

from lxml import etree
from translate.storage import xliff

from reader.core.mqm import Annotation
from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import note_text, xml_safe

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
    units: list[tuple[Any, list[Annotation]]] = []
    added: list[str] = []  # paragraphs added in translation, waiting for a unit to join
    for segment in layout.segments:
        source = xml_safe(layout.segment_text(segment, "source"))
        target = xml_safe(layout.segment_text(segment, "target"))
        notes = [note_text(numbers[id(a)], a) for a in layout.annotations_in(segment)]
        if not source:
            # XLIFF has no unit without a source: the paragraph joins its neighbour's target.
            added.append(target)
            if units:
                _join_added(units[-1][0], added)
                added = []
            continue
        unit = store.addsourceunit(source, filename=doc.title)
        unit.setid(str(segment.index + 1))
        if target or added:
            unit.target = "\n\n".join([*added, target] if target else added)
            if added:
                unit.addnote(_ADDED_NOTE.format(len(added)), origin="reviewer")
                added = []
        for note in notes:
            unit.addnote(note, origin="reviewer")
        units.append((unit, layout.annotations_in(segment)))
        if segment.index % step == 0:
            progress(segment.index, total)
    for unit, found in units:
        _mark_state(unit, found)
    # New units carry a stray 1.1 namespace declaration from the library's unit class.
    etree.cleanup_namespaces(store.document)
    progress(total, total)
    return bytes(store)


_ADDED_NOTE = "{0} paragraph(s) added in translation, with no source, are part of this target."
NEEDS_REVIEW = "needs-review-translation"


def _join_added(unit: Any, added: list[str]) -> None:
    unit.target = "\n\n".join([unit.target, *added] if unit.target else added)
    unit.addnote(_ADDED_NOTE.format(len(added)), origin="reviewer")


def _mark_state(unit: Any, annotations: list[Annotation]) -> None:
    """Approved only when translated with no open error; open major or critical errors need
    review."""
    open_ = [a for a in annotations if a.status != "resolved"]
    target = unit.xmlelement.find(f"{{{NAMESPACE}}}target")
    unit.markapproved(target is not None and not open_)
    if target is None:
        return
    serious = any(a.severity in ("major", "critical") for a in open_)
    target.set("state", NEEDS_REVIEW if serious else "translated")
