"""The window shows and stays usable while the library is still opening."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from reader.core.errors import InputError
from reader.gui.common.library_runner import LibraryLike, library_opener
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_window_shows_before_the_library_has_opened(qtbot: QtBot, db_url: str) -> None:
    release = threading.Event()
    open_real = library_opener(db_url)

    def slow_open() -> LibraryLike:
        release.wait(10)
        return open_real()

    window = MainWindow(slow_open)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the event loop turns while the library is still "opening"
    assert window.status.currentMessage() == "Opening the library…"
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        release.set()
    assert window.model.rowCount() > 0


def test_a_missing_document_is_reported(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        window.load_document(10_000)
    assert shown.args == [str(InputError("no document with id 10000"))]
