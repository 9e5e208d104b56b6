"""Flagging through the real window: select a span on each side, flag, undo, redo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox, QToolTip
from pytestqt.qtbot import QtBot

from reader.gui.annotating.annotations_model import Field
from reader.gui.annotating.flag_dialog import FlagDialog
from reader.gui.common import annotator
from reader.gui.parallel.highlights import SEVERITY_COLORS
from reader.gui.parallel.parallel_model import Role
from reader.gui.parallel.span_editor import SpanEditor
from reader.gui.shell.main_window import MainWindow
from reader.services.annotations import Annotations
from reader.services.library import Library
from tests.gui.parallel.test_flagging_offsets import open_span_editor

pytestmark = pytest.mark.gui

ROW = 9  # the Saker piece's bead with "the current order" / 当前订单


def select(editor: SpanEditor, qtbot: QtBot, phrase: str) -> None:
    """Select the phrase with the keyboard, the way a reviewer without a mouse would."""
    start = editor.toPlainText().index(phrase)
    qtbot.keyClick(editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(start):
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    for _ in range(len(phrase)):
        qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def stored(db_url: str, doc_id: int) -> list[tuple[str, ...]]:
    library = Library.open(db_url)
    try:
        return [
            (a.category, a.severity, a.annotator, a.comment, *(x.exact for x in a.anchors))
            for a in library.annotations.for_document(doc_id)
        ]
    finally:
        library.close()


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers the one-time "your name" question with Ada, and counts the questions."""
    asked: list[str] = []

    def get_text(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append("name")
        return "Ada", True

    monkeypatch.setattr(annotator.QInputDialog, "getText", get_text)
    return asked


def settled(window: MainWindow, qtbot: QtBot) -> None:
    """Wait for the refresh that follows loading, so it cannot pass for a later one."""
    qtbot.waitUntil(lambda: bool(window.status.score.text()), timeout=20_000)


def flagged_beforehand(
    window: MainWindow, qtbot: QtBot, db_url: str, flag: Callable[[Annotations, int], object]
) -> int:
    """Flag through the service on the shown document, then let the window show it."""
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    library = Library.open(db_url)
    try:
        flag(library.annotations, doc_id)
    finally:
        library.close()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.refresh_annotations()
    return doc_id


def two_annotations(window: MainWindow, qtbot: QtBot, db_url: str) -> int:
    """A minor grammar error in target paragraph 1, a critical omission in source paragraph 9."""

    def flag(notes: Annotations, doc_id: int) -> None:
        notes.flag(doc_id, "Fluency/Grammar", "minor", [notes.span_anchor(doc_id, "target", 1)])
        notes.flag(
            doc_id, "Accuracy/Omission", "critical", [notes.span_anchor(doc_id, "source", 9)]
        )

    return flagged_beforehand(window, qtbot, db_url, flag)


def flag_selection(window: MainWindow, qtbot: QtBot, editor: SpanEditor) -> FlagDialog:
    qtbot.keyClick(editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(FlagDialog) is not None)
    dialog = window.findChild(FlagDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def open_from_menu(window: MainWindow) -> FlagDialog:
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.actions_.flag_error in edit_menu.actions()
    window.actions_.flag_error.trigger()
    dialog = window.findChild(FlagDialog)
    assert dialog is not None
    return dialog


def highlight_point(window: MainWindow, index: QModelIndex, color: QColor) -> QPoint | None:
    """The middle of the cell's pixels painted in the highlight colour (an edge pixel may sit
    in the spacing between lines, where hovering means the line above), if any."""
    view = window.parallel
    view.scrollTo(index)
    rect = view.visualRect(index)
    image = view.viewport().grab(rect).toImage()
    found = [
        QPoint(x, y)
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) == color
    ]
    return rect.topLeft() + found[len(found) // 2] if found else None


def assert_highlighted_with_tooltip(window: MainWindow, qtbot: QtBot, index: QModelIndex) -> None:
    point = highlight_point(window, index, SEVERITY_COLORS["minor"])
    assert point is not None, "the flagged span is not highlighted"
    viewport = window.parallel.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: "Accuracy/Mistranslation" in QToolTip.text())
    assert "Reads as a purchase order" in QToolTip.text()
    QToolTip.hideText()


def test_select_both_sides_flag_undo_redo(
    window: MainWindow, qtbot: QtBot, db_url: str, named: list[str]
) -> None:
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    model = window.model
    english = open_span_editor(window.parallel, qtbot, model.index(ROW, 0))
    select(english, qtbot, "the current order")
    chinese = open_span_editor(window.parallel, qtbot, model.index(ROW, 1))
    select(chinese, qtbot, "当前订单")
    assert set(window.selection.spans) == {"source", "target"}
    # The English editor closed when the Chinese one opened: its selection stays marked.
    layers = {d.layer for d in model.index(ROW, 0).data(Role.DECORATIONS)}
    assert window.parallel.indexWidget(model.index(ROW, 0)) is None and "selection" in layers

    dialog = flag_selection(window, qtbot, chinese)
    assert dialog.category.currentText() == "Accuracy/Mistranslation"
    qtbot.waitUntil(lambda: "dìng dān" in dialog.senses.toPlainText(), timeout=30_000)
    dialog.severity.setCurrentText("minor")
    qtbot.keyClicks(dialog.comment, "Reads as a purchase order")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    flagged = [
        (
            "Accuracy/Mistranslation",
            "minor",
            "Ada",
            "Reads as a purchase order",
            "the current order",
            "当前订单",
        )
    ]
    assert stored(db_url, doc_id) == flagged
    assert named == ["name"]
    # The selection became the flag: no editor hides its highlight, no selection is marked.
    assert window.parallel.indexWidget(model.index(ROW, 1)) is None
    assert not any(d.layer == "selection" for d in model.index(ROW, 0).data(Role.DECORATIONS))
    panel = window.annotations
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1)
    row = [panel.proxy.index(0, c).data() for c in range(panel.proxy.columnCount())]
    quotes = ["the current order", "当前订单"]
    assert row == [*flagged[0][:2], "open", *quotes, flagged[0][3], "", "Ada"]
    assert panel.proxy.index(0, Field.REVIEWER).data(Qt.ItemDataRole.DecorationRole).isValid()
    assert window.status.score.text().startswith("MQM 1 · ")
    for column in (0, 1):
        assert_highlighted_with_tooltip(window, qtbot, window.model.index(ROW, column))

    assert window.actions_.undo.isEnabled()
    # The closed dialog leaves no active window offscreen; a real window system reactivates it.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.parallel.setFocus()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.keyClick(window.parallel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_url, doc_id) == []
    qtbot.waitUntil(lambda: not window.model.index(ROW, 1).data(Role.MARKS))
    assert highlight_point(window, window.model.index(ROW, 1), SEVERITY_COLORS["minor"]) is None
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0)
    assert window.status.score.text().startswith("MQM 0 · ")
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.keyClick(window.parallel, Qt.Key.Key_Z, shift_ctrl)
    assert stored(db_url, doc_id) == flagged


