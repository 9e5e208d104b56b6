"""Alignment editing through the real window: each edit by its key or menu, then undo and redo."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QProgressDialog, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.core.document import Bead
from reader.gui.common.menus import menu_named
from reader.gui.parallel.parallel_model import (
    ADDED_IN_TRANSLATION,
    NOT_TRANSLATED,
    Column,
    ParallelModel,
    Role,
)
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from reader.services.views import DocumentView

pytestmark = pytest.mark.gui

Rows = list[tuple[str, str]]
Key = Qt.Key
Progress = Callable[[float], None]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def shown(window: MainWindow) -> Rows:
    """The text of every row, as the reader sees it."""
    model = window.model
    return [
        (model.index(r, Column.SOURCE).data(), model.index(r, Column.TARGET).data())
        for r in range(model.rowCount())
    ]


def document(window: MainWindow) -> DocumentView:
    assert window.model.document is not None
    return window.model.document


def focused(window: MainWindow, qtbot: QtBot, row: int) -> None:
    """The window active, the texts focused and `row` current, as before pressing a key."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.parallel.setFocus()
    window.parallel.setCurrentIndex(window.model.index(row, 0))


def press(window: MainWindow, qtbot: QtBot, key: Key, modifiers: Qt.KeyboardModifier) -> None:
    with qtbot.waitSignal(window.alignment_editing.edited, timeout=20_000):
        qtbot.keyClick(window.parallel, key, modifiers)


