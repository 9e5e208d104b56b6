"""One flat record per error, shared by the tabular writers (CSV, TSV, Markdown)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.mqm import Annotation
from reader.export.layout import Layout

FIELDS = (
    "number",
    "row",  # the report's row: one paragraph bead, where both sides are meant
    "source_paragraph",  # the paragraph of each side the error is in, counted from 1
    "target_paragraph",
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
    row: int | None  # the report's row, one per paragraph bead; None for an orphan
    paragraphs: dict[str, int | None]  # per side, its paragraph's number, if it has a span
    annotation: Annotation

    def values(self) -> tuple[str, ...]:
        a = self.annotation
        return (
            str(self.number),
            _number(self.row),
            _number(self.paragraphs["source"]),
            _number(self.paragraphs["target"]),
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
        Record(
            n,
            None if index is None else index + 1,
            {role: layout.paragraph_number(a, role) for role in ("source", "target")},
            a,
        )
        for n, (index, a) in enumerate(layout.placed, 1)
    ]


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def _quote(annotation: Annotation, side: str) -> str:
    anchor = annotation.anchor_on(side)
    return anchor.exact if anchor else ""
