"""The Word List dock in the main window: add from the popup, delete, export for Anki."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.gui.common.menus import menu_named
from reader.gui.reading.word_popup import WordPopup
from reader.gui.shell.main_window import MainWindow
from reader.gui.words import word_list
from reader.services import reading

SENTENCES = ("当前秩序在变化。", "The current order is changing.")


def _shown_list(qtbot: QtBot, window: MainWindow) -> word_list.WordList:
    dock = window.word_list
    toggle = dock.toggleViewAction()
    assert not dock.isVisible() and toggle in menu_named(window, "view").actions()
    with qtbot.waitSignal(dock.listed, timeout=10_000):  # first shown, first loaded
        toggle.trigger()
    assert dock.isVisible()
    return dock


def _rows(dock: word_list.WordList) -> list[list[str]]:
    model = dock.model
    return [
        [model.item(row, column).text() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _add_from_popup(qtbot: QtBot, window: MainWindow, dock: word_list.WordList) -> None:
    popup = WordPopup(window.parallel)
    popup.add_requested.connect(lambda info, pair: dock.add(info, pair, 1))
    info = reading.word_info(SENTENCES[0], 2)
    assert info is not None
    popup.show_word(info, QPoint(200, 200), SENTENCES)
    with qtbot.waitSignal(dock.message, timeout=10_000) as message:
        qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert message.args == ["Added 秩序 to the word list"]
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1)


def test_a_word_added_from_the_popup_appears_selected(qtbot: QtBot, window: MainWindow) -> None:
    dock = _shown_list(qtbot, window)
    assert dock.model.rowCount() == 0 and not dock.export_button.isEnabled()
    _add_from_popup(qtbot, window, dock)
    assert _rows(dock) == [["秩序", "zhì xù", _meaning(), SENTENCES[0]]]
    assert dock.selected_id() is not None and dock.delete_button.isEnabled()
    assert window.statusBar().currentMessage() == "Added 秩序 to the word list"
    info = reading.word_info(SENTENCES[0], 3)
    with (
        qtbot.waitSignal(dock.message, timeout=10_000) as message,
        qtbot.waitSignal(dock.listed, timeout=10_000) as listed,
    ):
        dock.add(info, SENTENCES, 1)  # the same word in the same sentence
    assert message.args == ["秩序 is already in the word list"] and listed.args == [1]


def test_delete_key_removes_the_selected_word_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    dock = _shown_list(qtbot, window)
    _add_from_popup(qtbot, window, dock)
    dock.table.setFocus()
    qtbot.waitUntil(dock.table.hasFocus)
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: dock.model.rowCount() == 0)
    assert window.statusBar().currentMessage() == "Removed 秩序 from the word list"
    assert window.flagging.undo_stack.undoText() == "Delete Word"
    # Undo from the list itself: the word comes back, selected.
    qtbot.keyClick(dock.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dock.model.rowCount() == 1 and dock.selected_id() is not None)
    assert _rows(dock)[0][0] == "秩序"
    assert window.statusBar().currentMessage() == "Put 秩序 back in the word list"
    window.actions_.redo.trigger()
    qtbot.waitUntil(lambda: dock.model.rowCount() == 0)


def test_export_for_anki_writes_the_csv(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dock = _shown_list(qtbot, window)
    _add_from_popup(qtbot, window, dock)
    chosen = tmp_path / "study"  # no suffix: .csv is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(chosen), ""))
    with qtbot.waitSignal(dock.message, timeout=10_000) as message:
        qtbot.mouseClick(dock.export_button, Qt.MouseButton.LeftButton)
    path = chosen.with_suffix(".csv")
    assert message.args == [f"Exported 1 word to {path}"]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:5] == [
        "#separator:comma",
        "#html:true",
        "#notetype:Basic",
        "#deck:reader words",
        "#columns:Front,Back,Tags",
    ]
    assert lines[5].startswith(f"秩序,zhì xù<br>{_meaning()}<br><br>{SENTENCES[0]}<br>")


def test_a_failed_save_is_reported(qtbot: QtBot, window: MainWindow) -> None:
    dock = _shown_list(qtbot, window)
    info = reading.word_info(SENTENCES[0], 2)
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        dock.add(info, SENTENCES, 999)
    assert shown.args == ["no document with id 999"]


def _meaning() -> str:
    info = reading.word_info(SENTENCES[0], 2)
    assert info is not None
    return info.meaning
