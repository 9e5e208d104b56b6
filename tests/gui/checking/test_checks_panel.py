"""The Checks dock: F7 runs the checks, a selected finding shows in the text, Flag makes it an
annotation (undoable), and the Flagged column follows."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from reader.core.checks import CHECKS
from reader.gui.checking import checks_panel, controller
from reader.gui.common import annotator
from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(annotator.QInputDialog, "getText", lambda *a, **k: ("Ada", True))


def run_checks(window: MainWindow, qtbot: QtBot) -> checks_panel.ChecksPanel:
    panel = window.checks.panel
    qtbot.waitUntil(lambda: bool(window.status.score.text()), timeout=20_000)  # loaded, settled
    qtbot.keyClick(window.parallel, Qt.Key.Key_F7)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20_000)
    return panel


def choose(panel: checks_panel.ChecksPanel, check: str) -> None:
    panel.check_filter.setCurrentIndex(panel.check_filter.findData(check))


def select(panel: checks_panel.ChecksPanel, *indexes: QModelIndex) -> None:
    selection = panel.table.selectionModel()
    selection.clear()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for index in indexes:
        selection.select(index, flags)


def test_every_check_has_a_name_in_the_panel() -> None:
    assert set(checks_panel.PROBLEMS) == set(CHECKS)


def test_f7_lists_findings_and_selecting_one_marks_its_span(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = run_checks(window, qtbot)
    assert window.tabifiedDockWidgets(window.annotations) == [panel]
    assert panel.isVisible() and not panel.visibleRegion().isEmpty()
    assert window.statusBar().currentMessage().startswith("The checks found ")
    choose(panel, "omission")
    assert panel.proxy.rowCount() == 5  # the Saker piece's five dropped paragraphs
    assert {panel.proxy.index(r, 0).data() for r in range(5)} == {"Not translated"}
    select(panel, panel.proxy.index(1, 0))
    finding = panel.selected()[0].finding
    row = window.parallel.currentIndex().row()
    assert window.model.index(row, 0).data(Role.PARAGRAPHS)[0] == finding.paragraph
    marks = [d for d in window.model.index(row, 0).data(Role.DECORATIONS) if d.layer == "check"]
    assert [(d.start, d.end) for d in marks] == [(finding.start, finding.end)]
    # Half-width commas of a paragraph are one row; opened, each shows in its context, the
    # comma itself in brackets.
    choose(panel, "punctuation")
    group = panel.proxy.index(0, 0)
    count = panel.proxy.rowCount(group)
    assert count > 1 and group.data().startswith(f"{count} × ")
    text = panel.proxy.index(0, 2, group).data()
    detail = panel.proxy.index(0, 0, group).data(checks_panel.FINDING_ROLE).finding.detail
    assert f"【{detail}】" in text and len(text) > len(detail) + 2


def test_flag_selected_findings_then_undo(window: MainWindow, qtbot: QtBot) -> None:
    panel = run_checks(window, qtbot)
    choose(panel, "omission")
    select(panel, panel.proxy.index(0, 0), panel.proxy.index(2, 0))
    assert panel.flag_button.isEnabled()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(panel.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.annotations.model.rowCount() == 2, timeout=20_000)

    def flagged() -> list[str]:
        column = checks_panel.STATUS_COLUMN
        return [panel.proxy.index(r, column).data() for r in range(panel.proxy.rowCount())]

    qtbot.waitUntil(lambda: flagged() == ["Flagged", "", "Flagged", "", ""], timeout=20_000)
    assert {a.annotator for a in window.annotations.model._annotations} == {"Ada"}
    assert window.flagging.undo_stack.undoText() == "Flag 2 Findings"
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: window.annotations.model.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: flagged() == [""] * 5, timeout=20_000)


def test_an_alignment_edit_checks_again(window: MainWindow, qtbot: QtBot) -> None:
    panel = run_checks(window, qtbot)
    choose(panel, "omission")
    assert panel.proxy.rowCount() == 5
    # Row 2 pairs source paragraph 2 with target paragraph 1; marked untranslated, it is an
    # omission too, and its translation an addition.
    window.parallel.setFocus()
    window.parallel.setCurrentIndex(window.model.index(2, 0))
    with qtbot.waitSignal(window.alignment_editing.edited, timeout=20_000):
        window.alignment_editing.actions.untranslated.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 6, timeout=20_000)
    choose(panel, "addition")
    assert panel.proxy.rowCount() >= 1


def test_dismissed_findings_leave_the_list_are_remembered_and_come_back_on_undo(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = run_checks(window, qtbot)
    choose(panel, "omission")
    select(panel, panel.proxy.index(0, 0))
    dismissed = panel.selected()[0].finding
    assert panel.dismiss_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 4, timeout=20_000)
    assert window.undo_stack.undoText() == "Dismiss 1 Findings"
    panel.show_dismissed.setChecked(True)
    statuses = [panel.proxy.index(r, checks_panel.STATUS_COLUMN).data() for r in range(5)]
    assert statuses.count("Dismissed") == 1
    panel.show_dismissed.setChecked(False)
    # Checked again, the finding stays dismissed.
    qtbot.keyClick(window.parallel, Qt.Key.Key_F7)
    qtbot.wait(200)
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 4, timeout=20_000)
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 5, timeout=20_000)
    listed = [panel.proxy.index(r, 0).data(checks_panel.FINDING_ROLE) for r in range(5)]
    assert dismissed in [item.finding for item in listed]


def test_findings_about_meaning_come_before_the_mechanical_groups(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = run_checks(window, qtbot)
    items = [panel.proxy.index(r, 0).data(checks_panel.FINDING_ROLE) for r in range(10)]
    firsts = [item.finding.semantic for item in items if item is not None]
    assert firsts and firsts == sorted(firsts, reverse=True)
    assert items[0] is not None and items[0].finding.semantic


def test_a_slow_check_shows_progress_and_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.services.checking import Checks

    started, go_on = threading.Event(), threading.Event()

    def slow_run(self: Checks, doc_id: int, **kwargs: object) -> list[object]:
        progress = kwargs["progress"]
        progress(0.25)  # type: ignore[operator]
        started.set()
        go_on.wait(10)
        progress(0.5)  # type: ignore[operator]  # raises once cancelled
        raise AssertionError("not cancelled")

    monkeypatch.setattr(Checks, "run", slow_run)
    qtbot.waitUntil(lambda: bool(window.status.score.text()), timeout=20_000)
    qtbot.keyClick(window.parallel, Qt.Key.Key_F7)
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() > 0, timeout=5_000)
    assert started.is_set()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Checks cancelled.", timeout=5_000
    )
    assert window.checks.panel.model.rowCount() == 0
    assert controller.LAYER == "check"
