"""The main window: the library on the left, the two texts side by side on the right."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.core.document import SideText
from reader.core.errors import AlreadyImported, Cancelled, Conflict
from reader.core.mqm import Annotation, MqmScore, Weights
from reader.gui.aligning.alignment_editing import AlignmentEditing
from reader.gui.annotating.annotation_workflow import AnnotationWorkflow
from reader.gui.annotating.annotations_panel import AnnotationsPanel
from reader.gui.annotating.conflict_dialog import ask_about_conflict
from reader.gui.annotating.flag_dialog import FlagDialog, FlagRequest, flagged_alike
from reader.gui.annotating.flagging import Flagging
from reader.gui.annotating.weights_dialog import WeightsDialog
from reader.gui.checking.controller import install_checks
from reader.gui.common import settings
from reader.gui.common.annotator import annotator_name
from reader.gui.common.errors import error_text
from reader.gui.common.fonts import READING_POINT_SIZE
from reader.gui.common.library_runner import LibraryLike, LibraryRunner, Opener
from reader.gui.common.menus import menu_named
from reader.gui.common.progress import ProgressTask
from reader.gui.common.theme import apply_theme
from reader.gui.exporting.export_dialog import ExportDialog
from reader.gui.parallel.parallel_model import ParallelModel, Role
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.sentence_cursor import SentenceCursor
from reader.gui.parallel.span_editor import SpanSelection
from reader.gui.reading.find_bar import install_find_bar
from reader.gui.reading.go_to import GoToParagraph
from reader.gui.reading.reading_aids import install_reading_aids
from reader.gui.reading.sentence_navigation import SentenceNavigation
from reader.gui.shell.about import show_about
from reader.gui.shell.import_dialog import ImportDialog, ImportRequest
from reader.gui.shell.library_editing import LibraryEditing
from reader.gui.shell.library_panel import LibraryPanel
from reader.gui.shell.menus import build_menus, build_toolbar
from reader.gui.shell.preferences import Preferences, install_preferences
from reader.gui.shell.status_bar import DocumentStatusBar
from reader.gui.team.agreement_panel import install_agreement
from reader.gui.team.connection import install_connect
from reader.gui.team.live import install_live_updates
from reader.gui.team.reviewers import Reviewers
from reader.gui.terms.controller import install_terms
from reader.gui.words.word_list import install_word_list
from reader.services.views import DocumentScore, DocumentSummary, DocumentView

log = logging.getLogger(__name__)

ZOOM_STEP = 1.0
DEFAULT_DOCK_HEIGHT = 170
MIN_POINT_SIZE, MAX_POINT_SIZE = 7.0, 36.0


class MainWindow(QMainWindow):
    documents_listed = Signal()
    document_loaded = Signal(int)
    import_finished = Signal(int)
    error_shown = Signal(str)
    annotations_changed = Signal()

    def __init__(self, opener: Opener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("reader")
        self.runner = LibraryRunner(opener, self)
        self.library = LibraryPanel(self)
        self.model = ParallelModel(self)
        self.parallel = ParallelView(self.model, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.parallel)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(160)
        self.setCentralWidget(self.splitter)
        self.annotations = AnnotationsPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.annotations)
        self.status = DocumentStatusBar(self)
        self.setStatusBar(self.status)
        self.actions_ = build_menus(self)
        self.toolbar = build_toolbar(self, self.actions_)
        self.selection = SpanSelection(self)
        self.sentence_cursor = SentenceCursor(self)
        self.flagging = Flagging(self.runner, self)
        self.undo_stack = self.flagging.undo_stack  # one for annotations and alignment edits
        self._point_size = settings.READING_POINT_SIZE.load()
        self._shown_id: int | None = None
        self._wanted_id: int | None = None
        self._said_after_loading = ""  # a message for the status bar once a document shows
        self._paragraph_scores: tuple[MqmScore, ...] = ()
        self._connect()
        self.workflow = AnnotationWorkflow(self)
        self.navigation = SentenceNavigation(self, self.parallel, self.model, self.sentence_cursor)
        self.alignment_editing = AlignmentEditing(self)
        self.preferences = Preferences.load()  # the theme and language were applied at start-up
        self.parallel.set_line_spacing(self.preferences.line_spacing)
        self.preferences_action = install_preferences(self)
        self.word_list = install_word_list(self)
        self.find_bar = install_find_bar(
            self, self.parallel, self.splitter, self.actions_.flag_error
        )
        self.go_to = GoToParagraph(self, self.parallel, self.model)
        self.reading_aids = install_reading_aids(self)
        self.reading_aids.word_saved.connect(self.word_list.add)
        self._restore_state()
        self.checks = install_checks(self)  # after the docks' saved places (see install_checks)
        self.terms = install_terms(self)
        self.agreement = install_agreement(self)
        self.live = install_live_updates(self)
        self.reviewers = Reviewers(self)
        self.connect_action = install_connect(self)
        self.library_editing = LibraryEditing(self)

    def _connect(self) -> None:
        a = self.actions_
        a.import_document.triggered.connect(self.ask_import)
        a.export_document.triggered.connect(self.ask_export)
        a.quit.triggered.connect(self.close)
        a.show_library.toggled.connect(self.library.setVisible)
        a.mark_uncertain.toggled.connect(self.parallel.set_mark_low_confidence)
        a.zoom_in.triggered.connect(lambda: self.set_point_size(self._point_size + ZOOM_STEP))
        a.zoom_out.triggered.connect(lambda: self.set_point_size(self._point_size - ZOOM_STEP))
        a.zoom_reset.triggered.connect(lambda: self.set_point_size(READING_POINT_SIZE))
        a.about.triggered.connect(lambda: show_about(self))
        self.library.document_selected.connect(self.load_document)
        self.parallel.selectionModel().selectionChanged.connect(self.show_paragraph_score)
        self._connect_flagging()

    def _connect_flagging(self) -> None:
        a, stack = self.actions_, self.undo_stack
        a.flag_error.triggered.connect(self.ask_flag)
        a.undo.triggered.connect(stack.undo)
        a.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a.undo.setEnabled)
        stack.canRedoChanged.connect(a.redo.setEnabled)
        self.parallel.delegate.editor_actions.append(a.flag_error)
        self.parallel.delegate.span_selected.connect(self.selection.record)
        self.selection.changed.connect(lambda: a.flag_error.setEnabled(bool(self.selection.spans)))
        self.selection.changed.connect(self._show_selection)
        self.flagging.changed.connect(self._on_annotations_changed)
        self.flagging.failed.connect(self._on_flagging_failed)
        self.flagging.conflicted.connect(self._on_conflict)
        self.annotations.annotation_selected.connect(self.show_annotation)
        self.annotations.delete_requested.connect(self.flagging.delete)
        self.annotations.resolve_requested.connect(self.flagging.set_resolved)
        self.annotations.accept_requested.connect(self.flagging.set_fix_accepted)
        a.mqm_weights.triggered.connect(self.ask_weights)
        view_menu = menu_named(self, "view")
        view_menu.insertAction(view_menu.actions()[1], self.annotations.toggleViewAction())

    # -- settings -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        if not self.restoreGeometry(settings.WINDOW_GEOMETRY.load()):
            self._default_geometry()
        if not self.restoreState(settings.WINDOW_STATE.load()):  # the docks and toolbar
            # The reading view comes first: the annotation list starts as a strip below it.
            # The texts keep most of a small window: at most a fifth of it for the dock.
            height = min(DEFAULT_DOCK_HEIGHT, self.height() // 5)
            self.resizeDocks([self.annotations], [height], Qt.Orientation.Vertical)
        if not self.splitter.restoreState(settings.SPLITTER_STATE.load()):
            self.splitter.setSizes([300, max(self.width() - 300, 600)])
        self.actions_.show_library.setChecked(settings.LIBRARY_VISIBLE.load())
        self.library.setVisible(self.actions_.show_library.isChecked())
        self.actions_.mark_uncertain.setChecked(settings.MARK_LOW_CONFIDENCE.load())
        self.parallel.set_mark_low_confidence(self.actions_.mark_uncertain.isChecked())

    def _default_geometry(self) -> None:
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(min(1280, screen.width() * 9 // 10), min(820, screen.height() * 9 // 10))
        self.move(screen.center() - self.rect().center())

    def save_state(self) -> None:
        settings.WINDOW_GEOMETRY.save(QByteArray(self.saveGeometry()))
        settings.WINDOW_STATE.save(QByteArray(self.saveState()))
        settings.SPLITTER_STATE.save(QByteArray(self.splitter.saveState()))
        settings.LIBRARY_VISIBLE.save(self.actions_.show_library.isChecked())
        settings.MARK_LOW_CONFIDENCE.save(self.actions_.mark_uncertain.isChecked())
        settings.READING_POINT_SIZE.save(self._point_size)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.live.stop()
        self.runner.shutdown()
        super().closeEvent(event)

    # -- documents ------------------------------------------------------------------------------

    def start(self, document_id: int | None = None) -> None:
        """Open the library in the background, list it and show document_id (or the default)."""
        self.status.showMessage(self.tr("Opening the library…"))

        def job(library: LibraryLike) -> tuple[list[DocumentSummary], int | None]:
            wanted = document_id if document_id is not None else library.default_document_id()
            return library.list_documents(), wanted

        failed = self.tr("Could Not Open")
        self.runner.submit(job, self._on_started, lambda e: self.show_error(failed, e))

    def show_other_library(self, documents: list[DocumentSummary]) -> None:
        """The runner opened another library (a team's): list it and show its first document;
        the undo history belonged to the other one."""
        self.flagging.clear()
        self._shown_id = None
        self.model.set_document(None)
        self._on_started((documents, documents[0].id if documents else None))

    def _on_started(self, result: tuple[list[DocumentSummary], int | None]) -> None:
        documents, wanted = result
        self.status.clearMessage()
        self.library.set_documents(documents)
        self.documents_listed.emit()
        if wanted is not None and self.library.select_document(wanted):
            return
        if documents:
            self.library.select_document(documents[0].id)
        else:
            self.status.showMessage(
                self.tr("The library is empty: use File › Import… to add a text.")
            )

    @property
    def shown_document_id(self) -> int | None:
        return self._shown_id

    def refresh_title(self) -> None:
        """The shown document's title as the library lists it (after a rename)."""
        listed = {d.id: d.title for d in self.library.model.documents}
        if self._shown_id in listed:
            self.setWindowTitle(f"{listed[self._shown_id]} — reader")

    def reopen(self, message: str = "") -> None:
        """The library's file was replaced (a restore): list it and show its document anew,
        then say `message`."""
        wanted = self._shown_id
        self._shown_id = self._wanted_id = None
        self._said_after_loading = message
        self.start(wanted)

    def load_document(self, doc_id: int) -> None:
        if doc_id in (self._shown_id, self._wanted_id):
            return
        self._wanted_id = doc_id
        self.status.showMessage(self.tr("Loading…"))
        self.runner.submit(
            lambda library: library.load_document(doc_id),
            self._on_loaded,
            lambda e: self.show_error(self.tr("Could Not Open"), e),
        )

    def _on_loaded(self, view: DocumentView) -> None:
        if view.id != self._wanted_id:
            return  # the user has picked another document meanwhile
        self._wanted_id = None
        self._shown_id = view.id
        self._apply_fonts(view)
        self.model.set_document(view)
        self.parallel.scrollToTop()
        self.status.clearMessage()
        if self._said_after_loading:
            self.status.showMessage(self._said_after_loading, 10_000)
            self._said_after_loading = ""
        self.status.show_document(view)
        self.setWindowTitle(f"{view.title} — reader")
        self.actions_.export_document.setEnabled(True)
        self.selection.clear()
        self.sentence_cursor.clear()
        self.flagging.clear()
        self._paragraph_scores = ()
        self.show_paragraph_score()
        self.annotations.set_annotations([])
        self.refresh_annotations()
        self.document_loaded.emit(view.id)

    def set_point_size(self, size: float) -> None:
        self._point_size = min(max(size, MIN_POINT_SIZE), MAX_POINT_SIZE)
        if self.model.document is not None:
            self._apply_fonts(self.model.document)

    def _apply_fonts(self, view: DocumentView) -> None:
        target_lang = view.target.lang if view.target else "zh"
        zoom = self._point_size / READING_POINT_SIZE  # the zoom scales each language's own size
        self.parallel.set_fonts(
            self.preferences.font(view.source.lang, zoom), self.preferences.font(target_lang, zoom)
        )

    def apply_preferences(self, preferences: Preferences) -> None:
        """Fonts, line spacing, theme, Chinese script and pinyin take effect at once; the
        language at the next start."""
        if preferences.theme != self.preferences.theme:
            apply_theme(preferences.theme)
        self.preferences = preferences
        self.reading_aids.apply(preferences)
        self.parallel.set_line_spacing(preferences.line_spacing)
        if self.model.document is not None:
            self._apply_fonts(self.model.document)  # lays the rows out afresh

    # -- flagging -------------------------------------------------------------------------------

    def ask_flag(self) -> FlagDialog | None:
        """Edit › Flag Error… for the span(s) last selected in the current row."""
        if self._shown_id is None or not self.selection.spans:
            return None
        dialog = FlagDialog(self.runner, self.selection.spans, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        doc_id = self._shown_id
        dialog.accepted.connect(lambda: self._flag(doc_id, dialog))
        dialog.open()
        return dialog

    def _flag(self, doc_id: int, dialog: FlagDialog) -> None:
        request = dialog.request()
        if doc_id != self._shown_id or not self._flag_again(request):
            return
        annotator = annotator_name(self)
        if annotator is not None:
            self.flagging.flag(doc_id, request, annotator)
            # The selection has become a flag: the editor would hide its new highlight.
            self._close_span_editors()
            self.selection.clear()

    def _show_selection(self) -> None:
        """Keep what is selected for flagging visible on both sides, also where the editor
        that selected it has closed (selecting in one cell closes the other's)."""
        sentences = self.model.sentences
        spans = self.selection.spans if sentences is not None else {}
        found = (
            sentences.paragraph_span(side, s.paragraph, s.start, s.end)  # type: ignore[union-attr]
            for side, s in spans.items()
        )
        # A cell being edited shows its own selection; marking it would reset the editor.
        shown = [
            span
            for span in found
            if span is not None
            and self.parallel.indexWidget(self.model.index(span.row, span.column)) is None
        ]
        self.model.set_decorations("selection", shown)

    def _close_span_editors(self) -> None:
        row = self.selection.row
        if row is None:
            return
        for column in (0, 1):
            editor = self.parallel.indexWidget(self.model.index(row, column))
            if editor is not None:
                self.parallel.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _flag_again(self, request: FlagRequest) -> bool:
        """Whether to go on when the same spans are already flagged in the same category:
        asked, not assumed (a double flag would count the error twice in the score)."""
        view = self.model.document
        if view is None:
            return False
        sides = {"source": view.source, "target": view.target}
        starts = {
            role: SideText(side.lang, side.paragraphs).paragraph_starts()
            for role, side in sides.items()
            if side is not None
        }
        held = flagged_alike(self.annotations.model.annotations, request, starts)
        if held is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Already Flagged"),
            self.tr(
                "This text is already flagged as {category} ({severity}). Flag it again?"
            ).format(category=held.category, severity=held.severity),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_annotations_changed(self, message: str) -> None:
        self.status.showMessage(message, 5000)
        self.refresh_annotations()

    def ask_weights(self) -> None:
        """Edit › MQM Weights…: the library's weights, changed as one undoable step."""

        def ask(current: Weights) -> None:
            dialog = WeightsDialog(current, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

            def chosen() -> None:
                if dialog.weights() != current:
                    self.flagging.set_weights(current, dialog.weights())

            dialog.accepted.connect(chosen)
            dialog.open()

        self.runner.submit(
            lambda library: library.mqm_weights(),
            ask,
            lambda error: self.show_error(self.tr("Could Not Read the Library"), error),
        )

    def _on_flagging_failed(self, error: Exception) -> None:
        self.show_error(self.tr("Could Not Save"), error)
        if isinstance(error, Conflict):  # an undo or redo someone else's change overtook
            self.refresh_annotations()

    def _on_conflict(self, command: Any, error: Conflict) -> None:
        """A change someone else's overtook: keep mine (made over theirs) or take theirs."""

        def keep_mine() -> None:
            command.rebase(error.theirs)
            self.flagging.perform(command)

        ask_about_conflict(self, error, keep_mine, self.refresh_annotations)

    def refresh_annotations(self) -> None:
        """Reload the panel, the score and the highlights; `annotations_changed` when shown."""
        doc_id = self._shown_id
        if doc_id is None:
            return

        def job(library: Any) -> tuple[list[Annotation], DocumentScore, Any]:
            notes = library.annotations
            # the revision read with them: live updates need not reload what is shown
            return notes.for_document(doc_id), notes.score(doc_id), library.revision(doc_id)

        def done(result: tuple[list[Annotation], DocumentScore, Any]) -> None:
            if doc_id == self._shown_id:
                self.live.saw(doc_id, result[2])
                shown = self.reviewers.visible(result[0])
                self.annotations.set_annotations(shown)
                self.model.set_annotations(shown)
                self.status.show_score(result[1].total)
                self._paragraph_scores = result[1].paragraphs
                self.show_paragraph_score()
                self.annotations_changed.emit()

        self.runner.submit(job, done, lambda e: self.show_error(self.tr("Could Not Load"), e))

    def selected_paragraph(self) -> int | None:
        """The first source paragraph of the selected row, if it has one."""
        rows = self.parallel.selectionModel().selectedRows()
        if not rows:
            indexes = self.parallel.selectionModel().selectedIndexes()
            rows = [self.model.index(indexes[0].row(), 0)] if indexes else []
        if not rows:
            return None
        paragraphs = self.model.index(rows[0].row(), 0).data(Role.PARAGRAPHS)
        return paragraphs[0] if paragraphs else None

    def show_paragraph_score(self, *_changed: object) -> None:
        """The status bar's score of the selected row's source paragraph (blank without one)."""
        index = self.selected_paragraph()
        scores = self._paragraph_scores
        score = scores[index] if index is not None and index < len(scores) else None
        self.status.show_paragraph_score(index, score)

    def show_annotation(self, annotation: Annotation) -> None:
        """Scroll the texts to the row the annotation is in, and select that row."""
        span = annotation.anchor_on("source") or annotation.anchor_on("target")
        row = self.model.row_of(span.side, span.start) if span else None
        if row is not None:
            index = self.model.index(row, 0)
            self.parallel.scrollTo(index, ParallelView.ScrollHint.PositionAtCenter)
            self.parallel.select_row(row)

    # -- import ---------------------------------------------------------------------------------

    def ask_import(self) -> None:
        dialog = ImportDialog(self, settings.IMPORT_DIRECTORY.load())
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            request = dialog.request()
            settings.IMPORT_DIRECTORY.save(str(request.path.parent))
            self.import_files(request)

    def import_files(self, request: ImportRequest, again: bool = False) -> None:
        """Import in the background behind a progress dialog, then show the new document.
        A text the library holds already is not imported twice unless `again`: the user is
        asked what to do."""
        task = ProgressTask(self, self.tr("Importing {0}…").format(request.path.name))
        self.actions_.import_document.setEnabled(False)

        def job(library: Any) -> tuple[Any, list[DocumentSummary], str | None]:
            if request.chapters:
                parts = library.import_chapters(
                    request.path, request.translation, request.title, task.report, again=again
                )
                return parts[0], library.list_documents(), None
            summary = library.import_files(
                request.path,
                request.translation,
                request.title,
                progress=task.report,
                again=again,
                line_breaks=request.line_breaks,
            )
            return summary, library.list_documents(), summary.line_reading

        def finished(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def wrapped(outcome: Any) -> None:
                task.finish()
                self.actions_.import_document.setEnabled(True)
                callback(outcome)

            return wrapped

        self.runner.submit(
            job,
            finished(self._on_imported),
            finished(lambda error: self._on_import_failed(error, request)),
        )

    def _on_import_failed(self, error: Exception, request: ImportRequest) -> None:
        if isinstance(error, Cancelled):
            self.status.showMessage(self.tr("Import cancelled."), 5000)
        elif isinstance(error, AlreadyImported):
            self.ask_already_imported(request, error)
        else:
            self.show_error(self.tr("Could Not Import"), error)

    def ask_already_imported(self, request: ImportRequest, held: AlreadyImported) -> None:
        """The library holds this text: open that document, re-import its text (keeping its
        annotations), or import a second copy."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Already in the Library"))
        box.setText(self.tr("“{title}” is in the library already.").format(title=held.title))
        box.setInformativeText(
            self.tr(
                "Re-import replaces its text with these files and keeps its annotations, "
                "moving them to where their text now stands."
            )
        )
        open_it = box.addButton(self.tr("Open It"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("Re-import"), QMessageBox.ButtonRole.ActionRole)
        copy = box.addButton(self.tr("Import a Copy"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_it)
        box.exec()
        chosen = box.clickedButton()
        if chosen is open_it:
            self.library.select_document(held.document_id)
        elif chosen is again:
            self.reimport(held.document_id, request)
        elif chosen is copy:
            self.import_files(request, again=True)

    def reimport(self, doc_id: int, request: ImportRequest) -> None:
        """Replace the document's text from the files, re-anchoring its annotations."""
        task = ProgressTask(self, self.tr("Re-importing {0}…").format(request.path.name))

        def job(library: Any) -> tuple[Any, list[DocumentSummary]]:
            report = library.annotations.reimport(doc_id, request.path, request.translation)
            return report, library.list_documents()

        def done(result: tuple[Any, list[DocumentSummary]]) -> None:
            task.finish()
            report, documents = result
            self.library.set_documents(documents)
            self._shown_id = None  # its text changed: load it afresh
            self.library.select_document(doc_id)
            self.load_document(doc_id)
            self.status.showMessage(
                self.tr(
                    "Re-imported: {moved} annotations moved, {orphaned} lost their text."
                ).format(moved=report.moved, orphaned=len(report.orphaned)),
                5000,
            )

        def failed(error: Exception) -> None:
            task.finish()
            self.show_error(self.tr("Could Not Re-import"), error)

        self.runner.submit(job, done, failed)

    def ask_reimport(self) -> None:
        """File › Re-import Text…: new files for the shown document, keeping its annotations."""
        if self._shown_id is None:
            return
        dialog = ImportDialog(self, settings.IMPORT_DIRECTORY.load())
        dialog.setWindowTitle(self.tr("Re-import Text"))
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.reimport(self._shown_id, dialog.request())

    def _on_imported(
        self, result: tuple[DocumentSummary, list[DocumentSummary], str | None]
    ) -> None:
        summary, documents, reading = result
        self.library.set_documents(documents)
        self.library.select_document(summary.id)
        message = self.tr("Imported “{title}”.").format(title=summary.title)
        if reading == "paragraph":
            message += " " + self.tr("Each line was read as a paragraph.")
        elif reading == "wrap":
            message += " " + self.tr("Lines were read as wrapped inside paragraphs.")
        # Said once the document is on screen: loading it clears the status bar.
        self._said_after_loading = message
        self.import_finished.emit(summary.id)

    # -- export ---------------------------------------------------------------------------------

    def ask_export(self) -> ExportDialog | None:
        """Open File › Export… for the document on screen (window-modal, no nested loop)."""
        view = self.model.document
        if view is None or self._shown_id is None:
            return None
        dialog = ExportDialog(self.runner, self._shown_id, view.title, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        exported = self.tr("Exported to {path}.")
        dialog.exported.connect(
            lambda path: self.status.showMessage(exported.format(path=path), 8000)
        )
        dialog.open()
        return dialog

    def show_error(self, title: str, error: Exception) -> QMessageBox:
        log.info("%s: %s", title, error)
        self._wanted_id = None
        self.status.clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without a nested event loop
        self.error_shown.emit(error_text(error))
        return box
