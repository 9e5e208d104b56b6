"""Cancelling an import from its progress callback saves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import Cancelled
from reader.services.library import Library


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    original, translation = tmp_path / "en.txt", tmp_path / "zh.txt"
    original.write_text("A title\n\nThe first paragraph.\n\nThe second one.\n", "utf-8")
    translation.write_text("标题\n\n第一段。\n\n第二段。\n", "utf-8")
    return original, translation


def test_progress_rises_to_one(library: Library, pair: tuple[Path, Path]) -> None:
    seen: list[float] = []
    library.import_files(*pair, progress=seen.append)
    assert seen == sorted(seen)
    assert seen[0] == 0.0 and seen[-1] == 1.0


@pytest.mark.parametrize("stop_at", [0.0, 0.5, 1.0], ids=["before", "aligning", "saving"])
def test_cancelled_import_saves_nothing(
    library: Library, pair: tuple[Path, Path], stop_at: float
) -> None:
    before = library.list_documents()
    seen: list[float] = []

    def progress(done: float) -> None:
        seen.append(done)
        if done >= stop_at:
            raise Cancelled

    with pytest.raises(Cancelled):
        library.import_files(*pair, progress=progress)
    assert seen[-1] >= stop_at
    assert library.list_documents() == before
