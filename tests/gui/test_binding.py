"""Guards against a Qt binding that loses references to None (PySide6 6.12.0 on Python 3.11).

Such a binding aborts the program with "deallocating None" after a few thousand void calls;
pyproject.toml pins PySide6 below 6.12 for that reason.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

pytestmark = pytest.mark.gui


def test_void_calls_keep_their_reference_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(100):
        obj.setObjectName("x")
    assert sys.getrefcount(None) >= before
