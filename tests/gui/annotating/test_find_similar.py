"""Find Similar… through the real window: list the other places, flag the chosen ones, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.gui.annotating.similar_dialog import FindSimilarDialog
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.annotating.test_flagging import settled

pytestmark = pytest.mark.gui

WORD = "世界"  # "world": in many Chinese paragraphs of the default document


def flag_word(db_url: str, doc_id: int) -> int:
    """Flag the first WORD of the translation behind the window's back; its paragraph."""
    library = Library.open(db_url)
    try:
        target = library.load_document(doc_id).target
        assert target is not None
        paragraph = next(i for i, text in enumerate(target.paragraphs) if WORD in text)
        start = target.paragraphs[paragraph].index(WORD)
        notes = library.annotations
        anchor = notes.span_anchor(doc_id, "target", paragraph, start, start + len(WORD))
        notes.flag(doc_id, "Accuracy/Mistranslation", "minor", [anchor], comment="Not “world”")
        return paragraph
    finally:
        library.close()


def open_find_similar(window: MainWindow, qtbot: QtBot) -> FindSimilarDialog:
    window.annotations.table.selectRow(0)
    button = window.toolbar.widgetForAction(window.actions_.find_similar)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(FindSimilarDialog)
    assert dialog is not None
    return dialog


def rows(dialog: FindSimilarDialog) -> list[list[str]]:
    tree = dialog.results
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_find_similar_flags_the_checked_places_in_one_undoable_step(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    flag_word(db_url, doc_id)
    panel = window.annotations
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.refresh_annotations()
    assert panel.proxy.rowCount() == 1

    dialog = open_find_similar(window, qtbot)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() > 2, timeout=20_000)
    found = rows(dialog)
    title = window.model.document.title if window.model.document else ""
    assert all(row[0] == title and row[3] == WORD for row in found)
    assert all(row[4] == "" for row in found)  # the original itself is not listed
    assert "not yet flagged" in dialog.message.text()

    with qtbot.waitSignal(dialog.listed, timeout=20_000):
        qtbot.mouseClick(dialog.whole_library, Qt.MouseButton.LeftButton)
    assert len(rows(dialog)) >= len(found)
    with qtbot.waitSignal(dialog.listed, timeout=20_000):
        qtbot.mouseClick(dialog.this_document, Qt.MouseButton.LeftButton)
    assert rows(dialog) == found

    tree = dialog.results
    first = tree.topLevelItem(0)
    first.setCheckState(0, Qt.CheckState.Unchecked)  # keep one out, as a reviewer would
    chosen = len(found) - 1
    assert len(dialog.checked()) == chosen
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.mouseClick(dialog.flag_button, Qt.MouseButton.LeftButton)
    assert panel.proxy.rowCount() == 1 + chosen
    assert window.flagging.undo_stack.count() == 1
    assert window.status.score.text().startswith(f"MQM {1 + chosen} · ")
    severities = {panel.proxy.index(r, 1).data() for r in range(panel.proxy.rowCount())}
    assert severities == {"minor"}

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        qtbot.keyClick(window.parallel, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.proxy.rowCount() == 1
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.actions_.redo.trigger()
    assert panel.proxy.rowCount() == 1 + chosen

    # A second search marks what is now flagged, and checks none of it.
    dialog = open_find_similar(window, qtbot)
    qtbot.waitUntil(lambda: dialog.results.topLevelItemCount() == len(found), timeout=20_000)
    flagged = [row[4] for row in rows(dialog)]
    assert flagged.count("yes") == chosen
    assert len(dialog.checked()) == len(found) - chosen
    dialog.reject()
