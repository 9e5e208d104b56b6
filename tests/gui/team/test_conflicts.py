"""Two reviewers on one annotation: no change is overwritten without the user's say."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.core.mqm import Annotation
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.annotating.test_annotation_editing import focus_window
from tests.gui.annotating.test_flagging import two_annotations

pytestmark = pytest.mark.gui


def first(db_url: str, doc_id: int) -> Annotation:
    with closing(Library.open(db_url)) as library:
        return library.annotations.for_document(doc_id)[0]


def someone_else(db_url: str, doc_id: int, change: Callable[[Annotation], Annotation]) -> None:
    with closing(Library.open(db_url)) as library:
        library.annotations.update(change(library.annotations.for_document(doc_id)[0]))


def message_box(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)))
    return next(b for b in window.findChildren(QMessageBox) if b.isVisible())


def test_a_change_overtaken_by_another_reviewers_asks_and_keeps_mine_over_theirs(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = two_annotations(window, qtbot, db_url)
    panel = window.annotations
    panel.table.selectRow(0)
    someone_else(db_url, doc_id, lambda a: replace(a, comment="Ben's note", annotator="Ben"))
    qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    box = message_box(window, qtbot)
    assert box.text() == "Ben changed this annotation after you opened it."
    assert "Ben's note" in box.informativeText()
    keep = next(b for b in box.buttons() if b.text() == "Keep Mine")
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    stored = first(db_url, doc_id)
    assert (stored.status, stored.comment) == ("resolved", "Ben's note")  # both changes kept


def test_undo_never_reverts_another_reviewers_change(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = two_annotations(window, qtbot, db_url)
    panel = window.annotations
    panel.table.selectRow(0)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(panel.resolve, Qt.MouseButton.LeftButton)
    assert first(db_url, doc_id).status == "resolved"
    someone_else(db_url, doc_id, lambda a: replace(a, status="open", comment="Ben reopened"))
    focus_window(window, qtbot)
    qtbot.keyClick(window.parallel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    box = message_box(window, qtbot)
    assert "changed by someone else" in box.text()
    box.close()
    stored = first(db_url, doc_id)
    assert (stored.status, stored.comment) == ("open", "Ben reopened")
