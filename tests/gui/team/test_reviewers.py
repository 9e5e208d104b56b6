"""View › Reviewers: each reviewer shown or hidden, in a colour of their own."""

from __future__ import annotations

from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.gui.annotating.annotations_model import Field
from reader.gui.common.theme import reviewer_colour
from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.annotating.test_flagging import ROW

pytestmark = pytest.mark.gui


def test_a_reviewer_hidden_leaves_the_text_and_the_panel(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    with closing(Library.open(db_url)) as library:
        notes = library.annotations
        order = notes.quote_anchor(1, "target", "当前订单")
        notes.flag(1, "Accuracy/Mistranslation", "major", (order,), annotator="Ada")
        source = notes.quote_anchor(1, "source", "the current order")
        notes.flag(1, "Accuracy/Mistranslation", "minor", (source,), annotator="Ben")
    window.refresh_annotations()
    menu = window.reviewers.menu
    qtbot.waitUntil(lambda: [a.text() for a in menu.actions()] == ["Ada", "Ben"], timeout=20_000)
    assert all(a.isChecked() and not a.icon().isNull() for a in menu.actions())
    panel = window.annotations.proxy
    colour = panel.index(0, Field.REVIEWER).data(Qt.ItemDataRole.DecorationRole)
    assert colour == reviewer_colour(panel.index(0, Field.REVIEWER).data())
    assert reviewer_colour("Ada") != reviewer_colour("Ben")
    assert window.model.index(ROW, 0).data(Role.MARKS)  # Ben's, on the English
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        menu.actions()[1].trigger()  # untick Ben
    assert [panel.index(r, Field.REVIEWER).data() for r in range(panel.rowCount())] == ["Ada"]
    assert not window.model.index(ROW, 0).data(Role.MARKS)
    assert window.model.index(ROW, 1).data(Role.MARKS)
    assert [a.isChecked() for a in menu.actions()] == [True, False]  # still listed
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        menu.actions()[1].trigger()
    assert panel.rowCount() == 2
