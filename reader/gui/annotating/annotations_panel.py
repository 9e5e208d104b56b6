"""The Annotations dock: every flagged error of the shown document, sortable and filtered."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QPushButton,
    QTableView,
    QWidget,
)

from reader.core.mqm import CATEGORIES, SEVERITIES, STATUSES, Annotation
from reader.gui.annotating.annotations_model import AnnotationsFilter, AnnotationsModel, Field
from reader.gui.common.tables import configure_list_table, set_list_body

ANY_ANNOTATOR = QT_TRANSLATE_NOOP("AnnotationsPanel", "Any annotator")  # translated when shown
COLUMN_WIDTHS = (210, 70, 70, 180, 140, 280)  # the fix takes the rest


class AnnotationsPanel(QDockWidget):
    annotation_selected = Signal(object)  # the Annotation
    delete_requested = Signal(object)
    edit_requested = Signal(object)  # the Annotation: double-click or the Edit… button
    resolve_requested = Signal(object, bool)  # the Annotation, True to resolve / False to reopen
    accept_requested = Signal(object, bool)  # the Annotation, True to accept its fix / withdraw

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Annotations"), parent)
        self.setObjectName("annotations_panel")  # saveState needs a name
        self.model = AnnotationsModel(self)
        self.proxy = AnnotationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._table()
        self.filters = {
            Field.SEVERITY: self._filter(
                Field.SEVERITY,
                SEVERITIES,
                self.tr("Any severity"),
                self.tr("Show only this severity"),
            ),
            Field.CATEGORY: self._filter(
                Field.CATEGORY,
                CATEGORIES,
                self.tr("Any category"),
                self.tr("Show only this category"),
            ),
            Field.STATUS: self._filter(
                Field.STATUS, STATUSES, self.tr("Any status"), self.tr("Show only this status")
            ),
        }
        self.annotator = self._annotator_filter()
        self.edit = QPushButton(self.tr("Edit…"), self)
        self.edit.setToolTip(
            self.tr("Change category, severity, comment or fix (or double-click a row)")
        )
        self.edit.clicked.connect(self._edit)
        self.resolve = QPushButton(self.tr("Resolve"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        self.resolve.clicked.connect(self._toggle_status)
        self.model.accept_toggled.connect(self.accept_requested)
        self.delete.clicked.connect(self._delete)
        self._build_layout()
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as flagged until a header is clicked
        configure_list_table(table, COLUMN_WIDTHS)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(lambda _index: self._edit())
        return table

    def _filter(self, field: Field, values: tuple[str, ...], any_: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItems((any_, *values))
        # Narrow enough that the dock never holds the window wider than the user made it.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setToolTip(tip)
        combo.currentTextChanged.connect(
            lambda _text: self.proxy.set_wanted(field, _chosen(combo, values))
        )
        return combo

    def _annotator_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr(ANY_ANNOTATOR))
        # Wide enough for its longest entry where there is room, yet able to give way in a
        # narrow window rather than widen it.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(4)
        combo.setToolTip(self.tr("Show only this annotator's"))
        combo.currentIndexChanged.connect(
            lambda index: self.proxy.set_annotator(combo.itemText(index) if index > 0 else "")
        )
        return combo

    def _list_annotators(self, annotations: list[Annotation]) -> None:
        """The annotators present, after "Any annotator"; the choice survives if still there."""
        chosen = self.proxy.annotator
        names = sorted({a.annotator for a in annotations if a.annotator}, key=str.casefold)
        if chosen and chosen not in names:
            chosen = ""
        combo = self.annotator
        combo.blockSignals(True)
        combo.clear()
        combo.addItems((self.tr(ANY_ANNOTATOR), *names))
        combo.setCurrentIndex(names.index(chosen) + 1 if chosen else 0)
        combo.blockSignals(False)
        self.proxy.set_annotator(chosen)

    def _build_layout(self) -> None:
        left = [*self.filters.values(), self.annotator]
        set_list_body(self, self.table, left, [self.edit, self.resolve, self.delete])

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.model.set_annotations(annotations)
        self._list_annotators(annotations)
        self._update_buttons()

    def selected(self) -> Annotation | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.annotation(self.proxy.mapToSource(rows[0]).row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        annotation = self.selected()
        if annotation is not None:
            self.annotation_selected.emit(annotation)

    def _update_buttons(self) -> None:
        annotation = self.selected()
        self.edit.setEnabled(annotation is not None)
        self.resolve.setEnabled(annotation is not None)
        self.delete.setEnabled(annotation is not None)
        resolved = annotation is not None and annotation.status == "resolved"
        self.resolve.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def step(self, by: int) -> Annotation | None:
        """Select the next (by=1) or previous (by=-1) visible row, wrapping round; None if empty."""
        count = self.proxy.rowCount()
        if count == 0:
            return None
        rows = self.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else (-1 if by > 0 else count)
        row = (current + by) % count
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return self.selected()

    def _edit(self) -> None:
        annotation = self.selected()
        if annotation is not None:
            self.edit_requested.emit(annotation)

    def _toggle_status(self) -> None:
        annotation = self.selected()
        if annotation is not None:
            self.resolve_requested.emit(annotation, annotation.status != "resolved")

    def _delete(self) -> None:
        annotation = self.selected()
        if annotation is not None:
            self.delete_requested.emit(annotation)


def _chosen(combo: QComboBox, values: tuple[str, ...]) -> str:
    """The filter's value; "" for its first entry, which means any."""
    index = combo.currentIndex()
    return values[index - 1] if index > 0 else ""
