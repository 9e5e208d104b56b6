"""One flat record per error, shared by the tabular writers (CSV, TSV, Markdown)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.mqm import Annotation
from reader.export.layout import Layout

FIELDS = (
    "number",
    "paragraph",
    "source",
    "target",
    "category",
    "severity",
    "comment",
    "fix",
    "annotator",
    "status",
    "time",
)


@dataclass(frozen=True)
class Record:
    number: int  # as in the HTML report
    paragraph: int | None  # the report's ¶ number: one per paragraph bead; None for an orphan
    annotation: Annotation

    def values(self) -> tuple[str, ...]:
        a = self.annotation
        return (
            str(self.number),
            "" if self.paragraph is None else str(self.paragraph),
            _quote(a, "source"),
            _quote(a, "target"),
            a.category,
            a.severity,
            a.comment,
            a.fix,
            a.annotator,
            a.status,
            a.created_at.isoformat(timespec="seconds") if a.created_at else "",
        )


def records(layout: Layout) -> list[Record]:
    return [
        Record(n, None if index is None else index + 1, a)
        for n, (index, a) in enumerate(layout.placed, 1)
    ]


def _quote(annotation: Annotation, side: str) -> str:
    anchor = annotation.anchor_on(side)
    return anchor.exact if anchor else ""