def undo(window: MainWindow, qtbot: QtBot) -> None:
    press(window, qtbot, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(window: MainWindow, qtbot: QtBot) -> None:
    press(window, qtbot, Key.Key_Z, CTRL_SHIFT)


def stored(db_url: str, doc_id: int) -> DocumentView:
    library = Library.open(db_url, seed=False)
    try:
        return library.load_document(doc_id)
    finally:
        library.close()


def first_sentence(view: DocumentView, side: str, paragraph: int) -> int:
    texts = view.source if side == "source" else view.target
    assert texts is not None
    return sum(len(spans) for spans in texts.sentences[:paragraph])


@pytest.fixture
def saker_rows(window: MainWindow) -> Iterator[Rows]:
    rows = shown(window)
    yield rows
    window.close()  # waits for the library thread, so no job outlives the test


def test_merge_with_next_row_by_its_key_then_undo_and_redo(
    window: MainWindow, saker_rows: Rows, qtbot: QtBot, db_url: str
) -> None:
    focused(window, qtbot, 3)
    press(window, qtbot, Key.Key_J, CTRL_SHIFT)
    merged = (
        f"{saker_rows[3][0]}\n\n{saker_rows[4][0]}",
        f"{saker_rows[3][1]}\n\n{saker_rows[4][1]}",
    )
    assert shown(window) == [*saker_rows[:3], merged, *saker_rows[5:]]
    assert window.parallel.currentIndex().row() == 3
    assert window.status.currentMessage() == "Merged rows 4 and 5."
    assert stored(db_url, document(window).id).paragraph_beads[3].src == (3, 4)
    assert window.flagging.undo_stack.undoText() == "Merge Rows"
    undo(window, qtbot)
    assert shown(window) == saker_rows
    assert len(stored(db_url, document(window).id).paragraph_beads) == len(saker_rows)
    redo(window, qtbot)
    assert shown(window) == [*saker_rows[:3], merged, *saker_rows[5:]]


def test_an_edit_keeps_the_scroll_position(
    window: MainWindow, saker_rows: Rows, qtbot: QtBot
) -> None:
    focused(window, qtbot, 22)
    window.parallel.scrollTo(window.model.index(22, 0), window.parallel.ScrollHint.PositionAtTop)
    assert window.parallel.rowAt(0) == 22
    press(window, qtbot, Key.Key_J, CTRL_SHIFT)
    # Rows lay out lazily, so pixels may shift; the row at the top must not.
    assert window.parallel.rowAt(0) == 22
    assert window.parallel.currentIndex().row() == 22


def test_split_row_at_the_current_sentence_from_the_menu(
    make_window: Callable[..., MainWindow], library: Library, qtbot: QtBot
) -> None:
    doc_id = library.default_document_id()
    assert doc_id is not None
    original = library.load_document(doc_id)
    library.alignment.merge(doc_id, "paragraph", 3)
    window = make_window()
    merged = shown(window)
    split = menu_action(window, "Split Row at Current Sentence")
    assert not split.isEnabled()  # no current sentence yet
    window.sentence_cursor.set("source", first_sentence(original, "source", 4))
    assert split.isEnabled()
    with qtbot.waitSignal(window.alignment_editing.edited, timeout=20_000):
        split.trigger()
    assert [(b.src, b.tgt) for b in document(window).paragraph_beads] == [
        (b.src, b.tgt) for b in original.paragraph_beads
    ]
    assert len(shown(window)) == len(merged) + 1
    assert window.status.currentMessage() == "Split row 4 at source sentence " + (
        f"{first_sentence(original, 'source', 4) + 1}."
    )
    focused(window, qtbot, 0)
    undo(window, qtbot)
    assert shown(window) == merged
    redo(window, qtbot)
    assert len(shown(window)) == len(merged) + 1
    window.close()


def menu_action(window: MainWindow, text: str) -> QAction:
    menu = menu_named(window, "alignment")
    return next(a for a in menu.actions() if a.text().replace("&", "").rstrip("…") == text)


def test_mark_as_untranslated_then_undo_and_redo(
    window: MainWindow, saker_rows: Rows, qtbot: QtBot
) -> None:
    focused(window, qtbot, 2)
    press(window, qtbot, Key.Key_U, CTRL_SHIFT)
    apart = [(saker_rows[2][0], NOT_TRANSLATED), (ADDED_IN_TRANSLATION, saker_rows[2][1])]
    assert shown(window) == [*saker_rows[:2], *apart, *saker_rows[3:]]
    assert not window.alignment_editing.actions.untranslated.isEnabled()  # row 3 is one-sided
    undo(window, qtbot)
    assert shown(window) == saker_rows
    redo(window, qtbot)
    assert shown(window) == [*saker_rows[:2], *apart, *saker_rows[3:]]


def test_confirm_alignment_then_undo(window: MainWindow, saker_rows: Rows, qtbot: QtBot) -> None:
    focused(window, qtbot, 5)
    press(window, qtbot, Key.Key_Return, CTRL_SHIFT)
    assert window.model.index(5, 0).data(Role.BEAD).status == "confirmed"
    assert shown(window) == saker_rows
    undo(window, qtbot)
    assert window.model.index(5, 0).data(Role.BEAD).status == "auto"
    redo(window, qtbot)
    assert window.model.index(5, 0).data(Role.BEAD).status == "confirmed"


def second_bead_in_a_row(view: DocumentView) -> int:
    """A sentence bead that is the second 1-1 pair of its row (its first sentence can move)."""
    beads = view.sentence_beads
    return next(
        k
        for k in range(1, len(beads))
        if beads[k].shape == beads[k - 1].shape == "1-1"
        and row_of(view, beads[k]) == row_of(view, beads[k - 1])
    )


def row_of(view: DocumentView, bead: Bead) -> int:
    paragraph = next(
        p
        for p in range(len(view.source.paragraphs))
        if first_sentence(view, "source", p + 1) > bead.src[0]
    )
    return next(r for r, row in enumerate(view.paragraph_beads) if paragraph in row.src)


def test_move_sentence_to_previous_and_next_pair(
    window: MainWindow, saker_rows: Rows, qtbot: QtBot
) -> None:
    before = document(window).sentence_beads
    k = second_bead_in_a_row(document(window))
    moves = (
        window.alignment_editing.actions.move_previous,
        window.alignment_editing.actions.move_next,
    )
    assert not any(action.isEnabled() for action in moves)
    window.sentence_cursor.set("source", before[k].src[0])
    focused(window, qtbot, row_of(document(window), before[k]))
    press(window, qtbot, Key.Key_Up, ALT_SHIFT)
    after = document(window).sentence_beads
    assert after[k - 1].src == before[k - 1].src + before[k].src
    assert after[k].src == () and after[k].tgt == before[k].tgt
    assert shown(window) == saker_rows  # the rows stay; only the sentence pairs changed
    press(window, qtbot, Key.Key_Down, ALT_SHIFT)  # it is now the last of its pair: back it goes
    assert document(window).sentence_beads[k - 1 : k + 1] == (
        Bead(before[k - 1].src, before[k - 1].tgt, 1.0, "edited"),
        Bead(before[k].src, before[k].tgt, 1.0, "edited"),
    )
    undo(window, qtbot)
    undo(window, qtbot)
    assert document(window).sentence_beads == before
    redo(window, qtbot)
    assert document(window).sentence_beads == after


def test_a_sentence_that_cannot_move_says_why(
    window: MainWindow, saker_rows: Rows, qtbot: QtBot
) -> None:
    beads = document(window).sentence_beads
    k = next(k for k, b in enumerate(beads) if len(b.src) >= 2)
    window.sentence_cursor.set("source", beads[k].src[-1])
    focused(window, qtbot, 0)
    with qtbot.waitSignal(window.error_shown, timeout=5_000) as error:
        qtbot.keyClick(window.parallel, Key.Key_Up, ALT_SHIFT)
    assert "only the first source sentence" in error.args[0]
    assert window.flagging.undo_stack.count() == 0
    assert document(window).sentence_beads == beads


def test_a_cancelled_realign_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.services.alignment import Alignment

    started, go_on = threading.Event(), threading.Event()
    real_rerun = Alignment.rerun

    def slow_rerun(
        self: Alignment, doc_id: int, first: int, last: int, progress: Progress
    ) -> DocumentView:
        def held(fraction: float) -> None:
            started.set()
            go_on.wait(10)
            progress(fraction)  # raises once Cancel was pressed

        return real_rerun(self, doc_id, first, last, held)

    monkeypatch.setattr(Alignment, "rerun", slow_rerun)
    before = shown(window)
    focused(window, qtbot, 2)
    qtbot.keyClick(window.parallel, Key.Key_R, CTRL_SHIFT)
    box = window.findChild(QMessageBox)
    assert box is not None
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    dialog = next(d for d in window.findChildren(QProgressDialog) if d.labelText())
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    with qtbot.assertNotEmitted(window.error_shown):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
        qtbot.waitUntil(
            lambda: window.status.currentMessage() == "Re-alignment cancelled.", timeout=10_000
        )
    assert window.flagging.undo_stack.count() == 0
    assert shown(window) == before


def test_realign_selected_rows_keeps_confirmed_rows(
    make_window: Callable[..., MainWindow], library: Library, qtbot: QtBot
) -> None:
    doc_id = library.default_document_id()
    assert doc_id is not None
    original = library.load_document(doc_id)
    # A wrong automatic merge of rows 4 and 5, and a confirmed row 3.
    wrong = library.alignment.merge(doc_id, "paragraph", 3)
    rows = list(wrong.paragraph_beads)
    rows[3] = Bead(rows[3].src, rows[3].tgt, 0.3)
    library.alignment.restore(doc_id, rows, wrong.sentence_beads)
    library.alignment.confirm(doc_id, "paragraph", 2)
    window = make_window()
    merged = shown(window)
    focused(window, qtbot, 2)
    selection = QItemSelection(window.model.index(2, 0), window.model.index(4, 1))
    window.parallel.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(window.parallel, Key.Key_R, CTRL_SHIFT)
    box = window.findChild(QMessageBox)
    assert box is not None and "rows 3–5" in box.text()
    with qtbot.waitSignal(window.alignment_editing.edited, timeout=30_000):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert [(b.src, b.tgt) for b in document(window).paragraph_beads] == [
        (b.src, b.tgt) for b in original.paragraph_beads
    ]
    assert window.model.index(2, 0).data(Role.BEAD).status == "confirmed"
    assert window.status.currentMessage() == "Re-aligned rows 3–5."
    focused(window, qtbot, 0)  # the question was the active window
    undo(window, qtbot)
    assert shown(window) == merged
    redo(window, qtbot)
    assert len(shown(window)) == len(merged) + 1
    window.close()


def test_alignment_menu_and_context_menu_offer_every_edit_with_free_shortcuts(
    window: MainWindow, saker_rows: Rows
) -> None:
    menu = menu_named(window, "alignment")
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Merge with Next Row",
        "Split Row at Current Sentence",
        "Move Sentence to Previous Bead",
        "Move Sentence to Next Bead",
        "Mark as Untranslated",
        "Confirm Alignment",
        "Re-align Selected Rows…",
    ]
    keys = [
        s.toString() for a in window.findChildren(QAction) for s in a.shortcuts() if not s.isEmpty()
    ]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"
    taken = {"J", "K", "Up", "Down", "Ctrl+F", "F3", "Shift+F3", "Ctrl+G"}
    ours = {a.shortcut().toString() for a in menu.actions() if not a.isSeparator()}
    assert not ours & taken
    assert all(QKeySequence(k).count() == 1 for k in ours)
    window.parallel.customContextMenuRequested.emit(QPoint(10, 10))
    popup = window.parallel.findChild(QMenu)
    assert popup is not None
    assert [a.text().replace("&", "") for a in popup.actions() if not a.isSeparator()] == texts
    popup.close()


def test_model_update_replaces_only_the_changed_rows(
    qtmodeltester: ModelTester, mixed_view: DocumentView
) -> None:
    model = ParallelModel()
    model.set_document(mixed_view)
    qtmodeltester.check(model)
    first, last = QPersistentModelIndex(model.index(0, 0)), QPersistentModelIndex(model.index(3, 1))
    removed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _parent, a, b: removed.append((a, b)))
    model.rowsInserted.connect(lambda _parent, a, b: inserted.append((a, b)))
    beads = mixed_view.paragraph_beads
    merged = (beads[0], Bead((1,), (1,), 1.0, "edited"), beads[3])
    model.update_document(replace(mixed_view, paragraph_beads=merged))
    assert (removed, inserted) == ([(1, 2)], [(1, 1)])
    assert [model.index(r, 0).data(Role.BEAD) for r in range(model.rowCount())] == list(merged)
    assert (first.row(), last.row()) == (0, 2)  # the rows around the edit are the same rows
    assert model.index(1, 1).data() == "多出来的。"
