"""`reader terms`: the term base from the command line, and the checks enforcing it."""

import json
from pathlib import Path

import pytest

from reader.launch import main

# Each test builds its own term base, without the corpus's starter terms.
pytestmark = pytest.mark.usefixtures("no_starter_terms")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_check_and_remove(capsys, db_url: str) -> None:
    db = ("--db", db_url)
    add = ("terms", "add", "current order", "当前秩序", "--forbid", "订单")
    code, out, _ = run(capsys, *db, *add, "--note", "the world order", "--author", "qa")
    assert code == 0 and out.startswith("added term ")
    term_id = out.split()[2].rstrip(":")
    code, out, _ = run(capsys, *db, "terms", "list", "--format", "json")
    (record,) = json.loads(out)
    assert (record["term"], record["renderings"], record["forbidden"]) == (
        "current order",
        ["当前秩序"],
        ["订单"],
    )
    assert record["author"] == "qa" and record["document"] is None
    code, out, _ = run(capsys, *db, "check", "1", "--only", "terms")
    line = out.splitlines()[0]
    assert line.startswith("zh ¶") and '订单 is forbidden for "current order"' in line
    assert line.endswith("Note: the world order  fix: 当前秩序")
    code, out, err = run(capsys, *db, "terms", "add", "Current Order", "现行秩序")
    assert code == 2 and "in the term base already" in err
    code, out, err = run(capsys, *db, "terms", "add", "world order")
    assert code == 2 and err == "reader: “world order” needs a required or a forbidden rendering\n"
    removed = run(capsys, *db, "terms", "remove", term_id)[1]
    assert removed == f"removed term {term_id}: current order\n"
    assert run(capsys, *db, "terms", "list")[1] == "0 terms\n"


def test_export_import_and_usage(capsys, db_url: str, tmp_path: Path) -> None:
    db = ("--db", db_url)
    run(capsys, *db, "terms", "add", "hegemony", "霸权", "--pos", "noun")
    tbx = tmp_path / "terms.tbx"
    assert run(capsys, *db, "terms", "export", str(tbx))[1] == f"wrote 1 terms to {tbx}\n"
    assert b"<martif" in tbx.read_bytes()
    glossary = tmp_path / "glossary.txt"
    glossary.write_text("hegemony\t霸道\nsanction\t制裁\n", "utf-8")
    code, out, _ = run(capsys, *db, "terms", "import", str(glossary))
    assert out == "added 1 terms, joined renderings into 1, 0 unchanged\n"
    code, out, _ = run(capsys, *db, "terms", "usage", "1")
    hegemony = next(line for line in out.splitlines() if line.startswith("hegemony:"))
    count, kept = (int(w) for w in hegemony.replace(",", " ").split() if w.isdigit())
    assert count > 0 and kept == count  # the Saker translation says 霸权 wherever it says it
    code, _, err = run(capsys, *db, "terms", "import", str(tmp_path / "missing.tbx"))
    assert code == 2 and "no such file" in err


def test_suggest_and_accept(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "terms", "suggest", "1", "--limit", "3",
                       "--accept", "--author", "qa")  # fmt: skip
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4 and lines[-1] == "added 3 terms"
    assert all(" → " in line and "(kept in " in line for line in lines[:3])
    code, out, _ = run(capsys, "--db", db_url, "terms", "list", "--format", "json")
    assert [t["author"] for t in json.loads(out)] == ["qa"] * 3
