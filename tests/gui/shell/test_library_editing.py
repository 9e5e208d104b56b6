"""Renaming, deleting (asked once, undoable) and ordering documents in the library panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library

pytestmark = pytest.mark.gui


def titles(window: MainWindow) -> list[str]:
    return [d.title for d in window.library.model.documents]


def test_delete_asks_once_and_undo_brings_the_document_back(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    saker = window.shown_document_id
    first = titles(window)[0]
    view = window.library.list_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert len(asked) == 1 and asked[0].startswith(f"Delete “{first}” with its annotations?")
    assert first not in titles(window) and len(titles(window)) == 4
    assert loaded.args != [saker]  # the next document is shown in its place
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Delete Document", timeout=20_000)
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.actions_.undo.trigger()
    assert loaded.args == [saker] and titles(window)[0] == first


def test_rename_and_move_are_undoable(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  The Saker   piece ", True))
    before = titles(window)
    window.library_editing.rename_action.trigger()
    qtbot.waitUntil(lambda: titles(window)[0] == "The Saker piece", timeout=20_000)
    assert window.windowTitle() == "The Saker piece — reader"
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(window) == before, timeout=20_000)
    assert window.windowTitle() == f"{before[0]} — reader"
    window.actions_.redo.trigger()
    qtbot.waitUntil(lambda: titles(window)[0] == "The Saker piece", timeout=20_000)
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(window) == before, timeout=20_000)
    window.library_editing.move_down_action.trigger()
    qtbot.waitUntil(lambda: titles(window) == [before[1], before[0], *before[2:]], timeout=20_000)
    assert window.library.current_document_id() == window.shown_document_id  # still shown
    window.library_editing.move_up_action.trigger()
    qtbot.waitUntil(lambda: titles(window) == before, timeout=20_000)
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: titles(window)[1] == before[0], timeout=20_000)


def test_file_restore_puts_a_backup_back_and_shows_it(
    window: MainWindow, qtbot: QtBot, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = Library.open(db_url, seed=False)
    try:
        saved = library.backup()
        library.rename_document(1, "Renamed after the backup")
    finally:
        library.close()
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _label: str, items: list[str], *_a: object) -> object:
        offered.append(items)
        return saved.name, True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    with qtbot.waitSignal(window.document_loaded, timeout=30_000):
        window.library_editing.restore_action.trigger()
    assert offered and offered[0][0] == saved.name  # the newest first
    assert "Renamed after the backup" not in titles(window)
    assert window.statusBar().currentMessage() == f"Restored {saved.name}."


def test_the_shown_document_gets_a_web_address_undoably(
    window: MainWindow, qtbot: QtBot, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def url() -> str:
        library = Library.open(db_url, seed=False)
        try:
            return library.load_document(window.shown_document_id or 0).url
        finally:
            library.close()

    offered: list[str] = []
    answers = iter([("not an address", True), (" https://thesaker.is/a/ ", True), ("", True)])

    def get_text(*args: object, **_kwargs: object) -> tuple[str, bool]:
        offered.append(str(args[4]))  # what the field held
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    with qtbot.waitSignal(window.error_shown, timeout=20_000) as shown:
        window.library_editing.url_action.trigger()
    assert "not a web address" in shown.args[0]
    box = window.findChild(QMessageBox)
    if box is not None:
        box.close()
    window.library_editing.url_action.trigger()
    qtbot.waitUntil(lambda: window.undo_stack.undoText() == "Set Web Address", timeout=20_000)
    assert url() == "https://thesaker.is/a/"
    window.library_editing.url_action.trigger()  # shows the address, and takes it away
    # the change is stored first and pushed on the undo stack after the library is listed
    qtbot.waitUntil(lambda: window.undo_stack.count() == 2, timeout=20_000)
    assert url() == ""
    assert offered == ["", "", "https://thesaker.is/a/"]
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: url() == "https://thesaker.is/a/", timeout=20_000)
