"""An EPUB book: its chapters in reading order, as one run of paragraphs.

Each chapter keeps its own headings, so the book reads as one document with chapter headings;
an English and a Chinese edition imported together are aligned paragraph by paragraph across
the whole book. The table of contents (the navigation document) is no text of the book.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from reader.core.errors import InputError
from reader.core.formats.blocks import text_blocks


def paragraphs(data: bytes, name: str) -> list[str]:
    import ebooklib
    from ebooklib import epub

    try:
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
    except (epub.EpubException, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InputError(f"{name}: not a readable EPUB book ({error})") from error
    out: list[str] = []
    for item in _chapters(book, ebooklib.ITEM_DOCUMENT):
        out.extend(_chapter_blocks(item.get_content(), name))
    return out


def _chapters(book: Any, document_type: int) -> Iterator[Any]:
    from ebooklib import epub

    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != document_type or isinstance(item, epub.EpubNav):
            continue
        yield item


def _chapter_blocks(content: bytes, name: str) -> Iterator[str]:
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(content)
    except (lxml.etree.ParserError, ValueError) as error:
        raise InputError(f"{name}: a chapter is not readable XHTML ({error})") from error
    body = root.find("body")
    yield from text_blocks(body if body is not None else root)
