from pathlib import Path

import pytest

from reader.core.errors import AlreadyImported, InputError
from reader.services import corpus
from reader.services.library import Library

SAKER_TITLE = "What do you make of the Russia and China Partnership?"


def test_first_start_seeds_every_corpus_document(library: Library) -> None:
    documents = library.list_documents()
    assert [d.title for d in documents] == [e.title for e in corpus.entries()]
    saker = documents[0]
    assert saker.title == SAKER_TITLE and saker.languages == ("en", "zh")
    assert saker.paragraph_counts == (31, 26)
    assert all(d.languages == ("en",) for d in documents[1:])
    assert library.default_document_id() == saker.id


def test_seeding_twice_adds_nothing(library: Library) -> None:
    assert library.seed_corpus() == 0
    assert len(library.list_documents()) == 5


def test_corpus_paragraphs_are_kept_verbatim(library: Library) -> None:
    view = library.load_document(library.default_document_id() or 0)
    english = (corpus.corpus_dir() / "saker-russia-china" / "en.txt").read_text("utf-8")
    chinese = (corpus.corpus_dir() / "saker-russia-china" / "zh.txt").read_text("utf-8")
    assert list(view.source.paragraphs) == [p for p in english.split("\n") if p.strip()]
    assert view.target is not None
    assert list(view.target.paragraphs) == [p for p in chinese.split("\n") if p.strip()]
    assert "当前订单" in chinese and any("当前订单" in p for p in view.target.paragraphs)


def test_sentences_are_stored_as_code_point_spans(library: Library) -> None:
    view = library.load_document(library.default_document_id() or 0)
    first = view.source.paragraphs[2]
    spans = view.source.sentences[2]
    assert first[spans[0].start : spans[0].end].startswith("Over the last few years")
    assert len(spans) >= 3


@pytest.mark.parametrize(
    "codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk", "big5"]
)
def test_import_of_a_mixed_file_in_each_encoding(
    library: Library, tmp_path: Path, codec: str
) -> None:
    english = "The new world order.\n\nRussia and China must treasure their friendship."
    chinese = "新的世界秩序。\n\n俄羅斯和中國必須珍視他們的友誼。"
    if codec != "big5":
        chinese = "新的世界秩序。\n\n俄罗斯和中国必须珍视他们的友谊。"
    path = tmp_path / f"mixed-{codec}.txt"
    path.write_bytes(f"{english}\n\n{chinese}\n".encode(codec))
    summary = library.import_files(path)
    assert summary.languages == ("en", "zh") and summary.paragraph_counts == (2, 2)
    view = library.load_document(summary.id)
    assert view.target is not None
    assert view.target.paragraphs[0] == chinese.split("\n\n")[0]
    assert summary.title == "The new world order."


def test_import_of_an_original_and_its_translation(library: Library, tmp_path: Path) -> None:
    original = tmp_path / "en.md"
    original.write_text("# Title\n\nThe *current* order.\n", "utf-8")
    translation = tmp_path / "zh.txt"
    translation.write_text("标题\n\n当前的秩序。\n", "gb18030")
    summary = library.import_files(original, translation, title="Pair")
    assert (summary.title, summary.languages, summary.paragraph_counts) == (
        "Pair",
        ("en", "zh"),
        (2, 2),
    )
    view = library.load_document(summary.id)
    assert view.source.paragraphs == ("Title", "The current order.")


def test_every_corpus_file_imports(library: Library) -> None:
    for entry in corpus.entries():
        files = list(entry.files.values())
        translation = files[1] if len(files) > 1 else None
        summary = library.import_files(files[0], translation, again=True)
        assert summary.languages == entry.languages


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02\x03" * 64, "not a text file")],
)
def test_bad_input_leaves_nothing_half_imported(
    library: Library, tmp_path: Path, content: bytes, message: str
) -> None:
    before = library.list_documents()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    with pytest.raises(InputError, match=message):
        library.import_files(bad)
    good = tmp_path / "good.txt"
    good.write_text("Fine.", "utf-8")
    with pytest.raises(InputError, match="no such file"):
        library.import_files(good, tmp_path / "missing.txt")
    assert library.list_documents() == before


