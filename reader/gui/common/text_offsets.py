"""From Qt's text positions (UTF-16 code units) to the code-point offsets the services use."""

from __future__ import annotations

from typing import NamedTuple

from reader.core.document import PARAGRAPH_SEPARATOR


class ParagraphSpan(NamedTuple):
    paragraph: int  # index into the side's paragraphs
    start: int  # code points within that paragraph
    end: int
    text: str


def code_points(text: str, utf16_position: int) -> int:
    """How many code points of text lie before a UTF-16 position (a non-BMP character is two
    UTF-16 units but one code point, so the two counts drift apart after 𠀀 or an emoji)."""
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def paragraph_span(
    cell_text: str, paragraphs: tuple[int, ...], start: int, end: int
) -> ParagraphSpan | None:
    """The span of a cell (code points into its joined paragraphs) within one paragraph.

    A selection running into the next paragraph is cut at the first one's end: an anchor lives
    in one paragraph. None when nothing but separators is selected.
    """
    offset = 0
    for number, text in zip(paragraphs, cell_text.split(PARAGRAPH_SEPARATOR), strict=False):
        lo, hi = max(start - offset, 0), min(end - offset, len(text))
        if lo < hi:
            return ParagraphSpan(number, lo, hi, text[lo:hi])
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return None


def utf16_position(text: str, code_point: int) -> int:
    """The other way: where Qt puts the cursor for a code-point offset into text."""
    return len(text[:code_point].encode("utf-16-le")) // 2
