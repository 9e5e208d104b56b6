"""What the services hand to the interfaces: frozen, Qt-free, database-free snapshots."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.document import Bead, Span


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    languages: tuple[str, ...]  # source first, e.g. ("en", "zh")
    paragraph_counts: tuple[int, ...]  # per side, in the same order
    author: str = ""
    source: str = ""


@dataclass(frozen=True)
class SideView:
    lang: str
    paragraphs: tuple[str, ...]
    # sentences[p] are the sentence spans of paragraph p, offsets in code points into it.
    sentences: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class DocumentView:
    id: int
    title: str
    source: SideView
    target: SideView | None
    # Paragraph beads in reading order; indices refer to source/target paragraphs.
    paragraph_beads: tuple[Bead, ...]
    # Sentence beads; indices count sentences over each whole side, in reading order.
    sentence_beads: tuple[Bead, ...] = ()
    author: str = ""
    origin: str = ""
