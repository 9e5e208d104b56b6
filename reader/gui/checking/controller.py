"""Runs the checks on the window's document and acts on the Checks panel's requests: show a
finding in the texts, flag findings, dismiss them (undoably)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStatusBar

from reader.core.checks.model import Dismissal, Finding
from reader.core.errors import Cancelled
from reader.gui.checking.checks_panel import ChecksPanel
from reader.gui.common.annotator import annotator_name
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.menus import menu_named
from reader.gui.common.progress import ProgressTask
from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.services.views import CheckedFinding

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
LAYER = "check"  # the decoration layer that marks the selected finding's spans
MESSAGE_MS = 5000


class Window(Protocol):
    """What the checks need of the main window that holds them."""

    model: ParallelModel
    parallel: ParallelView
    runner: JobRunner
    undo_stack: QUndoStack
    flagging: Any  # flag_findings(doc_id, findings, annotator)
    document_loaded: SignalInstance  # (document id)
    annotations_changed: SignalInstance

    def statusBar(self) -> QStatusBar: ...
    def show_error(self, title: str, error: Exception) -> object: ...


class ChecksController:
    def __init__(self, window: Window, panel: ChecksPanel) -> None:
        self.window, self.panel = window, panel
        self.checked_id: int | None = None  # the document the listed findings belong to
        self._found: list[CheckedFinding] = []
        self._beads: object = None  # the sentence beads the findings were found on
        panel.run_requested.connect(self.run)
        panel.finding_selected.connect(self.show)
        panel.flag_requested.connect(self.flag)
        panel.dismiss_requested.connect(self.dismiss)
        window.document_loaded.connect(self._document_loaded)
        # Also after an alignment edit, which reloads the annotations (their scores follow the
        # pairs): omissions and additions follow the pairs.
        window.annotations_changed.connect(self._annotations_changed)

    def _shown_id(self) -> int | None:
        view = self.window.model.document
        return view.id if view is not None else None

    # -- running ------------------------------------------------------------------------------

    def run(self) -> None:
        """Check the shown document behind a progress dialog, and bring the panel to the front."""
        if self._shown_id() is None:
            return
        self.panel.show()
        self.panel.raise_()
        # The library thread may still be loading the dictionaries: say something now.
        self.window.statusBar().showMessage(translate("ChecksPanel", "Checking…"))
        label = translate("ChecksPanel", "Checking the translation…")
        task = ProgressTask(self.window, label)  # type: ignore[arg-type]
        self._check(task)

    def _check(self, task: ProgressTask | None) -> None:
        doc_id = self._shown_id()
        view = self.window.model.document
        progress = task.report if task is not None else None

        def job(library: Any) -> list[CheckedFinding]:
            return library.checks.run(doc_id, progress=progress)  # type: ignore[no-any-return]

        def done(found: list[CheckedFinding]) -> None:
            if task is not None:
                task.finish()
            if doc_id != self._shown_id():
                return  # another document came while the checks ran
            self.checked_id, self._beads = doc_id, view.sentence_beads if view else None
            self._list(found)
            if task is not None:
                message = translate("ChecksPanel", "The checks found {0} problems.")
                self.window.statusBar().showMessage(message.format(len(found)), MESSAGE_MS)

        def failed(error: Exception) -> None:
            if task is not None:
                task.finish()
            if isinstance(error, Cancelled):
                self.window.statusBar().showMessage(
                    translate("ChecksPanel", "Checks cancelled."), MESSAGE_MS
                )
            else:
                title = translate("ChecksPanel", "Could Not Check the Translation")
                self.window.show_error(title, error)

        self.window.runner.submit(job, done, failed)

    def _list(self, found: list[CheckedFinding]) -> None:
        self._found = found
        self.panel.set_findings(found, self.window.model.document)

    def remark(self) -> None:
        """Flags or dismissals changed: mark the listed findings afresh, without checking."""
        doc_id = self.checked_id
        if doc_id is None or doc_id != self._shown_id():
            return
        findings = [item.finding for item in self._found]
        order = {f: i for i, f in enumerate(findings)}

        def done(marked: list[CheckedFinding]) -> None:
            if doc_id == self.checked_id == self._shown_id():
                self._list(sorted(marked, key=lambda item: order[item.finding]))

        self.window.runner.submit(
            lambda library: library.checks.mark(doc_id, findings),
            done,
            lambda error: self.window.show_error(
                translate("ChecksPanel", "Could Not Check the Translation"), error
            ),
        )

    # -- acting on findings -------------------------------------------------------------------

    def show(self, finding: Finding) -> None:
        """Select the finding's row and mark its span, and the spans it points at, scrolled
        into view."""
        places = [(finding.side, finding.paragraph, finding.start, finding.end)]
        places += [(p.side, p.paragraph, p.start, p.end) for p in finding.related]
        self.window.parallel.show_places(LAYER, places)

    def flag(self, findings: list[Finding]) -> None:
        doc_id = self._shown_id()
        if doc_id is None or doc_id != self.checked_id:
            return
        annotator = annotator_name(self.window)  # type: ignore[arg-type]
        if annotator is not None:
            self.window.flagging.flag_findings(doc_id, findings, annotator)

    def dismiss(self, findings: list[Finding], everywhere: bool) -> None:
        doc_id = self._shown_id()
        if doc_id is not None and doc_id == self.checked_id:
            self.window.undo_stack.push(DismissCommand(self, doc_id, findings, everywhere))

    def submit(self, job: Callable[[Any], object], message: str) -> None:
        """Run a change to the dismissals, then mark the findings afresh and say so."""

        def done(_result: object) -> None:
            self.window.statusBar().showMessage(message, MESSAGE_MS)
            self.remark()

        self.window.runner.submit(
            job,
            done,
            lambda error: self.window.show_error(
                translate("ChecksPanel", "Could Not Dismiss"), error
            ),
        )

    # -- the document changing ----------------------------------------------------------------

    def _document_loaded(self, doc_id: int) -> None:
        if doc_id != self.checked_id:
            self.checked_id, self._found = None, []
            self.panel.set_findings(None)
            self.window.model.set_decorations(LAYER, [])

    def _annotations_changed(self, *_changed: object) -> None:
        """Flags added or undone: mark the list afresh; the alignment edited: check again."""
        if self.checked_id is None or self.checked_id != self._shown_id():
            return
        view = self.window.model.document
        if view is not None and view.sentence_beads != self._beads:
            self._check(None)
        else:
            self.remark()


class DismissCommand(QUndoCommand):
    """Findings dismissed; undo forgets the dismissals, redo puts them back with their ids."""

    def __init__(
        self,
        controller: ChecksController,
        doc_id: int,
        findings: Sequence[Finding],
        everywhere: bool,
    ) -> None:
        count = len(findings)
        super().__init__(translate("ChecksPanel", "Dismiss {0} Findings").format(count))
        self._controller, self._doc_id = controller, doc_id
        self._findings, self._everywhere = tuple(findings), everywhere
        self._made: list[Dismissal] = []
        self._done = False

    def redo(self) -> None:
        doc_id, findings, everywhere = self._doc_id, self._findings, self._everywhere

        def job(library: Any) -> None:
            if self._done:
                self._made = library.checks.redismiss(doc_id, self._made)
            else:
                self._made = library.checks.dismiss(doc_id, findings, everywhere)
                self._done = True

        message = translate("ChecksPanel", "Dismissed {0} findings.").format(len(findings))
        self._controller.submit(job, message)

    def undo(self) -> None:
        doc_id = self._doc_id

        def job(library: Any) -> None:
            ids = [d.id for d in self._made if d.id is not None]
            library.checks.undismiss(doc_id, ids)

        self._controller.submit(job, translate("ChecksPanel", "Dismissal undone."))


def install_checks(window: QMainWindow) -> ChecksController:
    """The Checks dock (tabbed with the annotations), its View toggle and Edit › Check
    Translation (F7). Call it after the window has restored its saved state."""
    panel = ChecksPanel(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    window.tabifyDockWidget(window.annotations, panel)  # type: ignore[attr-defined]
    # Where the user last put it, if the window's saved state knows the panel (a state saved
    # before the panel existed would place it beside the annotations, not behind them).
    window.restoreDockWidget(panel)
    window.annotations.raise_()  # type: ignore[attr-defined]
    controller = ChecksController(window, panel)  # type: ignore[arg-type]
    action = QAction(translate("ChecksPanel", "&Check Translation"), window)
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip(
        translate(
            "ChecksPanel",
            "Find mistranslations, omissions, number errors, punctuation and other problems",
        )
    )
    action.triggered.connect(controller.run)
    edit_menu = menu_named(window, "edit")
    actions = edit_menu.actions()
    after = actions.index(window.actions_.find_similar) + 1  # type: ignore[attr-defined]
    edit_menu.insertAction(actions[after], action)  # with the other ways of flagging
    view_menu = menu_named(window, "view")
    view_menu.insertAction(view_menu.actions()[2], panel.toggleViewAction())
    window.check_action = action  # type: ignore[attr-defined]
    return controller
