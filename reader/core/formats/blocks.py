"""The text blocks of an HTML or XHTML tree: headings, paragraphs, list items, cells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# Elements that start a block of their own; text directly inside any other element runs on.
BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "dd", "div", "dt"),
        *("figcaption", "footer", "header", "li", "main", "nav", "p", "pre", "section"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "td", "th"),
    }
)
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "title"})
_SPACE = re.compile(r"\s+")
_HAN = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# Where a mark opens and closes in text being read (core.formats.marked): tidy() sees past them
OPEN, CLOSE = "\ue000", "\ue001"
_SPACE_IN_HAN = re.compile(rf"(?<=[{_HAN}])([{OPEN}{CLOSE}]*) (?=[{OPEN}{CLOSE}]*[{_HAN}])")


def tidy(text: str) -> str:
    """One line: whitespace runs as one space, none between Chinese characters (a line break
    in the source between two characters is no space on screen)."""
    return _SPACE_IN_HAN.sub(r"\1", _SPACE.sub(" ", text).strip())


def text_blocks(root: Any) -> Iterator[str]:  # root: an lxml element
    """Each innermost block's text, in document order; blocks nested in blocks are split."""
    pending: list[str] = []
    for piece in _walk(root):
        if piece is None:
            block = tidy("".join(pending))
            if block:
                yield block
            pending = []
        else:
            pending.append(piece)
    block = tidy("".join(pending))
    if block:
        yield block


def _walk(element: Any) -> Iterator[str | None]:
    """Text pieces, with None wherever a block starts or ends."""
    tag = _local_name(element)
    if tag in _SKIPPED:
        yield from _tail(element)
        return
    block = tag in BLOCKS
    if block:
        yield None
    if tag == "br":
        yield " "
    if isinstance(element.text, str) and tag != "comment":
        yield element.text
    for child in element:
        yield from _walk(child)
    if block:
        yield None
    yield from _tail(element)


def _tail(element: Any) -> Iterator[str]:
    if isinstance(element.tail, str):
        yield element.tail


def _local_name(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):  # a comment or a processing instruction
        return "comment"
    return tag.rsplit("}", 1)[-1].lower()
