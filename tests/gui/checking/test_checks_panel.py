"""The Checks dock: F7 runs the checks, a selected finding shows in the text, Flag makes it an
annotation (undoable), and the Flagged column follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from reader.core.checks import CHECKS
from reader.gui.checking import checks_panel
from reader.gui.common import annotator, settings
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
    panel.table.selectRow(1)
    finding = panel.selected()[0].finding
    row = window.parallel.currentIndex().row()
    assert window.model.index(row, 0).data(Role.PARAGRAPHS)[0] == finding.paragraph
    marks = [d for d in window.model.index(row, 0).data(Role.DECORATIONS) if d.layer == "check"]
    assert [(d.start, d.end) for d in marks] == [(finding.start, finding.end)]
    # A half-width comma is shown in its context, the comma itself in brackets.
    choose(panel, "punctuation")
    text = panel.proxy.index(0, 2).data()
    detail = panel.proxy.index(0, 0).data(checks_panel.FINDING_ROLE).finding.detail
    assert f"【{detail}】" in text and len(text) > len(detail) + 2


def test_flag_selected_findings_then_undo(window: MainWindow, qtbot: QtBot) -> None:
    panel = run_checks(window, qtbot)
    choose(panel, "omission")
    selection = panel.table.selectionModel()
    for row in (0, 2):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(panel.proxy.index(row, 0), flags)
    assert panel.flag_button.isEnabled()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(panel.flag_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.annotations.model.rowCount() == 2, timeout=20_000)

    def flagged() -> list[str]:
        return [panel.proxy.index(r, 5).data() for r in range(panel.proxy.rowCount())]

    qtbot.waitUntil(lambda: flagged() == ["Flagged", "", "Flagged", "", ""], timeout=20_000)
    assert {a.annotator for a in window.annotations.model._annotations} == {"Ada"}
    assert window.flagging.undo_stack.undoText() == "Flag 2 Findings"
    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: window.annotations.model.rowCount() == 0, timeout=20_000)
    qtbot.waitUntil(lambda: flagged() == [""] * 5, timeout=20_000)


def test_a_chosen_glossary_is_remembered_and_finds_the_purchase_order(
    window: MainWindow, qtbot: QtBot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = run_checks(window, qtbot)
    assert panel.glossary_button.text() == "No Glossary"
    assert not panel.no_glossary.isEnabled()
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("current order\t当前秩序\n", "utf-8")
    monkeypatch.setattr(
        checks_panel.QFileDialog, "getOpenFileName", lambda *a, **k: (str(glossary), "")
    )
    panel.choose_glossary.trigger()
    assert panel.glossary_button.text() == "Glossary: terms.tsv"
    assert settings.CHECK_GLOSSARY.load() == str(glossary)
    choose(panel, "terms")
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=20_000)
    assert "【current order】" in panel.proxy.index(0, 2).data()
    panel.no_glossary.trigger()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 0, timeout=20_000)
    assert settings.CHECK_GLOSSARY.load() == "" and panel.glossary_button.text() == "No Glossary"


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
