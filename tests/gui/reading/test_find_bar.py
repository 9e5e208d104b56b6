"""Edit › Find…: Ctrl+F, typing, the highlights, F3 / Shift+F3, Enter, Escape."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.gui.parallel.parallel_model import Column, Role
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def decorations(window: MainWindow, layer: str) -> list[tuple[int, int, str]]:
    """(row, column, the highlighted text) of every decoration of a layer, in reading order."""
    model, found = window.model, []
    for row in range(model.rowCount()):
        for column in Column:
            index = model.index(row, column)
            for decoration in index.data(Role.DECORATIONS):
                if decoration.layer == layer:
                    found.append((row, column, index.data()[decoration.start : decoration.end]))
    return found


def type_query(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Type in the query; Chinese arrives as an input method commits it (QTest's key clicks
    know only ASCII)."""
    bar = window.find_bar
    bar.query.clear()
    with qtbot.waitSignal(bar.searched, timeout=3_000):
        if text.isascii():
            qtbot.keyClicks(bar.query, text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            QApplication.sendEvent(bar.query, event)


def current_row(window: MainWindow) -> int:
    return window.parallel.selectionModel().selectedRows()[0].row()


def is_shown(window: MainWindow, row: int) -> bool:
    rect = window.parallel.visualRect(window.model.index(row, 0))
    return rect.intersects(window.parallel.viewport().rect())


def test_ctrl_f_opens_the_bar_with_the_focus(window: MainWindow, qtbot: QtBot) -> None:
    assert not window.find_bar.isVisible()
    window.parallel.setFocus()
    qtbot.keyClick(window.parallel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.waitUntil(window.find_bar.query.hasFocus)


def test_english_matches_are_counted_and_highlighted(window: MainWindow, qtbot: QtBot) -> None:
    window.find_bar.open_bar()
    type_query(window, qtbot, "ORDER")
    assert window.model.document is not None
    source = window.model.document.source.paragraphs
    expected = sum(p.casefold().count("order") for p in source)
    assert expected > 3
    found = decorations(window, "search")
    assert len(found) == expected
    assert {text.casefold() for _, _, text in found} == {"order"}
    assert all(column == Column.SOURCE for _, column, _ in found)
    assert window.find_bar.count.text() == f"1 of {expected}"
    current = decorations(window, "search_current")
    assert current == found[:1]
    assert current_row(window) == found[0][0]


def test_chinese_matches_and_f3_shift_f3(window: MainWindow, qtbot: QtBot) -> None:
    window.find_bar.open_bar()
    type_query(window, qtbot, "秩序")
    found = decorations(window, "search")
    assert [text for _, _, text in found] == ["秩序"] * 10
    assert all(column == Column.TARGET for _, column, _ in found)
    bar = window.find_bar
    for step in range(1, 4):
        qtbot.keyClick(bar.query, Qt.Key.Key_F3)
        assert bar.count.text() == f"{step + 1} of 10"
        assert decorations(window, "search_current") == [found[step]]
        assert current_row(window) == found[step][0]
        assert is_shown(window, found[step][0])
    qtbot.keyClick(bar.query, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 10"
    # Shift is held for "previous", yet only the match's row is selected, not a range.
    selected = window.parallel.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [found[2][0]]
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "1 of 10"


def test_wrapping_around_says_so(window: MainWindow, qtbot: QtBot) -> None:
    window.find_bar.open_bar()
    type_query(window, qtbot, "秩序")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count.text() == "10 of 10"
    assert "wrapped" in window.statusBar().currentMessage()
    last = decorations(window, "search")[-1]
    assert current_row(window) == last[0]
    assert is_shown(window, last[0])
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == "1 of 10"


def test_side_and_case_narrow_the_search(window: MainWindow, qtbot: QtBot) -> None:
    bar = window.find_bar
    bar.open_bar()
    type_query(window, qtbot, "Russia")
    every = len(decorations(window, "search"))
    assert every > 0
    with qtbot.waitSignal(bar.searched):
        bar.side.setCurrentIndex(bar.side.findText("Translation"))
    assert decorations(window, "search") == []
    assert bar.count.text() == "No matches"
    with qtbot.waitSignal(bar.searched):
        bar.side.setCurrentIndex(bar.side.findText("Original"))
    assert len(decorations(window, "search")) == every
    type_query(window, qtbot, "russia")
    with qtbot.waitSignal(bar.searched):
        qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    assert all(text == "russia" for _, _, text in decorations(window, "search"))
    assert len(decorations(window, "search")) < every


def test_escape_hides_the_bar_and_clears_the_highlights(window: MainWindow, qtbot: QtBot) -> None:
    window.find_bar.open_bar()
    type_query(window, qtbot, "order")
    assert decorations(window, "search")
    qtbot.keyClick(window.find_bar.query, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert decorations(window, "search") == []
    assert decorations(window, "search_current") == []


def test_blank_query_finds_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.find_bar.open_bar()
    type_query(window, qtbot, "   ")
    assert decorations(window, "search") == []
    assert window.find_bar.count.text() == ""
