"""Sentence splitting for English and Chinese, as code-point spans into the paragraph."""

from __future__ import annotations

import re

from reader.core.document import Span

_ZH_END = re.compile(r"[。！？!?；;…]+[”’」』）)\"']*")
_EN_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")


def split_sentences(text: str, lang: str) -> list[Span]:
    pattern = _ZH_END if lang == "zh" else _EN_END
    spans, start = [], 0
    for match in pattern.finditer(text):
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span.end > span.start]


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
