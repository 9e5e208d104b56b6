"""The Terms dock in the main window: a term added from the selected words is enforced on the
next check; edits, deletions, imports and suggestions are undoable; a term's places show in
the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from reader.core.terms import Term
from reader.gui.common import annotator
from reader.gui.common.theme import blend
from reader.gui.parallel import paragraph_delegate
from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow
from reader.gui.terms import terms_panel
from reader.gui.terms.suggest_dialog import SuggestDialog
from reader.gui.terms.term_dialog import TermDialog
from reader.services.library import Library
from tests.gui.annotating.test_flagging import ROW, highlight_point, select
from tests.gui.parallel.test_flagging_offsets import open_span_editor

# Each test builds its own term base, without the corpus's starter terms.
pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("no_starter_terms")]


@pytest.fixture(autouse=True)
def _named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(annotator.QInputDialog, "getText", lambda *a, **k: ("Ada", True))


def shown_panel(window: MainWindow, qtbot: QtBot) -> terms_panel.TermsPanel:
    panel = window.terms.panel
    qtbot.waitUntil(lambda: bool(window.status.score.text()), timeout=20_000)  # loaded, settled
    with qtbot.waitSignal(panel.listed, timeout=20_000):
        panel.toggleViewAction().trigger()
    return panel


def rows(panel: terms_panel.TermsPanel) -> list[list[str]]:
    proxy = panel.proxy
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def stored(db_url: str) -> list[Term]:
    library = Library.open(db_url, seed=False)
    try:
        return library.terms.list()
    finally:
        library.close()


def add_term(db_url: str, term: Term) -> Term:
    library = Library.open(db_url, seed=False)
    try:
        return library.terms.add(term)
    finally:
        library.close()


def test_a_term_added_from_a_selection_is_enforced_on_the_next_check(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    panel = shown_panel(window, qtbot)
    english = open_span_editor(window.parallel, qtbot, window.model.index(ROW, 0))
    select(english, qtbot, "current order")
    chinese = open_span_editor(window.parallel, qtbot, window.model.index(ROW, 1))
    select(chinese, qtbot, "订单")
    assert window.add_term_action in chinese.context_actions
    qtbot.keyClick(chinese, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(TermDialog)
    assert dialog is not None and dialog.isVisible()
    assert (dialog.source.text(), dialog.renderings.text()) == ("current order", "订单")
    # The reviewer makes the selected word the forbidden one and types the right rendering.
    dialog.renderings.clear()
    dialog.renderings.insert("当前秩序")  # typed through an input method
    dialog.forbidden.insert("订单")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(panel.listed, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    (term,) = stored(db_url)
    assert (term.source, term.renderings, term.forbidden, term.author) == (
        "current order",
        ("当前秩序",),
        ("订单",),
        "Ada",
    )
    (row,) = rows(panel)
    assert row[0] == "current order" and int(row[1]) >= 1 and row[3:5] == ["当前秩序", "订单"]
    assert window.undo_stack.undoText() == "Add Term “current order”"
    checks = window.checks.panel
    window.check_action.trigger()  # F7
    checks.check_filter.setCurrentIndex(checks.check_filter.findData("terms"))
    qtbot.waitUntil(lambda: checks.proxy.rowCount() > 0, timeout=30_000)
    found = [checks.proxy.index(r, 2).data() for r in range(checks.proxy.rowCount())]
    assert all("【订单】" in text for text in found)


def test_a_deleted_term_comes_back_with_undo(window: MainWindow, qtbot: QtBot, db_url: str) -> None:
    held = add_term(db_url, Term("hegemony", ("霸权",), note="rule by one power"))
    panel = shown_panel(window, qtbot)
    (row,) = rows(panel)
    assert row[0] == "hegemony" and row[3:5] == ["霸权", ""]
    panel.table.selectRow(0)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=20_000)
    assert stored(db_url) == []
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=20_000)
    assert stored(db_url) == [held]
    window.actions_.redo.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=20_000)


def test_an_edit_is_undoable_and_a_clash_is_refused(
    window: MainWindow, qtbot: QtBot, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_term(db_url, Term("sanction", ("制裁",)))
    add_term(db_url, Term("hegemony", ("霸权",)))
    panel = shown_panel(window, qtbot)
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(TermDialog)
    dialog.forbidden.insert("霸道")
    with qtbot.waitSignal(panel.listed, timeout=20_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert [t.forbidden for t in stored(db_url)] == [(), ("霸道",)]
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: [t.forbidden for t in stored(db_url)] == [(), ()], timeout=20_000)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, error: errors.append(str(error)))
    panel.table.selectRow(1)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(TermDialog) if d.isVisible())
    dialog.source.setText("Sanction")  # matched by the same words as "sanction"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert errors == ["“sanction” is in the term base already"]
    assert window.undo_stack.undoText() == ""  # the refused edit is not on the stack


def test_a_terms_places_show_in_the_text(window: MainWindow, qtbot: QtBot, db_url: str) -> None:
    add_term(db_url, Term("current order", ("当前秩序",), ("订单",)))
    panel = shown_panel(window, qtbot)
    panel.table.selectRow(0)
    assert panel.places.count() >= 1
    first = panel.places.item(0)
    assert first.text().startswith("en ¶") and "[current order]" in first.text()
    assert first.text().endswith("(forbidden: 订单)")
    panel.places.itemActivated.emit(first)
    row = window.parallel.currentIndex().row()
    qtbot.waitUntil(lambda: bool(window.model.index(row, 0).data(Role.DECORATIONS)))
    assert window.model.index(row, 1).data(Role.DECORATIONS)  # and what renders it
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    marked = blend(base, paragraph_delegate.TERM_COLOR, paragraph_delegate.TERM_BLEND)
    for column in (0, 1):  # drawn on both sides, not only stored
        assert highlight_point(window, window.model.index(row, column), marked) is not None


def test_import_export_and_suggestions(
    window: MainWindow, qtbot: QtBot, db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = shown_panel(window, qtbot)
    glossary = tmp_path / "glossary.txt"
    glossary.write_text("sanction\t制裁\nhegemony\t霸权\n", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(glossary), ""))
    panel.import_action.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 2, timeout=20_000)
    exported = tmp_path / "out.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), "CSV (*.csv)")
    )
    panel.export_action.trigger()
    qtbot.waitUntil(exported.exists, timeout=20_000)
    assert exported.read_text("utf-8-sig").splitlines()[1].startswith("sanction,制裁,")
    window.actions_.undo.trigger()  # the import
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=20_000)
    qtbot.mouseClick(panel.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SuggestDialog) is not None, timeout=60_000)
    dialog = window.findChild(SuggestDialog)
    assert dialog.model.rowCount() > 3
    for row in range(dialog.model.rowCount()):
        state = Qt.CheckState.Checked if row < 2 else Qt.CheckState.Unchecked
        dialog.model.item(row, 0).setCheckState(state)
    wanted = [c.source for c in dialog.ticked()]
    with qtbot.waitSignal(panel.listed, timeout=20_000):
        dialog.add_button.click()
    assert [t.source for t in stored(db_url)] == wanted
    assert window.undo_stack.undoText() == "Add 2 Terms"
