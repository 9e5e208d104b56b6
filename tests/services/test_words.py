"""The word list service: saving words without duplicates, deleting, exporting CSV for Anki."""

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.errors import InputError
from reader.services.library import Library

HEADER = [
    "#separator:comma",
    "#html:true",
    "#notetype:Basic",
    "#deck:reader words",
    "#columns:Front,Back,Tags",
]
ORDER_SENTENCES = ("当前订单不是采购订单。", "The Current Order is not a purchase order.")


def _add_two(small: Library) -> None:
    small.words.add("订单", "dìng dān", "(purchase) order", *ORDER_SENTENCES, document_id=1)
    small.words.add(
        "秩序", "zhì xù", 'order (orderly); "social, order"', "当前秩序\n在变化。", "", None
    )


def test_the_same_word_and_sentence_is_saved_once(small: Library) -> None:
    first = small.words.add("订单", "dìng dān", "(purchase) order", *ORDER_SENTENCES, 1)
    again = small.words.add(" 订单 ", "dìng dān", "order", *ORDER_SENTENCES, 1)
    elsewhere = small.words.add("订单", "dìng dān", "(purchase) order", "采购订单。", "", 1)
    assert first.new and not again.new and elsewhere.new
    assert again.word == first.word and again.word.gloss == "(purchase) order"
    listed = small.words.list()
    assert [w.id for w in listed] == [first.word.id, elsewhere.word.id]
    assert listed[0].document_title == "Order" and listed[0].english == ORDER_SENTENCES[1]


def test_delete(small: Library) -> None:
    _add_two(small)
    first, second = small.words.list()
    assert small.words.delete(first.id or 0) == first
    assert small.words.list() == [second]
    with pytest.raises(InputError, match="no word list entry with id"):
        small.words.delete(first.id or 0)


def test_restore_puts_a_deleted_word_back_where_it_was(small: Library) -> None:
    _add_two(small)
    first, second = small.words.list()
    removed = small.words.delete(first.id or 0)
    assert small.words.restore(removed) == first
    assert small.words.list() == [first, second]  # oldest first: back at the top
    with pytest.raises(InputError, match="exists; it was not deleted"):
        small.words.restore(first)
    with pytest.raises(InputError, match="only a word list entry that was stored"):
        small.words.restore(replace(first, id=None))


def test_bad_input_is_refused(small: Library) -> None:
    with pytest.raises(InputError, match="no word to save"):
        small.words.add("  ")
    with pytest.raises(InputError, match="no document with id 99"):
        small.words.add("订单", document_id=99)
    assert small.words.list() == []


def test_export_writes_the_csv_anki_reads(small: Library, tmp_path: Path) -> None:
    _add_two(small)
    path = tmp_path / "words.csv"
    assert small.words.export_csv(path) == 2
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM: Anki reads the first line as a header
    lines = data.decode("utf-8").split("\n")
    assert lines[:5] == HEADER
    rows = list(csv.reader(io.StringIO("\n".join(lines[5:]), newline="")))
    assert rows[0] == [
        "订单",
        "dìng dān<br>(purchase) order<br><br>当前订单不是采购订单。<br>"
        "The Current Order is not a purchase order.<br><small>Order</small>",
        "reader",
    ]
    # quotes and commas are quoted the CSV way; the line break is HTML's, the text escaped
    assert rows[1] == [
        "秩序",
        "zhì xù<br>order (orderly); &quot;social, order&quot;<br><br>当前秩序<br>在变化。",
        "reader",
    ]


def test_anki_imports_the_words_as_basic_notes_of_their_deck(
    small: Library, tmp_path: Path
) -> None:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportCsvRequest

    _add_two(small)
    small.words.add("秩<序>", "", "a <b>bold</b> & odd word", "", "", None)
    path = tmp_path / "words.csv"
    small.words.export_csv(path)
    collection = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = collection.get_csv_metadata(str(path), None)  # what Anki reads in the header
        collection.import_csv(ImportCsvRequest(path=str(path), metadata=metadata))
        notes = [collection.get_note(n) for n in collection.find_notes('"deck:reader words"')]
        assert [n.note_type()["name"] for n in notes] == ["Basic"] * 3
        fronts = {n["Front"]: n for n in notes}
        assert set(fronts) == {"订单", "秩序", "秩&lt;序&gt;"}
        assert fronts["订单"]["Back"].startswith("dìng dān<br>(purchase) order<br>")
        assert "a &lt;b&gt;bold&lt;/b&gt; &amp; odd word" in fronts["秩&lt;序&gt;"]["Back"]
        assert all(n.tags == ["reader"] for n in notes)
    finally:
        collection.close()


def test_export_of_an_empty_list_and_to_a_bad_place(small: Library, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    assert small.words.export_csv(path) == 0
    assert path.read_text(encoding="utf-8").splitlines() == HEADER
    with pytest.raises(InputError, match="no such folder"):
        small.words.export_csv(tmp_path / "missing" / "words.csv")
    with pytest.raises(InputError, match="is a folder"):
        small.words.export_csv(tmp_path)
