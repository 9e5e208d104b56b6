"""Two windows on one library: what one reviewer changes appears in the other's window."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.gui.common import settings
from reader.gui.shell.main_window import MainWindow
from tests.gui.annotating.test_annotation_editing import focus_window
from tests.gui.annotating.test_flagging import ROW, flag_selection, select, settled
from tests.gui.conftest import WindowFactory
from tests.gui.parallel.test_flagging_offsets import open_span_editor

pytestmark = pytest.mark.gui
SHOWN_WITHIN = 2_000  # milliseconds, as a team needs


def test_a_flag_in_one_window_appears_in_the_other(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    settings.ANNOTATOR.save("Ada")  # no question of the reviewer's name
    mine: MainWindow = make_window(1, live=True)
    theirs: MainWindow = make_window(1, live=True)
    settled(mine, qtbot)
    settled(theirs, qtbot)
    qtbot.waitUntil(lambda: theirs.live._seen is not None, timeout=10_000)
    focus_window(mine, qtbot)
    chinese = open_span_editor(mine.parallel, qtbot, mine.model.index(ROW, 1))
    select(chinese, qtbot, "当前订单")
    dialog = flag_selection(mine, qtbot, chinese)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(mine.annotations_changed, timeout=20_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    saved = time.monotonic()
    qtbot.waitUntil(lambda: theirs.annotations.proxy.rowCount() == 1, timeout=SHOWN_WITHIN)
    assert time.monotonic() - saved < SHOWN_WITHIN / 1000
    assert theirs.model.index(ROW, 1).data(Qt.ItemDataRole.ToolTipRole)  # highlighted there


def test_an_alignment_edit_in_one_window_appears_in_the_other(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    mine: MainWindow = make_window(1, live=True)
    theirs: MainWindow = make_window(1, live=True)
    settled(theirs, qtbot)
    qtbot.waitUntil(lambda: theirs.live._seen is not None, timeout=10_000)
    rows = theirs.model.rowCount()
    mine.parallel.select_row(0)
    mine.alignment_editing.merge()
    qtbot.waitUntil(lambda: theirs.model.rowCount() == rows - 1, timeout=SHOWN_WITHIN + 3_000)
    assert "another reviewer" in theirs.status.currentMessage()
