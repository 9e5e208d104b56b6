"""Edit › Find Similar…: where else the selected annotation's phrase occurs, to flag it there."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.mqm import Annotation
from reader.gui.common.errors import error_text
from reader.gui.common.library_runner import JobRunner
from reader.services.views import Occurrence

COLUMNS = (  # translated when shown
    QT_TRANSLATE_NOOP("FindSimilarDialog", "Document"),
    QT_TRANSLATE_NOOP("FindSimilarDialog", "Row"),
    QT_TRANSLATE_NOOP("FindSimilarDialog", "Original"),
    QT_TRANSLATE_NOOP("FindSimilarDialog", "Translation"),
    QT_TRANSLATE_NOOP("FindSimilarDialog", "Already flagged"),
)
Found = tuple[list[Occurrence], dict[int, str]]  # the occurrences, and document titles by id


class FindSimilarDialog(QDialog):
    """Lists find_similar's occurrences with checkboxes; "Flag Selected" emits the checked ones."""

    flag_requested = Signal(object)  # list[Occurrence]
    listed = Signal()  # the results of a search are shown

    def __init__(
        self, runner: JobRunner, annotation: Annotation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find Similar"))
        self.setModal(True)
        self._runner, self._annotation = runner, annotation
        self._occurrences: list[Occurrence] = []
        self._search = 0  # only the latest search's answer is shown
        quotes = " / ".join(f"“{a.exact}”" for a in annotation.anchors)
        self.summary = QLabel(f"{annotation.category} ({annotation.severity}): {quotes}", self)
        self.summary.setWordWrap(True)
        self.this_document = QRadioButton(self.tr("&This document"), self)
        self.whole_library = QRadioButton(self.tr("&Whole library"), self)
        self.this_document.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.this_document)
        scope.addButton(self.whole_library)
        self.whole_library.toggled.connect(lambda _checked: self.search())
        self.results = self._results()
        self.message = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.flag_button = QPushButton(self.tr("&Flag Selected"), self)
        self.flag_button.setToolTip(
            self.tr("Flag every checked place like the selected annotation")
        )
        self.buttons.addButton(self.flag_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.flag_button.clicked.connect(self._flag)
        self.buttons.rejected.connect(self.reject)
        self._build_layout()
        self.search()

    def _results(self) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setHeaderLabels([self.tr(column) for column in COLUMNS])
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((160, 50, 200, 200)):
            tree.setColumnWidth(column, width)
        tree.itemChanged.connect(lambda _item, _column: self._update_button())
        return tree

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(self.tr("Search:"), self))
        scope.addWidget(self.this_document)
        scope.addWidget(self.whole_library)
        scope.addStretch(1)
        layout.addLayout(scope)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(820, 420)

    def search(self) -> None:
        """(Re)run find_similar in the scope chosen, on the library thread."""
        self._search += 1
        search, ann_id = self._search, self._annotation.id
        whole = self.whole_library.isChecked()
        self.results.clear()
        self._occurrences = []
        self.message.setText(self.tr("Searching…"))
        self._update_button()

        def job(library: Any) -> Found:
            found = library.annotations.find_similar(ann_id, whole_library=whole)
            return found, {d.id: d.title for d in library.list_documents()}

        def failed(error: Exception) -> None:
            if shiboken6.isValid(self) and search == self._search:
                self.message.setText(
                    self.tr("Could not search: {error}").format(error=error_text(error))
                )

        self._runner.submit(job, lambda found: self._show(search, found), failed)

    def _show(self, search: int, found: Found) -> None:
        if not shiboken6.isValid(self) or search != self._search:
            return
        occurrences, titles = found
        self._occurrences = occurrences
        self.results.blockSignals(True)
        for occurrence in occurrences:
            quotes = {a.side: a.exact for a in occurrence.anchors}
            title = titles.get(occurrence.document_id, f"#{occurrence.document_id}")
            item = QTreeWidgetItem(
                [
                    title,
                    str(occurrence.bead + 1),
                    quotes.get("source", "—"),
                    quotes.get("target", "—"),
                    self.tr("yes") if occurrence.flagged else "",
                ]
            )
            item.setToolTip(0, title)
            state = Qt.CheckState.Unchecked if occurrence.flagged else Qt.CheckState.Checked
            item.setCheckState(0, state)
            self.results.addTopLevelItem(item)
        self.results.blockSignals(False)
        fresh = sum(not o.flagged for o in occurrences)
        found_text = self.tr("{found} found, {fresh} not yet flagged.").format(
            found=len(occurrences), fresh=fresh
        )
        self.message.setText(found_text if occurrences else self.tr("None found."))
        self._update_button()
        self.listed.emit()

    def checked(self) -> list[Occurrence]:
        return [
            occurrence
            for row, occurrence in enumerate(self._occurrences)
            if (item := self.results.topLevelItem(row)) is not None
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        self.flag_button.setEnabled(bool(self.checked()))

    def _flag(self) -> None:
        chosen = self.checked()
        if chosen:
            self.flag_requested.emit(chosen)
            self.accept()
