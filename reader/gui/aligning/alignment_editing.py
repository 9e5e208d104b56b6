"""The Alignment menu: correcting rows and sentence pairs by hand, each step undoable.

Every edit runs on the library thread through the Alignment service, which saves it before it
returns. The command that goes on the shared undo stack holds the alignment from before and
after, so undo and redo put a saved alignment back rather than redo the work (a re-run of the
aligner takes seconds). Like Flagging, an edit is pushed only once it has been saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QPoint,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox

from reader.core.align.editing import AlignmentEditError, bead_of
from reader.core.errors import Cancelled
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.menus import menu_named
from reader.gui.common.progress import ProgressTask
from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.sentence_cursor import SentenceCursor, SentencePosition
from reader.services.views import DocumentView

Job = Callable[[Any, int], DocumentView]  # (the library's Alignment service, document id)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class StatusBar(Protocol):
    def show_document(self, view: DocumentView) -> None: ...
    def showMessage(self, text: str, timeout: int = 0) -> None: ...


class Window(Protocol):
    """What alignment editing needs of the main window that holds it."""

    model: ParallelModel
    parallel: ParallelView
    sentence_cursor: SentenceCursor
    status: StatusBar
    runner: JobRunner
    undo_stack: QUndoStack  # shared with the annotations' edits
    document_loaded: SignalInstance

    def refresh_annotations(self) -> None: ...
    def show_error(self, title: str, error: Exception) -> object: ...
    def menuBar(self) -> QMenuBar: ...


@dataclass(frozen=True)
class Edit:
    """One edit as the user asked for it."""

    name: str  # the undo stack's text, "Merge Rows"
    message: str  # the status bar's, "Merged rows 4 and 5."
    job: Job
    row: int | None  # the row to make current afterwards; None keeps the current row


class AlignmentEditing(QObject):
    edited = Signal(str)  # the status message, once the window shows the changed alignment

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self._pending = False  # one edit at a time: the next one reads the rows this one makes
        # The alignment version this window's last change left: undo and redo are made only
        # over it, never over a later change of someone else's
        self._own_version: int | None = None
        self.actions = _actions(window)
        self._menu = _menu(window, self.actions)
        self._connect()
        self.update_actions()

    def _connect(self) -> None:
        a, w = self.actions, self.window
        a.merge.triggered.connect(self.merge)
        a.split.triggered.connect(self.split)
        a.move_previous.triggered.connect(lambda: self.move("previous"))
        a.move_next.triggered.connect(lambda: self.move("next"))
        a.untranslated.triggered.connect(self.mark_untranslated)
        a.confirm.triggered.connect(self.confirm)
        a.realign.triggered.connect(self.ask_realign)
        w.parallel.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        w.parallel.customContextMenuRequested.connect(self._context_menu)
        w.document_loaded.connect(self.update_actions)
        w.sentence_cursor.changed.connect(self.update_actions)
        w.parallel.selectionModel().currentRowChanged.connect(self.update_actions)

    # -- what the actions act on ----------------------------------------------------------------

    def _document(self) -> DocumentView | None:
        view = self.window.model.document
        return view if view is not None and view.target is not None else None

    def _row(self) -> int | None:
        row = self.window.parallel.currentIndex().row()
        return row if 0 <= row < self.window.model.rowCount() else None

    def update_actions(self, *_changed: object) -> None:
        view, row = self._document(), self._row()
        rows = len(view.paragraph_beads) if view else 0
        bead = view.paragraph_beads[row] if view and row is not None else None
        has_sentence = view is not None and self.window.sentence_cursor.current() is not None
        a = self.actions
        a.merge.setEnabled(row is not None and row + 1 < rows)
        a.untranslated.setEnabled(bead is not None and bool(bead.src and bead.tgt))
        a.confirm.setEnabled(bead is not None)
        a.realign.setEnabled(rows > 0)
        for action in (a.split, a.move_previous, a.move_next):
            action.setEnabled(has_sentence)

    # -- the edits ------------------------------------------------------------------------------

    def merge(self) -> None:
        row = self._row()
        if row is not None:
            self.perform(
                Edit(
                    self.tr("Merge Rows"),
                    self.tr("Merged rows {0} and {1}.").format(row + 1, row + 2),
                    lambda alignment, doc_id: alignment.merge(doc_id, "paragraph", row),
                    row,
                )
            )

    def mark_untranslated(self) -> None:
        row = self._row()
        if row is not None:
            self.perform(
                Edit(
                    self.tr("Mark as Untranslated"),
                    self.tr("Marked row {0} as not translated.").format(row + 1),
                    lambda alignment, doc_id: alignment.mark_untranslated(doc_id, "paragraph", row),
                    row,
                )
            )

    def confirm(self) -> None:
        row = self._row()
        if row is not None:
            self.perform(
                Edit(
                    self.tr("Confirm Alignment"),
                    self.tr("Confirmed row {0}.").format(row + 1),
                    lambda alignment, doc_id: alignment.confirm(doc_id, "paragraph", row),
                    row,
                )
            )

    def split(self) -> None:
        view, position = self._document(), self.window.sentence_cursor.current()
        if view is None or position is None:
            return
        # Here, not at the top: the alignment service brings SQLAlchemy, which must stay out
        # of start-up (the window shows before the library is opened).
        from reader.services.alignment import row_cut

        try:
            row = row_cut(view, position.side, position.index)[0]  # type: ignore[arg-type]
        except AlignmentEditError as error:
            self.window.show_error(self.tr("Could Not Split the Row"), error)
            return

        def job(alignment: Any, doc_id: int) -> DocumentView:
            return alignment.split_row_at_sentence(doc_id, position.side, position.index)

        message = self.tr("Split row {row} at {sentence}.").format(
            row=row + 1, sentence=_sentence_name(position)
        )
        self.perform(Edit(self.tr("Split Row"), message, job, row))

    def move(self, to: str) -> None:
        """The current sentence to the sentence pair before or after its own."""
        view, position = self._document(), self.window.sentence_cursor.current()
        if view is None or position is None:
            return
        try:
            index = _movable_bead(view, position, to)
        except AlignmentEditError as error:
            self.window.show_error(self.tr("Could Not Move the Sentence"), error)
            return

        def job(alignment: Any, doc_id: int) -> DocumentView:
            return alignment.move(doc_id, "sentence", index, position.side, to)

        sentence = _sentence_name(position)
        if to == "previous":
            name = self.tr("Move Sentence to Previous Pair")
            message = self.tr("Moved {0} to the previous sentence pair.").format(sentence)
        else:
            name = self.tr("Move Sentence to Next Pair")
            message = self.tr("Moved {0} to the next sentence pair.").format(sentence)
        self.perform(Edit(name, message, job, None))

    def ask_realign(self) -> QMessageBox | None:
        """Re-align the selected rows (or the current one) after the user agrees."""
        rows = sorted(i.row() for i in self.window.parallel.selectionModel().selectedRows())
        rows = rows or ([self._row()] if self._row() is not None else [])
        if self._document() is None or not rows:
            return None
        first, last = rows[0], rows[-1]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Re-align Rows"),
            self.tr(
                "Re-run the aligner on {rows}?\n\n"
                "Rows you confirmed or edited stay as they are. You can undo this."
            ).format(rows=_rows_name(first, last)),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.realign(first, last))
        box.open()
        return box

    def realign(self, first: int, last: int) -> None:
        if self._document() is None:
            return
        label = self.tr("Re-aligning {rows}…").format(rows=_rows_name(first, last))
        progress = ProgressTask(self.window, label)

        def job(alignment: Any, doc_id: int) -> DocumentView:
            return alignment.rerun(doc_id, first, last, progress.report)

        message = self.tr("Re-aligned {rows}.").format(rows=_rows_name(first, last))
        self.perform(Edit(self.tr("Re-align Rows"), message, job, first), progress.finish)

    # -- running, showing, undoing --------------------------------------------------------------

    def perform(self, edit: Edit, finished: Callable[[], None] | None = None) -> None:
        """Run the edit on the library thread; push it on the undo stack once it is saved."""
        view = self._document()
        if view is None or self._pending:
            if self._pending:
                busy = self.tr("Still saving the last alignment edit…")
                self.window.status.showMessage(busy, 3000)
            if finished is not None:
                finished()
            return
        self._pending = True

        def job(library: Any) -> tuple[DocumentView, DocumentView]:
            # Made on the alignment the user sees: refused if someone else has changed it
            alignment = library.alignment.at(view.alignment_version)
            return library.load_document(view.id), edit.job(alignment, view.id)

        def done(result: tuple[DocumentView, DocumentView]) -> None:
            self._settle(finished)
            before, after = result
            self._own_version = after.alignment_version
            if self.show(after, edit.message, edit.row):
                self.window.undo_stack.push(AlignmentCommand(self, edit, before, after))

        def failed(error: Exception) -> None:
            self._settle(finished)
            if isinstance(error, Cancelled):
                self.window.status.showMessage(self.tr("Re-alignment cancelled."), 5000)
            else:
                self.window.show_error(self.tr("Could Not Change the Alignment"), error)

        self.window.runner.submit(job, done, failed)

    def _settle(self, finished: Callable[[], None] | None) -> None:
        self._pending = False
        if finished is not None:
            finished()

    def restore(self, snapshot: DocumentView, message: str, row: int | None) -> None:
        """Put a saved alignment back (undo and redo), only over the alignment this window's
        own last change left: never over someone else's."""
        expected = self._own_version

        def job(library: Any) -> DocumentView:
            alignment = library.alignment if expected is None else library.alignment.at(expected)
            return alignment.restore(snapshot.id, snapshot.paragraph_beads, snapshot.sentence_beads)

        def done(view: DocumentView) -> None:
            self._own_version = view.alignment_version
            self.show(view, message, row)

        self.window.runner.submit(
            job,
            done,
            lambda error: self.window.show_error(self.tr("Could Not Change the Alignment"), error),
        )

    def show(self, view: DocumentView, message: str, row: int | None) -> bool:
        """Show the changed alignment in place, if that document is still the one shown."""
        w = self.window
        if w.model.document is None or w.model.document.id != view.id:
            return False
        current = self._row() if row is None else row
        w.model.update_document(view)
        if current is not None and current < w.model.rowCount():
            w.parallel.select_row(current)
        w.status.show_document(view)
        w.status.showMessage(message, 5000)
        w.refresh_annotations()  # highlights are placed by row
        self.update_actions()
        self.edited.emit(message)
        return True

    def _context_menu(self, pos: QPoint) -> None:
        if self._document() is None:
            return
        menu = QMenu(self.window.parallel)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addActions(self._menu.actions())
        menu.popup(self.window.parallel.viewport().mapToGlobal(pos))


