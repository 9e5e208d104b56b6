"""File > Import…: pick the original text and, optionally, its translation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)


@dataclass(frozen=True)
class ImportRequest:
    path: Path
    translation: Path | None = None
    title: str | None = None
    line_breaks: str = "auto"  # as reader.core.text.LineBreaks: auto, paragraph or wrap
    chapters: bool = False  # a book: a document per chapter


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start_dir: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Document"))
        self.setMinimumWidth(520)
        self._start_dir = start_dir
        self.original = QLineEdit(self)
        self.original.setPlaceholderText(self.tr("Required: the English text"))
        self.translation = QLineEdit(self)
        self.translation.setPlaceholderText(self.tr("Optional: its Chinese translation"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Optional: taken from the text if left empty"))
        self.line_breaks = QComboBox(self)
        self.line_breaks.addItem(self.tr("As the lines look (automatic)"), "auto")
        self.line_breaks.addItem(self.tr("Each line is a paragraph"), "paragraph")
        self.line_breaks.addItem(self.tr("Lines are wrapped inside paragraphs"), "wrap")
        self.line_breaks.setToolTip(
            self.tr(
                "How to read lines separated by single line breaks (blank lines always "
                "separate paragraphs). After the import, the status bar says which reading "
                "was used."
            )
        )
        self.chapters = QCheckBox(self.tr("One document per &chapter (EPUB books)"), self)
        self.chapters.setToolTip(
            self.tr(
                "Each chapter becomes a document of its own, titled after the book and the "
                "chapter; two editions are paired chapter by chapter."
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.original.textChanged.connect(self._update_ok)
        self._build_layout()
        self._update_ok()

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Choose a text (plain text, Markdown, Word, a saved web page, an EPUB book or a "
                "CAT tool's XLIFF file) and, if you have it, its translation."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(
            self.tr("&Original:"), self._with_browse(self.original, self.tr("Choose the Original"))
        )
        form.addRow(
            self.tr("&Translation:"),
            self._with_browse(self.translation, self.tr("Choose the Translation")),
        )
        form.addRow(self.tr("T&itle:"), self.title)
        form.addRow(self.tr("&Line breaks:"), self.line_breaks)
        form.addRow(self.chapters)
        form.addRow(self.buttons)

    def _with_browse(self, field: QLineEdit, caption: str) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        browse = QPushButton(self.tr("Browse…"), row)
        browse.clicked.connect(lambda: self._browse(field, caption))
        layout.addWidget(field)
        layout.addWidget(browse)
        return row

    def _browse(self, field: QLineEdit, caption: str) -> None:
        start = field.text() or self._start_dir
        text_files = self.tr(
            "Texts (*.txt *.md *.markdown *.text *.docx *.html *.htm *.xhtml *.epub *.xlf *.xliff "
            "*.sdlxliff *.mqxliff);;All files (*)"
        )
        path, _ = QFileDialog.getOpenFileName(self, caption, start, text_files)
        if path:
            field.setText(path)

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.original.text().strip()))

    def request(self) -> ImportRequest:
        translation = self.translation.text().strip()
        return ImportRequest(
            path=Path(self.original.text().strip()),
            translation=Path(translation) if translation else None,
            title=self.title.text().strip() or None,
            line_breaks=self.line_breaks.currentData(),
            chapters=self.chapters.isChecked(),
        )
