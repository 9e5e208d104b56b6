import argparse
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli.columns import wrap
from reader.cli.main import build_parser
from reader.launch import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_prints_id_languages_counts_and_title(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "languages", "paragraphs", "title"]
    assert "en→zh" in lines[1] and "31/26" in lines[1]
    assert "What do you make of the Russia and China Partnership?" in lines[1]
    assert len(lines) == 6


def test_show_prints_both_texts_side_by_side(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "show", "1", "--width", "100")
    assert code == 0
    rows = [line.split("│") for line in out.splitlines() if "│" in line]
    # The translation dropped the title; its byline comes opposite the English byline.
    assert "What do you make" in rows[0][0] and "[not translated]" in rows[0][1]
    byline = next(row for row in rows if "by Mr. Allen" in row[0])
    assert "艾伦先生为Saker Blog写的" in byline[1]


def test_show_of_an_english_only_document(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "show", "Putin in China")
    assert code == 0 and "│" not in out and "Putin completed his 15th visit" in out


def test_import_then_list(capsys, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Hello world.\n\n你好，世界。\n", "utf-16")
    code, out, _ = run(capsys, "import", str(source), "--title", "Greeting")
    assert code == 0 and out.startswith("imported document 6: Greeting")
    assert "Greeting" in run(capsys, "list")[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("import", "/no/such/file.txt"), "no such file"),
        (("show", "424242"), "no document matches"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(capsys, args: tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and message in err


def test_bad_usage_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["import", "--help"])
    assert exit_info.value.code == 0
    assert "--translation" in capsys.readouterr().out


def test_an_unexpected_failure_exits_1(capsys, tmp_path: Path) -> None:
    # A database URL with a driver that is not installed fails inside, not in the input.
    code, _, err = run(capsys, "--db", "nosuchdialect://x", "list")
    assert code == 1 and err.startswith("reader: failed:")


def test_python_dash_m_reader_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.startswith("reader ")


def test_wrapping_counts_chinese_characters_as_two_cells() -> None:
    assert wrap("一二三四五六", 4) == ["一二", "三四", "五六"]
    assert wrap("the current order", 11) == ["the current", "order"]


def test_no_chinese_line_starts_with_closing_punctuation(capsys, db_url: str) -> None:
    assert wrap("一二，三四", 4) == ["一", "二，", "三四"]
    assert wrap("一《二三》", 4) == ["一", "《二", "三》"]
    for width in range(60, 90, 3):
        out = run(capsys, "--db", db_url, "show", "1", "--width", str(width))[1]
        starts = {line.split("│")[1].strip()[:1] for line in out.splitlines() if "│" in line}
        assert not starts & set("，、。；：？！）」》”"), width


def test_a_closed_pipe_is_not_an_error(db_url: str) -> None:
    command = [sys.executable, "-m", "reader", "--db", db_url, "show", "1"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as reader:
        assert reader.stdout is not None and reader.stderr is not None
        # Closed before the program has started up: its first write meets a broken pipe,
        # as when `head` has read enough.
        reader.stdout.close()
        assert reader.wait(timeout=60) == 0
        assert b"failed" not in reader.stderr.read()


@pytest.mark.parametrize(
    ("files", "message"),
    [
        # English given as the translation: no "en→en" document.
        (("The world order.\n", "It changes.\n"), "a.txt and b.txt are both in English"),
        (("当前的秩序。\n", "它在变化。\n"), "a.txt and b.txt are both in Chinese"),
        (("当前的秩序。\n\n它在变化。\n",), "a.txt holds no English, only Chinese"),
        ((b"\xff\xfe\x00\x00garbage\xff\xff\xff\xff",), "a.txt: marked as UTF-32 text, but"),
        ((b"%PDF-1.7\n%binary",), "a.txt: a PDF; save its text as .txt (or .docx)"),
        ((b"PK\x03\x04\x14\x00torn",), "a.txt: a damaged ZIP archive"),
        ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",), "a.txt: a Word 97-2003 file; save it as .docx"),
    ],
)
def test_imports_that_cannot_make_a_document_say_why(
    capsys, tmp_path: Path, files: tuple[str | bytes, ...], message: str
) -> None:
    paths = []
    for name, content in zip(("a.txt", "b.txt"), files, strict=False):
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, "utf-8")
        paths.append(str(path))
    args = [paths[0]] + (["--translation", paths[1]] if len(paths) > 1 else [])
    db = f"sqlite:///{tmp_path / 'lib.db'}"
    code, _, err = run(capsys, "--db", db, "import", *args)
    assert code == 2 and err.count("\n") == 1 and message in err
    assert run(capsys, "--db", db, "list")[1].count("\n") == 6  # nothing was stored


def test_every_command_and_argument_says_what_it_is() -> None:
    def undocumented(parser: argparse.ArgumentParser, path: str) -> list[str]:
        missing = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps = {choice.dest: choice.help for choice in action._choices_actions}
                for name, sub in action.choices.items():
                    if not helps.get(name):
                        missing.append(f"{path} {name}")
                    missing += undocumented(sub, f"{path} {name}")
            elif not isinstance(action, argparse._HelpAction) and not action.help:
                missing.append(f"{path} {action.dest}")
        return missing

    assert undocumented(build_parser(), "reader") == []


def test_the_annotator_is_the_login_name_unless_named(
    capsys, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("USER", "ada")
    flag = ("--db", db_url, "flag", "1", "--src-quote", "the current order", "--severity", "major")
    assert run(capsys, *flag, "--category", "other")[0] == 0
    out = run(capsys, "--db", db_url, "annotations", "1", "--format", "json")[1]
    assert [a["annotator"] for a in json.loads(out)] == ["ada"]


def test_flag_category_takes_what_its_help_says(capsys, db_url: str) -> None:
    flag = ("--db", db_url, "flag", "1", "--src-quote", "the current order", "--severity", "major")
    for category in ("Accuracy/Mistranslation", "mistranslation", "UNTRANSLATED TEXT", "other"):
        code, _, err = run(capsys, *flag, "--category", category)
        assert code == 0, err
    code, _, err = run(capsys, *flag, "--category", "Accuracy")
    assert code == 2 and "'Accuracy' is a group of categories: choose one of" in err


def test_rename_and_delete(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "rename", "Putin in China", "Putin in Beijing")
    assert code == 0 and out.endswith("→ Putin in Beijing\n")
    code, out, _ = run(capsys, "--db", db_url, "delete", "Putin in Beijing")
    assert code == 0 and out.startswith("deleted document ") and "Putin in Beijing" in out
    listed = run(capsys, "--db", db_url, "list")[1]
    assert "Putin in" not in listed and listed.count("\n") == 5  # and it is not seeded again
    code, _, err = run(capsys, "--db", db_url, "rename", "1", " ")
    assert code == 2 and "a title cannot be empty" in err


def test_importing_the_same_pair_again_says_so(capsys, db_url: str, tmp_path: Path) -> None:
    english, chinese = tmp_path / "en.txt", tmp_path / "zh.txt"
    english.write_text("The current order is changing.\n", "utf-8")
    chinese.write_text("当前的秩序正在改变。\n", "utf-8")
    pair = ("--db", db_url, "import", str(english), "--translation", str(chinese))
    code, out, _ = run(capsys, *pair)
    doc_id = out.split()[2].rstrip(":")
    code, _, err = run(capsys, *pair)
    assert code == 2 and f"in the library already, as document {doc_id}" in err
    assert f"reader reimport {doc_id}" in err and "--again" in err
    code, out, _ = run(capsys, *pair, "--again")
    assert code == 0 and out.split()[2].rstrip(":") != doc_id


def test_import_says_how_it_read_single_line_breaks_and_takes_the_other(
    capsys, tmp_path: Path
) -> None:
    book = tmp_path / "book.txt"
    lines = [f"Line {n} is a whole paragraph of its own, long enough to look like one." * 2
             for n in range(3)]  # fmt: skip
    book.write_text("\n".join(lines), "utf-8")
    db = ("--db", f"sqlite:///{tmp_path / 'lib.db'}")
    code, out, _ = run(capsys, *db, "import", str(book))
    assert code == 0 and "(3 en paragraphs)" in out
    assert out.splitlines()[1].startswith("single line breaks were read as paragraph ends")
    code, out, _ = run(capsys, *db, "import", str(book), "--line-breaks", "wrap", "--again")
    assert code == 0 and "(1 en paragraphs)" in out


def test_several_processes_opening_a_new_library_at_once_all_succeed(tmp_path: Path) -> None:
    # Each would create the schema and seed the corpus; one does, the others wait for it.
    url = f"sqlite:///{tmp_path / 'new.db'}"
    command = [sys.executable, "-m", "reader", "--db", url, "list"]
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    outcomes = [(p.wait(timeout=300), *p.communicate()) for p in processes]
    for code, out, err in outcomes:
        assert code == 0 and err == "", err
        assert out.count("\n") == 6  # the heading and the five bundled documents, once each


@pytest.mark.parametrize(
    ("command", "content", "message"),
    [
        ("import-tmx", b"<html><body/></html>", "not a TMX file (its root element is not <tmx>)"),
        ("import-annotations", b"[" * 100_000, "the JSON is nested too deep to read"),
        (
            "import-annotations",
            b'{"type": "Annotation", "x": Infinity, "body": 1}',
            "item 1: no target",
        ),
        ("import-tmx", None, "a folder, not a file"),
    ],
)
def test_bad_exchange_files_say_what_is_wrong_in_one_line(
    capsys, db_url: str, tmp_path: Path, command: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / "in.file"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    args = [command, "1", str(path)] if command == "import-annotations" else [command, str(path)]
    code, _, err = run(capsys, "--db", db_url, *args)
    assert code == 2 and err.count("\n") == 1 and message in err, err


def test_a_foreign_database_is_refused_in_one_line(capsys, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (x)")
    code, _, err = run(capsys, "--db", f"sqlite:///{other}", "list")
    assert code == 1 and err.startswith("reader: the database holds another program's tables")
    assert err.count("\n") == 1


def test_backup_and_restore(capsys, db_url: str) -> None:
    code, out, _ = run(capsys, "--db", db_url, "backup")
    assert code == 0 and out.startswith("backed up to ") and out.strip().endswith("-manual.db")
    run(capsys, "--db", db_url, "rename", "1", "Renamed by mistake")
    code, out, _ = run(capsys, "--db", db_url, "restore")
    assert code == 0 and out.startswith("restored ") and "before_restore" in out
    assert "Renamed by mistake" not in run(capsys, "--db", db_url, "list")[1]
    listed = run(capsys, "--db", db_url, "restore", "--list")[1].splitlines()
    assert len(listed) >= 3 and all(line.endswith(".db") for line in listed)


def test_a_document_gets_an_address(capsys, db_url: str) -> None:
    assert run(capsys, "--db", db_url, "url", "1")[1] == "(no address)\n"
    code, out, _ = run(capsys, "--db", db_url, "url", "1", "https://thesaker.is/a/")
    assert code == 0 and out == "document 1: https://thesaker.is/a/\n"
    assert run(capsys, "--db", db_url, "url", "1")[1] == "https://thesaker.is/a/\n"
    code, _, err = run(capsys, "--db", db_url, "url", "1", "thesaker.is")
    assert code == 2 and "not a web address: 'thesaker.is'" in err


def test_import_a_book_as_a_document_per_chapter(capsys, db_url: str) -> None:
    samples = Path(__file__).resolve().parents[1] / "samples"
    english, chinese = str(samples / "book-en.epub"), str(samples / "book-zh.epub")
    code, out, _ = run(
        capsys, "--db", db_url, "import", english, "--translation", chinese, "--chapters",
        "--title", "Partners",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines() == [
        "imported document 6: Partners — Chapter One (3 en + 3 zh paragraphs)",
        "imported document 7: Partners — Chapter Two (3 en + 3 zh paragraphs)",
    ]
    code, _, err = run(
        capsys, "--db", db_url, "import", english, "--chapters", "--url", "https://x.org"
    )
    assert code == 2 and "a book's chapters are several" in err
