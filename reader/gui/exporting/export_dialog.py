"""File > Export…: a format, a reviewer's name, a preview of the report and where to write it.

The preview and the export run on the library's background thread; the export reports its
progress through a ProgressTask and can be cancelled while it renders.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QWidget,
)
from shiboken6 import isValid

from reader.core.errors import Cancelled
from reader.gui.common import settings
from reader.gui.common.errors import error_text
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.progress import ProgressTask

if TYPE_CHECKING:
    from reader.services.exporting import ExportFormat

# What each format is called in the chooser (translated when shown); the service's description
# follows it.
READABLE_NAMES = {
    "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML report"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report"),
    "md": "Markdown",
    "csv": "CSV",
    "tsv": "TSV",
    "json": "Web Annotation JSON-LD",
    "wmt": "WMT MQM TSV",
    "tmx": "TMX",
    "xliff": "XLIFF",
    "xliff-back": QT_TRANSLATE_NOOP("ExportDialog", "XLIFF, into the imported file"),
    "revised-txt": QT_TRANSLATE_NOOP("ExportDialog", "Revised translation, text"),
    "revised-docx": QT_TRANSLATE_NOOP("ExportDialog", "Revised translation, Word"),
    "revised-xliff": QT_TRANSLATE_NOOP("ExportDialog", "Revised translation, XLIFF"),
}
DEFAULT_FORMAT = "html"
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def readable_name(fmt: ExportFormat) -> str:
    name = READABLE_NAMES.get(fmt.name, fmt.name.upper())
    return QCoreApplication.translate("ExportDialog", name)


def default_file_name(title: str, suffix: str) -> str:
    """The document's title made safe as a file name, with the format's suffix."""
    stem = _UNSAFE_IN_NAMES.sub("_", title).strip(" ._") or "export"
    return stem[:120] + suffix


class ExportDialog(QDialog):
    preview_ready = Signal()
    exported = Signal(str)  # the path written
    failed = Signal(str)  # the one-line message shown

    def __init__(
        self,
        runner: JobRunner,
        doc_id: int,
        title: str,
        parent: QWidget | None = None,
        start_dir: str = "",
    ) -> None:
        super().__init__(parent)
        from reader.services import exporting  # the services stay out of the start-up path

        self._exporting = exporting
        self.setWindowTitle(self.tr("Export Document"))
        self.setMinimumSize(720, 560)
        self._runner = runner
        self._doc_id = doc_id
        self._title = title
        self._start_dir = start_dir or _documents_dir()
        self._formats = {f.name: f for f in exporting.formats()}
        self._preview_generation = 0
        self._preview_shows_revision = False
        self._task: ProgressTask | None = None  # the export under way

        self.format = QComboBox(self)
        for fmt in self._formats.values():
            self.format.addItem(f"{readable_name(fmt)} ({fmt.suffix})", fmt.name)
            self.format.setItemData(
                self.format.count() - 1, fmt.description, Qt.ItemDataRole.ToolTipRole
            )
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.reviewer = QLineEdit(settings.EXPORT_REVIEWER.load(), self)
        self.reviewer.setPlaceholderText(self.tr("Optional: your name, shown in the report"))
        self.annotator = QComboBox(self)  # whose annotations: everyone's, or one reviewer's
        self.annotator.addItem(self.tr("Every reviewer's"), "")
        self.annotator.setToolTip(
            self.tr("One reviewer's annotations only, such as the adjudicated set")
        )
        self.preview_label = QLabel(self.tr("Preview of the report:"), self)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setPlaceholderText(self.tr("Loading the preview…"))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Where to write the export"))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self._build_layout()

        self.format.setCurrentIndex(max(self.format.findData(DEFAULT_FORMAT), 0))
        self.path.setText(str(Path(self._start_dir) / default_file_name(title, self._suffix())))
        self._show_description()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.reviewer.editingFinished.connect(self.refresh_preview)
        self.annotator.currentIndexChanged.connect(self.refresh_preview)
        self._list_annotators()
        self.path.textChanged.connect(self._update_export_button)
        self.browse.clicked.connect(self.choose_path)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        self._update_export_button()
        self.refresh_preview()

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.description)
        form.addRow(self.tr("&Reviewer:"), self.reviewer)
        form.addRow(self.tr("&Annotations:"), self.annotator)
        form.addRow(self.preview_label)
        form.addRow(self.preview)
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path)
        layout.addWidget(self.browse)
        form.addRow(self.tr("&Save to:"), row)
        form.addRow(self.buttons)

    # -- choices --------------------------------------------------------------------------------

    def selected_format(self) -> str:
        return str(self.format.currentData())

    def reviewers(self) -> tuple[str, ...]:
        name = self.reviewer.text().strip()
        return (name,) if name else ()

    def annotators(self) -> tuple[str, ...]:
        """Whose annotations go in: () for everyone's."""
        name = str(self.annotator.currentData() or "")
        return (name,) if name else ()

    def _list_annotators(self) -> None:
        doc_id = self._doc_id

        def job(library: Any) -> list[str]:
            found = library.annotations.for_document(doc_id)
            return sorted({a.annotator for a in found if a.annotator})

        def done(names: list[str]) -> None:
            if isValid(self):
                for name in names:
                    self.annotator.addItem(self.tr("{0}'s only").format(name), name)

        self._runner.submit(job, done, lambda _error: None)

    def _suffix(self) -> str:
        return self._formats[self.selected_format()].suffix

    def _show_description(self) -> None:
        fmt = self._formats[self.selected_format()]
        self.description.setText(fmt.description[:1].upper() + fmt.description[1:] + ".")

    def _format_changed(self) -> None:
        self._show_description()
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(self._suffix())))
        if self._previews_revision() != self._preview_shows_revision:
            self.refresh_preview()

    def _previews_revision(self) -> bool:
        """A revised-translation format previews the revised text, the others the report."""
        return self.selected_format().startswith("revised-")

    def _update_export_button(self) -> None:
        self.export_button.setEnabled(bool(self.path.text().strip()) and self._task is None)

    def choose_path(self) -> None:
        fmt = self._formats[self.selected_format()]
        name_filter = self.tr("{name} (*{suffix});;All files (*)").format(
            name=readable_name(fmt), suffix=fmt.suffix
        )
        start = self.path.text().strip() or str(
            Path(self._start_dir) / default_file_name(self._title, fmt.suffix)
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export As"), start, name_filter)
        if not path:
            return
        asked = self._exporting.format_for(Path(path))
        if asked is not None and self._formats[asked].suffix != fmt.suffix:
            self.format.blockSignals(True)
            self.format.setCurrentIndex(self.format.findData(asked))
            self.format.blockSignals(False)
            self._show_description()
        self.path.setText(path)

    # -- preview --------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self._preview_generation += 1
        generation = self._preview_generation
        doc_id, reviewers, exporting = self._doc_id, self.reviewers(), self._exporting
        annotators = self.annotators()
        revised = self._preview_shows_revision = self._previews_revision()
        self.preview_label.setText(
            self.tr("Preview of the revised translation:")
            if revised
            else self.tr("Preview of the report:")
        )

        def job(library: Any) -> str:
            if revised:
                return str(exporting.revised_preview(library, doc_id))
            return str(exporting.html_preview(library, doc_id, reviewers, annotators))

        def done(html: str) -> None:
            if isValid(self) and generation == self._preview_generation:
                self.preview.setHtml(html)
                if revised:
                    self.preview.scrollToAnchor(exporting.FIRST_CHANGE)
                self.preview_ready.emit()

        def failed(error: Exception) -> None:
            if isValid(self) and generation == self._preview_generation:
                self.preview.setPlainText(
                    self.tr("No preview: {error}").format(error=error_text(error))
                )

        self._runner.submit(job, done, failed)

    # -- export ---------------------------------------------------------------------------------

    def start_export(self) -> None:
        text = self.path.text().strip()
        if not text or self._task is not None:
            return
        path = Path(text).expanduser()
        fmt, doc_id, reviewers = self.selected_format(), self._doc_id, self.reviewers()
        annotators = self.annotators()
        settings.EXPORT_REVIEWER.save(self.reviewer.text().strip())
        exporting = self._exporting
        label = self.tr("Exporting {name}…").format(name=path.name)
        task = self._task = ProgressTask(self, label, self.tr("Exporting"))
        self._update_export_button()

        def job(library: Any) -> str:
            written = exporting.export_document(
                library,
                doc_id,
                fmt,
                path,
                reviewers=reviewers,
                annotators=annotators,
                progress=task.report_steps,
            )
            return str(written)

        self._runner.submit(job, self._on_exported, self._on_failed)

    def _finish_progress(self) -> None:
        if self._task is not None:
            self._task.finish()
            self._task = None
        self._update_export_button()

    def _on_exported(self, path: str) -> None:
        if not isValid(self):
            return
        self._finish_progress()
        self.exported.emit(path)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._finish_progress()
        if isinstance(error, Cancelled):
            return
        message = error_text(error)
        self.failed.emit(message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Could Not Export"), message, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal without a nested event loop


def _documents_dir() -> str:
    """The user's Documents folder if there is one (export_document will not create it)."""
    location = QStandardPaths.StandardLocation.DocumentsLocation
    documents = QStandardPaths.writableLocation(location)
    return documents if documents and Path(documents).is_dir() else str(Path.home())
