"""What a killed export leaves behind is removed by the next one: half-written copies of the
target, and scratch folders holding the document's text."""

from __future__ import annotations

import os
from pathlib import Path

from reader.export.atomic import write_atomic
from reader.export.scratch import remove_stale_scratch, scratch_folder, scratch_root

GONE = 2**22 + 12345  # above Linux's default pid_max: no process has it


def test_a_killed_writers_part_file_is_removed_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "review.html"
    stale = tmp_path / f".review.html.{GONE}.x1y2.part"
    working = tmp_path / f".review.html.{os.getpid()}.z3.part"  # a writer still at it
    other = tmp_path / f".notes.html.{GONE}.q.part"  # another target's
    for path in (stale, working, other):
        path.write_text("half", "utf-8")
    write_atomic(target, b"whole")
    assert target.read_bytes() == b"whole"
    assert not stale.exists() and working.exists() and other.exists()


def test_scratch_folders_of_gone_processes_are_removed() -> None:
    left = scratch_root() / f"{GONE}-pdf-abc"
    left.mkdir()
    (left / "report.html").write_text("the document's text", "utf-8")
    with scratch_folder("pdf") as mine:
        assert remove_stale_scratch() >= 1
        assert not left.exists() and mine.exists()  # a running export's folder stays
    assert not mine.exists()
