"""Renaming, deleting and ordering the library's documents from the library panel and the File
menu, each an undoable change; a deletion can be undone until the app is next started."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMainWindow, QMenu, QMessageBox

from reader.gui.common.menus import menu_named
from reader.services.views import DocumentSummary

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
MESSAGE_MS = 5000


class LibraryEditing(QObject):
    """`window` is the MainWindow: its runner, library panel, undo stack and status bar."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.rename_action = _action(
            window, translate("LibraryEditing", "&Rename Document…"), "Shift+F2",
            translate("LibraryEditing", "Give the selected document a new title"),
        )  # fmt: skip
        self.delete_action = _action(
            window, translate("LibraryEditing", "&Delete Document…"), "Ctrl+Shift+Del",
            translate("LibraryEditing", "Delete the selected document with its annotations"),
        )  # fmt: skip
        self.move_up_action = _action(
            window, translate("LibraryEditing", "Move Document &Up"), "Alt+Shift+PgUp",
            translate("LibraryEditing", "Move the selected document up the library list"),
        )  # fmt: skip
        self.move_down_action = _action(
            window, translate("LibraryEditing", "Move Document Do&wn"), "Alt+Shift+PgDown",
            translate("LibraryEditing", "Move the selected document down the library list"),
        )  # fmt: skip
        self.reimport_action = _action(
            window, translate("LibraryEditing", "Re-&import Text…"), "Ctrl+Shift+I",
            translate(
                "LibraryEditing",
                "Replace the shown document's text from new files, keeping its annotations",
            ),
        )  # fmt: skip
        self.reimport_action.triggered.connect(window.ask_reimport)
        self.url_action = _action(
            window, translate("LibraryEditing", "Web &Address…"), "",
            translate(
                "LibraryEditing",
                "Give the shown document its address on the web; exported annotations point "
                "at it",
            ),
        )  # fmt: skip
        self.url_action.triggered.connect(self.ask_url)
        self.restore_action = _action(
            window, translate("LibraryEditing", "Restore &Backup…"), "Ctrl+Shift+B",
            translate(
                "LibraryEditing",
                "Put back a copy of the library made earlier (daily, before upgrades, or by "
                "reader backup)",
            ),
        )  # fmt: skip
        self.restore_action.triggered.connect(self.ask_restore)
        self.rename_action.triggered.connect(self.ask_rename)
        self.delete_action.triggered.connect(self.ask_delete)
        self.move_up_action.triggered.connect(lambda: self.move(-1))
        self.move_down_action.triggered.connect(lambda: self.move(1))
        self._install()

    def _install(self) -> None:
        actions = [
            self.restore_action,
            self.reimport_action,
            self.url_action,
            self.rename_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
        ]
        file_menu = menu_named(self.window, "file")
        before = self.window.actions_.quit
        separator = file_menu.insertSeparator(before)
        for action in actions:
            file_menu.insertAction(separator, action)
        view = self.window.library.list_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self._context_menu(view, pos))
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, view)  # beside the menu's
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.ask_delete)

    def _context_menu(self, view: Any, pos: Any) -> None:
        if not view.indexAt(pos).isValid():
            return
        menu = QMenu(view)
        menu.addActions([self.rename_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.move_up_action, self.move_down_action])
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(pos))

    def _selected(self) -> DocumentSummary | None:
        doc_id = self.window.library.current_document_id()
        documents = self.window.library.model.documents
        return next((d for d in documents if d.id == doc_id), None)

    # -- the changes ----------------------------------------------------------------------------

    def ask_rename(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        title, ok = QInputDialog.getText(
            self.window,
            translate("LibraryEditing", "Rename Document"),
            translate("LibraryEditing", "Title:"),
            QLineEdit.EchoMode.Normal,
            doc.title,
        )
        if ok and " ".join(title.split()) not in ("", doc.title):
            self.perform(RenameCommand(self, doc.id, doc.title, " ".join(title.split())))

    def ask_url(self) -> None:
        shown = self.window.model.document
        if shown is None:
            return
        doc_id, title = shown.id, shown.title
        self.window.runner.submit(
            lambda library: library.document_url(doc_id),  # as stored now, not as shown
            lambda url: self._ask_url(doc_id, title, url),
            lambda error: self.window.show_error(
                translate("LibraryEditing", "Could Not Change the Library"), error
            ),
        )

    def _ask_url(self, doc_id: int, title: str, current: str) -> None:
        url, ok = QInputDialog.getText(
            self.window,
            translate("LibraryEditing", "Web Address"),
            translate("LibraryEditing", "Address of “{0}” (https://…; empty for none):").format(
                title
            ),
            QLineEdit.EchoMode.Normal,
            current,
        )
        if ok and url.strip() != current:
            self.perform(UrlCommand(self, doc_id, current, url.strip()))

    def ask_delete(self) -> None:
        doc = self._selected()
        if doc is None:
            return
        answer = QMessageBox.question(
            self.window,
            translate("LibraryEditing", "Delete Document"),
            translate(
                "LibraryEditing",
                "Delete “{0}” with its annotations?\n\nEdit › Undo brings it back until reader "
                "is closed.",
            ).format(doc.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.perform(DeleteCommand(self, doc))

    def ask_restore(self) -> None:
        """Choose a backup, confirm, and put it back; the library is then listed afresh."""

        def listed(found: list[Path]) -> None:
            if not found:
                self.window.statusBar().showMessage(
                    translate("LibraryEditing", "No backups of this library yet."), MESSAGE_MS
                )
                return
            names = [copy.name for copy in found]
            name, ok = QInputDialog.getItem(
                self.window,
                translate("LibraryEditing", "Restore Backup"),
                translate(
                    "LibraryEditing",
                    "Put back this copy? The library as it is now is kept as a backup too.",
                ),
                names,
                0,
                False,
            )
            if ok and name:
                self.restore(found[names.index(name)])

        self.window.runner.submit(
            lambda library: _backups(library.url),
            listed,
            lambda error: self.window.show_error(
                translate("LibraryEditing", "Could Not Restore"), error
            ),
        )

    def restore(self, copy: Path) -> None:
        def done(_result: object) -> None:
            self.window.undo_stack.clear()  # its changes were to the library now replaced
            self.window.reopen(translate("LibraryEditing", "Restored {0}.").format(copy.name))

        self.window.runner.submit_closed(
            lambda url: _restore(url, copy),
            done,
            lambda error: self.window.show_error(
                translate("LibraryEditing", "Could Not Restore"), error
            ),
        )

    def move(self, by: int) -> None:
        doc = self._selected()
        ids = [d.id for d in self.window.library.model.documents]
        if doc is None or not 0 <= ids.index(doc.id) + by < len(ids):
            return
        at = ids.index(doc.id)
        order = ids.copy()
        order[at], order[at + by] = order[at + by], order[at]
        self.perform(OrderCommand(self, ids, order, doc.id))

    def perform(self, command: LibraryCommand) -> None:
        """Run the change, then push it: a refused change never reaches the undo stack."""

        def done(_result: object) -> None:
            command.ran_first = True  # the push's redo() must not run it again
            # Showing another document clears the undo stack: push once that has happened.
            self.after_listing(lambda: self.window.undo_stack.push(command), command.shows)

        self.run(command.forward, command.done_message, done)

    def run(
        self,
        job: Callable[[Any], object],
        message: str,
        done: Callable[[object], None] | None = None,
    ) -> None:
        def finished(result: object) -> None:
            self.window.statusBar().showMessage(message, MESSAGE_MS)
            if done is not None:
                done(result)

        self.window.runner.submit(
            job,
            finished,
            lambda error: self.window.show_error(
                translate("LibraryEditing", "Could Not Change the Library"), error
            ),
        )

    def after_listing(self, then: Callable[[], None], show: Callable[[], int | None]) -> None:
        """List the library afresh, show the document `show()` names (if another than the
        shown one), and then call `then`."""
        window = self.window

        def listed(documents: list[DocumentSummary]) -> None:
            window.library.set_documents(documents)
            wanted = show()
            ids = [d.id for d in documents]
            if wanted not in ids:
                wanted = ids[0] if ids else None
            if wanted is None or wanted == window.shown_document_id:
                if wanted is not None:
                    window.library.select_document(wanted)
                window.refresh_title()
                then()
                return
            window.document_loaded.connect(_once(window.document_loaded, then))
            window.library.select_document(wanted)

        window.runner.submit(
            lambda library: library.list_documents(),
            listed,
            lambda error: window.show_error(translate("LibraryEditing", "Could Not Open"), error),
        )


def _backups(url: str) -> list[Path]:
    from reader.services.library import library_backups  # loads the store: on the thread

    return library_backups(url)


def _restore(url: str, copy: Path) -> object:
    from reader.services.library import restore_library

    return restore_library(url, copy)


def _once(signal: Any, then: Callable[[], None]) -> Callable[[int], None]:
    def slot(_doc_id: int) -> None:
        signal.disconnect(slot)
        then()

    return slot


def _action(window: QMainWindow, text: str, shortcut: str, tip: str) -> QAction:
    action = QAction(text, window)
    action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    return action


class LibraryCommand(QUndoCommand):
    """A change run once before it is pushed; undo and redo run on the library thread and then
    list the library afresh."""

    def __init__(self, editing: LibraryEditing, text: str, done: str, undone: str) -> None:
        super().__init__(text)
        self.editing = editing
        self.done_message, self.undone_message = done, undone
        self.ran_first = False

    def forward(self, library: Any) -> object:
        raise NotImplementedError

    def backward(self, library: Any) -> object:
        raise NotImplementedError

    def shows(self) -> int | None:
        """The document to show once the change is made."""
        return self.editing.window.shown_document_id

    def shows_after_undo(self) -> int | None:
        return self.editing.window.shown_document_id

    def redo(self) -> None:
        if self.ran_first:
            self.ran_first = False
            return
        self.editing.run(
            self.forward,
            self.done_message,
            lambda _r: self.editing.after_listing(lambda: None, self.shows),
        )

    def undo(self) -> None:
        self.editing.run(
            self.backward,
            self.undone_message,
            lambda _r: self.editing.after_listing(lambda: None, self.shows_after_undo),
        )


class RenameCommand(LibraryCommand):
    def __init__(self, editing: LibraryEditing, doc_id: int, old: str, new: str) -> None:
        super().__init__(
            editing,
            translate("LibraryEditing", "Rename Document"),
            translate("LibraryEditing", "Renamed “{0}” to “{1}”.").format(old, new),
            translate("LibraryEditing", "Renamed back to “{0}”.").format(old),
        )
        self._id, self._old, self._new = doc_id, old, new

    def forward(self, library: Any) -> object:
        return library.rename_document(self._id, self._new)

    def backward(self, library: Any) -> object:
        return library.rename_document(self._id, self._old)


class UrlCommand(LibraryCommand):
    def __init__(self, editing: LibraryEditing, doc_id: int, old: str, new: str) -> None:
        super().__init__(
            editing,
            translate("LibraryEditing", "Set Web Address"),
            translate("LibraryEditing", "Web address set."),
            translate("LibraryEditing", "Web address put back."),
        )
        self._id, self._old, self._new = doc_id, old, new

    def forward(self, library: Any) -> object:
        return library.set_document_url(self._id, self._new)

    def backward(self, library: Any) -> object:
        return library.set_document_url(self._id, self._old)


class DeleteCommand(LibraryCommand):
    def __init__(self, editing: LibraryEditing, doc: DocumentSummary) -> None:
        super().__init__(
            editing,
            translate("LibraryEditing", "Delete Document"),
            translate("LibraryEditing", "Deleted “{0}”.").format(doc.title),
            translate("LibraryEditing", "Brought “{0}” back.").format(doc.title),
        )
        self._doc = doc
        listed = [d.id for d in editing.window.library.model.documents]
        at = listed.index(doc.id)
        # After the deletion, the next document in the list takes its place (or the previous).
        neighbours = listed[at + 1 : at + 2] or listed[at - 1 : at]
        self._then = neighbours[0] if neighbours else None

    def forward(self, library: Any) -> object:
        return library.remove_document(self._doc.id)

    def backward(self, library: Any) -> object:
        return library.restore_document(self._doc.id)

    def shows(self) -> int | None:
        shown = self.editing.window.shown_document_id
        return self._then if shown == self._doc.id else shown

    def shows_after_undo(self) -> int | None:
        return self._doc.id


class OrderCommand(LibraryCommand):
    def __init__(
        self, editing: LibraryEditing, before: list[int], after: list[int], moved: int
    ) -> None:
        super().__init__(
            editing,
            translate("LibraryEditing", "Move Document"),
            translate("LibraryEditing", "Moved the document."),
            translate("LibraryEditing", "Moved the document back."),
        )
        self._before, self._after, self._moved = before, after, moved

    def forward(self, library: Any) -> object:
        return library.reorder_documents(self._after)

    def backward(self, library: Any) -> object:
        return library.reorder_documents(self._before)
