"""Fixtures for the services: every test here runs on SQLite and, when a server is named, on
PostgreSQL (see tests/conftest.py); a small document without the corpus or the aligner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from annotation_docs import add_documents, prepared
from databases import backends

from reader.services.library import Library


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        metafunc.parametrize("backend", backends(), indirect=True)


@pytest.fixture
def small_url(empty_url: str) -> str:
    """An unseeded database holding only the small document, as id 1."""
    add_documents(empty_url, prepared())
    return empty_url


@pytest.fixture
def small(small_url: str) -> Iterator[Library]:
    library = Library.open(small_url, seed=False)
    yield library
    library.close()
