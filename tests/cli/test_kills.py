"""Killed at random points, the command line loses nothing it confirmed: SIGKILL during
flags, imports and exports, then the database passes SQLite's integrity check, every flag
whose command said so is there, and no half-written export is left behind."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = 7  # per kind of command: tens in all, bounded for CI
READER = [sys.executable, "-m", "reader"]


def kill_at_random(command: list[str], rng: random.Random) -> tuple[bool, str]:
    """Run, SIGKILL after a random moment; (finished by itself with success, its output)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.0, 2.5))
    process.kill()
    out, _ = process.communicate()
    return process.returncode == 0, out.decode("utf-8", "replace")


@pytest.mark.parametrize("seed", [1])
def test_random_kills_lose_nothing_confirmed(db_url: str, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    db = ["--db", db_url]
    confirmed: list[str] = []
    english, chinese = tmp_path / "en.txt", tmp_path / "zh.txt"
    exported = tmp_path / "out" / "review.html"
    exported.parent.mkdir()
    for kill in range(KILLS):
        comment = f"kill test {kill}"
        flag = [*db, "flag", "1", "--src-quote", "the current order", "--category", "other"]
        done, out = kill_at_random(
            [*READER, *flag, "--severity", "minor", "--comment", comment], rng
        )
        if done and out.startswith("flagged"):
            confirmed.append(comment)
        english.write_text(f"Paragraph {kill} of a text.\n\nIts second paragraph.\n", "utf-8")
        chinese.write_text(f"一段文字的第{kill}段。\n\n第二段。\n", "utf-8")
        kill_at_random([*READER, *db, "import", str(english), "--translation", str(chinese)], rng)
        kill_at_random([*READER, *db, "export", "1", "-f", "html", "-o", str(exported)], rng)
    subprocess.run([*READER, *db, "export", "1", "-f", "html", "-o", str(exported)], check=True)
    path = db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {row[0] for row in connection.execute("SELECT comment FROM annotation")}
    assert confirmed and set(confirmed) <= stored
    assert [p.name for p in exported.parent.iterdir()] == ["review.html"]  # no .part left
