"""Paints a paragraph as word-wrapped rich text and reports the height it needs at a width."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.gui.parallel_model import AnyIndex, Role

PADDING_X = 14
PADDING_Y = 10
LINE_HEIGHT_PERCENT = 135  # airier than Qt's default; dense Chinese is tiring to read
CACHE_SIZE = 600  # laid-out documents kept for painting: a few screens' worth
HEIGHT_CACHE_SIZE = 100_000  # heights are cheap to keep; every row needs one to scroll
MARKER_WIDTH = 3
LOW_CONFIDENCE_COLOR = QColor(230, 150, 30)
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class ParagraphDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Laid-out documents by (text, font, width): painting and sizing the same cell reuse one.
        self._documents: OrderedDict[tuple[str, str, int], QTextDocument] = OrderedDict()
        # Heights by the same key: the header asks for every row again on each relayout.
        self._heights: dict[tuple[str, str, int], int] = {}
        self.mark_low_confidence = True

    def clear_cache(self) -> None:
        self._documents.clear()
        self._heights.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(option.rect.width(), 4 * PADDING_X)
        text = index.data()
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        key = (text, font.key(), width - 2 * PADDING_X)
        height = self._heights.get(key)
        if height is None:
            height = int(self._document(text, font, key[2]).size().height()) + 2 * PADDING_Y
            if len(self._heights) >= HEIGHT_CACHE_SIZE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        self._paint_background(painter, opt, index)
        self._paint_text(painter, opt)
        painter.restore()

    def _paint_background(
        self, painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect: QRect = opt.rect
        if index.data(Role.PLACEHOLDER) and not opt.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, opt.palette.color(QPalette.ColorRole.AlternateBase))
        if self.mark_low_confidence and index.column() == 0 and index.data(Role.LOW_CONFIDENCE):
            painter.fillRect(rect.x(), rect.y(), MARKER_WIDTH, rect.height(), LOW_CONFIDENCE_COLOR)
        painter.setPen(opt.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem) -> None:
        rect: QRect = opt.rect
        document = self._document(opt.text, opt.font, rect.width() - 2 * PADDING_X)
        painter.translate(rect.x() + PADDING_X, rect.y() + PADDING_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        text_color = opt.palette.color(QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = rect.translated(-rect.x(), -rect.y())
        document.documentLayout().draw(painter, context)

    def _document(self, text: str, font: QFont, width: int) -> QTextDocument:
        key = (text, font.key(), width)
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        document = _layout(text, font, width)
        self._documents[key] = document
        if len(self._documents) > CACHE_SIZE:
            self._documents.popitem(last=False)
        return document


def _layout(text: str, font: QFont, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(LINE_HEIGHT_PERCENT, PROPORTIONAL)
    cursor.mergeBlockFormat(spacing)
    document.setTextWidth(max(width, 1))
    return document
