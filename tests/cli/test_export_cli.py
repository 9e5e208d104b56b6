import csv
import json
from pathlib import Path

import pytest

from reader.export.model import ExportDocument
from reader.export.tmx import render_tmx
from reader.launch import main
from reader.services.library import Library
from tests.export.sample import BEADS, SOURCE, TARGET, flag_samples


@pytest.fixture(autouse=True)
def _no_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    # One small document is enough here; seeding the corpus would run the aligner.
    monkeypatch.setattr(Library, "seed_corpus", lambda self: 0)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tmx(tmp_path: Path) -> Path:
    path = tmp_path / "sample.tmx"
    path.write_bytes(render_tmx(ExportDocument("Partners 伙伴", SOURCE, TARGET, BEADS)))
    return path


@pytest.fixture
def reviewed(capsys: pytest.CaptureFixture[str], tmx: Path) -> str:
    """Import the sample as document 1 and flag the sample annotations on it."""
    code, out, _ = run(capsys, "import-tmx", str(tmx))
    assert code == 0 and out == "imported document 1: Partners 伙伴 (4/2 paragraphs)\n"
    library = Library.open()
    flag_samples(library, 1)
    library.close()
    return "1"


def test_export_csv(capsys, reviewed: str, tmp_path: Path) -> None:
    out = tmp_path / "errors.csv"
    code, printed, _ = run(capsys, "export", reviewed, "--format", "csv", "-o", str(out))
    assert code == 0 and printed == f"wrote {out}\n"
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines(keepends=True)))
    assert len(rows) == 5 and rows[2]["fix"] == "接壤"


def test_format_from_the_suffix_and_file_name_from_the_title(
    capsys, reviewed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, _ = run(capsys, "export", "Partners", "-o", str(tmp_path / "r.json"))
    assert code == 0 and json.loads((tmp_path / "r.json").read_text("utf-8"))["total"] == 5
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "export", reviewed, "-f", "md")[0] == 0
    assert run(capsys, "export", reviewed, "-f", "wmt", "-o", str(tmp_path))[0] == 0
    assert run(capsys, "export", reviewed, "--reviewer", "甲", "--reviewer", "乙")[0] == 0
    assert {p.name for p in tmp_path.glob("Partners*")} == {
        "Partners 伙伴.md",
        "Partners 伙伴.mqm.tsv",
        "Partners 伙伴.html",
    }
    assert "甲, 乙" in (tmp_path / "Partners 伙伴.html").read_text("utf-8")


def test_import_annotations_merges_without_duplicates(
    capsys, reviewed: str, tmx: Path, tmp_path: Path
) -> None:
    export = tmp_path / "review.json"
    assert run(capsys, "export", reviewed, "-f", "json", "-o", str(export))[0] == 0
    assert run(capsys, "import-tmx", str(tmx), "--title", "Copy")[1].startswith(
        "imported document 2: Copy"
    )
    code, out, _ = run(capsys, "import-annotations", "Copy", str(export))
    assert code == 0 and out.startswith("added 5 annotations; skipped 0 already present")
    code, out, _ = run(capsys, "import-annotations", "2", str(export))
    assert out.startswith("added 0 annotations; skipped 5 already present")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "1", "-f", "html", "-o", "/no/such/folder/r.html"), "no such folder"),
        (("export", "42", "-f", "html"), "no document matches"),
        (("import-tmx", "/no/such.tmx"), "no such file"),
        (("import-annotations", "1", "/no/such.json"), "no such file"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys, reviewed: str, args: tuple[str, ...], message: str
) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and err.count("\n") == 1 and message in err


def test_unknown_format_is_bad_usage(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "1", "-f", "docx"])
    assert exit_info.value.code == 2


def test_accepted_fixes_make_the_revised_translation(
    capsys: pytest.CaptureFixture[str], reviewed: str, tmp_path: Path
) -> None:
    # sample annotation 1 fixes 共享边界 as 接壤; 2 has no fix; 3 is on the English only
    code, out, _ = run(capsys, "accept-fix", "1")
    assert code == 0 and out.startswith("1: open major Accuracy/Mistranslation")
    assert "→ '接壤' [accepted]" in out
    code, _, err = run(capsys, "accept-fix", "3")
    assert code == 2 and "only a fix of a span of the translation" in err
    out_path = tmp_path / "revised.txt"
    code, _, _ = run(capsys, "export", "1", "-f", "revised-txt", "-o", str(out_path))
    assert code == 0
    assert out_path.read_text("utf-8").splitlines()[2] == "北京和莫斯科接壤，他们买卖石油和天然气。"
    run(capsys, "accept-fix", "1", "--withdraw")
    run(capsys, "export", "1", "-f", "revised-txt", "-o", str(out_path))
    assert "共享边界" in out_path.read_text("utf-8")


def test_import_annotations_lists_what_it_could_not_read(
    capsys: pytest.CaptureFixture[str], reviewed: str, tmp_path: Path
) -> None:
    items = [{"type": "Annotation", "bodyValue": "Too formal", "target": "x#target"}]
    path = tmp_path / "notes.json"
    path.write_text(json.dumps([*items, {"type": "Note"}]), "utf-8")
    code, out, err = run(capsys, "import-annotations", reviewed, str(path))
    assert code == 0 and out.startswith("added 1 annotations")
    assert err == "not read: item 2 is not an Annotation\n"
    path.write_text(json.dumps([{"type": "Note"}]), "utf-8")
    code, out, err = run(capsys, "import-annotations", reviewed, str(path))
    assert code == 2 and out.startswith("added 0 annotations") and "item 1" in err