def test_english_alone_is_an_omission_and_the_name_is_asked_once(
    window: MainWindow, qtbot: QtBot, db_url: str, named: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    settled(window, qtbot)
    for attempt in range(3):
        # A flag made, the selection is gone (its editor closes over the new highlight):
        # select again, then flag by the shortcut in the editor, or from the Edit menu.
        english = open_span_editor(window.parallel, qtbot, window.model.index(ROW, 0))
        select(english, qtbot, "the current order")
        dialog = flag_selection(window, qtbot, english) if not named else open_from_menu(window)
        assert dialog.category.currentText() == "Accuracy/Omission"
        assert "Select Chinese" in dialog.senses.toPlainText()
        if attempt < 2:
            with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
                dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        else:  # the same flag a third time: asked, and refused
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: window.findChild(FlagDialog) is None)
    assert named == ["name"]
    # The same span in the same category twice: asked first, each time after the first.
    assert len(asked) == 2 and "already flagged as Accuracy/Omission" in asked[0]
    assert len(stored(db_url, window._shown_id or 0)) == 2


def test_panel_filters_sorts_scrolls_resolves_and_deletes_with_undo(
    window: MainWindow, qtbot: QtBot, db_url: str, named: list[str]
) -> None:
    two_annotations(window, qtbot, db_url)
    panel = window.annotations
    assert panel.proxy.rowCount() == 2

    panel.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # severity by weight
    assert panel.proxy.index(0, 1).data() == "critical"
    panel.filters[Field.SEVERITY].setCurrentText("minor")
    assert [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())] == [
        "Fluency/Grammar"
    ]
    panel.filters[Field.SEVERITY].setCurrentIndex(0)

    window.parallel.scrollToTop()
    panel.table.selectRow(0)  # the critical omission, in source paragraph 9
    row = window.parallel.currentIndex().row()
    assert 9 in window.model.index(row, 0).data(Role.PARAGRAPHS)
    assert window.parallel.visualRect(window.model.index(row, 0)).intersects(
        window.parallel.viewport().rect()
    )

    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    statuses = {panel.proxy.index(r, 2).data() for r in range(2)}
    assert statuses == {"open", "resolved"}
    panel.filters[Field.STATUS].setCurrentText("resolved")
    assert panel.proxy.rowCount() == 1
    panel.filters[Field.STATUS].setCurrentIndex(0)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.undo.trigger()
    assert {panel.proxy.index(r, 2).data() for r in range(2)} == {"open"}

    panel.table.selectRow(0)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(panel.delete, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == 1
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.undo.trigger()
    assert panel.proxy.rowCount() == 2
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.redo.trigger()
    assert panel.proxy.rowCount() == 1


def test_undo_shortcut_reaches_the_window_from_the_span_editor(
    window: MainWindow, qtbot: QtBot, db_url: str, named: list[str]
) -> None:
    settled(window, qtbot)
    english = open_span_editor(window.parallel, qtbot, window.model.index(ROW, 0))
    select(english, qtbot, "the current order")
    dialog = flag_selection(window, qtbot, english)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    english = open_span_editor(window.parallel, qtbot, window.model.index(ROW, 0))
    english.setFocus()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.keyClick(english, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_url, window._shown_id or 0) == []


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_keyboard_opens_the_span_editor_whose_menu_offers_flagging(
    window: MainWindow, qtbot: QtBot, key: Qt.Key
) -> None:
    index = window.model.index(ROW, 1)
    window.activateWindow()
    window.parallel.setFocus()
    window.parallel.setCurrentIndex(index)
    qtbot.keyClick(window.parallel, key)
    editor = window.parallel.indexWidget(index)
    assert isinstance(editor, SpanEditor)
    assert editor.isReadOnly()
    point = editor.viewport().rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, editor.mapToGlobal(point))
    QApplication.sendEvent(editor.viewport(), event)
    menus = [m for m in editor.findChildren(QMenu) if m.isVisible()]
    assert menus and window.actions_.flag_error in menus[0].actions()
    menus[0].close()


