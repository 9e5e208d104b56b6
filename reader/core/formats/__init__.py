"""What a file is, told from its content, and the paragraphs of the structured kinds.

Text and Markdown are decoded and split by `reader.core.text`; Word, web pages and EPUB carry
their own paragraph structure, which is read as it is; a bilingual XLIFF file is read whole
by `reader.core.formats.xliff`.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from reader.core.errors import InputError
from reader.core.formats.marked import Marked

Kind = Literal["text", "markdown", "docx", "html", "epub", "xliff"]
STRUCTURED: frozenset[Kind] = frozenset({"docx", "html", "epub"})
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
_PROLOGUE = rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"  # declaration and comments
_HTML_START = re.compile(_PROLOGUE + rb"<(?:!doctype\s+html|html)\b", re.I | re.S)
_XML_ROOT = re.compile(_PROLOGUE + rb"(?:<!doctype[^>]*>\s*)?<(tmx|xliff)\b", re.I | re.S)
PEEK = 4096  # bytes read to tell a file's kind


def detect(data: bytes, name: str) -> Kind:
    """The kind of a file, by its content first and its name only between text and Markdown."""
    if data.startswith(b"PK\x03\x04"):
        return _archive_kind(data, name)
    head = data[:PEEK].lstrip(b"\xef\xbb\xbf")
    _refuse_other_formats(head, name)
    if _HTML_START.match(head):
        return "html"
    if root := _XML_ROOT.match(head):
        if root.group(1).lower() == b"tmx":
            raise InputError(f"{name}: a TMX file; import it with `reader import-tmx`")
        return "xliff"
    return "markdown" if name.lower().endswith(MARKDOWN_SUFFIXES) else "text"


def read(kind: Kind, data: bytes, name: str) -> list[Marked]:
    """The paragraphs with their marks (a Word document's bold and italic), in reading order."""
    if kind == "docx":
        from reader.core.formats import docx

        return docx.paragraphs(data, name)
    if kind == "html":
        from reader.core.formats import html

        return [(text, ()) for text in html.paragraphs(data)]
    if kind == "epub":
        from reader.core.formats import epub

        return epub.paragraphs(data, name)
    raise ValueError(f"{kind} is not a structured kind")


def damaged_file_errors() -> tuple[type[Exception], ...]:
    """What the readers of ZIP-packed XML raise on a damaged file, at any step of reading."""
    import zlib

    import lxml.etree

    # zipfile raises NotImplementedError for a compression method or a version it cannot read
    # and RuntimeError for an encrypted member
    return (
        *(zipfile.BadZipFile, zlib.error, lxml.etree.LxmlError, EOFError, KeyError, ValueError),
        *(NotImplementedError, RuntimeError),
    )


def _archive_kind(data: bytes, name: str) -> Kind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (*damaged_file_errors(), OSError) as error:
        raise InputError(f"{name}: a damaged ZIP archive ({error})") from error
    if mimetype == b"application/epub+zip":
        return "epub"
    if "word/document.xml" in names:
        return "docx"
    raise InputError(
        f"{name}: a ZIP archive that is neither a Word document (.docx) nor an EPUB book"
    )


def _refuse_other_formats(head: bytes, name: str) -> None:
    if head.startswith(b"%PDF"):
        raise InputError(f"{name}: a PDF; save its text as .txt (or .docx) and import that")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise InputError(f"{name}: a Word 97-2003 file; save it as .docx and import that")