class AlignmentCommand(QUndoCommand):
    """An alignment edit already saved; undo and redo store the alignment before or after."""

    def __init__(
        self, editing: AlignmentEditing, edit: Edit, before: DocumentView, after: DocumentView
    ) -> None:
        super().__init__(edit.name)
        self._editing, self._edit = editing, edit
        self.before, self.after = before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # AlignmentEditing.perform has already saved it
            return
        message = translate("AlignmentEditing", "Redone: {0}").format(self._edit.message)
        self._editing.restore(self.after, message, self._edit.row)

    def undo(self) -> None:
        message = translate("AlignmentEditing", "Undone: {0}").format(self._edit.message)
        self._editing.restore(self.before, message, self._edit.row)


@dataclass(frozen=True)
class AlignmentActions:
    merge: QAction
    split: QAction
    move_previous: QAction
    move_next: QAction
    untranslated: QAction
    confirm: QAction
    realign: QAction


# Ctrl+Shift+letter and Alt+Shift+arrow: free of the menus' keys and of J/K, arrows, Ctrl+F,
# F3 and Ctrl+G, which navigation and search use. Texts are marked here, translated in _actions.
_ACTIONS = (
    (
        "merge",
        "Ctrl+Shift+J",
        QT_TRANSLATE_NOOP("AlignmentEditing", "&Merge with Next Row"),
        QT_TRANSLATE_NOOP("AlignmentEditing", "Join this row and the next into one"),
    ),
    (
        "split",
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("AlignmentEditing", "&Split Row at Current Sentence"),
        QT_TRANSLATE_NOOP(
            "AlignmentEditing", "Start a new row at the current sentence's paragraph"
        ),
    ),
    (
        "move_previous",
        "Alt+Shift+Up",
        QT_TRANSLATE_NOOP("AlignmentEditing", "Move Sentence to &Previous Bead"),
        QT_TRANSLATE_NOOP(
            "AlignmentEditing", "Pair the current sentence with the sentences before it"
        ),
    ),
    (
        "move_next",
        "Alt+Shift+Down",
        QT_TRANSLATE_NOOP("AlignmentEditing", "Move Sentence to &Next Bead"),
        QT_TRANSLATE_NOOP(
            "AlignmentEditing", "Pair the current sentence with the sentences after it"
        ),
    ),
    (
        "untranslated",
        "Ctrl+Shift+U",
        QT_TRANSLATE_NOOP("AlignmentEditing", "Mark as &Untranslated"),
        QT_TRANSLATE_NOOP(
            "AlignmentEditing", "This row's original was not translated: show it apart"
        ),
    ),
    (
        "confirm",
        "Ctrl+Shift+Return",
        QT_TRANSLATE_NOOP("AlignmentEditing", "&Confirm Alignment"),
        QT_TRANSLATE_NOOP(
            "AlignmentEditing", "This row is right: a re-run of the aligner keeps it"
        ),
    ),
    (
        "realign",
        "Ctrl+Shift+R",
        QT_TRANSLATE_NOOP("AlignmentEditing", "&Re-align Selected Rows…"),
        QT_TRANSLATE_NOOP("AlignmentEditing", "Align the selected rows again; confirmed rows stay"),
    ),
)


