"""Annotations as W3C Web Annotation JSON-LD: an AnnotationCollection with one page.

Each annotation targets one or both sides of the document, each with a TextQuoteSelector and a
TextPositionSelector (code points into the side's text, paragraphs joined by a blank line).
Category, severity, comment and fix are TextualBody items told apart by their purpose.
"""

from __future__ import annotations

import json
from typing import Any

from reader.core.mqm import Annotation
from reader.export.model import ExportDocument, Progress, no_progress

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Body purposes (from the model's Motivation vocabulary) and what they carry here.
PURPOSES = {
    "classifying": "category",
    "assessing": "severity",
    "commenting": "comment",
    "editing": "fix",
}
STATUS_TAG = "status:"  # a "tagging" body such as "status:resolved"
FIX_ACCEPTED_TAG = "fix:accepted"  # the reviewer accepted the fix for the revised translation


def side_iri(doc: ExportDocument, role: str) -> str:
    """The side's name: on the document's web address when it has one, so that the
    annotations point at a page anyone can open."""
    return f"{doc.url}#{role}" if doc.url else f"{doc.urn}:{role}"


def render_webanno(doc: ExportDocument, progress: Progress = no_progress) -> str:
    items = [_item(doc, n, a) for n, a in enumerate(doc.annotations, 1)]
    progress(len(items), len(items))
    collection = {
        "@context": CONTEXT,
        "id": f"{doc.urn}:annotations",
        "type": "AnnotationCollection",
        "label": doc.title,
        "total": len(items),
        "generator": {"type": "Software", "name": "reader"},
        "generated": doc.date.isoformat(timespec="seconds"),
        "first": {
            "id": f"{doc.urn}:annotations:page1",
            "type": "AnnotationPage",
            "partOf": f"{doc.urn}:annotations",
            "startIndex": 0,
            "items": items,
        },
    }
    # Compact: with indent the json module falls back to its slow pure-Python encoder.
    return json.dumps(collection, ensure_ascii=False) + "\n"


def _item(doc: ExportDocument, number: int, a: Annotation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"{doc.urn}:annotation:{a.id if a.id is not None else number}",
        "type": "Annotation",
        "motivation": "assessing",
    }
    if a.annotator:
        item["creator"] = {"type": "Person", "name": a.annotator}
    if a.created_at:
        item["created"] = a.created_at.isoformat()
    if a.modified_at:
        item["modified"] = a.modified_at.isoformat()
    values = {"category": a.category, "severity": a.severity, "comment": a.comment, "fix": a.fix}
    item["body"] = [
        _body(purpose, values[field], doc.target.lang if field == "fix" and doc.target else None)
        for purpose, field in PURPOSES.items()
        if values[field]
    ] + [_body("tagging", STATUS_TAG + a.status)]
    if a.fix_accepted:
        item["body"].append(_body("tagging", FIX_ACCEPTED_TAG))
    item["target"] = [
        {
            "source": side_iri(doc, anchor.side),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": anchor.exact,
                    "prefix": anchor.prefix,
                    "suffix": anchor.suffix,
                },
                {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
            ],
        }
        for anchor in a.anchors
    ]
    return item


def _body(purpose: str, value: str, language: str | None = None) -> dict[str, str]:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    if language:
        body["language"] = language
    return body
