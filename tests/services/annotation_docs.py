"""A small bilingual document with known words and beads, stored without running the aligner."""

from __future__ import annotations

from reader.core.document import Bead, BilingualText, PreparedDocument, SideText, Span
from reader.store import repository
from reader.store.engine import Store

ENGLISH = (
    "Even for those who have a stake in the current order, the current order must change.",
    "The Current Order is not a purchase order.",
    "This paragraph was left out.",
)
CHINESE = (
    "即使对那些在当前订单中有利害关系的人来说，当前订单也必须改变。",
    "当前订单不是采购订单。",
)
# Bead 2 is 1-0: the third English paragraph has no translation.
BEADS = (Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), ()))


def prepared(english=ENGLISH, chinese=CHINESE, beads=BEADS, title="Order") -> PreparedDocument:
    text = BilingualText(title, SideText("en", tuple(english)), SideText("zh", tuple(chinese)))
    sentences = {
        "source": tuple((Span(0, len(p)),) for p in english),
        "target": tuple((Span(0, len(p)),) for p in chinese),
    }
    return PreparedDocument(text, sentences, tuple(beads))


def add_documents(url: str, *documents: PreparedDocument) -> list[int]:
    store = Store(url)
    try:
        with store.transaction() as session:
            return [repository.add_document(session, doc).id for doc in documents]
    finally:
        store.close()
