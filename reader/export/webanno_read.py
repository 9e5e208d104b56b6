"""Read annotations back from W3C Web Annotation JSON, ours or another tool's.

Other tools write what the model allows, not what we write: a quote or a position alone, a
target given as a plain IRI, no MQM body at all, "Major" for major. Each item is read on its
own; one that cannot be read is listed with the reason, and the rest are kept.

An anchor read here may be partial, for the merge to complete against the document's text:
a quote alone has no position (start and end 0), a position alone has no quote (exact ""),
and a plain IRI targets the whole side (end WHOLE_SIDE).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reader.core.anchors import Anchor
from reader.core.errors import InputError
from reader.core.mqm import SEVERITIES, STATUSES, Annotation, find_category
from reader.core.text import script_of
from reader.export.webanno import FIX_ACCEPTED_TAG, PURPOSES, STATUS_TAG

ROLES = ("source", "target")
WHOLE_SIDE = -1  # an anchor's end when the target is a whole side
UNCLASSIFIED = ("Other", "neutral")  # no category given: a remark, with no penalty


@dataclass(frozen=True)
class Incoming:
    annotations: list[Annotation]
    refused: list[str] = field(default_factory=list)  # "item 3: why", one per bad item


def read_webanno(text: str, languages: dict[str, str] | None = None) -> Incoming:
    """The annotations of a collection, a page, a list or a single annotation (without ids).

    `languages` ({"source": "en", "target": "zh"}) places a quote whose target IRI names
    neither side on the side written in its script.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg} at line {error.lineno}") from error
    except RecursionError as error:
        raise InputError("not annotations: the JSON is nested too deep to read") from error
    incoming = Incoming([])
    for number, item in enumerate(_items(data), 1):
        try:
            incoming.annotations.append(_annotation(item, number, languages or {}))
        except InputError as error:
            incoming.refused.append(_one_line(str(error)))
        except (TypeError, ValueError, OverflowError, RecursionError, AttributeError) as error:
            incoming.refused.append(_one_line(f"item {number}: not readable ({error})"))
    return incoming


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise InputError("not a Web Annotation document")
    if data.get("type") == "AnnotationCollection":
        page = data.get("first") or {}
        items = page.get("items", []) if isinstance(page, dict) else []
    elif data.get("type") == "AnnotationPage":
        items = data.get("items", [])
    else:
        return [data]
    return items if isinstance(items, list) else [items]


def _annotation(item: Any, number: int, languages: dict[str, str]) -> Annotation:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise InputError(f"item {number} is not an Annotation")
    fields = _fields(item, number)
    creator = item.get("creator")
    targets = _as_list(item.get("target"))
    if not targets:
        raise InputError(f"item {number}: no target")
    anchors = tuple(_anchor(target, number, languages) for target in targets)
    try:
        return Annotation(
            anchors=anchors,
            annotator=str(creator.get("name", "")) if isinstance(creator, dict) else "",
            created_at=_time(item.get("created")),
            modified_at=_time(item.get("modified")),
            **fields,
        )
    except (ValueError, TypeError, KeyError) as error:
        raise InputError(f"item {number}: {error}") from error


def _fields(item: dict[str, Any], number: int) -> dict[str, Any]:
    """Category, severity, comment, fix and status from the bodies; free text is a comment."""
    found: dict[str, Any] = {"status": "open", "fix_accepted": False}
    comments = [str(item["bodyValue"])] if isinstance(item.get("bodyValue"), str) else []
    for body in _as_list(item.get("body")):
        if not isinstance(body, dict):
            continue  # a body given by IRI is a resource elsewhere, not words of the review
        purpose, value = body.get("purpose"), str(body.get("value", ""))
        if purpose == "tagging" and value.startswith(STATUS_TAG):
            status = value.removeprefix(STATUS_TAG).lower()
            found["status"] = status if status in STATUSES else "open"
        elif purpose == "tagging" and value == FIX_ACCEPTED_TAG:
            found["fix_accepted"] = True
        elif purpose in PURPOSES and PURPOSES[purpose] != "comment":
            found[PURPOSES[purpose]] = value
        elif value and purpose != "tagging":  # commenting, describing, or no purpose
            comments.append(value)
    found["comment"] = "\n".join(comments)
    category, severity = found.get("category", ""), found.get("severity", "")
    try:
        found["category"] = find_category(category) if category else UNCLASSIFIED[0]
    except InputError as error:
        raise InputError(f"item {number}: {error}") from error
    found["severity"] = severity.strip().lower() or UNCLASSIFIED[1]
    if found["severity"] not in SEVERITIES:
        raise InputError(f"item {number}: unknown severity {severity!r}")
    return found


def _anchor(target: Any, number: int, languages: dict[str, str]) -> Anchor:
    if isinstance(target, str):  # a plain IRI: the whole resource
        return Anchor(_role(target, "", number, languages), 0, WHOLE_SIDE, "")
    if not isinstance(target, dict):
        raise InputError(f"item {number}: a target is neither an IRI nor an object")
    source = str(target.get("source", ""))
    selectors = {s.get("type"): s for s in _as_list(target.get("selector")) if isinstance(s, dict)}
    quote, position = selectors.get("TextQuoteSelector"), selectors.get("TextPositionSelector")
    exact = str(quote.get("exact", "")) if quote else ""
    role = _role(source, exact, number, languages)
    if quote is None and position is None:
        return Anchor(role, 0, WHOLE_SIDE, "")
    try:
        start, end = (int(position["start"]), int(position["end"])) if position else (0, 0)
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(f"item {number}: bad position selector ({error})") from error
    if position and not 0 <= start <= end:
        raise InputError(f"item {number}: a position selector ends before it starts")
    prefix = str(quote.get("prefix", "")) if quote else ""
    suffix = str(quote.get("suffix", "")) if quote else ""
    return Anchor(role, start, end, exact, prefix, suffix)


def _role(iri: str, exact: str, number: int, languages: dict[str, str]) -> str:
    """The side a target IRI names: ours end in ":source" or ":target" (or "#source"...); any
    other is placed by the script of its quote."""
    for mark in (":", "#"):
        role = iri.rsplit(mark, 1)[-1] if mark in iri else ""
        if role in ROLES:
            return role
    script = script_of(exact) if exact else None
    sides = [role for role, lang in languages.items() if lang == script]
    if len(sides) == 1:
        return sides[0]
    raise InputError(f"item {number}: target {iri!r} names neither side of this document")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _time(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None
