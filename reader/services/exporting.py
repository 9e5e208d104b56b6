"""Exports of a document with its annotations, and the imports that read exports back.

The writers in reader.export work on plain data; this module gathers that data from the
library and the annotation service, writes files whole or not at all, and stores what the
imports read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.anchors import Anchor, anchor, reanchor
from reader.core.document import PreparedDocument, SideSource, SideText, Span
from reader.core.errors import InputError
from reader.core.mqm import Annotation
from reader.core.revision import Revision
from reader.core.sentences import split_sentences
from reader.export.atomic import write_atomic
from reader.export.formats import FORMATS
from reader.export.model import ExportDocument, Progress, no_progress
from reader.services import anchoring
from reader.services.library import Library
from reader.services.preparing import read_bytes
from reader.services.views import DocumentSummary, SideView
from reader.store import annotations as annotation_rows
from reader.store import repository


@dataclass(frozen=True)
class ExportFormat:
    name: str
    suffix: str
    description: str


@dataclass(frozen=True)
class MergeReport:
    added: int
    duplicates: int  # already in the document, or twice in the file
    not_found: int  # their quoted text is not in this document
    refused: tuple[str, ...] = ()  # items that could not be read: "item 3: why"


def formats() -> list[ExportFormat]:
    """The formats `export_document` writes, for menus and `--format` choices."""
    return [ExportFormat(f.name, f.suffix, f.description) for f in FORMATS.values()]


def format_for(path: Path) -> str | None:
    """The format a file name asks for by its suffix, if one does."""
    suffix = path.suffix.lower()
    aliases = {".htm": "html", ".markdown": "md", ".xliff": "xliff", ".jsonld": "json"}
    # WMT's .tsv, the revised translation's .txt, .docx and .xlf, and the XLIFF written back
    # are asked for by name
    by_suffix = {
        f.suffix: f.name
        for f in FORMATS.values()
        if f.name not in ("wmt", "xliff-back") and not f.name.startswith("revised-")
    }
    return by_suffix.get(suffix) or aliases.get(suffix)


def export_data(
    library: Library,
    doc_id: int,
    reviewers: tuple[str, ...] = (),
    annotators: tuple[str, ...] = (),
) -> ExportDocument:
    """Everything a writer needs about one document, read in one go; with `annotators`, only
    their annotations (the adjudicated set: core.adjudication.ADJUDICATED)."""
    view = library.load_document(doc_id)
    annotations = library.annotations.for_document(doc_id)
    if annotators:
        annotations = [a for a in annotations if a.annotator in annotators]
    return ExportDocument(
        title=view.title,
        source=_side_text(view.source),
        target=_side_text(view.target) if view.target else None,
        beads=view.paragraph_beads,
        annotations=tuple(annotations),
        doc_id=view.id,
        author=view.author,
        origin=view.origin,
        url=view.url,
        weights=library.mqm_weights(),
        reviewers=reviewers,
    )


def export_document(
    library: Library,
    doc_id: int,
    fmt: str,
    path: Path,
    *,
    reviewers: tuple[str, ...] = (),
    annotators: tuple[str, ...] = (),
    progress: Progress = no_progress,
) -> Path:
    """Write the document in a format; a failure leaves any earlier file at `path` untouched."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    path = Path(path)
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such folder")
    doc = export_data(library, doc_id, reviewers, annotators)
    if doc.target is None and fmt in ("tmx", "xliff"):
        raise InputError(f"document {doc_id} has no translation to align")
    if fmt == "xliff-back":
        original = library.original_file(doc_id)
        if original is None:
            raise InputError(f"document {doc_id} was not imported from an XLIFF file")
        doc = replace(doc, original=original[1])
    write_atomic(path, FORMATS[fmt].encode(doc, progress))
    return path


def revision(library: Library, doc_id: int) -> Revision:
    """The document's translation with the accepted fixes applied, for a preview."""
    from reader.export.revised import revision_of

    return revision_of(export_data(library, doc_id))


FIRST_CHANGE = "first-change"  # where the revised translation's preview scrolls to


def revised_preview(library: Library, doc_id: int) -> str:
    """The revised translation as HTML with its changes marked, for a preview pane."""
    from reader.export.revised import render_revised_preview, revision_of

    doc = export_data(library, doc_id)  # read once: its title and its revision
    return render_revised_preview(revision_of(doc), doc.title, FIRST_CHANGE)


def html_preview(
    library: Library,
    doc_id: int,
    reviewers: tuple[str, ...] = (),
    annotators: tuple[str, ...] = (),
) -> str:
    """The HTML report as a string, for a preview pane."""
    from reader.export.html import render_html  # Jinja2 loads only when a report is made

    return render_html(export_data(library, doc_id, reviewers, annotators))


