"""`reader check`: findings as lines or JSON, and --flag turning them into annotations."""

import json

import pytest

from reader.launch import main
from reader.services.library import Library


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lines_name_the_place_and_a_summary_counts_them(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "omission")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("en ¶1 0-") and "[omission]" in lines[0]  # counted from 1
    assert "major Accuracy/Omission" in lines[0]
    assert lines[-1] == f"{len(lines) - 1} findings: omission {len(lines) - 1}"
    out = run(capsys, "--db", db_url, "check", "1", "--only", "omission", "--format", "json")[1]
    assert json.loads(out)[0]["paragraph"] == 1  # the same number in the JSON


def test_json_and_flag(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "check", "Russia and China Partnership",
                       "--only", "omission,numbers", "--format", "json")  # fmt: skip
    assert code == 0
    records = json.loads(out)
    assert records and {r["check"] for r in records} <= {"omission", "numbers"}
    assert not any(r["flagged"] for r in records)
    assert set(records[0]) >= {"side", "paragraph", "start", "end", "category", "message"}
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "omission", "--flag",
                       "--annotator", "qa")  # fmt: skip
    omissions = sum(r["check"] == "omission" for r in records)
    assert out.splitlines()[-1] == f"flagged {omissions} findings as annotations"
    library = Library.open(db_url, seed=False)
    flagged = library.annotations.for_document(1)
    library.close()
    assert len(flagged) == omissions and {a.annotator for a in flagged} == {"qa"}
    # A second --flag adds nothing: every finding is flagged already.
    _, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "omission", "--flag")
    assert out.splitlines()[-1] == "flagged 0 findings as annotations"
    assert "[flagged]" in out.splitlines()[0]


def test_a_glossary_finds_the_purchase_order(capsys, db_url: str, tmp_path) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("current order\t当前秩序|现行秩序\nworld order\t世界秩序\n", "utf-8")
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "terms",
                       "--glossary", str(glossary))  # fmt: skip
    assert code == 0
    line, summary = out.splitlines()
    assert "[terms]" in line and "Terminology/Inappropriate for context" in line
    assert line.endswith('"current order" is not rendered as 当前秩序 or 现行秩序.  fix: 当前秩序')
    assert summary == "1 findings: terms 1"


def test_bad_input(capsys, db_url: str) -> None:
    code, _, err = run(capsys, "--db", db_url, "check", "1", "--only", " , ")
    assert code == 2 and "at least one check id" in err
    code, _, err = run(capsys, "--db", db_url, "check", "2")
    assert code == 2 and "no translation to check" in err


def test_json_carries_the_reviewers_fields(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "untranslated,punctuation",
                       "--format", "json")  # fmt: skip
    assert code == 0
    records = json.loads(out)
    assert {"semantic", "confidence", "evidence", "fix", "related", "dismissed"} <= set(records[0])
    semantic = [r["semantic"] for r in records]
    assert semantic == sorted(semantic, reverse=True)  # meaning first


def test_dismissed_findings_are_left_out_unless_all(capsys, db_url: str) -> None:
    library = Library.open(db_url, seed=False)
    found = library.checks.run(1, ["punctuation"])
    library.checks.dismiss(1, [found[0].finding])
    library.close()
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "punctuation")
    assert code == 0
    assert out.splitlines()[-1] == f"{len(found) - 1} findings: punctuation {len(found) - 1}"
    code, out, _ = run(capsys, "--db", db_url, "check", "1", "--only", "punctuation", "--all")
    assert code == 0 and "[dismissed]" in out