def test_a_fix_is_accepted_undone_and_previewed_as_the_revised_translation(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    from reader.gui.exporting.export_dialog import ExportDialog

    def flag(notes: Annotations, doc_id: int) -> None:
        order = notes.quote_anchor(doc_id, "target", "当前订单")
        notes.flag(doc_id, "Accuracy/Mistranslation", "major", [order], fix="当前秩序")
        notes.flag(doc_id, "Fluency/Grammar", "minor", [notes.span_anchor(doc_id, "source", 1)])

    flagged_beforehand(window, qtbot, db_url, flag)
    panel = window.annotations

    def fix_cell(row: int) -> QModelIndex:
        return panel.proxy.index(row, Field.FIX)

    def check(row: int) -> object:
        return fix_cell(row).data(Qt.ItemDataRole.CheckStateRole)

    assert check(1) is None  # the grammar error has no fix: nothing to accept
    assert check(0) == Qt.CheckState.Unchecked
    box = panel.table.visualRect(fix_cell(0))
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(  # the check box sits at the cell's left
            panel.table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(box.left() + 10, box.center().y()),
        )
    assert check(0) == Qt.CheckState.Checked

    window.actions_.export_document.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=20_000)
    dialog.format.setCurrentIndex(dialog.format.findData("revised-docx"))
    qtbot.waitUntil(lambda: "accepted fix" in dialog.preview.toPlainText(), timeout=20_000)
    shown = dialog.preview.toPlainText()
    assert "1 accepted fix(es) applied" in shown and "当前订单当前秩序" in shown
    assert dialog.preview_label.text() == "Preview of the revised translation:"
    assert "<s " in dialog.preview.toHtml() or "line-through" in dialog.preview.toHtml()
    dialog.reject()

    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.undo.trigger()
    assert check(0) == Qt.CheckState.Unchecked


def test_mqm_weights_change_the_score_in_the_status_bar_undoably(
    window: MainWindow, qtbot: QtBot, db_url: str, named: list[str]
) -> None:
    from reader.gui.annotating.weights_dialog import WeightsDialog

    two_annotations(window, qtbot, db_url)  # a minor and a critical error
    assert "MQM 11 " in window.status.score.text()
    window.actions_.mqm_weights.trigger()
    qtbot.waitUntil(lambda: window.findChild(WeightsDialog) is not None, timeout=20_000)
    dialog = window.findChild(WeightsDialog)
    assert dialog.boxes["critical"].value() == 10.0
    dialog.boxes["critical"].setValue(20.0)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "MQM 21 " in window.status.score.text()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.undo.trigger()
    assert "MQM 11 " in window.status.score.text()
