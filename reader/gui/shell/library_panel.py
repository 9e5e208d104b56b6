"""The library: the list of stored documents on the left of the window."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSignalBlocker,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.common.languages import language_name, language_pair
from reader.services.views import DocumentSummary

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
PADDING = 8
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


class LibraryRole(IntEnum):
    DOCUMENT_ID = Qt.ItemDataRole.UserRole + 1
    DETAILS = Qt.ItemDataRole.UserRole + 2


def describe(summary: DocumentSummary) -> str:
    """'English 52 · Chinese 48 paragraphs', or a note that there is no translation yet."""
    sides = [
        f"{language_name(lang)} {count}"
        for lang, count in zip(summary.languages, summary.paragraph_counts, strict=False)
    ]
    if len(sides) == 1:
        return translate("LibraryPanel", "{counts} paragraphs · no translation").format(
            counts=sides[0]
        )
    return translate("LibraryPanel", "{counts} paragraphs").format(counts=" · ".join(sides))


class DocumentListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents: list[DocumentSummary] = []

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self.endResetModel()

    @property
    def documents(self) -> tuple[DocumentSummary, ...]:
        return tuple(self._documents)

    def row_of(self, doc_id: int) -> int | None:
        for row, summary in enumerate(self._documents):
            if summary.id == doc_id:
                return row
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self._documents[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.title
        if role == LibraryRole.DETAILS:
            return describe(summary)
        if role == LibraryRole.DOCUMENT_ID:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            byline = f"\n{summary.author}" if summary.author else ""
            return f"{summary.title}{byline}\n{language_pair(summary.languages)}"
        return None


class DocumentDelegate(QStyledItemDelegate):
    """A bold, wrapped title over a grey line of languages and paragraph counts."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(option.rect.width(), 120) - 2 * PADDING
        title, details = _fonts(option.font)
        bounds = QRect(0, 0, width, 10_000)
        title_rect = QFontMetrics(title).boundingRect(
            bounds, Qt.TextFlag.TextWordWrap, index.data()
        )
        height = title_rect.height() + QFontMetrics(details).height() + 3 * PADDING
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, details_font = _fonts(opt.font)
        area = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.save()
        painter.setPen(opt.palette.color(text_role))
        painter.setFont(title_font)
        flags = Qt.TextFlag.TextWordWrap | TOP_LEFT
        used = painter.boundingRect(area, flags, index.data())
        painter.drawText(area, flags, index.data())
        painter.setFont(details_font)
        if not selected:
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
        details_area = area.adjusted(0, used.height() + PADDING // 2, 0, 0)
        details = QFontMetrics(details_font).elidedText(
            index.data(LibraryRole.DETAILS), Qt.TextElideMode.ElideRight, details_area.width()
        )
        painter.drawText(details_area, TOP_LEFT, details)
        painter.restore()


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    title = QFont(base)
    title.setBold(True)
    details = QFont(base)
    details.setPointSizeF(base.pointSizeF() * 0.9)
    return title, details


class LibraryPanel(QWidget):
    """The document list; emits document_selected(id) when the user picks an entry."""

    document_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(DocumentDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setWordWrap(True)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setUniformItemSizes(False)
        self.list_view.selectionModel().selectionChanged.connect(self._emit_selected)
        heading = QLabel(self.tr("Library"), self)
        heading.setObjectName("libraryHeading")
        heading.setStyleSheet("font-weight: 600; padding: 6px 8px 2px 8px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(heading)
        layout.addWidget(self.list_view)

    def set_documents(self, documents: list[DocumentSummary]) -> None:
        # Rebuilding the list must not look like the user picked something.
        with QSignalBlocker(self.list_view.selectionModel()):
            self.model.set_documents(documents)

    def select_document(self, doc_id: int) -> bool:
        """Highlight doc_id (emitting document_selected); False if it is not in the list."""
        row = self.model.row_of(doc_id)
        if row is None:
            return False
        self.list_view.setCurrentIndex(self.model.index(row))
        return True

    def current_document_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(LibraryRole.DOCUMENT_ID) if index.isValid() else None

    def _emit_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.document_selected.emit(indexes[0].data(LibraryRole.DOCUMENT_ID))
