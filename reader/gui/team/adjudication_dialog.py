"""Adjudicate…: the lead reviewer walks the cases the reviewers' annotations make, one at a
time with the annotations side by side, and keeps one, merges them, or rejects the case (see
core.adjudication). What is kept or merged is the adjudicated reviewer's annotation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.adjudication import Case
from reader.core.agreement import error_span
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.theme import reviewer_colour


class AdjudicationDialog(QDialog):
    decided = Signal()  # a case was settled: the annotations changed

    def __init__(self, runner: JobRunner, doc_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Adjudicate"))
        self.resize(820, 360)
        self._runner, self._doc_id = runner, doc_id
        self._cases: list[Case] = []
        self._at = 0
        self.heading = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reviewer"), self.tr("Category"), self.tr("Severity"),
             self.tr("Text"), self.tr("Comment"), self.tr("Fix")]
        )  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep = QPushButton(self.tr("&Keep Selected"), self)
        self.merge = QPushButton(self.tr("&Merge"), self)
        self.reject_case = QPushButton(self.tr("&Reject"), self)
        self.skip = QPushButton(self.tr("&Next Case"), self)
        self.keep.clicked.connect(lambda: self._decide("keep"))
        self.merge.clicked.connect(lambda: self._decide("merge"))
        self.reject_case.clicked.connect(lambda: self._decide("reject"))
        self.skip.clicked.connect(self._next)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.keep, self.merge, self.reject_case, self.skip):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.load()

    def load(self) -> None:
        """Read the cases still to settle, and show the one at the same place."""
        self._runner.submit(
            lambda library: library.annotations.adjudication(self._doc_id),
            self._listed,
            lambda error: self.heading.setText(str(error)),
        )

    def _listed(self, found: list[Case]) -> None:
        self._cases = found
        self._at = min(self._at, max(len(found) - 1, 0))
        self._show()

    def _show(self) -> None:
        self.table.setRowCount(0)
        if not self._cases:
            self.heading.setText(self.tr("Every case is settled."))
            self._update_buttons()
            return
        case = self._cases[self._at]
        if len(case.reviewers) == 1:
            said = self.tr("only they marked it")
        else:
            said = self.tr("agree") if case.agreed else self.tr("differ")
        names = ", ".join(case.reviewers)
        self.heading.setText(
            self.tr("Case {0} of {1}: {2} ({3})").format(
                self._at + 1, len(self._cases), names, said
            )
        )
        for annotation in case.annotations:
            span = error_span(annotation)
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [annotation.annotator, annotation.category, annotation.severity,
                     span.exact if span else "", annotation.comment, annotation.fix]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            swatch = reviewer_colour(annotation.annotator)
            self.table.item(row, 0).setData(Qt.ItemDataRole.DecorationRole, swatch)
        self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_case = bool(self._cases)
        self.keep.setEnabled(has_case and bool(self.table.selectedItems()))
        for button in (self.merge, self.reject_case):
            button.setEnabled(has_case)
        self.skip.setEnabled(len(self._cases) > 1)

    def _next(self) -> None:
        self._at = (self._at + 1) % len(self._cases)
        self._show()

    def _decide(self, decision: str) -> None:
        case = self._cases[self._at]
        rows = self.table.selectionModel().selectedRows()
        chosen = case.annotations[rows[0].row()] if decision == "keep" and rows else None

        def job(library: Any) -> object:
            return library.annotations.adjudicate(self._doc_id, case, decision, chosen)

        def done(_result: object) -> None:
            self.decided.emit()
            self.load()

        self._runner.submit(job, done, lambda error: self.heading.setText(str(error)))
