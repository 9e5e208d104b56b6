"""The revised translation, for the translator: as text, as Word with tracked changes, as XLIFF.

Only fixes the reviewer accepted are applied (core.revision). In Word each one is a tracked
change by the annotation's reviewer: the old words deleted, the fix inserted, and the
annotation's category and comment as a comment on the insertion, so the translator can accept
or reject each in Word itself.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import datetime
from html import escape
from itertools import count
from typing import Any

from reader.core.document import PARAGRAPH_SEPARATOR, SideText
from reader.core.errors import InputError
from reader.core.revision import Change, Revision, revise
from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.notes import xml_safe

UNNAMED_REVIEWER = "reviewer"


def revision_of(doc: ExportDocument) -> Revision:
    if doc.target is None:
        raise InputError("the document has no translation to revise")
    return revise(doc.target, doc.annotations)


def render_revised_txt(doc: ExportDocument, progress: Progress = no_progress) -> str:
    paragraphs = revision_of(doc).paragraphs()
    progress(1, 1)
    return PARAGRAPH_SEPARATOR.join(paragraphs) + "\n"


def render_revised_docx(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    import docx

    revision = revision_of(doc)
    document = docx.Document()
    document.core_properties.title = xml_safe(doc.title)
    # Word wants every change's and comment's id unique; python-docx numbers comments from 0,
    # one per insertion at most
    ids = count(len(revision.changes))
    total = len(revision.original)
    for index in range(total):
        paragraph = document.add_paragraph()
        for piece in revision.pieces(index):
            if piece.change is None:
                paragraph.add_run(xml_safe(piece.text))
            else:
                _track(document, paragraph, piece.change, ids, doc.date)
        progress(index + 1, total)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _track(document: Any, paragraph: Any, change: Change, ids: count, date: datetime) -> None:
    """The change as a deletion and an insertion, with its annotation as a comment."""
    from docx.text.run import Run

    annotation = change.annotation
    author = annotation.annotator or UNNAMED_REVIEWER
    when = (annotation.modified_at or date).strftime("%Y-%m-%dT%H:%M:%SZ")
    if change.old:
        paragraph._p.append(_revision_mark("w:del", "w:delText", change.old, author, when, ids))
    if not change.new:
        return
    inserted = _revision_mark("w:ins", "w:t", change.new, author, when, ids)
    paragraph._p.append(inserted)
    words = f"{annotation.category} ({annotation.severity})"
    if annotation.comment:
        words += f": {annotation.comment}"
    document.add_comment(Run(inserted[0], paragraph), text=xml_safe(words), author=author)


def _revision_mark(kind: str, text_tag: str, text: str, author: str, when: str, ids: count):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    mark = OxmlElement(kind, {qn("w:id"): str(next(ids)), qn("w:author"): author})
    mark.set(qn("w:date"), when)
    run = OxmlElement("w:r")
    words = OxmlElement(text_tag)
    words.set(qn("xml:space"), "preserve")
    words.text = xml_safe(text)
    run.append(words)
    mark.append(run)
    return mark


def render_revised_xliff(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    """The aligned text with the revised translation as each unit's target, and a note per
    applied fix; the reviewer's open errors are settled by the revision, so none is listed."""
    # here, not at the top: the app's preview of the revision needs neither lxml nor the
    # translate toolkit the XLIFF writer loads
    from lxml import etree

    from reader.export.xliff import NAMESPACE, render_xliff

    revision = revision_of(doc)
    assert doc.target is not None
    revised = replace(doc, target=SideText(doc.target.lang, revision.paragraphs()), annotations=())
    root = etree.fromstring(render_xliff(revised, progress))
    units = {unit.get("id"): unit for unit in root.iter(f"{{{NAMESPACE}}}trans-unit")}
    unit_of = _unit_of_paragraph(Layout(revised))
    for change in revision.changes:
        unit = units.get(unit_of.get(change.paragraph, ""))
        if unit is not None:
            note = etree.SubElement(unit, f"{{{NAMESPACE}}}note", {"from": "reviewer"})
            note.text = xml_safe(_note(change))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _unit_of_paragraph(layout: Layout) -> dict[int, str]:
    """The trans-unit id that holds each target paragraph (a paragraph added in translation
    joins its neighbour's unit, as render_xliff writes it)."""
    found: dict[int, str] = {}
    last = ""
    pending: list[int] = []
    for segment in layout.segments:
        if segment.bead.src:
            last = str(segment.index + 1)
            found.update(dict.fromkeys(pending, last))
            pending = []
            found.update(dict.fromkeys(segment.bead.tgt, last))
        else:
            pending.extend(segment.bead.tgt)
            if last:
                found.update(dict.fromkeys(pending, last))
                pending = []
    return found


def _note(change: Change) -> str:
    a = change.annotation
    reviewer = f" ({a.annotator})" if a.annotator else ""
    comment = f": {a.comment}" if a.comment else ""
    return f"revised «{change.old}» → «{change.new}», {a.category} {a.severity}{comment}{reviewer}"


def render_revised_preview(revision: Revision, title: str, anchor: str) -> str:
    """The revised translation as HTML for the app's preview: each change marked, the old
    words struck through before the fix, the annotation's comment as its tooltip, and the
    first change named `anchor` for the preview to scroll to."""
    parts = [f"<h3>{escape(title)}</h3>", f"<p><i>{_summary(revision)}</i></p>"]
    for index in range(len(revision.original)):
        pieces = []
        for piece in revision.pieces(index):
            if piece.change is None:
                pieces.append(escape(piece.text))
            else:
                if piece.change is revision.changes[0]:
                    pieces.append(f'<a name="{escape(anchor, True)}"></a>')
                pieces.append(_marked(piece.change))
        parts.append(f"<p>{''.join(pieces)}</p>")
    if revision.skipped:
        items = "".join(
            f"<li>#{a.id} «{escape(a.fix)}»: {escape(why)}</li>" for a, why in revision.skipped
        )
        parts.append(f"<p><b>Not applied:</b></p><ul>{items}</ul>")
    return "".join(parts)


def _summary(revision: Revision) -> str:
    applied = len(revision.changes)
    if not applied and not revision.skipped:
        return "No fix is accepted yet: accept fixes in the Annotations panel."
    return f"{applied} accepted fix(es) applied, {len(revision.skipped)} left out."


def _marked(change: Change) -> str:
    a = change.annotation
    tip = escape(f"{a.category} ({a.severity}){': ' + a.comment if a.comment else ''}", True)
    old = f'<s style="color:#b00020">{escape(change.old)}</s>' if change.old else ""
    new = f'<u style="color:#1b5e20">{escape(change.new)}</u>' if change.new else ""
    return f'<span title="{tip}">{old}{new}</span>'
