"""Shared fixtures. No test touches the user's real data, settings or display."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from databases import POSTGRES_ENV, PostgresServer
from sqlalchemy import make_url

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
def postgres() -> Iterator[PostgresServer]:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} names no PostgreSQL server")
    server = PostgresServer(url)
    yield server
    server.admin.dispose()


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """SQLite unless a test module parametrises it (tests/services runs on every backend)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def seeded_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seeding aligns the corpus; do it once and hand each test a copy."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    Library.open(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="session")
def seeded_postgres_template(postgres: PostgresServer) -> Iterator[str]:
    url = postgres.create()
    Library.open(url).close()
    yield make_url(url).database or ""
    postgres.drop(url)


@pytest.fixture
def empty_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database on the test's backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create()
    yield url
    server.drop(url)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A database holding the seeded corpus, on the test's backend."""
    if backend == "sqlite":
        path = tmp_path / "seeded.db"
        shutil.copy(request.getfixturevalue("seeded_db_template"), path)
        yield f"sqlite:///{path}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create(template=request.getfixturevalue("seeded_postgres_template"))
    yield url
    server.drop(url)


@pytest.fixture
def no_starter_terms(db_url: str) -> None:
    """The test database without the corpus's starter terms: the test builds its own."""
    library = Library.open(db_url, seed=False)
    try:
        for term in library.terms.list():
            library.terms.remove(term.id)
    finally:
        library.close()


@pytest.fixture
def library(db_url: str) -> Iterator[Library]:
    lib = Library.open(db_url)
    yield lib
    lib.close()
