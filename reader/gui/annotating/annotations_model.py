"""The annotations of the shown document as a table, and the filters over it."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from reader.core.mqm import SEVERITIES, Annotation
from reader.gui.common.theme import reviewer_colour

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # severity sorts by weight, not alphabetically


class Field(IntEnum):
    CATEGORY = 0
    SEVERITY = 1
    STATUS = 2
    SOURCE = 3
    TARGET = 4
    COMMENT = 5
    FIX = 6
    REVIEWER = 7


HEADERS = (  # translated in headerData
    QT_TRANSLATE_NOOP("AnnotationsModel", "Category"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Severity"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Status"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Original"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Translation"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Comment"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Fix"),
    QT_TRANSLATE_NOOP("AnnotationsModel", "Reviewer"),
)


def _value(annotation: Annotation, field: Field) -> str:
    if field in (Field.SOURCE, Field.TARGET):
        span = annotation.anchor_on("source" if field == Field.SOURCE else "target")
        return span.exact if span else ""
    attribute = {
        Field.CATEGORY: "category",
        Field.SEVERITY: "severity",
        Field.STATUS: "status",
        Field.REVIEWER: "annotator",
    }
    return str(getattr(annotation, attribute.get(field, field.name.lower())))


def acceptable(annotation: Annotation) -> bool:
    """Its fix can go into the revised translation: it fixes a span of the translation."""
    return bool(annotation.fix) and annotation.anchor_on("target") is not None


class AnnotationsModel(QAbstractTableModel):
    """The annotations, one row each; the Fix column's check box accepts the fix for the
    revised translation (the change is asked for, and shows once it is stored)."""

    accept_toggled = Signal(object, bool)  # the Annotation, True to accept its fix

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotations: list[Annotation] = []

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        return tuple(self._annotations)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._annotations = list(annotations)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._annotations[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._annotations)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Field)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == Field.FIX:
            return self.tr("Tick a fix to apply it in the revised translation (File › Export)")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        annotation = self._annotations[index.row()]
        field = Field(index.column())
        text = _value(annotation, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return " ".join(text.split())  # one line per row; newlines would hide the rest
        if role == SORT_ROLE:
            return SEVERITIES.index(text) if field == Field.SEVERITY else text.casefold()
        if role == Qt.ItemDataRole.DecorationRole and field == Field.REVIEWER and text:
            return reviewer_colour(text)
        if role == Qt.ItemDataRole.CheckStateRole and field == Field.FIX and acceptable(annotation):
            accepted = annotation.fix_accepted
            return Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        fix = index.isValid() and index.column() == Field.FIX
        if fix and acceptable(self._annotations[index.row()]):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != Field.FIX:
            return False
        annotation = self._annotations[index.row()]
        if acceptable(annotation):
            wanted = Qt.CheckState(value) == Qt.CheckState.Checked
            self.accept_toggled.emit(annotation, wanted)
        return False  # the box follows the stored annotation when the list is refreshed


class AnnotationsFilter(QSortFilterProxyModel):
    """Shows the rows whose severity, category, status and annotator match ("" matches any)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.wanted: dict[Field, str] = {}
        self.annotator = ""  # "" shows every annotator's
        self.setSortRole(SORT_ROLE)

    def set_annotator(self, annotator: str) -> None:
        self.beginFilterChange()
        self.annotator = annotator
        self.endFilterChange()

    def set_wanted(self, field: Field, value: str) -> None:
        self.beginFilterChange()
        self.wanted[field] = value
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AnnotationsModel)
        annotation = model.annotation(source_row)
        if self.annotator and annotation.annotator != self.annotator:
            return False
        return all(not v or _value(annotation, f) == v for f, v in self.wanted.items())
