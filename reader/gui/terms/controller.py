"""Wires the Terms panel to the window: lists the term base with the shown document's uses,
adds (also straight from the selected words of a row), edits, deletes, imports and exports
terms as undoable changes, proposes terms, and shows a term's places in the texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.core.errors import Cancelled
from reader.core.terms import Term
from reader.gui.common.annotator import annotator_name
from reader.gui.common.commands import RunFirstCommand
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.menus import menu_named
from reader.gui.common.progress import ProgressTask
from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.span_editor import SpanSelection
from reader.gui.terms.commands import (
    AddTermsCommand,
    DeleteTermCommand,
    EditTermCommand,
    ImportTermsCommand,
)
from reader.gui.terms.suggest_dialog import SuggestDialog
from reader.gui.terms.term_dialog import TermDialog
from reader.gui.terms.terms_panel import TermPlace, TermsPanel

if TYPE_CHECKING:  # suggesting loads numpy, the services SQLAlchemy: start-up needs neither
    from reader.core.terms.suggest import Candidate
    from reader.services.terms import TermUsage

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
LAYER = "term"  # the decoration layer that marks a term's chosen place
MESSAGE_MS = 5000


class Window(Protocol):
    """What the term base needs of the main window that holds it."""

    model: ParallelModel
    parallel: ParallelView
    runner: JobRunner
    undo_stack: QUndoStack
    selection: SpanSelection
    document_loaded: SignalInstance  # (document id)
    annotations_changed: SignalInstance

    def statusBar(self) -> QStatusBar: ...
    def show_error(self, title: str, error: Exception) -> object: ...


class TermsController:
    def __init__(self, window: Window, panel: TermsPanel) -> None:
        self.window, self.panel = window, panel
        self._loaded = False
        panel.add_requested.connect(lambda: self.ask_add(Term("")))
        panel.edit_requested.connect(self.ask_edit)
        panel.delete_requested.connect(self.delete)
        panel.suggest_requested.connect(self.suggest)
        panel.import_requested.connect(self.import_file)
        panel.export_requested.connect(self.export)
        panel.places_chosen.connect(self.show_places)
        panel.visibilityChanged.connect(self._load_when_shown)
        window.document_loaded.connect(lambda _id: self._document_changed())
        # An alignment edit pairs the sentences anew (and is announced with the annotations):
        # the counts of kept renderings follow the pairs.
        window.annotations_changed.connect(self._pairs_may_have_changed)

    def _doc_id(self) -> int | None:
        view = self.window.model.document
        return view.id if view is not None else None

    # -- listing ------------------------------------------------------------------------------

    def _load_when_shown(self, visible: bool) -> None:
        if visible and not self._loaded:
            self.refresh()

    def _document_changed(self) -> None:
        self.window.model.set_decorations(LAYER, [])
        if self._loaded:
            self.refresh()

    def _pairs_may_have_changed(self, *_changed: object) -> None:
        if self._loaded and self.panel.isVisible():
            self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """List the terms with the shown document's uses of them, in the background."""
        self._loaded = True
        view = self.window.model.document
        translated = view is not None and view.target is not None
        doc_id = view.id if view is not None else None

        def job(library: Any) -> list[TermUsage]:
            return library.terms.usage(doc_id)  # type: ignore[no-any-return]

        def done(usage: list[TermUsage]) -> None:
            if self.window.model.document is view:  # else another document came meanwhile
                self.panel.set_usage(usage, view if translated else None, select_id)

        self.window.runner.submit(
            job, done, self._failure(translate("TermsPanel", "Could Not List the Terms"))
        )

    # -- changes --------------------------------------------------------------------------------

    def ask_add(self, draft: Term) -> TermDialog | None:
        """The term dialog, prefilled with `draft`; OK adds the term as one undoable change."""
        author = annotator_name(self.window)  # type: ignore[arg-type]
        if author is None:
            return None
        dialog = TermDialog(draft, self._doc_id(), self.window)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.perform(AddTermsCommand(self.run, [_signed(dialog.term(), author)]))
        )
        dialog.open()
        return dialog

    def add_from_selection(self) -> TermDialog | None:
        """The selected English of the row as the term, its selected Chinese as the rendering."""
        spans = self.window.selection.spans
        if not spans:
            self.window.statusBar().showMessage(
                translate(
                    "TermsPanel",
                    "Select the term in the English and its rendering in the Chinese "
                    "(double-click a paragraph or press F2).",
                ),
                MESSAGE_MS,
            )
            return None
        source, target = spans.get("source"), spans.get("target")
        draft = Term(
            source.text.strip() if source else "",
            (target.text.strip(),) if target and target.text.strip() else (),
        )
        return self.ask_add(draft)

    def ask_edit(self, term: Term) -> TermDialog:
        dialog = TermDialog(term, self._doc_id(), self.window, editing=True)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            edited = dialog.term()
            if edited != term:
                self.perform(EditTermCommand(self.run, term, edited))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def delete(self, term: Term) -> None:
        self.perform(DeleteTermCommand(self.run, term))

    def delete_selected(self) -> None:
        term = self.panel.selected()
        if term is not None:
            self.delete(term)

    def import_file(self, path: Path) -> None:
        author = annotator_name(self.window)  # type: ignore[arg-type]
        if author is not None:
            self.perform(ImportTermsCommand(self.run, path, author))

    def perform(self, command: RunFirstCommand) -> None:
        """Run the change; push it on the undo stack only if it succeeded."""

        def done(result: Any) -> None:
            self.window.undo_stack.push(command)
            self._changed(result, command.done_message)

        self.window.runner.submit(command.forward, done, self._failure(command.text()))

    def run(self, job: Callable[[Any], Any], message: str) -> None:
        """Run an undo or a redo of a change, then list the terms afresh."""
        self.window.runner.submit(
            job,
            lambda result: self._changed(result, message),
            self._failure(translate("TermsPanel", "Could Not Change the Terms")),
        )

    def _changed(self, result: Any, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MS)
        self.panel.show()
        self.refresh(select_id=_first_id(result))

    # -- exchange and suggestions ---------------------------------------------------------------

    def export(self, path: Path, fmt: str) -> None:
        def done(count: int) -> None:
            message = translate("TermsPanel", "Exported {0} terms to {1}.").format(count, path)
            self.window.statusBar().showMessage(message, MESSAGE_MS)

        self.window.runner.submit(
            lambda library: library.terms.export(path, fmt),
            done,
            self._failure(translate("TermsPanel", "Could Not Export the Terms")),
        )

    def suggest(self) -> None:
        view = self.window.model.document
        if view is None or view.target is None:
            self.window.statusBar().showMessage(
                translate("TermsPanel", "Terms are suggested from a document with a translation."),
                MESSAGE_MS,
            )
            return
        label = translate("TermsPanel", "Looking for terms in the translation…")
        task = ProgressTask(self.window, label)  # type: ignore[arg-type]

        def done(found: list[Candidate]) -> None:
            task.finish()
            if self.window.model.document is view:
                self.ask_suggested(found)

        def failed(error: Exception) -> None:
            task.finish()
            if not isinstance(error, Cancelled):
                self.window.show_error(translate("TermsPanel", "Could Not Suggest Terms"), error)

        self.window.runner.submit(
            lambda library: library.terms.suggest(view.id, task.report), done, failed
        )

    def ask_suggested(self, found: Sequence[Candidate]) -> SuggestDialog | None:
        if not found:
            self.window.statusBar().showMessage(
                translate("TermsPanel", "No new terms to suggest."), MESSAGE_MS
            )
            return None
        dialog = SuggestDialog(found, self.window)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accept() -> None:
            author = annotator_name(self.window)  # type: ignore[arg-type]
            if author is not None:
                drafts = [c.as_term(author) for c in dialog.ticked()]
                self.perform(AddTermsCommand(self.run, drafts))

        dialog.accepted.connect(accept)
        dialog.open()
        return dialog

    # -- showing a place ------------------------------------------------------------------------

    def show_places(self, places: list[TermPlace]) -> None:
        """Mark the term's place and what renders it, select its row and scroll to it."""
        self.window.parallel.show_places(
            LAYER, [(p.side, p.paragraph, p.start, p.end) for p in places]
        )

    def _failure(self, title: str) -> Callable[[Exception], None]:
        return lambda error: self.window.show_error(title, error)


