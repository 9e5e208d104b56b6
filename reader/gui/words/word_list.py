"""The Word List dock: words saved for study, deleted with Delete (undoable), exported as CSV for
Anki.

Every read and write goes through the window's runner; the list is first loaded when the dock
is first shown, so start-up does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QPushButton,
    QTableView,
    QWidget,
)

from reader.core.word_list import SavedWord
from reader.gui.common.fonts import reading_font
from reader.gui.common.library_runner import LibraryRunner
from reader.gui.common.menus import menu_named
from reader.gui.common.tables import configure_list_table, set_list_body
from reader.services.reading import WordInfo
from reader.services.views import Added

HEADERS = (  # translated where the model takes them
    QT_TRANSLATE_NOOP("WordList", "Word"),
    QT_TRANSLATE_NOOP("WordList", "Pinyin"),
    QT_TRANSLATE_NOOP("WordList", "Meaning"),
    QT_TRANSLATE_NOOP("WordList", "Sentence"),
)
COLUMN_WIDTHS = (90, 120, 320)  # the sentence takes the rest
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_FILE_NAME = "reader-words.csv"
MESSAGE_MS = 5000

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class WordList(QDockWidget):
    message = Signal(str)  # what just happened, for the status bar
    listed = Signal(int)  # the list was (re)loaded: how many words
    failed = Signal(str, object)  # a title and the exception

    def __init__(
        self, runner: LibraryRunner, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("WordList", "Word List"), parent)
        self.setObjectName("word_list_dock")  # saveState needs a name
        self._runner = runner
        self._undo_stack = undo_stack
        self._loaded = False
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.table = self._table()
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Remove the selected word from the list (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Export for Anki…"), self)
        self.export_button.setToolTip(self.tr("Write the list as a CSV file that Anki imports"))
        self.export_button.clicked.connect(self.ask_export)
        shortcut = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        self._build_layout()
        self.visibilityChanged.connect(self._load_when_shown)
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setFont(reading_font("zh", 11.0))
        configure_list_table(table, COLUMN_WIDTHS)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _build_layout(self) -> None:
        set_list_body(self, self.table, [], [self.delete_button, self.export_button])

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    # -- showing --------------------------------------------------------------------------------

    def _load_when_shown(self, visible: bool) -> None:
        if visible and not self._loaded:
            self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Load the list in the background; then select the entry `select_id`, if given."""
        self._loaded = True
        self._runner.submit(
            lambda library: library.words.list(),
            lambda words: self._show(words, select_id),
            self._failure(self.tr("Could Not Load the Word List")),
        )

    def _show(self, words: list[SavedWord], select_id: int | None) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for word in words:
            self.model.appendRow(_row(word))
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(ID_ROLE) == select_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()
        self.listed.emit(len(words))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    # -- changes --------------------------------------------------------------------------------

    def add(self, info: WordInfo, sentences: tuple[str, str] | None, doc_id: int | None) -> None:
        """Save the word with its (Chinese, English) sentence pair, then show it selected."""
        chinese, english = sentences or ("", "")

        def job(library: Any) -> Added:
            return library.words.add(info.text, info.pinyin, info.meaning, chinese, english, doc_id)

        self._runner.submit(job, self._on_added, self._failure(self.tr("Could Not Save the Word")))

    def _on_added(self, added: Added) -> None:
        word = added.word.word
        if added.new:
            text = self.tr("Added {word} to the word list")
        else:
            text = self.tr("{word} is already in the word list")
        self.message.emit(text.format(word=word))
        self.refresh(select_id=added.word.id)

    def delete_selected(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self._undo_stack.push(DeleteWordCommand(self, entry_id))

    def change(self, job: Callable[[Any], SavedWord], message: str, failure: str) -> None:
        """Run a change of one entry, then say `message` (with {word}) and show the list."""

        def done(word: SavedWord) -> None:
            self.message.emit(message.format(word=word.word))
            self.refresh(select_id=word.id)

        self._runner.submit(job, done, self._failure(failure))

    # -- export ---------------------------------------------------------------------------------

    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / DEFAULT_FILE_NAME)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export for Anki"),
            start,
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.export_to(Path(path) if Path(path).suffix else Path(path).with_suffix(".csv"))

    def export_to(self, path: Path) -> None:
        self._runner.submit(
            lambda library: library.words.export_csv(path),
            lambda count: self.message.emit(
                self.tr("Exported {words} to {path}").format(words=_words(count), path=path)
            ),
            self._failure(self.tr("Could Not Export the Word List")),
        )

    def _failure(self, title: str) -> Callable[[Exception], None]:
        return lambda error: self.failed.emit(title, error)


class DeleteWordCommand(QUndoCommand):
    """Delete an entry; undo puts it back with its id and place in the list."""

    def __init__(self, dock: WordList, entry_id: int) -> None:
        super().__init__(translate("WordList", "Delete Word"))
        self._dock, self._id = dock, entry_id
        self._removed: SavedWord | None = None

    def redo(self) -> None:
        def job(library: Any) -> SavedWord:
            # Set on the library thread, so an undo queued behind it finds it.
            self._removed = library.words.delete(self._id)
            return self._removed

        self._dock.change(
            job,
            translate("WordList", "Removed {word} from the word list"),
            translate("WordList", "Could Not Delete the Word"),
        )

    def undo(self) -> None:
        def job(library: Any) -> SavedWord:
            return library.words.restore(self._removed)

        self._dock.change(
            job,
            translate("WordList", "Put {word} back in the word list"),
            translate("WordList", "Could Not Restore the Word"),
        )


def install_word_list(window: QMainWindow) -> WordList:
    """Add the Word List dock (hidden until asked for) and its toggle in the View menu.

    `window` needs `runner` (a LibraryRunner), `undo_stack` (which the dock's deletions join),
    `statusBar()` and `show_error(title, error)`.
    """
    dock = WordList(window.runner, window.undo_stack, window)  # type: ignore[attr-defined]
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    dock.message.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))
    dock.failed.connect(window.show_error)  # type: ignore[attr-defined]
    view_menu = menu_named(window, "view")
    toggle = dock.toggleViewAction()
    toggle.setStatusTip(translate("WordList", "Show or hide the words saved for study"))
    separators = [action for action in view_menu.actions() if action.isSeparator()]
    if separators:  # with the other panels, above the zoom actions
        view_menu.insertAction(separators[0], toggle)
    else:
        view_menu.addAction(toggle)
    return dock


def _row(word: SavedWord) -> list[QStandardItem]:
    items = [QStandardItem(text) for text in (word.word, word.pinyin, word.gloss, word.chinese)]
    items[0].setData(word.id, ID_ROLE)
    items[2].setToolTip(word.gloss)  # the column may cut it short
    items[3].setToolTip(word.english)
    return items


def _words(count: int) -> str:
    if count == 1:
        return translate("WordList", "1 word")
    return translate("WordList", "{0} words").format(count)
