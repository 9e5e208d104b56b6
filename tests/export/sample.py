"""A small bilingual document with hand-made annotations, shared by the export tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reader.core.anchors import anchor
from reader.core.document import Bead, SideText
from reader.core.mqm import Annotation
from reader.export.model import ExportDocument
from reader.services.library import Library

SOURCE = SideText(
    "en",
    (
        "The current order must change.",
        "Beijing and Moscow share a border.",
        "They trade oil and gas.",
        "This paragraph was left out.",
    ),
)
TARGET = SideText("zh", ("当前秩序必须改变。", "北京和莫斯科共享边界，他们买卖石油和天然气。"))
BEADS = (Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((3,), ()))
XSS = "<script>alert(1)</script>"
WHEN = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)


def _both(category: str, severity: str, src: str, tgt: str, **fields: Any) -> Annotation:
    s, t = SOURCE.text, TARGET.text
    anchors = []
    if src:
        anchors.append(anchor("source", s, s.index(src), s.index(src) + len(src)))
    if tgt:
        anchors.append(anchor("target", t, t.index(tgt), t.index(tgt) + len(tgt)))
    return Annotation(category, severity, tuple(anchors), created_at=WHEN, **fields)


def sample_annotations() -> tuple[Annotation, ...]:
    return (
        _both(
            "Accuracy/Mistranslation",
            "major",
            "share a border",
            "共享边界",
            comment=XSS,
            fix="接壤",
            annotator="Ann & Bo",
            id=1,
        ),
        _both("Fluency/Punctuation", "minor", "", "，他们", annotator="李华", id=2),
        _both(
            "Accuracy/Omission",
            "critical",
            "This paragraph was left out.",
            "",
            comment="整段漏译",
            annotator="李华",
            id=3,
        ),
        # Overlaps the first one on the target side.
        _both("Terminology/Inappropriate for context", "neutral", "", "莫斯科共享", id=4),
        _both("Style/Awkward", "minor", "current order", "当前秩序", comment="a | b\nc", id=5),
    )


def sample_document() -> ExportDocument:
    return ExportDocument(
        title="Russia & China <partners>",
        source=SOURCE,
        target=TARGET,
        beads=BEADS,
        annotations=sample_annotations(),
        doc_id=7,
        author="Allen Carlson",
        date=WHEN,
    )


def flag_samples(library: Library, doc_id: int) -> list[Annotation]:
    """Flag the sample annotations on a document through the annotation service."""
    return [
        library.annotations.flag(
            doc_id,
            a.category,
            a.severity,
            a.anchors,
            comment=a.comment,
            fix=a.fix,
            annotator=a.annotator,
        )
        for a in sample_annotations()
    ]
