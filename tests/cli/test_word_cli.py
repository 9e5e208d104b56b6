"""`reader words`: the word list as a table, as CSV on stdout, or as a CSV file."""

from pathlib import Path

import pytest

from reader.cli.columns import cell_width
from reader.launch import main
from reader.services.library import Library

CSV_HEADER = [
    "#separator:comma",
    "#html:true",
    "#notetype:Basic",
    "#deck:reader words",
    "#columns:Front,Back,Tags",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def saved(db_url: str) -> str:
    library = Library.open(db_url)
    library.words.add("订单", "dìng dān", "(purchase) order", "当前订单。", "The current order.", 1)
    library.words.add("秩序", "zhì xù", "order (orderly); order (sequence); " * 8, "秩序。", "")
    library.close()
    return db_url


def test_table_lines_up_chinese_and_cuts_long_meanings(capsys, saved: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    code, out, _ = run(capsys, "--db", saved, "words")
    assert code == 0
    assert out.splitlines() == [
        "id  word  pinyin    meaning",
        " 1  订单  dìng dān  (purchase) order",
        " 2  秩序  zhì xù    order (orderly); order (sequence); orde…",
    ]
    assert max(map(cell_width_of, out.splitlines())) == 60


def test_csv_on_stdout_and_to_a_file(capsys, saved: str, tmp_path: Path) -> None:
    code, printed, _ = run(capsys, "--db", saved, "words", "--format", "csv")
    assert code == 0 and printed.splitlines()[:5] == CSV_HEADER
    library = Library.open(saved)
    title = next(doc.title for doc in library.list_documents() if doc.id == 1)
    library.close()
    assert printed.splitlines()[5] == (
        "订单,dìng dān<br>(purchase) order<br><br>当前订单。<br>The current order.<br>"
        f"<small>{title}</small>,reader"
    )
    path = tmp_path / "words.csv"
    code, out, _ = run(capsys, "--db", saved, "words", "-o", str(path))
    assert code == 0 and out == f"wrote 2 words to {path}\n"
    assert path.read_text(encoding="utf-8") == printed


def cell_width_of(line: str) -> int:
    return sum(map(cell_width, line))


def test_an_empty_list_and_bad_usage(capsys, db_url: str, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--db", db_url, "words")
    assert code == 0 and out == "id  word  pinyin  meaning\n"
    code, _, err = run(capsys, "--db", db_url, "words", "--format", "table", "-o", "x.csv")
    assert code == 2 and "--output writes CSV" in err
    code, _, err = run(capsys, "--db", db_url, "words", "-o", str(tmp_path / "no" / "w.csv"))
    assert code == 2 and "no such folder" in err