def import_tmx(
    library: Library, path: Path, title: str | None = None, script: str = "simplified"
) -> DocumentSummary:
    """A TMX file as a new document: each translation unit is one paragraph bead, and the
    annotations our own export kept in it come back. `script` chooses between Chinese
    variants (zh-Hans, zh-Hant) when the file has both."""
    from reader.export.tmx_read import read_tmx  # translate-toolkit loads only when needed

    if script not in ("simplified", "traditional"):
        raise InputError(f"unknown script {script!r} (simplified or traditional)")
    path = Path(path)
    aligned = read_tmx(read_bytes(path), path.stem, script)  # type: ignore[arg-type]
    text = replace(aligned.text, title=title) if title else aligned.text
    assert text.target is not None  # read_tmx insists on two languages
    source = SideSource(str(path), "utf-8")
    prepared = PreparedDocument(
        text,
        {"source": _sentences(text.source), "target": _sentences(text.target)},
        aligned.beads,
        sources={"source": source, "target": source},
    )
    # The library owns documents; this stores one through its transaction, as its imports do.
    with library.store.transaction() as session:
        doc = repository.add_document(session, prepared)
        for annotation in aligned.annotations:
            anchors = anchoring.checked(session, doc.id, annotation.anchors)
            annotation_rows.add(session, doc.id, replace(annotation, anchors=anchors))
        return DocumentSummary(
            id=doc.id,
            title=doc.title,
            languages=(text.source.lang, text.target.lang),
            paragraph_counts=(len(text.source.paragraphs), len(text.target.paragraphs)),
            notices=(*aligned.notices, *_restored(len(aligned.annotations))),
        )


def _restored(count: int) -> tuple[str, ...]:
    return (f"brought back {count} annotations kept in the file",) if count else ()


def merge_annotations(library: Library, doc_id: int, path: Path) -> MergeReport:
    """Add another reviewer's (or another tool's) Web Annotation JSON to a document.

    Spans are found again by their quotes, so an export of a slightly different version of
    the text still lands in the right place; a quote alone is found by itself, a position
    alone read from the text. An annotation already present is skipped, and an item that
    cannot be read is listed while the others are added, in one transaction.
    """
    from reader.export.webanno_read import read_webanno  # loads only when needed

    text = read_bytes(Path(path)).decode("utf-8-sig", errors="replace")
    with library.store.transaction() as session:
        sides = anchoring.side_texts(session, doc_id)
        incoming = read_webanno(text, {role: side.lang for role, side in sides.items()})
        texts = {role: side.text for role, side in sides.items()}
        seen = {_identity(a) for a in annotation_rows.for_document(session, doc_id)}
        added = duplicates = not_found = 0
        for annotation in incoming.annotations:
            anchors = _found_again(annotation.anchors, texts)
            if anchors is None:
                not_found += 1
                continue
            found = replace(annotation, anchors=anchors, id=None, document_id=doc_id)
            if _identity(found) in seen:
                duplicates += 1
                continue
            seen.add(_identity(found))
            checked = anchoring.checked(session, doc_id, found.anchors)
            annotation_rows.add(session, doc_id, replace(found, anchors=checked))
            added += 1
    return MergeReport(added, duplicates, not_found, tuple(incoming.refused))


def _side_text(side: SideView) -> SideText:
    return SideText(side.lang, side.paragraphs)


def _sentences(side: SideText) -> tuple[tuple[Span, ...], ...]:
    return tuple(tuple(split_sentences(p, side.lang)) for p in side.paragraphs)


def _found_again(anchors: tuple[Anchor, ...], texts: dict[str, str]) -> tuple[Anchor, ...] | None:
    found = []
    for old in anchors:
        text = texts.get(old.side)
        new = _located(text, old) if text is not None and not old.orphaned else None
        if new is None:
            return None
        found.append(new)
    return tuple(found) or None


def _located(text: str, old: Anchor) -> Anchor | None:
    """The anchor in this text: by its quote if it has one, else by its position (a whole
    side when the annotation targeted the side itself)."""
    from reader.export.webanno_read import WHOLE_SIDE

    if old.exact:
        return reanchor(text, old)
    end = len(text) if old.end == WHOLE_SIDE else old.end
    if end > len(text) or old.start >= end:
        return None
    return anchor(old.side, text, old.start, end)


def _identity(a: Annotation) -> tuple[object, ...]:
    """What makes two annotations the same error; times and status do not."""
    spans = tuple(sorted((x.side, x.start, x.end, x.exact) for x in a.anchors))
    return (a.category, a.severity, a.comment, a.fix, a.annotator, spans)
