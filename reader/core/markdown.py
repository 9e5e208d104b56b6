"""Markdown to reading text: the words a reader sees, without the markup.

Parsed by markdown-it-py (CommonMark), whose parser runs in linear time whatever the input, so
a hostile file of a million "[" or "**a " costs no more than prose of that size.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SKIPPED = {"image", "html_inline"}  # no words of the text


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here: commands that read no Markdown start faster

    return MarkdownIt("commonmark", {"html": True})


def markdown_to_text(source: str) -> str:
    """The text's blocks (headings, paragraphs, list items, quotations) one to a paragraph,
    blank lines between; code blocks, HTML and rules are no prose and are left out."""
    blocks = [_inline(token.children or []) for token in _parser().parse(source)
              if token.type == "inline"]  # fmt: skip
    return "\n\n".join(block for block in blocks if block.strip())


def _inline(children: list[Token]) -> str:
    text = ""
    for child in children:
        if child.type in ("text", "code_inline"):
            text += child.content
        elif child.type in ("softbreak", "hardbreak"):
            text += _glue(text)
        elif child.type not in _SKIPPED and child.children:
            text += _inline(child.children)
    return text.strip()


def _glue(before: str) -> str:
    """A line break inside a paragraph: a space between words, nothing after a Chinese
    character (the next one follows it directly)."""
    return "" if before and _HAN.match(before[-1]) else " "
