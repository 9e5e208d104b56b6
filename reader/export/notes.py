"""An annotation told in one line, for the note fields of TMX and XLIFF."""

from __future__ import annotations

from reader.core.mqm import Annotation


def note_text(number: int, annotation: Annotation) -> str:
    a = annotation
    parts = [f"#{number} {a.severity} {a.category}"]
    quotes = [f"{anchor.side}: «{anchor.exact}»" for anchor in a.anchors]
    if quotes:
        parts.append("; ".join(quotes))
    if a.fix:
        parts.append(f"fix: «{a.fix}»")
    if a.comment:
        parts.append(a.comment)
    if a.annotator:
        parts.append(f"({a.annotator})")
    return " — ".join(parts)
