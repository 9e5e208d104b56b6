"""Editing annotations, stepping through them by keyboard, the toolbar, a failed flag, and the
dock remembered with the window."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from reader.gui.annotating.flag_dialog import FlagDialog, FlagRequest
from reader.gui.common.text_offsets import ParagraphSpan
from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.annotating.test_flagging import settled, two_annotations

pytestmark = pytest.mark.gui


def stored(db_url: str, doc_id: int) -> list[tuple[str, str, str, str]]:
    library = Library.open(db_url)
    try:
        return [
            (a.category, a.severity, a.comment, a.fix)
            for a in library.annotations.for_document(doc_id)
        ]
    finally:
        library.close()


def focus_window(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.parallel.setFocus()


def test_double_click_edits_with_keys_and_undo_restores(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = two_annotations(window, qtbot, db_url)
    table = window.annotations.table
    table.selectRow(0)
    cell = table.visualRect(window.annotations.proxy.index(0, 0)).center()
    # A real double-click starts with a press; the view only acts on the row it was pressed on.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = window.findChild(FlagDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Edit Annotation"
    assert (dialog.category.currentText(), dialog.severity.currentText()) == (
        "Fluency/Grammar",
        "minor",
    )
    assert "Alt+4 critical" in dialog.severity.toolTip()
    dialog.activateWindow()  # shortcuts go to the active window; offscreen may not make it so
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.comment.setFocus()
    qtbot.keyClick(dialog.comment, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert dialog.severity.currentText() == "critical"
    qtbot.keyClick(dialog.comment, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert dialog.severity.currentText() == "neutral"
    dialog.category.setFocus()
    qtbot.keyClicks(dialog.category, "Accuracy/Add")
    assert dialog.category.currentText() == "Accuracy/Addition"
    dialog.comment.setFocus()
    qtbot.keyClicks(dialog.comment, "Added a clause")
    qtbot.keyClick(dialog.comment, Qt.Key.Key_Tab)  # Tab leaves the comment for the fix
    assert dialog.fix.hasFocus()
    qtbot.keyClicks(dialog.fix, "Drop it")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Save"
    before = stored(db_url, doc_id)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    edited = ("Accuracy/Addition", "neutral", "Added a clause", "Drop it")
    assert stored(db_url, doc_id) == [edited, before[1]]
    assert window.flagging.undo_stack.undoText() == "Edit Annotation"
    panel = window.annotations.proxy
    assert [panel.index(0, c).data() for c in (0, 1, 5, 6)] == list(edited)

    focus_window(window, qtbot)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.keyClick(window.parallel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_url, doc_id) == before
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.redo.trigger()
    assert stored(db_url, doc_id)[0] == edited


def test_edit_button_and_cancel_change_nothing(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = two_annotations(window, qtbot, db_url)
    panel = window.annotations
    assert not panel.edit.isEnabled() and not window.actions_.edit_annotation.isEnabled()
    panel.table.selectRow(1)
    assert window.actions_.edit_annotation.isEnabled()
    qtbot.mouseClick(panel.edit, Qt.MouseButton.LeftButton)
    dialog = window.findChild(FlagDialog)
    assert dialog is not None
    assert dialog.category.currentText() == "Accuracy/Omission"
    assert "Select Chinese" in dialog.senses.toPlainText()  # the omission has no Chinese span
    before = stored(db_url, doc_id)
    dialog.severity.setCurrentText("minor")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: window.findChild(FlagDialog) is None)
    assert stored(db_url, doc_id) == before
    assert window.flagging.undo_stack.count() == 0


def test_f8_steps_through_the_annotations_and_scrolls_to_them(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    two_annotations(window, qtbot, db_url)
    edit_menu = window.menuBar().actions()[1].menu()
    a = window.actions_
    assert {a.next_annotation, a.previous_annotation} <= set(edit_menu.actions())
    assert a.next_annotation.shortcut().toString() == "F8"
    assert a.previous_annotation.shortcut().toString() == "Shift+F8"
    focus_window(window, qtbot)
    panel = window.annotations

    def shown_paragraphs(column: int) -> tuple[int, ...]:
        row = window.parallel.currentIndex().row()
        return window.model.index(row, column).data(Role.PARAGRAPHS) or ()

    window.parallel.scrollToBottom()
    qtbot.keyClick(window.parallel, Qt.Key.Key_F8)
    selected = panel.selected()
    assert selected is not None and selected.category == "Fluency/Grammar"
    assert 1 in shown_paragraphs(1)
    qtbot.keyClick(window.parallel, Qt.Key.Key_F8)
    selected = panel.selected()
    assert selected is not None and selected.category == "Accuracy/Omission"
    row = window.parallel.currentIndex().row()
    assert 9 in shown_paragraphs(0)
    assert window.parallel.visualRect(window.model.index(row, 0)).intersects(
        window.parallel.viewport().rect()
    )
    qtbot.keyClick(window.parallel, Qt.Key.Key_F8)  # wraps round to the first
    selected = panel.selected()
    assert selected is not None and selected.category == "Fluency/Grammar"
    qtbot.keyClick(window.parallel, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    selected = panel.selected()
    assert selected is not None and selected.category == "Accuracy/Omission"
    # The keyboard goes on to editing: Ctrl+Shift+M opens it for the selected annotation.
    qtbot.keyClick(
        window.parallel,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.findChild(FlagDialog)
    assert dialog is not None and dialog.editing == selected
    dialog.reject()


def test_toolbar_offers_flag_undo_redo_and_find_similar(window: MainWindow) -> None:
    a = window.actions_
    assert window.toolbar.actions() == [a.flag_error, a.undo, a.redo, a.find_similar]
    assert "Ctrl+M" in a.flag_error.toolTip()
    for action in window.toolbar.actions():
        assert window.toolbar.widgetForAction(action) is not None


def test_a_flag_that_fails_to_save_leaves_no_undo_entry(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    nowhere = {"source": ParagraphSpan(10_000, 0, 3, "abc")}  # a paragraph the text lacks
    request = FlagRequest(nowhere, "Accuracy/Omission", "major", "", "")
    with qtbot.waitSignal(window.error_shown, timeout=20_000):
        window.flagging.flag(doc_id, request, "Ada")
    assert window.flagging.undo_stack.count() == 0
    assert not window.actions_.undo.isEnabled()
    assert stored(db_url, doc_id) == []
    box = window.findChild(QMessageBox)
    assert box is not None
    box.close()


def test_the_dock_is_remembered_with_the_window_state(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    first = make_window()
    first.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, first.annotations)
    first.annotations.toggleViewAction().trigger()  # View › Annotations off
    assert first.annotations.isHidden()
    first.close()
    second = make_window()
    assert second.dockWidgetArea(second.annotations) == Qt.DockWidgetArea.RightDockWidgetArea
    assert second.annotations.isHidden()
    assert not second.annotations.toggleViewAction().isChecked()
