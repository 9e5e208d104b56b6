"""Read annotations back from W3C Web Annotation JSON, ours or another reviewer's."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from reader.core.anchors import Anchor
from reader.core.errors import InputError
from reader.core.mqm import Annotation
from reader.export.webanno import FIX_ACCEPTED_TAG, PURPOSES, STATUS_TAG

ROLES = ("source", "target")


def read_webanno(text: str) -> list[Annotation]:
    """Annotations (without ids) from a collection, a page, a list or a single annotation."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg} at line {error.lineno}") from error
    except RecursionError as error:
        raise InputError("not annotations: the JSON is nested too deep to read") from error
    try:
        return [_annotation(item, n) for n, item in enumerate(_items(data), 1)]
    except (TypeError, ValueError, OverflowError, RecursionError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(f"not annotations this program can read: {error}") from error


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise InputError("not a Web Annotation document")
    if data.get("type") == "AnnotationCollection":
        page = data.get("first") or {}
        return page.get("items", []) if isinstance(page, dict) else []
    if data.get("type") == "AnnotationPage":
        return data.get("items", [])
    return [data]


def _annotation(item: Any, number: int) -> Annotation:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise InputError(f"item {number} is not an Annotation")
    fields = {"category": "", "severity": "", "comment": "", "fix": "", "status": "open"}
    accepted = False
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue
        purpose, value = body.get("purpose"), str(body.get("value", ""))
        if purpose in PURPOSES:
            fields[PURPOSES[purpose]] = value
        elif purpose == "tagging" and value.startswith(STATUS_TAG):
            fields["status"] = value.removeprefix(STATUS_TAG)
        elif purpose == "tagging" and value == FIX_ACCEPTED_TAG:
            accepted = True
    creator = item.get("creator")
    anchors = tuple(_anchor(target, number) for target in _as_list(item.get("target")))
    try:
        return Annotation(
            anchors=anchors,
            annotator=str(creator.get("name", "")) if isinstance(creator, dict) else "",
            created_at=_time(item.get("created")),
            modified_at=_time(item.get("modified")),
            fix_accepted=accepted,
            **fields,
        )
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(f"annotation {number}: {error}") from error


def _anchor(target: Any, number: int) -> Anchor:
    source = str(target.get("source", "")) if isinstance(target, dict) else ""
    role = source.rsplit(":", 1)[-1]
    if role not in ROLES:
        raise InputError(f"annotation {number}: target {source!r} names neither side")
    selectors = {s.get("type"): s for s in _as_list(target.get("selector")) if isinstance(s, dict)}
    quote, position = selectors.get("TextQuoteSelector"), selectors.get("TextPositionSelector")
    if quote is None or position is None:
        raise InputError(f"annotation {number}: needs a quote and a position selector")
    try:
        return Anchor(
            role,
            int(position["start"]),
            int(position["end"]),
            str(quote["exact"]),
            str(quote.get("prefix", "")),
            str(quote.get("suffix", "")),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"annotation {number}: bad selector ({error})") from error


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
