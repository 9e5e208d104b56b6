"""An EPUB book: its chapters in reading order, as one run of paragraphs.

Each chapter keeps its own headings, so the book reads as one document with chapter headings;
its first paragraph carries a "chapter" mark, by which an English and a Chinese edition
imported together are aligned chapter by chapter, and a book can be cut into a document per
chapter. The table of contents (the navigation document) is no text of the book.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from reader.core.document import Mark
from reader.core.errors import InputError
from reader.core.formats import damaged_file_errors
from reader.core.formats.blocks import text_blocks
from reader.core.formats.marked import Marked


def paragraphs(data: bytes, name: str) -> list[Marked]:
    import ebooklib
    from ebooklib import epub

    try:
        book = epub.read_epub(io.BytesIO(data), options={"ignore_ncx": True})
        found: list[Marked] = []
        for item in _chapters(book, ebooklib.ITEM_DOCUMENT):
            blocks = list(_chapter_blocks(item.get_content()))
            if blocks:
                title = item.title or blocks[0]
                found.append((blocks[0], (Mark(0, len(blocks[0]), "chapter", title),)))
                found += [(block, ()) for block in blocks[1:]]
        return found
    except (epub.EpubException, *damaged_file_errors()) as error:
        raise InputError(f"{name}: not a readable EPUB book ({error})") from error


def _chapters(book: Any, document_type: int) -> Iterator[Any]:
    from ebooklib import epub

    for idref, _linear in book.spine:
        item = book.get_item_with_id(idref)
        if item is None or item.get_type() != document_type or isinstance(item, epub.EpubNav):
            continue
        yield item


def _chapter_blocks(content: bytes) -> Iterator[str]:
    import lxml.html

    root = lxml.html.document_fromstring(content)
    body = root.find("body")
    yield from text_blocks(body if body is not None else root)
