"""What the services hand to the interfaces: frozen, Qt-free, database-free snapshots."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from reader.core import mqm
from reader.core.anchors import Anchor
from reader.core.checks.model import Finding
from reader.core.document import Bead, Mark, Span
from reader.core.word_list import SavedWord


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str
    languages: tuple[str, ...]  # source first, e.g. ("en", "zh")
    paragraph_counts: tuple[int, ...]  # per side, in the same order
    author: str = ""
    source: str = ""
    line_reading: str | None = None  # after an import: how single line breaks were read
    notices: tuple[str, ...] = ()  # after an import: what the user should know of it


@dataclass(frozen=True)
class SideView:
    lang: str
    paragraphs: tuple[str, ...]
    # sentences[p] are the sentence spans of paragraph p, offsets in code points into it.
    sentences: tuple[tuple[Span, ...], ...]
    # marks[p] are paragraph p's marks (bold, inline codes…); empty when the side has none.
    marks: tuple[tuple[Mark, ...], ...] = ()

    def marks_of(self, paragraph: int) -> tuple[Mark, ...]:
        return self.marks[paragraph] if self.marks else ()


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
    url: str = ""  # its address on the web, if the reader gave one
    # One more with every change to the alignment: an edit made on an older one is refused.
    alignment_version: int = 0


@dataclass(frozen=True)
class Occurrence:
    """A candidate for the same flag: the phrase, its rendering, or both within one bead."""

    document_id: int
    bead: int  # index of the paragraph bead (the row of the parallel view)
    anchors: tuple[Anchor, ...]
    flagged: bool  # an annotation already covers one of these spans


@dataclass(frozen=True)
class DocumentScore:
    """MQM penalties of the whole document and of each source paragraph, in order.

    An addition in a translated paragraph that has no source paragraph counts only in `total`.
    """

    total: mqm.MqmScore
    paragraphs: tuple[mqm.MqmScore, ...]


class Added(NamedTuple):
    word: SavedWord
    new: bool  # False when the same word and sentence were already in the list


@dataclass(frozen=True)
class CheckedFinding:
    """What an automatic check found, and whether an annotation already flags that span."""

    finding: Finding
    flagged: bool = False
    dismissed: bool = False  # a reviewer dismissed it, or allowed its text everywhere
