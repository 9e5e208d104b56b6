"""Fixtures for the annotation services: a small document, without the corpus or the aligner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from annotation_docs import add_documents, prepared

from reader.services.library import Library


@pytest.fixture
def small_url(tmp_path: Path) -> str:
    """An unseeded database holding only the small document, as id 1."""
    url = f"sqlite:///{tmp_path / 'small.db'}"
    add_documents(url, prepared())
    return url


@pytest.fixture
def small(small_url: str) -> Iterator[Library]:
    library = Library.open(small_url, seed=False)
    yield library
    library.close()
