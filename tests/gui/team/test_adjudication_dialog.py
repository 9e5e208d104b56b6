"""Adjudicate…: the lead walks the cases and settles each into the adjudicated set."""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.adjudication import ADJUDICATED
from reader.gui.shell.main_window import MainWindow
from reader.gui.team.adjudication_dialog import AdjudicationDialog
from reader.services.library import Library
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def test_the_lead_keeps_merges_and_rejects_case_by_case(
    make_window: WindowFactory, qtbot: QtBot, db_url: str
) -> None:
    with closing(Library.open(db_url)) as library:
        notes = library.annotations
        for who, quote, severity in (("Ada", "当前订单", "major"), ("Ben", "订单", "minor"),
                                     ("Ben", "艾伦先生", "minor")):  # fmt: skip
            anchor = notes.quote_anchor(1, "target", quote)
            notes.flag(1, "Accuracy/Mistranslation", severity, (anchor,), annotator=who)
    window: MainWindow = make_window(1)
    panel = window.agreement.panel
    panel.toggleViewAction().trigger()
    qtbot.mouseClick(panel.adjudicate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(AdjudicationDialog) is not None)
    dialog = window.findChild(AdjudicationDialog)
    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Case 1 of 2"), timeout=10_000)
    assert dialog.heading.text() == "Case 1 of 2: Ben (only they marked it)"
    assert dialog.table.item(0, 3).text() == "艾伦先生"
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        qtbot.mouseClick(dialog.keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Case 1 of 1"), timeout=10_000)
    assert dialog.table.rowCount() == 2  # Ada's and Ben's, side by side
    assert dialog.heading.text() == "Case 1 of 1: Ada, Ben (differ)"
    with qtbot.waitSignal(dialog.decided, timeout=10_000):
        qtbot.mouseClick(dialog.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.heading.text() == "Every case is settled.", timeout=10_000)
    assert not dialog.merge.isEnabled()
    with closing(Library.open(db_url)) as library:
        settled = [a for a in library.annotations.for_document(1) if a.annotator == ADJUDICATED]
    assert sorted(a.anchors[0].exact for a in settled) == ["当前订单", "艾伦先生"]
    qtbot.waitUntil(lambda: "adjudicated" in [a.text() for a in window.reviewers.menu.actions()])