def _signed(term: Term, author: str) -> Term:
    return replace(term, author=term.author or author)


def _first_id(result: Any) -> int | None:
    if isinstance(result, Term):
        return result.id
    if isinstance(result, list) and result and isinstance(result[0], Term):
        return result[0].id
    return None


def install_terms(window: QMainWindow) -> TermsController:
    """The Terms dock (hidden until asked for, tabbed with the word list), its View toggle,
    and Edit › Add Term from Selection (Ctrl+T), also in the selection's context menu."""
    panel = TermsPanel(window)
    panel.hide()  # until asked for, or shown by the window's saved state
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    window.tabifyDockWidget(window.word_list, panel)  # type: ignore[attr-defined]
    window.restoreDockWidget(panel)
    controller = TermsController(window, panel)  # type: ignore[arg-type]
    action = QAction(translate("TermsPanel", "Add &Term from Selection…"), window)
    action.setShortcut(QKeySequence("Ctrl+T"))
    action.setStatusTip(
        translate(
            "TermsPanel",
            "Add the selected English as a term, the selected Chinese as its rendering",
        )
    )
    action.triggered.connect(controller.add_from_selection)
    edit_menu = menu_named(window, "edit")
    edit_menu.insertAction(window.check_action, action)  # type: ignore[attr-defined]
    window.parallel.delegate.editor_actions.append(action)  # type: ignore[attr-defined]
    view_menu = menu_named(window, "view")
    toggle = panel.toggleViewAction()
    toggle.setStatusTip(translate("TermsPanel", "Show or hide the term base"))
    view_menu.insertAction(window.word_list.toggleViewAction(), toggle)  # type: ignore[attr-defined]
    delete = QShortcut(QKeySequence.StandardKey.Delete, panel.table)
    delete.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete.activated.connect(controller.delete_selected)
    window.add_term_action = action  # type: ignore[attr-defined]
    return controller
