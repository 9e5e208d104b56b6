import json
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.document import Bead
from reader.core.errors import InputError
from reader.core.mqm import Annotation
from reader.export import formats as export_formats
from reader.export.browser import find_chromium
from reader.export.model import ExportDocument
from reader.export.stats import summarise
from reader.export.tmx import render_tmx
from reader.services import exporting
from reader.services.library import Library
from tests.export.sample import BEADS, SOURCE, TARGET, XSS, flag_samples, sample_annotations

TITLE = "Russia & China <partners>"


def _library(url: str) -> Library:
    # No corpus: these tests need one small document, and seeding would run the aligner.
    return Library.open(url, seed=False)


def _sample_tmx(folder: Path) -> Path:
    path = folder / "sample.tmx"
    path.write_bytes(render_tmx(ExportDocument(TITLE, SOURCE, TARGET, BEADS)))
    return path


def _fields(a: Annotation) -> tuple[object, ...]:
    return (a.category, a.severity, a.anchors, a.comment, a.fix, a.annotator, a.status)


@pytest.fixture
def reviewed(empty_url: str, tmp_path: Path) -> Iterator[tuple[Library, int]]:
    """The sample document imported from TMX, with the sample annotations flagged on it."""
    library = _library(empty_url)
    doc_id = exporting.import_tmx(library, _sample_tmx(tmp_path)).id
    for flagged, sample in zip(flag_samples(library, doc_id), sample_annotations(), strict=True):
        assert flagged.anchors == sample.anchors
    yield library, doc_id
    library.close()


def test_a_tmx_import_is_an_aligned_document(reviewed: tuple[Library, int]) -> None:
    library, doc_id = reviewed
    view = library.load_document(doc_id)
    assert view.title == TITLE
    assert view.source.paragraphs == SOURCE.paragraphs
    assert view.target is not None and view.target.paragraphs == TARGET.paragraphs
    assert view.paragraph_beads == BEADS
    assert view.target.sentences[1]  # sentences were split


# xliff-back writes into a document's imported XLIFF file: tests/services/test_import_formats.py
@pytest.mark.parametrize("fmt", [f.name for f in exporting.formats() if f.name != "xliff-back"])
def test_every_format_is_written_whole(
    reviewed: tuple[Library, int], tmp_path: Path, fmt: str
) -> None:
    if fmt == "pdf" and find_chromium() is None:
        pytest.skip("needs chromium")
    library, doc_id = reviewed
    out = tmp_path / "out" / f"review.{fmt}"
    out.parent.mkdir()
    calls: list[tuple[int, int]] = []
    written = exporting.export_document(
        library, doc_id, fmt, out, progress=lambda *call: calls.append(call)
    )
    assert written == out and list(out.parent.iterdir()) == [out]
    assert calls and calls[-1][0] == calls[-1][1]
    if fmt == "revised-docx":
        with zipfile.ZipFile(out) as docx:
            assert "共享边界" in docx.read("word/document.xml").decode("utf-8")
    elif fmt != "pdf":
        assert "共享边界" in out.read_bytes().decode("utf-8-sig")


