"""Re-import: a document's text replaced from changed files, its annotations re-anchored."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from reader.core import mqm
from reader.core.anchors import Anchor, reanchor
from reader.core.errors import InputError
from reader.services import anchoring
from reader.services.preparing import load_bilingual, prepare
from reader.store import annotations as rows
from reader.store import repository
from reader.store.engine import Session, Store


@dataclass(frozen=True)
class ReimportReport:
    document_id: int
    moved: int  # spans found again at a new place
    orphaned: tuple[mqm.Annotation, ...]  # every annotation now holding a span not found again


def reimport(
    store: Store, doc_id: int, path: Path, translation: Path | None = None
) -> ReimportReport:
    with store.transaction() as session:
        roles = anchoring.side_ids(session, doc_id)
        doc = repository.get_document(session, doc_id)
        assert doc is not None
        title = doc.title
    text, sources = load_bilingual(Path(path), translation and Path(translation), title)
    if "target" in roles and text.target is None:
        raise InputError(
            f"{Path(path).name} holds no translation; give it too, document {doc_id} has one"
        )
    # Aligning is the slow part: done before the transaction, which then only writes.
    prepared = prepare(text, sources)
    with store.transaction() as session:
        rows.hold_versions(session)  # first, as every change to annotations locks (no deadlock)
        repository.replace_text(session, doc_id, prepared)
        moved = _reanchor_all(session, doc_id)
        orphans = rows.for_document(session, doc_id, rows.Filter(orphaned=True))
    return ReimportReport(doc_id, moved, tuple(orphans))


def _reanchor_all(session: Session, doc_id: int) -> int:
    """Find every span's quote in the new text; mark those not found orphaned, never drop them."""
    texts = {role: side.text for role, side in anchoring.side_texts(session, doc_id).items()}
    moved = 0
    for annotation in rows.for_document(session, doc_id):
        assert annotation.id is not None
        for old in annotation.anchors:
            new = _follow(texts[old.side], old)
            if new != old:
                rows.update_anchor(session, annotation.id, new)
                moved += not new.orphaned
    return moved


def _follow(text: str, old: Anchor) -> Anchor:
    found = reanchor(text, old)
    if found is None:
        return replace(old, orphaned=True)  # keeps the old quote, to show what it was
    return replace(found, orphaned=False)
