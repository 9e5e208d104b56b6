"""Importing what reviewers receive: Word documents, saved web pages and EPUB books."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.document import Mark
from reader.core.errors import InputError
from reader.services.library import Library

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_a_bilingual_word_table_becomes_a_pair(library: Library) -> None:
    summary = library.import_files(SAMPLES / "bilingual-table.docx")
    assert summary.languages == ("en", "zh")
    view = library.load_document(summary.id)
    assert view.target is not None
    assert view.target.paragraphs == (
        "当前的世界秩序正在发生变化。",
        "俄罗斯和中国是伙伴。",
        "没有人预料到这一点。",
    )
    pairs = {(b.src, b.tgt) for b in view.paragraph_beads}
    english = view.source.paragraphs
    assert (english.index("Russia and China are partners."),) == next(
        src for src, tgt in pairs if tgt == (1,)
    )


def test_two_editions_of_a_book_are_aligned_chapter_heading_to_heading(
    library: Library,
) -> None:
    summary = library.import_files(SAMPLES / "book-en.epub", SAMPLES / "book-zh.epub")
    assert summary.paragraph_counts == (6, 6)
    view = library.load_document(summary.id)
    assert [(b.src, b.tgt) for b in view.paragraph_beads] == [((i,), (i,)) for i in range(6)]
    assert summary.title == "Chapter One"


def test_a_saved_web_page_imports_its_article_only(library: Library, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"  # a misleading name: the content decides
    shutil.copy(SAMPLES / "blog-post.html", page)
    summary = library.import_files(page)
    view = library.load_document(summary.id)
    assert view.source.paragraphs[0] == "A partnership of two powers"
    assert not any("Copyright" in p or "Recent posts" in p for p in view.source.paragraphs)


@pytest.mark.parametrize("name", ["bilingual-table.docx", "book-en.epub"])
def test_a_damaged_file_stores_nothing(library: Library, tmp_path: Path, name: str) -> None:
    data = (SAMPLES / name).read_bytes()
    broken = tmp_path / name
    broken.write_bytes(data[: len(data) // 2])
    before = len(library.list_documents())
    with pytest.raises(InputError):
        library.import_files(broken)
    assert len(library.list_documents()) == before


def test_an_xliff_file_imports_aligned_as_its_tool_left_it(
    library: Library, tmp_path: Path
) -> None:
    from tests.core.test_xliff import SDLXLIFF

    path = tmp_path / "article.sdlxliff"
    path.write_bytes(SDLXLIFF)
    summary = library.import_files(path)
    view = library.load_document(summary.id)
    assert [(b.src, b.tgt) for b in view.sentence_beads][:2] == [((0,), (0,)), ((1,), ())]
    (note,) = library.annotations.for_document(summary.id)
    assert note.comment == "Check the term." and note.category == "Other"
    with pytest.raises(InputError, match="holds both languages; import it alone"):
        library.import_files(SAMPLES / "book-en.epub", path)


def test_the_review_is_written_back_into_the_xliff_file(library: Library, tmp_path: Path) -> None:
    from reader.services import exporting
    from tests.core.test_xliff import SDLXLIFF

    path = tmp_path / "article.sdlxliff"
    path.write_bytes(SDLXLIFF)
    doc_id = library.import_files(path).id
    order = library.annotations.quote_anchor(doc_id, "target", "订单")
    library.annotations.flag(doc_id, "Accuracy/Mistranslation", "major", (order,), fix="秩序")
    out = exporting.export_document(library, doc_id, "xliff-back", tmp_path / "back.sdlxliff")
    back = out.read_bytes()
    assert back.count(b'<note from="reader">') == 1  # not the file's own note again
    assert b"fix: \xc2\xab\xe7\xa7\xa9\xe5\xba\x8f\xc2\xbb" in back  # fix: «秩序»
    assert b'<target state="needs-review-translation"><mrk' in back
    assert b'<sdl:seg id="1" conf="RejectedTranslation"/>' in back  # the flagged segment
    assert b'<sdl:seg id="2"/>' in back
    other = library.import_files(SAMPLES / "bilingual-table.docx").id
    with pytest.raises(InputError, match="was not imported from an XLIFF file"):
        exporting.export_document(library, other, "xliff-back", tmp_path / "x.xlf")


def test_marks_are_stored_with_the_text_and_come_back_with_it(
    library: Library, tmp_path: Path
) -> None:
    import docx

    pairs = (("en.docx", ("The ", "current", " order.")), ("zh.docx", ("当前", "秩序", "。")))
    for name, words in pairs:
        document = docx.Document()
        paragraph = document.add_paragraph(words[0])
        paragraph.add_run(words[1]).bold = True
        paragraph.add_run(words[2])
        document.save(tmp_path / name)
    summary = library.import_files(tmp_path / "en.docx", tmp_path / "zh.docx")
    view = library.load_document(summary.id)
    assert view.source.marks_of(0) == (Mark(4, 11, "bold"),)
    assert view.target is not None and view.target.marks_of(0) == (Mark(2, 4, "bold"),)
    document = docx.Document()
    document.add_paragraph("The current order.")  # bold no longer
    document.save(tmp_path / "en.docx")
    library.annotations.reimport(summary.id, tmp_path / "en.docx", tmp_path / "zh.docx")
    again = library.load_document(summary.id)
    assert again.source.marks == () and again.target is not None
    assert again.target.marks_of(0) == (Mark(2, 4, "bold"),)


def test_a_book_as_a_document_per_chapter(library: Library, tmp_path: Path) -> None:
    from tests.samples.make_samples import ENGLISH_BOOK, epub_sample

    summaries = library.import_chapters(SAMPLES / "book-en.epub", SAMPLES / "book-zh.epub")
    assert [s.title for s in summaries] == ["book-en — Chapter One", "book-en — Chapter Two"]
    assert [s.paragraph_counts for s in summaries] == [(3, 3), (3, 3)]
    second = library.load_document(summaries[1].id)
    assert second.source.paragraphs[0] == "Chapter Two" and second.target is not None
    assert second.target.paragraphs[1] == "俄罗斯和中国是伙伴。"
    assert [(b.src, b.tgt) for b in second.paragraph_beads] == [((i,), (i,)) for i in range(3)]
    assert [(b.src, b.tgt) for b in second.sentence_beads] == [((i,), (i,)) for i in range(3)]
    shorter = tmp_path / "zh.epub"  # a translation that leaves the first chapter out
    epub_sample(shorter, [("第二章", ["俄罗斯和中国是伙伴。", "它们的贸易逐年增长。"])], "zh")
    epub_sample(tmp_path / "en.epub", [("Preface", ["Read me."]), *ENGLISH_BOOK], "en")
    parts = library.import_chapters(tmp_path / "en.epub", shorter, title="Book")
    assert [p.languages for p in parts] == [("en",), ("en",), ("en", "zh")]
    assert parts[2].title == "Book — Chapter Two"


def test_a_book_without_chapters_is_refused_whole(library: Library) -> None:
    before = library.list_documents()
    with pytest.raises(InputError, match="has no chapters"):
        library.import_chapters(SAMPLES / "bilingual-table.docx")
    with pytest.raises(InputError, match="no chapters to pair"):
        library.import_chapters(SAMPLES / "book-en.epub", SAMPLES / "bilingual-table.docx")
    assert library.list_documents() == before


def test_a_long_xliff_file_reports_its_reading_and_can_be_stopped(
    library: Library, tmp_path: Path
) -> None:
    from reader.core.errors import Cancelled

    units = "".join(
        f'<trans-unit id="{n}"><source>Sentence {n}.</source><target>第{n}句。</target>'
        "</trans-unit>"
        for n in range(1600)
    )
    path = tmp_path / "long.xlf"
    path.write_text(
        '<xliff version="1.2"><file source-language="en" target-language="zh"><body>'
        f"{units}</body></file></xliff>",
        "utf-8",
    )
    heard: list[float] = []
    library.import_files(path, progress=heard.append)
    assert 0 < heard[0] < heard[1] < heard[2] < 0.9 and heard[-1] == 1.0

    def stop(done: float) -> None:
        if 0 < done < 1:
            raise Cancelled

    before = len(library.list_documents())
    with pytest.raises(Cancelled):
        library.import_files(path, progress=stop, again=True)
    assert len(library.list_documents()) == before


def test_the_trados_sample_round_trip_changes_only_what_the_review_adds(
    library: Library, tmp_path: Path
) -> None:
    from reader.services import exporting

    original = (SAMPLES / "article.sdlxliff").read_bytes()
    doc_id = library.import_files(SAMPLES / "article.sdlxliff").id
    found = library.checks.run(doc_id, only=["codes"])
    assert [(f.finding.side, f.finding.detail) for f in found] == [("source", "{1/}")]
    order = library.annotations.quote_anchor(doc_id, "target", "订单")
    library.annotations.flag(doc_id, "Accuracy/Mistranslation", "major", (order,), fix="秩序")
    back = exporting.export_document(library, doc_id, "xliff-back", tmp_path / "b.sdlxliff")
    data = back.read_bytes()
    added = [
        b'<note from="reader">',
        b' state="needs-review-translation"',
        b'<sdl:seg id="2" conf="RejectedTranslation"',
    ]
    assert all(piece in data for piece in added)
    note_start = data.index(b'<note from="reader">')
    note_end = data.index(b"</note>", note_start) + len(b"</note>")
    undone = (data[:note_start] + data[note_end:]).replace(added[1], b"")
    undone = undone.replace(added[2], b'<sdl:seg id="2" conf="Translated"')
    assert undone == original
    again = library.load_document(library.import_files(back, again=True).id)  # read back
    assert again.target is not None
    assert again.target.paragraphs == library.load_document(doc_id).target.paragraphs
    states = [m.value for m in again.target.marks_of(1) if m.kind == "state"]
    assert states == ["RejectedTranslation", "Draft"]
