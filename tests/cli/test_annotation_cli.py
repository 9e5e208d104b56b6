import json

import pytest

from reader.launch import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


FLAG = (
    "flag", "1", "--src-quote", "the current order", "--tgt-quote", "当前订单",
    "--category", "mistranslation", "--severity", "major",
    "--comment", "the order of society", "--fix", "当前秩序", "--annotator", "ann",
)  # fmt: skip


def test_flag_then_list_as_json(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, *FLAG)
    assert code == 0 and out.startswith("flagged 1: open major Accuracy/Mistranslation")
    code, out, _ = run(capsys, "--db", db_url, "flag", "1", "--src-quote", "Instead wrestling",
                       "--category", "Accuracy/Omission", "--severity", "minor")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--db", db_url, "annotations", "1", "--format", "json")
    assert code == 0
    first, omission = json.loads(out)
    assert first["id"] == 1 and first["document_id"] == 1
    assert (first["category"], first["severity"], first["status"]) == (
        "Accuracy/Mistranslation", "major", "open"
    )  # fmt: skip
    assert (first["comment"], first["fix"], first["annotator"]) == (
        "the order of society", "当前秩序", "ann"
    )  # fmt: skip
    assert first["source"]["exact"] == "the current order" and first["source"]["end"] > 0
    assert first["target"]["exact"] == "当前订单" and first["target"]["suffix"].startswith("上的")
    assert first["created_at"].endswith("+00:00") and first["orphaned"] is False
    assert omission["target"] is None and omission["source"]["exact"] == "Instead wrestling"


def test_annotations_as_text_and_score(capsys, db_url: str) -> None:
    run(capsys, "--db", db_url, *FLAG)
    code, out, _ = run(capsys, "--db", db_url, "annotations", "1")
    assert code == 0 and out.splitlines() == [
        "1: open major Accuracy/Mistranslation  en 'the current order' ↔ zh '当前订单'"
        "  → '当前秩序'  # the order of society"
    ]
    code, out, _ = run(capsys, "--db", db_url, "score", "1")
    assert code == 0
    assert out.startswith("penalty 5 for 1 error in ")
    assert "per 1,000 words" in out and "en ¶10: penalty 5" in out  # counted from 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--category", "Other", "--severity", "minor"), "give --src-quote, --tgt-quote or both"),
        (("--src-quote", "order", "--category", "Bogus", "--severity", "minor"), "unknown MQM"),
        (("--src-quote", "order", "--category", "Other", "--severity", "huge"), "severity"),
        (("--src-quote", "no such words", "--category", "Other", "--severity", "minor"),
         "not in the source text"),
        (("--src-quote", "the", "--category", "Other", "--severity", "minor"), "occurs"),
        (("--tgt-quote", "当前订单", "--tgt-occurrence", "0", "--category", "Other",
          "--severity", "minor"), "counted from 1"),
    ],
)  # fmt: skip
def test_bad_flags_give_one_line_and_exit_2(capsys, db_url: str, args, message: str) -> None:
    code, _, err = run(capsys, "--db", db_url, "flag", "1", *args)
    assert code == 2
    assert err.count("\n") == 1 and message in err
    assert run(capsys, "--db", db_url, "annotations", "1")[1] == ""


def test_reimport_reports_orphans(capsys, db_url: str, tmp_path) -> None:
    run(capsys, "--db", db_url, *FLAG)
    en = tmp_path / "en.txt"
    zh = tmp_path / "zh.txt"
    en.write_text("Offering more than the current order.\n", "utf-8")
    zh.write_text("提供比当前秩序更多的东西。\n", "utf-8")
    code, out, _ = run(capsys, "--db", db_url, "reimport", "1", str(en), "--translation", str(zh))
    assert code == 0
    assert out.splitlines()[0] == "re-imported document 1: 1 spans moved, 1 annotations orphaned"
    assert "orphaned 1: open major" in out and "[orphaned]" in out


def test_comments_from_another_file_cannot_drive_the_terminal(capsys, db_url: str) -> None:
    hostile = "fine\x1b[2J\x1b]0;pwned\x07\rgone\u202eevil\nnext line"
    flag = ("--db", db_url, "flag", "1", "--src-quote", "the current order")
    assert main([*flag, "--category", "other", "--severity", "minor", "--comment", hostile]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "annotations", "1"]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\r\u202e")
    assert "fine\\x1b[2J\\x1b]0;pwned\\x07\\rgone\\u202eevil ⏎ next line" in out


def test_weights_are_shown_set_and_used_by_score(capsys, db_url: str) -> None:
    run(capsys, "--db", db_url, *FLAG)  # one major error
    code, out, _ = run(capsys, "--db", db_url, "weights")
    assert code == 0 and "major: 5\n" in out and "minor punctuation: 0.1\n" in out
    code, out, _ = run(capsys, "--db", db_url, "weights", "--major", "2.5")
    assert code == 0 and "major: 2.5\n" in out
    assert run(capsys, "--db", db_url, "score", "1")[1].startswith("penalty 2.5 for 1 error")
    code, _, err = run(capsys, "--db", db_url, "weights", "--critical", "-3")
    assert code == 2 and "critical is -3" in err
    assert "major: 5\n" in run(capsys, "--db", db_url, "weights", "--wmt")[1]