def test_find_document_by_id_or_title(library: Library) -> None:
    assert library.find_document("1") == 1
    assert library.find_document("putin in") == 4
    with pytest.raises(InputError, match="matches 5 documents"):
        library.find_document("Russia")
    with pytest.raises(InputError, match="no document"):
        library.find_document("nothing like this")
    with pytest.raises(InputError, match="no document with id"):
        library.load_document(999)


def test_import_aligns_paragraphs_and_sentences(library: Library) -> None:
    view = library.load_document(library.default_document_id() or 0)
    assert view.target is not None
    dropped = [b.src[0] for b in view.paragraph_beads if not b.tgt]
    assert 0 in dropped and 5 in dropped  # the title and the Larchmonter445 line
    src_total = sum(len(s) for s in view.source.sentences)
    tgt_total = sum(len(s) for s in view.target.sentences)
    assert sorted(i for b in view.sentence_beads for i in b.src) == list(range(src_total))
    assert sorted(j for b in view.sentence_beads for j in b.tgt) == list(range(tgt_total))


def test_import_reports_alignment_progress(library: Library) -> None:
    entry = corpus.entries()[0]
    seen: list[float] = []
    library.import_files(entry.files["en"], entry.files["zh"], progress=seen.append, again=True)
    assert seen and seen == sorted(seen)
    assert seen[0] >= 0 and seen[-1] == 1.0


def test_a_removed_document_comes_back_until_the_library_is_opened_again(db_url: str) -> None:
    library = Library.open(db_url)
    try:
        doc_id = library.default_document_id()
        assert doc_id is not None
        library.annotations.flag(
            doc_id, "Other", "minor", [library.annotations.span_anchor(doc_id, "source", 1)]
        )
        removed = library.remove_document(doc_id)
        assert removed.title.startswith("What do you make")
        assert doc_id not in {d.id for d in library.list_documents()}
        assert library.restore_document(doc_id).id == doc_id
        assert len(library.annotations.for_document(doc_id)) == 1  # nothing lost
        library.remove_document(doc_id)
    finally:
        library.close()
    again = Library.open(db_url)  # the next session deletes it for good, and seeds it no more
    try:
        assert doc_id not in {d.id for d in again.list_documents()}
        assert again.default_document_id() is None
        with pytest.raises(InputError, match=f"no document with id {doc_id}"):
            again.restore_document(doc_id)
    finally:
        again.close()


def test_documents_are_renamed_and_put_in_the_readers_order(db_url: str) -> None:
    library = Library.open(db_url)
    try:
        ids = [d.id for d in library.list_documents()]
        assert (
            library.rename_document(ids[1], "  A  shorter   title ")
            == "Unlimited Partnership: Russia and China’s Alliance"
        )
        assert library.list_documents()[1].title == "A shorter title"
        with pytest.raises(InputError, match="a title cannot be empty"):
            library.rename_document(ids[1], "   ")
        library.reorder_documents([ids[2], ids[0]])
        assert [d.id for d in library.list_documents()] == [ids[2], ids[0], *ids[1:2], *ids[3:]]
    finally:
        library.close()


def test_importing_the_same_text_again_names_the_document_that_holds_it(
    library: Library,
) -> None:
    entry = next(e for e in corpus.entries() if e.key == "saker-russia-china")
    held = library.default_document_id()
    with pytest.raises(AlreadyImported, match=f"in the library already, as document {held}") as e:
        library.import_files(entry.files["en"], entry.files["zh"])
    assert e.value.document_id == held
    count = len(library.list_documents())
    copy = library.import_files(entry.files["en"], entry.files["zh"], again=True)
    assert copy.id != held and len(library.list_documents()) == count + 1
