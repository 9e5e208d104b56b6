"""An annotation told in one line, for the note fields of TMX and XLIFF."""

from __future__ import annotations

import re

from reader.core.mqm import Annotation

# Characters XML 1.0 cannot hold: the C0 controls but tab, line feed and carriage return, and
# the non-characters U+FFFE and U+FFFF. Lone surrogates cannot reach here: decoding refuses them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text an XML export can hold: a control character is shown by its picture (ESC as ␛),
    so that the reader sees something was there, instead of the export failing or the
    character vanishing."""
    return _NOT_XML.sub(_picture, text)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


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
    return xml_safe(" — ".join(parts))
