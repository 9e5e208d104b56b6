"""Edit › Flag Error…: category, severity, comment and fix for the selected span(s), with the
CC-CEDICT senses of the selected Chinese to help judge the rendering."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from reader.core.mqm import CATEGORIES, SEVERITIES, Annotation
from reader.gui.common.errors import error_text
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.text_offsets import ParagraphSpan
from reader.services.senses import Sense, senses


@dataclass(frozen=True)
class FlagRequest:
    spans: Mapping[str, ParagraphSpan]  # by side: "source" and/or "target"
    category: str
    severity: str
    comment: str
    fix: str


def flagged_alike(
    annotations: Iterable[Annotation],
    request: FlagRequest,
    paragraph_starts: Mapping[str, Sequence[int]],
) -> Annotation | None:
    """An annotation that already flags the request's spans, and only them, in its category.

    `paragraph_starts` gives, per side, where each paragraph begins in the side's whole text,
    where anchors count."""
    wanted = {
        (side, starts[span.paragraph] + span.start, starts[span.paragraph] + span.end)
        for side, span in request.spans.items()
        if (starts := paragraph_starts.get(side)) is not None
    }
    for annotation in annotations:
        held = {(a.side, a.start, a.end) for a in annotation.anchors}
        if annotation.category == request.category and held == wanted:
            return annotation
    return None


SEVERITY_KEYS = {severity: f"Alt+{n}" for n, severity in enumerate(SEVERITIES, start=1)}
CATEGORY_KEYS_TIP = QT_TRANSLATE_NOOP(
    "FlagDialog",
    "Alt+C to get here, then type the first letters (e.g. “Acc”, “Flu”) or use the arrow keys",
)


class FlagDialog(QDialog):
    """Flags new spans, or (given `editing`) edits a stored annotation's fields."""

    def __init__(
        self,
        runner: JobRunner,
        spans: Mapping[str, ParagraphSpan],
        parent: QWidget | None = None,
        editing: Annotation | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Annotation") if editing else self.tr("Flag Error"))
        self.setModal(True)
        self._spans = dict(spans)
        self.editing = editing
        quoted = {a.side: a.exact for a in editing.anchors} if editing else {}
        self._quotes = quoted or {side: span.text for side, span in self._spans.items()}
        self.category = QComboBox(self)
        self.category.addItems(CATEGORIES)
        self.category.setToolTip(self.tr(CATEGORY_KEYS_TIP))
        # English selected alone is the usual way to say something was left out.
        omission = set(self._quotes) == {"source"}
        self.category.setCurrentText("Accuracy/Omission" if omission else "Accuracy/Mistranslation")
        self.severity = QComboBox(self)
        self.severity.addItems(SEVERITIES)
        self.severity.setCurrentText("major")
        self.severity.setToolTip(", ".join(f"{k} {s}" for s, k in SEVERITY_KEYS.items()))
        self.comment = QPlainTextEdit(self)
        self.comment.setFixedHeight(70)
        self.comment.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the form
        self.fix = QLineEdit(self)
        self.senses = QTextBrowser(self)
        self.senses.setMinimumHeight(120)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if editing else self.tr("Flag"))
        ok.setToolTip(self.tr("Return in any field but the comment"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._add_shortcuts()
        if editing is not None:
            self._prefill(editing)
        self._build_layout()
        self._look_up(runner)

    def _add_shortcuts(self) -> None:
        for severity, key in SEVERITY_KEYS.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(
                lambda severity=severity: self.severity.setCurrentText(severity)
            )

    def _prefill(self, annotation: Annotation) -> None:
        self.category.setCurrentText(annotation.category)
        self.severity.setCurrentText(annotation.severity)
        self.comment.setPlainText(annotation.comment)
        self.fix.setText(annotation.fix)

    def _build_layout(self) -> None:
        form = QFormLayout(self)
        for side, label in (("source", self.tr("Original:")), ("target", self.tr("Translation:"))):
            text = self._quotes.get(side)
            quote = QLabel(f"“{text}”" if text is not None else "—", self)
            quote.setWordWrap(True)
            form.addRow(label, quote)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Severity (Alt+1…4):"), self.severity)
        form.addRow(self.tr("C&omment:"), self.comment)
        form.addRow(self.tr("Suggested &fix:"), self.fix)
        form.addRow(self.tr("Dictionary:"), self.senses)
        form.addRow(self.buttons)
        self.resize(520, 480)

    def _look_up(self, runner: JobRunner) -> None:
        target = self._quotes.get("target")
        if target is None:
            self.senses.setPlainText(self.tr("Select Chinese text to see what its words can mean."))
            return
        self.senses.setPlainText(self.tr("Looking up…"))

        # jieba and the dictionary take a while to load the first time: keep the GUI thread free.
        def job(_library: Any) -> list[Sense]:
            return senses(target)

        runner.submit(job, self._show_senses, self._show_failure)

    def _show_senses(self, found: list[Sense]) -> None:
        if not shiboken6.isValid(self):
            return  # closed before the dictionary answered
        rows = [
            f"<b>{html.escape(s.word)}</b> <i>{html.escape(s.pinyin)}</i> — "
            + html.escape("; ".join(s.glosses) or self.tr("(not in CC-CEDICT)"))
            for s in found
        ]
        self.senses.setHtml("<br>".join(rows) or self.tr("No Chinese words in the selection."))

    def _show_failure(self, error: Exception) -> None:
        if shiboken6.isValid(self):
            self.senses.setPlainText(
                self.tr("Dictionary unavailable: {error}").format(error=error_text(error))
            )

    def request(self) -> FlagRequest:
        return FlagRequest(
            self._spans,
            self.category.currentText(),
            self.severity.currentText(),
            self.comment.toPlainText().strip(),
            self.fix.text().strip(),
        )

    def edited(self) -> Annotation:
        """The annotation being edited with the dialog's category, severity, comment and fix."""
        assert self.editing is not None
        return replace(
            self.editing,
            category=self.category.currentText(),
            severity=self.severity.currentText(),
            comment=self.comment.toPlainText().strip(),
            fix=self.fix.text().strip(),
        )
