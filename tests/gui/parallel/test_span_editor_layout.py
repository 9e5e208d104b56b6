"""Selecting starts in place: the editor lays the text out as the cell painted it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow
from tests.gui.parallel.test_flagging_offsets import open_span_editor

pytestmark = pytest.mark.gui


def ink(image: QImage) -> set[tuple[int, int]]:
    """Where the text is: the dark pixels, whatever the background."""
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 100
    }


@pytest.mark.parametrize("column", [0, 1])
def test_the_text_does_not_move_when_the_editor_opens(
    window: MainWindow, qtbot: QtBot, column: int
) -> None:
    view = window.parallel
    # A row of a few lines that the view shows whole, so that nothing scrolls.
    room = view.viewport().height() // 2
    row = next(
        r
        for r in range(window.model.rowCount())
        if 60 < view.rowHeight(r) < room and not window.model.index(r, 1).data(Role.PLACEHOLDER)
    )
    index = window.model.index(row, column)
    view.scrollTo(index)
    # The text only: the frame's edges and the paragraph number's corner aside.
    rect = view.visualRect(index).adjusted(4, 4, -30, -4)
    before = ink(view.viewport().grab(rect).toImage())
    editor = open_span_editor(view, qtbot, index)
    qtbot.waitUntil(editor.isVisible)
    qtbot.wait(200)  # laid out and painted
    after = ink(view.viewport().grab(rect).toImage())
    # The same glyphs at the same places (the caret aside): a line moved, or wrapped
    # otherwise, would leave little in common.
    assert len(before) > 500
    assert len(before & after) / len(before | after) > 0.8
