"""Checking spans against a document's stored text, inside a caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from reader.core.anchors import Anchor, anchor
from reader.core.document import SideText
from reader.core.errors import InputError
from reader.store import annotations as rows
from reader.store.engine import Session  # the type the store's transactions hand out


def side_ids(session: Session, doc_id: int) -> dict[str, int]:
    sides = rows.side_ids(session, doc_id)
    if not sides:
        raise InputError(f"no document with id {doc_id}")
    return sides


def side_texts(session: Session, doc_id: int) -> dict[str, SideText]:
    return {role: rows.side_text(session, i) for role, i in side_ids(session, doc_id).items()}


def side_text(session: Session, doc_id: int, side: str) -> SideText:
    sides = side_ids(session, doc_id)
    if side not in sides:
        raise InputError(f"document {doc_id} has no {side} side")
    return rows.side_text(session, sides[side])


def checked(session: Session, doc_id: int, anchors: Sequence[Anchor]) -> tuple[Anchor, ...]:
    """The anchors re-read from the stored text, or InputError saying what is wrong."""
    if not anchors:
        raise InputError("an annotation needs a span on the source side, the target side or both")
    if len({a.side for a in anchors}) != len(anchors):
        raise InputError("an annotation has at most one span per side")
    return tuple(_checked(session, doc_id, a) for a in anchors)


def _checked(session: Session, doc_id: int, given: Anchor) -> Anchor:
    text = side_text(session, doc_id, given.side).text
    if given.orphaned:  # restored as it was: it points into a text that is gone
        return given
    if not 0 <= given.start < given.end <= len(text):
        raise InputError(f"span {given.start}-{given.end} is outside the {given.side} text")
    fresh = anchor(given.side, text, given.start, given.end)
    if given.exact and given.exact != fresh.exact:
        raise InputError(f"the {given.side} text at {given.start} does not read {given.exact!r}")
    return fresh
