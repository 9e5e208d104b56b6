"""Telling a file's kind from its content, and reading Word, web and EPUB files."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from reader.core import formats
from reader.core.document import Mark
from reader.core.errors import InputError
from reader.core.formats.blocks import tidy

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def texts(kind: formats.Kind, data: bytes, name: str) -> list[str]:
    """The texts formats.read gives, without their marks."""
    return [text for text, _ in formats.read(kind, data, name)]


def _bytes(name: str) -> bytes:
    return (SAMPLES / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "kind"),
    [("bilingual-table.docx", "docx"), ("book-en.epub", "epub"), ("blog-post.html", "html")],
)
def test_the_kind_comes_from_the_content_not_the_name(name: str, kind: str) -> None:
    assert formats.detect(_bytes(name), name) == kind
    assert formats.detect(_bytes(name), "renamed.txt") == kind


def test_text_and_markdown_go_by_the_name() -> None:
    assert formats.detect(b"# A title\n\nText.", "notes.md") == "markdown"
    assert formats.detect(b"# A title\n\nText.", "notes.txt") == "text"
    assert formats.detect(b"<b>bold</b> in a text file", "notes.txt") == "text"
    assert formats.detect(b"\xef\xbb\xbf<!DOCTYPE html><html></html>", "page") == "html"
    assert formats.detect(b'<?xml version="1.0"?><xliff version="1.2">', "x.txt") == "xliff"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"%PDF-1.7 ...", "a PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003"),
        (b'<?xml version="1.0"?>\n<tmx version="1.4">', "reader import-tmx"),
        (b"PK\x03\x04 not really a zip", "damaged ZIP"),
    ],
)
def test_other_formats_are_named_in_the_refusal(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=words):
        formats.detect(data, "file.txt")


def test_a_zip_that_is_neither_docx_nor_epub_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(InputError, match="neither a Word document"):
        formats.detect(buffer.getvalue(), "notes.zip")


def test_a_bilingual_table_is_read_as_pairs_english_first() -> None:
    import docx

    document = docx.Document(io.BytesIO(_bytes("bilingual-table.docx")))
    row = document.tables[0].rows[1]
    row.cells[0].text, row.cells[1].text = row.cells[1].text, row.cells[0].text  # swapped row
    buffer = io.BytesIO()
    document.save(buffer)
    paragraphs = texts("docx", buffer.getvalue(), "t.docx")
    assert paragraphs[0] == "A partnership" and paragraphs[2] == "Each row is one pair."
    assert paragraphs[5:7] == ["Russia and China are partners.", "俄罗斯和中国是伙伴。"]


def test_a_table_of_other_shape_is_read_cell_by_cell() -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    table.cell(1, 1).merge(table.cell(1, 2))  # python-docx repeats a merged cell
    buffer = io.BytesIO()
    document.save(buffer)
    cells = texts("docx", buffer.getvalue(), "t.docx")
    assert cells == ["cell 00", "cell 01", "cell 02", "cell 10", "cell 11 cell 12"]


def test_a_web_page_gives_its_article_without_menus_sidebar_or_footer() -> None:
    paragraphs = texts("html", _bytes("blog-post.html"), "blog-post.html")
    assert paragraphs[0] == "A partnership of two powers"
    assert "What the partners want" in paragraphs
    assert len(paragraphs) == 5
    text = " ".join(paragraphs)
    for boilerplate in ("Archive", "Recent posts", "Copyright", "tracking"):
        assert boilerplate not in text
    assert "\n" not in text  # the source's line breaks inside a paragraph are spaces


def test_a_page_too_short_for_the_extractor_still_gives_its_text() -> None:
    page = "<html><body><p>Short.</p><p>中文\n段落</p><script>x()</script></body></html>"
    assert texts("html", page.encode(), "p.html") == ["Short.", "中文段落"]


def test_an_epub_gives_its_chapters_in_order_without_the_table_of_contents() -> None:
    paragraphs = texts("epub", _bytes("book-en.epub"), "book-en.epub")
    assert paragraphs == [
        "Chapter One",
        "The current world order is changing.",
        "Nobody expected this.",
        "Chapter Two",
        "Russia and China are partners.",
        "Their trade grows every year.",
    ]


def test_a_damaged_docx_or_epub_is_one_clear_error() -> None:
    for name in ("bilingual-table.docx", "book-en.epub"):
        data = bytearray(_bytes(name))
        data[len(data) // 2 :] = b"\0" * (len(data) - len(data) // 2)  # the end torn off
        with pytest.raises(InputError, match=name.split(".")[0]) as error:
            texts(formats.detect(bytes(data), name), bytes(data), name)
        assert "\n" not in str(error.value)


def test_tidy_joins_lines_and_drops_spaces_between_chinese_characters() -> None:
    assert tidy("  The  world\norder \n") == "The world order"
    assert tidy("世界\n秩序 and English") == "世界秩序 and English"


def test_words_set_bold_or_italic_in_word_come_with_their_marks() -> None:
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("The ")
    paragraph.add_run("current").bold = True
    paragraph.add_run(" order").bold = True  # Word splits runs freely: one span
    paragraph.add_run(", it  said, ")
    paragraph.add_run("changes").italic = True
    chinese = document.add_paragraph("当前 ")
    chinese.add_run("秩序").bold = True
    document.add_heading("A heading", 1)  # bold by its style, not by its words
    buffer = io.BytesIO()
    document.save(buffer)
    read = formats.read("docx", buffer.getvalue(), "t.docx")
    assert read[0] == (
        "The current order, it said, changes",
        (Mark(4, 17, "bold"), Mark(28, 35, "italic")),
    )
    assert read[1] == ("当前秩序", (Mark(2, 4, "bold"),))  # no space between Chinese words
    assert read[2] == ("A heading", ())
