"""What every writer reads: a document's two sides, its paragraph beads and its annotations.

The export layer sees core types only; the services build an ExportDocument from a DocumentView
and the annotation service's list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reader.core.document import Bead, SideText
from reader.core.mqm import WMT_WEIGHTS, Annotation, Weights

# Called with (done, total) as a writer works through the segments of a document.
Progress = Callable[[int, int], None]


def no_progress(_done: int, _total: int) -> None:
    """The default progress callback: nobody is watching."""


@dataclass(frozen=True)
class ExportDocument:
    title: str
    source: SideText
    target: SideText | None
    # Paragraph beads in reading order; a bead with no target paragraph is an omission.
    beads: tuple[Bead, ...]
    annotations: tuple[Annotation, ...] = ()
    doc_id: int | None = None
    author: str = ""
    origin: str = ""
    url: str = ""  # the document's address on the web, if it has one
    weights: Weights = WMT_WEIGHTS  # the library's MQM weights
    original: bytes = b""  # the XLIFF file it came from, for the export that writes into it
    # Who reviewed; empty means "whoever wrote the annotations".
    reviewers: tuple[str, ...] = ()
    date: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def reviewer_names(self) -> tuple[str, ...]:
        if self.reviewers:
            return self.reviewers
        return tuple(sorted({a.annotator for a in self.annotations if a.annotator}))

    def side(self, role: str) -> SideText | None:
        return self.source if role == "source" else self.target

    @property
    def urn(self) -> str:
        """A stable name for the document in exchange formats, where it has no URL."""
        return f"urn:x-reader:document:{self.doc_id if self.doc_id is not None else 0}"
