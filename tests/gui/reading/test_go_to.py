"""Go › Go to Paragraph… (Ctrl+G)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.gui.parallel.parallel_model import Column
from reader.gui.reading.go_to import GoToDialog
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def open_dialog(window: MainWindow, qtbot: QtBot) -> GoToDialog:
    window.parallel.setFocus()
    qtbot.keyClick(window.parallel, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    # the last one closed may still be there, waiting for deleteLater
    (dialog,) = [d for d in window.findChildren(GoToDialog) if d.isVisible()]
    return dialog


def go(window: MainWindow, qtbot: QtBot, side: str, number: int) -> None:
    dialog = open_dialog(window, qtbot)
    dialog.side.setCurrentIndex(dialog.side.findText(side))
    dialog.number.selectAll()
    qtbot.keyClicks(dialog.number, str(number))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def selected_row(window: MainWindow) -> int:
    return window.parallel.selectionModel().selectedRows()[0].row()


@pytest.mark.parametrize(
    ("side", "column"), [("Original", Column.SOURCE), ("Translation", Column.TARGET)]
)
def test_goes_to_the_row_whose_tooltip_names_the_paragraph(
    window: MainWindow, qtbot: QtBot, side: str, column: Column
) -> None:
    go(window, qtbot, side, 20)
    row = selected_row(window)
    tooltip = window.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert "20" in tooltip.split("·")[0].removeprefix("Paragraph ").split(", ")
    rect = window.parallel.visualRect(window.model.index(row, column))
    assert rect.top() >= 0 and rect.top() < window.parallel.viewport().height()


def test_the_range_follows_the_numbering(window: MainWindow, qtbot: QtBot) -> None:
    view = window.model.document
    assert view is not None and view.target is not None
    dialog = open_dialog(window, qtbot)
    dialog.side.setCurrentIndex(dialog.side.findText("Original"))
    assert f"1–{len(view.source.paragraphs)}" in dialog.range.text()
    assert dialog.number.maximum() == len(view.source.paragraphs)
    dialog.side.setCurrentIndex(dialog.side.findText("Translation"))
    assert f"1–{len(view.target.paragraphs)}" in dialog.range.text()
    assert dialog.number.maximum() == len(view.target.paragraphs)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_dialog_starts_at_the_current_paragraph(window: MainWindow, qtbot: QtBot) -> None:
    go(window, qtbot, "Original", 12)
    dialog = open_dialog(window, qtbot)
    assert dialog.side.currentText() == "Original"
    assert dialog.number.value() == 12
    dialog.reject()
