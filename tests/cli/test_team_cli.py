"""reader agreement: two reviewers of one document, compared."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest

from reader.launch import main
from reader.services.library import Library


def flag_as(library: Library, who: str, quote: str, severity: str, category: str) -> None:
    anchor = library.annotations.quote_anchor(1, "target", quote)
    library.annotations.flag(1, category, severity, (anchor,), annotator=who)


@pytest.fixture
def reviewed(db_url: str) -> str:
    with closing(Library.open(db_url)) as library:
        flag_as(library, "Ada", "当前订单", "major", "Accuracy/Mistranslation")
        flag_as(library, "Ben", "订单", "major", "Accuracy/Mistranslation")
        flag_as(library, "Ben", "艾伦先生", "minor", "Fluency/Grammar")
    return db_url


def test_agreement_of_two_reviewers(capsys: pytest.CaptureFixture[str], reviewed: str) -> None:
    assert main(["--db", reviewed, "agreement", "1", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reviewers"] == ["Ada", "Ben"]
    (pair,) = data["pairs"]
    assert pair["exact"]["matched"] == 0 and pair["overlapping"]["matched"] == 1
    assert pair["overlapping"]["precision"] == 0.5 and pair["overlapping"]["recall"] == 1.0
    assert pair["category_kappa"] is None  # one pair, one label: undefined
    assert data["scores"]["Ben"]["penalty"] == 6.0
    assert main(["--db", reviewed, "agreement", "1"]) == 0
    text = capsys.readouterr().out
    assert "overlapping: 1 matched, P 0.50  R 1.00  F1 0.67" in text
    assert "category undefined" in text


def test_agreement_needs_two_reviewers(capsys: pytest.CaptureFixture[str], reviewed: str) -> None:
    assert main(["--db", reviewed, "agreement", "1", "--reviewers", "Ada"]) == 2
    assert "agreement needs two reviewers" in capsys.readouterr().err
    assert main(["--db", reviewed, "agreement", "1", "--reviewers", "Ada,Cy"]) == 2
    assert "no annotations by Cy (reviewers here: Ada, Ben)" in capsys.readouterr().err


def test_db_copy_prints_counts_and_checksums(
    capsys: pytest.CaptureFixture[str], reviewed: str, tmp_path: Path
) -> None:
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    assert main(["db", "copy", "--from", reviewed, "--to", copy]) == 0
    out = capsys.readouterr().out.splitlines()
    annotation_row = next(line for line in out if line.startswith("annotation "))
    assert annotation_row.split()[1:] == ["3", "3"]
    sums = next(line for line in out if line.startswith("annotations' checksum"))
    assert sums.split()[-1] == sums.split()[-2]
    assert out[-1].startswith("copied:")
    assert main(["db", "copy", "--from", reviewed, "--to", copy]) == 2
    assert "not empty" in capsys.readouterr().err
