"""View › Agreement: the shown document's reviewers compared, kept up to date."""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


def test_the_panel_compares_the_reviewers_and_follows_their_flags(
    make_window: WindowFactory, qtbot: QtBot, db_url: str
) -> None:
    with closing(Library.open(db_url)) as library:
        anchor = library.annotations.quote_anchor(1, "target", "当前订单")
        library.annotations.flag(1, "Accuracy/Mistranslation", "major", (anchor,), annotator="Ada")
    window: MainWindow = make_window(1)
    panel = window.agreement.panel
    toggle = panel.toggleViewAction()
    assert not panel.isVisible() and toggle.text() == "Agreement"
    toggle.trigger()
    qtbot.waitUntil(lambda: "needs two reviewers" in panel.message.text(), timeout=10_000)
    assert not panel.pairs.isVisible()
    with closing(Library.open(db_url)) as library:
        anchor = library.annotations.quote_anchor(1, "target", "订单")
        library.annotations.flag(1, "Accuracy/Mistranslation", "minor", (anchor,), annotator="Ben")
    window.refresh_annotations()
    qtbot.waitUntil(lambda: panel.pairs.isVisible(), timeout=10_000)
    cells = [panel.pairs.item(1, c).text() for c in range(panel.pairs.columnCount())]
    assert cells == ["Ada – Ben", "overlapping", "1", "1.00", "1.00", "1.00", "—", "0.00"]
    assert panel.scores.item(0, 0).text() == "Ada" and panel.scores.item(1, 1).text() == "1"
    spot = panel.hotspots.item(0)
    assert spot.text().endswith("Ada 5, Ben 1")
    window.parallel.select_row(0)
    panel.hotspots.setCurrentItem(spot)
    qtbot.keyClick(panel.hotspots, Qt.Key.Key_Return)
    row = window.parallel.currentIndex().row()
    assert row != 0 and "订单" in (window.model.index(row, 1).data() or "")