def _actions(window: Window) -> AlignmentActions:
    made = {}
    for name, shortcut, text, tip in _ACTIONS:
        action = QAction(translate("AlignmentEditing", text), window)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(translate("AlignmentEditing", tip))
        made[name] = action
    return AlignmentActions(**made)


def _menu(window: Window, actions: AlignmentActions) -> QMenu:
    bar = window.menuBar()
    menu = QMenu(translate("AlignmentEditing", "&Alignment"), bar)
    menu.setObjectName("alignment")
    bar.insertMenu(menu_named(window, "help").menuAction(), menu)
    menu.addActions([actions.merge, actions.split])
    menu.addSeparator()
    menu.addActions([actions.move_previous, actions.move_next])
    menu.addSeparator()
    menu.addActions([actions.untranslated, actions.confirm, actions.realign])
    return menu


def _movable_bead(view: DocumentView, position: SentencePosition, to: str) -> int:
    """The sentence bead the current sentence can leave in that direction, or why not."""
    index = bead_of(view.sentence_beads, position.side, position.index)  # type: ignore[arg-type]
    bead = view.sentence_beads[index]
    units = bead.src if position.side == "source" else bead.tgt
    if position.index == (units[0] if to == "previous" else units[-1]):
        return index
    if to == "previous":
        why = translate(
            "AlignmentEditing", "only the first {side} of a pair can move to the previous pair"
        )
    else:
        why = translate(
            "AlignmentEditing", "only the last {side} of a pair can move to the next pair"
        )
    raise AlignmentEditError(why.format(side=_side_sentence(position.side)))


def _side_sentence(side: str) -> str:
    if side == "source":
        return translate("AlignmentEditing", "source sentence")
    return translate("AlignmentEditing", "target sentence")


def _sentence_name(position: SentencePosition) -> str:
    if position.side == "source":
        text = translate("AlignmentEditing", "source sentence {0}")
    else:
        text = translate("AlignmentEditing", "target sentence {0}")
    return text.format(position.index + 1)


def _rows_name(first: int, last: int) -> str:
    if first == last:
        return translate("AlignmentEditing", "row {0}").format(first + 1)
    return translate("AlignmentEditing", "rows {first}–{last}").format(
        first=first + 1, last=last + 1
    )
