"""Paints a paragraph as word-wrapped rich text and reports the height it needs at a width."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from reader.gui.highlights import Mark, describe
from reader.gui.parallel_model import AnyIndex, Decoration, Role
from reader.gui.span_editor import SpanEditor
from reader.gui.text_offsets import code_points, utf16_position

Marks = tuple[Mark, ...]
Decorations = tuple[Decoration, ...]

PADDING_X = 14
PADDING_Y = 10
LINE_HEIGHT_PERCENT = 135  # airier than Qt's default; dense Chinese is tiring to read
CACHE_SIZE = 600  # laid-out documents kept for painting: a few screens' worth
HEIGHT_CACHE_SIZE = 100_000  # heights are cheap to keep; every row needs one to scroll
MARKER_WIDTH = 3
LOW_CONFIDENCE_COLOR = QColor(230, 150, 30)
UNDER_MARKS = {"sentence"}  # decoration layers drawn below the annotation marks
SEARCH_COLOR = QColor(255, 226, 100)
SEARCH_CURRENT_COLOR = QColor(255, 160, 60)
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class ParagraphDelegate(QStyledItemDelegate):
    span_selected = Signal(int, int, object)  # row, column, ParagraphSpan or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor_actions: list[QAction] = []  # offered in the span editor's context menu
        # Laid-out documents by (text, font, width): painting and sizing the same cell reuse one.
        self._documents: OrderedDict[tuple[str, str, int, Marks], QTextDocument] = OrderedDict()
        # Heights by the same key: the header asks for every row again on each relayout.
        self._heights: dict[tuple[str, str, int], int] = {}
        self.mark_low_confidence = True
        self.line_spacing = LINE_HEIGHT_PERCENT

    def set_line_spacing(self, percent: int) -> None:
        """Line height in per cent of the font's; every cached layout and height is stale."""
        self.line_spacing = percent
        self.clear_cache()

    def clear_cache(self) -> None:
        self._documents.clear()
        self._heights.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(option.rect.width(), 4 * PADDING_X)
        text = index.data()
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        key = (text, font.key(), width - 2 * PADDING_X)
        height = self._heights.get(key)  # highlights never change a height
        if height is None:
            document = self._document(text, font, key[2], index.data(Role.MARKS) or ())
            height = int(document.size().height()) + 2 * PADDING_Y
            if len(self._heights) >= HEIGHT_CACHE_SIZE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        self._paint_background(painter, opt, index)
        self._paint_text(painter, opt, index)
        painter.restore()

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = SpanEditor(index.row(), index.column(), index.data(Role.PARAGRAPHS), parent)
        editor.setFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        editor.setFrameShape(SpanEditor.Shape.NoFrame)
        # The same insets as the painted cell, so the text does not jump when editing starts.
        editor.setViewportMargins(PADDING_X - 4, PADDING_Y - 4, PADDING_X - 4, 0)
        editor.context_actions = self.editor_actions
        editor.span_selected.connect(self.span_selected)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, SpanEditor) and editor.toPlainText() != index.data():
            editor.setPlainText(index.data())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        pass  # the text is read-only: the editor only selects

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

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = opt.rect
        document = self.cell_document(index, rect, opt.font)
        painter.translate(rect.x() + PADDING_X, rect.y() + PADDING_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        text_color = opt.palette.color(QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = rect.translated(-rect.x(), -rect.y())
        document.documentLayout().draw(painter, context)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """Over a flagged span, the tooltip tells what was flagged there."""
        marks: Marks = index.data(Role.MARKS) or ()
        if event.type() == QEvent.Type.ToolTip and marks:
            offset = self.offset_at(index, option.rect, event.pos())
            at = -1 if offset is None else offset
            found = [describe(m.annotation) for m in marks if m.start <= at < m.end]
            if found:
                QToolTip.showText(event.globalPos(), "\n\n".join(found), view)
                return True
        return super().helpEvent(event, view, option, index)

    def cell_document(
        self, index: AnyIndex, rect: QRect, font: QFont | None = None
    ) -> QTextDocument:
        """The cell's text laid out as painted in rect (the view's visual rect of the cell)."""
        font = index.data(Qt.ItemDataRole.FontRole) or font or QFont()
        width = max(rect.width(), 4 * PADDING_X) - 2 * PADDING_X
        marks = index.data(Role.MARKS) or ()
        decorations = index.data(Role.DECORATIONS) or ()
        return self._document(index.data(), font, width, marks, decorations)

    def offset_at(self, index: AnyIndex, rect: QRect, pos: QPoint) -> int | None:
        """The code-point offset into the cell's text under pos (view coordinates), if any."""
        if not index.isValid() or index.data(Role.PLACEHOLDER):
            return None
        document = self.cell_document(index, rect)
        point = QPointF(pos - rect.topLeft()) - QPointF(PADDING_X, PADDING_Y)
        size = document.size()
        if not (0 <= point.x() <= size.width() and 0 <= point.y() <= size.height()):
            return None
        # Fuzzy: the airy line height leaves gaps between lines that an exact hit misses.
        hit = document.documentLayout().hitTest(point, Qt.HitTestAccuracy.FuzzyHit)
        return code_points(index.data(), hit) if hit >= 0 else None

    def span_rect(self, index: AnyIndex, rect: QRect, start: int, end: int) -> QRect:
        """Where a code-point span of the cell's text is drawn, in view coordinates: the span
        itself on one line, or the full width of the lines it runs over."""
        document = self.cell_document(index, rect)
        text = index.data()
        first = _caret(document, utf16_position(text, start))
        last = _caret(document, utf16_position(text, max(start, end - 1)), trailing=True)
        if first.top() == last.top():
            area = QRectF(first.topLeft(), last.bottomRight())
        else:
            area = QRectF(0, first.top(), document.size().width(), last.bottom() - first.top())
        return area.translated(rect.x() + PADDING_X, rect.y() + PADDING_Y).toAlignedRect()

    def _document(
        self, text: str, font: QFont, width: int, marks: Marks, decorations: Decorations = ()
    ) -> QTextDocument:
        key = (text, font.key(), width, marks, decorations)
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        document = _layout(text, font, width, self.line_spacing)
        # The sentence pair lies under the flagged spans, which must keep their colours;
        # search matches lie over them, or they could not be seen inside a flagged span.
        _decorate(document, text, [d for d in decorations if d.layer in UNDER_MARKS])
        _highlight(document, text, marks)
        _decorate(document, text, [d for d in decorations if d.layer not in UNDER_MARKS])
        self._documents[key] = document
        if len(self._documents) > CACHE_SIZE:
            self._documents.popitem(last=False)
        return document


def _caret(document: QTextDocument, position: int, trailing: bool = False) -> QRectF:
    """The box of the character at a UTF-16 position (its right edge if trailing)."""
    block = document.findBlock(position)
    layout = block.layout()
    inside = position - block.position()
    line = layout.lineForTextPosition(inside)
    if not line.isValid():
        return QRectF(layout.position(), QSizeF(0, 0))
    x = line.cursorToX(inside + 1 if trailing else inside)[0]
    top = layout.position().y() + line.y()
    return QRectF(x, top, 0, line.height())


def _decoration_formats() -> dict[str, QTextCharFormat]:
    """Each passing highlight's look, from the current theme so it reads on light and dark."""
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    pair = QTextCharFormat()
    pair.setBackground(blend(base, highlight, 0.38))
    found = QTextCharFormat()
    found.setBackground(SEARCH_COLOR)
    found.setForeground(QColor(Qt.GlobalColor.black))  # on yellow, whatever the theme
    current = QTextCharFormat(found)
    current.setBackground(SEARCH_CURRENT_COLOR)
    return {"sentence": pair, "search": found, "search_current": current}


def _decorate(document: QTextDocument, text: str, decorations: list[Decoration]) -> None:
    if not decorations:
        return
    formats = _decoration_formats()
    for start, end, layer in decorations:
        face = formats.get(layer)
        if face is not None:
            cursor = QTextCursor(document)
            cursor.setPosition(utf16_position(text, start))
            cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(face)


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    def mix(a: int, b: int) -> int:
        return round(a * (1 - amount) + b * amount)

    return QColor(
        mix(base.red(), over.red()), mix(base.green(), over.green()), mix(base.blue(), over.blue())
    )


def _highlight(document: QTextDocument, text: str, marks: Marks) -> None:
    """Mark each flagged span in its category's style; Qt counts the positions in UTF-16."""
    for mark in marks:
        cursor = QTextCursor(document)
        cursor.setPosition(utf16_position(text, mark.start))
        cursor.setPosition(utf16_position(text, mark.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(mark.char_format())


def _layout(text: str, font: QFont, width: int, line_spacing: int) -> QTextDocument:
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
    spacing.setLineHeight(line_spacing, PROPORTIONAL)
    cursor.mergeBlockFormat(spacing)
    document.setTextWidth(max(width, 1))
    return document