def test_a_failed_export_leaves_the_old_file_and_no_temporary_one(
    reviewed: tuple[Library, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, doc_id = reviewed
    out = tmp_path / "report.html"
    out.write_text("the old report", "utf-8")

    def broken(doc: ExportDocument, progress: object) -> str:
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(
        export_formats.FORMATS, "html", replace(export_formats.FORMATS["html"], render=broken)
    )
    with pytest.raises(RuntimeError, match="disk on fire"):
        exporting.export_document(library, doc_id, "html", out)
    assert out.read_text("utf-8") == "the old report"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_write_leaves_no_temporary_file(
    reviewed: tuple[Library, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library, doc_id = reviewed

    def no_rename(*_: object) -> None:
        raise OSError("no space left")

    monkeypatch.setattr("reader.export.atomic.os.replace", no_rename)
    with pytest.raises(OSError, match="no space"):
        exporting.export_document(library, doc_id, "csv", tmp_path / "errors.csv")
    assert [p.name for p in tmp_path.iterdir() if "errors" in p.name] == []


def test_tmx_and_json_exports_bring_the_review_into_a_fresh_database(
    reviewed: tuple[Library, int], tmp_path: Path
) -> None:
    library, doc_id = reviewed
    exporting.export_document(library, doc_id, "json", tmp_path / "review.json")
    exporting.export_document(library, doc_id, "tmx", tmp_path / "review.tmx")
    fresh = _library(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        imported = exporting.import_tmx(fresh, tmp_path / "review.tmx")
        new_id = imported.id
        assert imported.notices == ("brought back 5 annotations kept in the file",)
        report = exporting.merge_annotations(fresh, new_id, tmp_path / "review.json")
        assert report == exporting.MergeReport(added=0, duplicates=5, not_found=0)
        before = library.annotations.for_document(doc_id)
        after = fresh.annotations.for_document(new_id)

        # the file keeps them in reading order, the library in the order they were made
        def kept(annotations: list[Annotation]) -> list[tuple[object, ...]]:
            return sorted(((*_fields(a), a.created_at) for a in annotations), key=repr)

        assert kept(after) == kept(before)
        assert fresh.load_document(new_id).paragraph_beads == BEADS
    finally:
        fresh.close()


def test_merging_twice_adds_no_duplicates(reviewed: tuple[Library, int], tmp_path: Path) -> None:
    library, doc_id = reviewed
    path = tmp_path / "review.json"
    exporting.export_document(library, doc_id, "json", path)
    assert exporting.merge_annotations(library, doc_id, path).added == 0
    data = json.loads(path.read_text("utf-8"))
    items = data["first"]["items"]
    items[0]["body"][2]["value"] = "another reviewer's view"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    report = exporting.merge_annotations(library, doc_id, path)
    assert (report.added, report.duplicates) == (1, 4)
    assert exporting.merge_annotations(library, doc_id, path).added == 0
    assert len(library.annotations.for_document(doc_id)) == 6


def test_merge_finds_the_quotes_in_a_different_version_of_the_text(
    reviewed: tuple[Library, int], tmp_path: Path
) -> None:
    library, doc_id = reviewed
    path = tmp_path / "review.json"
    exporting.export_document(library, doc_id, "json", path)
    # The other version: a new first paragraph on both sides, and the omission fixed away.
    source = replace(SOURCE, paragraphs=("A new start.", *SOURCE.paragraphs[:3]))
    target = replace(TARGET, paragraphs=("新的开头。", *TARGET.paragraphs))
    beads = (Bead((0,), (0,)), Bead((1,), (1,)), Bead((2, 3), (2,)))
    other_tmx = tmp_path / "other.tmx"
    shifted = ExportDocument("other", source, target, beads)
    other_tmx.write_bytes(render_tmx(shifted))
    other_id = exporting.import_tmx(library, other_tmx).id
    report = exporting.merge_annotations(library, other_id, path)
    assert report == exporting.MergeReport(added=4, duplicates=0, not_found=1)
    moved = library.annotations.for_document(other_id)
    assert {a.anchor_on("target").exact for a in moved if a.anchor_on("target")} >= {"共享边界"}
    offset = len("新的开头。\n\n")
    major = next(a for a in moved if a.severity == "major")
    assert major.anchor_on("target").start == TARGET.text.index("共享边界") + offset


def test_another_tools_annotations_are_placed_and_its_bad_items_listed(
    reviewed: tuple[Library, int], tmp_path: Path
) -> None:
    library, doc_id = reviewed
    before = len(library.annotations.for_document(doc_id))
    quote = {"type": "TextQuoteSelector", "exact": "天然气"}
    items = [
        {  # a quote alone, on a page of its own address: placed by its script
            "type": "Annotation",
            "body": {"purpose": "classifying", "value": "Terminology/Inconsistent use"},
            "target": {"source": "https://example.org/zh", "selector": quote},
        },
        {  # a position alone: its words are read from the text
            "type": "Annotation",
            "bodyValue": "Unclear.",
            "target": {
                "source": "https://example.org/en#source",
                "selector": {"type": "TextPositionSelector", "start": 4, "end": 17},
            },
        },
        {"type": "Annotation", "bodyValue": "Too formal", "target": "https://x.org/a#target"},
        {
            "type": "Annotation",
            "target": {
                "source": "https://x.org/a#source",
                "selector": {"type": "TextPositionSelector", "start": 5000, "end": 5001},
            },
        },
        {"type": "Annotation", "body": {"purpose": "assessing", "value": "??"}, "target": "#x"},
    ]
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps({"type": "AnnotationPage", "items": items}), "utf-8")
    report = exporting.merge_annotations(library, doc_id, path)
    assert (report.added, report.duplicates, report.not_found) == (3, 0, 1)
    assert report.refused == ("item 5: unknown severity '??'",)
    added = library.annotations.for_document(doc_id)[before:]
    assert [a.anchors[0].exact for a in added] == ["天然气", "current order", TARGET.text]
    assert [(a.category, a.severity) for a in added][1] == ("Other", "neutral")


def test_preview_and_score_agree_with_the_annotation_service(
    reviewed: tuple[Library, int],
) -> None:
    library, doc_id = reviewed
    html = exporting.html_preview(library, doc_id, reviewers=("Reviewer 甲",))
    assert html.startswith("<!DOCTYPE html>") and "Reviewer 甲" in html
    assert XSS not in html
    doc = exporting.export_data(library, doc_id)
    ours = summarise(doc.annotations, doc.source.paragraphs).score
    assert ours == library.annotations.score(doc_id).total


def test_bad_requests_are_input_errors(reviewed: tuple[Library, int], tmp_path: Path) -> None:
    library, doc_id = reviewed
    with pytest.raises(InputError, match="unknown format"):
        exporting.export_document(library, doc_id, "docx", tmp_path / "x.docx")
    with pytest.raises(InputError, match="no such folder"):
        exporting.export_document(library, doc_id, "html", tmp_path / "nope" / "x.html")
    with pytest.raises(InputError, match="is a folder"):
        exporting.export_document(library, doc_id, "html", tmp_path)
    with pytest.raises(InputError, match="no document"):
        exporting.export_document(library, 99, "html", tmp_path / "x.html")
    with pytest.raises(InputError, match="no such file"):
        exporting.import_tmx(library, tmp_path / "missing.tmx")
    (tmp_path / "junk.tmx").write_text("not xml", "utf-8")
    with pytest.raises(InputError, match="not a TMX file"):
        exporting.import_tmx(library, tmp_path / "junk.tmx")


def test_a_document_with_an_address_is_named_by_it_in_annotations(
    reviewed: tuple[Library, int], tmp_path: Path
) -> None:
    library, doc_id = reviewed
    with pytest.raises(InputError, match="not a web address"):
        library.set_document_url(doc_id, "the saker blog")
    assert library.set_document_url(doc_id, " https://thesaker.is/partnership/ ") == ""
    assert library.load_document(doc_id).url == "https://thesaker.is/partnership/"
    path = tmp_path / "review.json"
    exporting.export_document(library, doc_id, "json", path)
    items = json.loads(path.read_text("utf-8"))["first"]["items"]
    sources = {t["source"] for item in items for t in item["target"]}
    assert sources == {
        "https://thesaker.is/partnership/#source",
        "https://thesaker.is/partnership/#target",
    }
    library.annotations.delete(library.annotations.for_document(doc_id)[0].id or 0)
    assert exporting.merge_annotations(library, doc_id, path).added == 1  # read back by it


def test_the_librarys_weights_score_the_app_the_command_line_and_every_report(
    reviewed: tuple[Library, int], tmp_path: Path
) -> None:
    from reader.core.mqm import WMT_WEIGHTS, Weights

    library, doc_id = reviewed
    assert library.mqm_weights() == WMT_WEIGHTS
    wmt_total = library.annotations.score(doc_id).total.penalty
    house = Weights(major=3.0, critical=20.0)
    assert library.set_mqm_weights(house) == WMT_WEIGHTS
    total = library.annotations.score(doc_id).total.penalty
    # the sample: one major, one critical, two minor (one of punctuation), one neutral
    assert (wmt_total, total) == (5 + 10 + 1 + 0.1, 3 + 20 + 1 + 0.1)
    doc = exporting.export_data(library, doc_id)
    assert doc.weights == house
    exporting.export_document(library, doc_id, "md", tmp_path / "r.md")
    assert f"{total:g}" in (tmp_path / "r.md").read_text("utf-8")
