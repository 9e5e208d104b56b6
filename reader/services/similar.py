"""Find similar: wherever else an annotation's phrase or rendering occurs, and flag those."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import zip_longest

from reader.core import mqm
from reader.core.anchors import Anchor, anchor
from reader.core.document import Bead, SideText
from reader.core.phrases import find_phrase
from reader.services import anchoring
from reader.services.views import Occurrence
from reader.store import annotations as rows
from reader.store import repository
from reader.store.engine import Session, Store


def find(store: Store, original: mqm.Annotation, whole_library: bool) -> list[Occurrence]:
    phrases = {a.side: a.exact for a in original.anchors if not a.orphaned}
    found: list[Occurrence] = []
    with store.transaction() as session:
        doc_ids = [original.document_id] if not whole_library else _all_ids(session)
        for doc_id in doc_ids:
            assert doc_id is not None
            sides = anchoring.side_texts(session, doc_id)
            beads = repository.beads(session, doc_id, "paragraph")
            taken = [a for other in rows.for_document(session, doc_id) for a in other.anchors]
            for index, anchors in _matches(sides, beads, phrases):
                if doc_id == original.document_id and _overlaps(anchors, original.anchors):
                    continue
                found.append(Occurrence(doc_id, index, anchors, _overlaps(anchors, taken)))
    return found


def flag(
    store: Store, original: mqm.Annotation, chosen: Sequence[Occurrence]
) -> list[mqm.Annotation]:
    template = replace(original, id=None, status="open", created_at=None, modified_at=None)
    with store.transaction() as session:
        return [
            rows.add(
                session,
                occurrence.document_id,
                replace(
                    template,
                    document_id=occurrence.document_id,
                    anchors=anchoring.checked(session, occurrence.document_id, occurrence.anchors),
                ),
            )
            for occurrence in chosen
        ]


def _all_ids(session: Session) -> list[int]:
    return [doc.id for doc, _ in repository.document_rows(session)]


def _matches(
    sides: dict[str, SideText], beads: Sequence[Bead], phrases: dict[str, str]
) -> Iterator[tuple[int, tuple[Anchor, ...]]]:
    """Per bead, the phrase's hits paired in order with the rendering's hits."""
    searched = {
        role: (side, side.text, side.paragraph_starts())
        for role, side in sides.items()
        if role in phrases
    }
    for index, bead in enumerate(beads):
        hits = [
            _hits(role, *searched[role], indices, phrases[role]) if role in searched else []
            for role, indices in (("source", bead.src), ("target", bead.tgt))
        ]
        for pair in zip_longest(*hits):
            yield index, tuple(a for a in pair if a is not None)


def _hits(
    role: str, side: SideText, text: str, starts: list[int], indices: Sequence[int], phrase: str
) -> list[Anchor]:
    return [
        anchor(role, text, starts[p] + span.start, starts[p] + span.end)
        for p in indices
        for span in find_phrase(side.paragraphs[p], phrase)
    ]


def _overlaps(anchors: Sequence[Anchor], others: Sequence[Anchor]) -> bool:
    return any(
        a.side == o.side and a.start < o.end and o.start < a.end and not o.orphaned
        for a in anchors
        for o in others
    )
