"""Writes the hand-checked sample of each importable format kept beside this script.

    .venv/bin/python tests/samples/make_samples.py

Each is made by the library that real tools' files are read with, in their conventions: a
Word document with a heading, a list and a bilingual two-column table (python-docx); an EPUB
book of two chapters with a navigation document (ebooklib); a saved blog page with a menu,
a sidebar and a footer around the article (by hand: there is no library for that).

The two XLIFF samples are written by hand, as no library writes a CAT tool's dialect:
article.sdlxliff as Trados Studio lays a Word file out (tag definitions in the header, a
translate="no" structure unit, <mrk mtype="seg"> segments, <sdl:seg-defs> confirmation
levels), and article-2.0.xlf as XLIFF 2.0 with <originalData> behind its inline codes.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

ROWS = [
    ("The current world order is changing.", "当前的世界秩序正在发生变化。"),
    ("Russia and China are partners.", "俄罗斯和中国是伙伴。"),
    ("Nobody expected this.", "没有人预料到这一点。"),
]


def docx_sample(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("A partnership", 1)
    document.add_paragraph("Read the table row by row.")
    document.add_paragraph("Each row is one pair.", style="List Bullet")
    table = document.add_table(rows=len(ROWS), cols=2)
    for row, (english, chinese) in zip(table.rows, ROWS, strict=True):
        row.cells[0].text, row.cells[1].text = english, chinese
    document.save(path)


def epub_sample(path: Path, chapters: list[tuple[str, list[str]]], lang: str) -> None:
    from ebooklib import epub

    book = epub.EpubBook()
    book.set_identifier(f"reader-sample-{lang}")
    book.set_title(chapters[0][0])
    book.set_language(lang)
    items = []
    for number, (heading, paragraphs) in enumerate(chapters, 1):
        item = epub.EpubHtml(title=heading, file_name=f"chapter{number}.xhtml", lang=lang)
        body = "".join(f"<p>{text}</p>" for text in paragraphs)
        item.content = f"<h1>{heading}</h1><div class='text'>{body}</div>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items]
    epub.write_epub(str(path), book)


ENGLISH_BOOK = [
    ("Chapter One", ["The current world order is changing.", "Nobody expected this."]),
    ("Chapter Two", ["Russia and China are partners.", "Their trade grows every year."]),
]
CHINESE_BOOK = [
    ("第一章", ["当前的世界秩序正在发生变化。", "没有人预料到这一点。"]),
    ("第二章", ["俄罗斯和中国是伙伴。", "它们的贸易逐年增长。"]),
]


def main() -> None:
    docx_sample(HERE / "bilingual-table.docx")
    epub_sample(HERE / "book-en.epub", ENGLISH_BOOK, "en")
    epub_sample(HERE / "book-zh.epub", CHINESE_BOOK, "zh")


if __name__ == "__main__":
    main()
