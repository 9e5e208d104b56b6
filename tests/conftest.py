"""Shared fixtures. No test touches the user's real data, settings or display."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from reader.services.library import Library

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config")):
        (home / sub).mkdir(parents=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("READER_DB", f"sqlite:///{tmp_path / 'reader.db'}")


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeding aligns the corpus; do it once and hand each test a copy."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    Library.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def db_url(tmp_path: Path, seeded_db_template: Path) -> str:
    path = tmp_path / "seeded.db"
    shutil.copy(seeded_db_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    lib = Library.open(db_url)
    yield lib
    lib.close()
