"""Paints a paragraph as word-wrapped rich text and reports the height it needs at a width."""

from __future__ import annotations

from collections import OrderedDict
from math import ceil
from typing import NamedTuple

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
    QFontInfo,
    QFontMetricsF,
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

from reader.core.chinese import RubySpan
from reader.core.document import Mark as InlineMark
from reader.gui.common.text_offsets import code_points, utf16_position
from reader.gui.common.theme import blend
from reader.gui.parallel import inline_marks
from reader.gui.parallel.highlights import Mark, describe
from reader.gui.parallel.inline_marks import format_span
from reader.gui.parallel.parallel_model import AnyIndex, Decoration, Role, TextSize
from reader.gui.parallel.span_editor import SpanEditor

Marks = tuple[Mark, ...]
InlineMarks = tuple[InlineMark, ...]
Decorations = tuple[Decoration, ...]
Ruby = tuple[RubySpan, ...]

PADDING_X = 14
PADDING_Y = 10
NUMBER_SCALE = 0.7  # the paragraph numbers' size beside the text's
NUMBER_INSET = 4  # pixels between a paragraph number and the cell's right edge
LINE_HEIGHT_PERCENT = 135  # airier than Qt's default; dense Chinese is tiring to read
CACHE_SIZE = 600  # laid-out documents kept for painting: a few screens' worth
HEIGHT_CACHE_SIZE = 100_000  # heights are cheap to keep; every row needs one to scroll
MARKER_WIDTH = 3
LOW_CONFIDENCE_COLOR = QColor(230, 150, 30)
PAIR_COLOR = QColor(60, 180, 120)
UNDER_MARKS = {"sentence"}  # decoration layers drawn below the annotation marks
SEARCH_COLOR = QColor(255, 226, 100)
SEARCH_CURRENT_COLOR = QColor(255, 160, 60)
CHECK_COLOR = QColor(170, 90, 220)  # violet: neither the pair's green nor the search's yellow
TERM_COLOR = QColor(40, 150, 210)  # blue, deeper than the selection's: a term's chosen place
TERM_BLEND = 0.4
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
LINE_DISTANCE = QTextBlockFormat.LineHeightTypes.LineDistanceHeight.value
RUBY_SCALE = 0.55  # pinyin size to the characters'
MIN_RUBY_POINT_SIZE, MIN_RUBY_PIXEL_SIZE = 6.5, 9
RUBY_GAP = 2  # pixels between the pinyin and its character
RUBY_LETTER_SPACING = 120  # per cent: characters move apart to make room for their pinyin
RUBY_SPACING = 2  # pixels kept between neighbouring syllables where squeezing allows
MIN_RUBY_SQUEEZE = 0.6  # a long syllable is narrowed down to this to stay over its character
RUBY_LIGHTNESS = 0.35  # how far the pinyin's colour goes from the text's towards the background


class RubyLabel(NamedTuple):
    """A syllable of pinyin placed over its character, in the cell document's coordinates."""

    center_x: float
    bottom: float
    text: str
    squeeze: float  # horizontal scale, 1 unless the syllable is wider than its character


class ParagraphDelegate(QStyledItemDelegate):
    span_selected = Signal(int, int, object)  # row, column, ParagraphSpan or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor_actions: list[QAction] = []  # offered in the span editor's context menu
        # Laid-out documents by (text, font, width): painting and sizing the same cell reuse one.
        self._documents: OrderedDict[tuple, QTextDocument] = OrderedDict()
        # Heights by the same key: the header asks for every row again on each relayout.
        self._heights: dict[tuple[str, str, int, bool, InlineMarks], int] = {}
        self._ruby_labels: dict[int, tuple[RubyLabel, ...]] = {}  # by id of a cached document
        self.mark_low_confidence = True
        self.line_spacing = LINE_HEIGHT_PERCENT

    def set_line_spacing(self, percent: int) -> None:
        """Line height in per cent of the font's; every cached layout and height is stale."""
        self.line_spacing = percent
        self.clear_cache()

    def clear_cache(self) -> None:
        self._documents.clear()
        self._heights.clear()
        self._ruby_labels.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        width = max(option.rect.width(), 4 * PADDING_X)
        text = index.data()
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        ruby = index.data(Role.RUBY) or ()
        inline = index.data(Role.INLINE) or ()  # bold type is wider: it may wrap sooner
        key = (text, font.key(), width - 2 * PADDING_X, bool(ruby), inline)
        height = self._heights.get(key)  # highlights never change a height
        if height is None:
            marks = index.data(Role.MARKS) or ()
            document = self._document(text, font, key[2], marks, (), ruby, inline)
            height = int(document.size().height()) + 2 * PADDING_Y
            if len(self._heights) >= HEIGHT_CACHE_SIZE:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def estimate_heights(self, sizes: list[TextSize], font: QFont, width: int) -> list[int]:
        """Cell heights guessed from their lengths, for rows not yet laid out; a guess only has
        to keep the scroll bar honest until its row comes into view and is measured."""
        fm = QFontMetricsF(font)
        usable = max(width - 2 * PADDING_X, 1)
        scale = self.line_spacing / 100
        ruby_line = QFontMetricsF(_ruby_font(font)).height() + RUBY_GAP
        advance = {  # (cjk, ruby) -> width of an average character
            (False, False): fm.averageCharWidth(),
            (True, False): fm.horizontalAdvance("中"),
            (False, True): fm.averageCharWidth(),
            (True, True): fm.horizontalAdvance("中") * RUBY_LETTER_SPACING / 100,
        }
        line = fm.lineSpacing()
        heights = []
        for chars, paragraphs, ruby, cjk in sizes:
            lines = max(ceil(chars * advance[cjk, ruby] / usable) + 2 * (paragraphs - 1), 1)
            height = lines * (line + ruby_line if ruby else line) * scale
            heights.append(round(height) + 2 * PADDING_Y)
        return heights

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
            editor.show_text(index.data(), self.line_spacing, index.data(Role.INLINE) or ())

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
        label = paragraph_label(index.data(Role.PARAGRAPHS) or ())
        if label and not index.data(Role.PLACEHOLDER):
            # In the top padding's right corner, where no text runs: the number to cite.
            font = QFont(opt.font)
            font.setPointSizeF(max(opt.font.pointSizeF() * NUMBER_SCALE, 6.0))
            painter.setFont(font)
            painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(0, 0, -NUMBER_INSET, 0),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def _paint_text(self, painter: QPainter, opt: QStyleOptionViewItem, index: AnyIndex) -> None:
        rect: QRect = opt.rect
        document = self.cell_document(index, rect, opt.font)
        painter.translate(rect.x() + PADDING_X, rect.y() + PADDING_Y)
        context = QAbstractTextDocumentLayout.PaintContext()
        text_color = opt.palette.color(QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = rect.translated(-rect.x(), -rect.y())
        document.documentLayout().draw(painter, context)
        labels = self._ruby_labels.get(id(document))
        if labels:
            font = index.data(Qt.ItemDataRole.FontRole) or opt.font
            color = blend(text_color, opt.palette.color(QPalette.ColorRole.Base), RUBY_LIGHTNESS)
            _paint_ruby(painter, labels, _ruby_font(font), color)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        """Over a flagged span, the tooltip tells what was flagged there; over an inline code
        or a segment with a state, what they are."""
        marks: Marks = index.data(Role.MARKS) or ()
        inline: InlineMarks = index.data(Role.INLINE) or ()
        if event.type() == QEvent.Type.ToolTip and (marks or inline):
            offset = self.offset_at(index, option.rect, event.pos())
            at = -1 if offset is None else offset
            found = [describe(m.annotation) for m in marks if m.start <= at < m.end]
            found += inline_marks.described(inline, at)
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
        ruby = index.data(Role.RUBY) or ()
        inline = index.data(Role.INLINE) or ()
        return self._document(index.data(), font, width, marks, decorations, ruby, inline)

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
        if hit < 0:
            return None
        # The hit is the caret position nearest the point; the character under the point is
        # the one before it when the point lies left of that caret.
        if hit > 0 and _caret(document, hit).left() > point.x():
            hit -= 1
        return code_points(index.data(), hit)

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
        self,
        text: str,
        font: QFont,
        width: int,
        marks: Marks,
        decorations: Decorations = (),
        ruby: Ruby = (),
        inline: InlineMarks = (),
    ) -> QTextDocument:
        key = (text, font.key(), width, marks, decorations, ruby, inline)
        document = self._documents.get(key)
        if document is not None:
            self._documents.move_to_end(key)
            return document
        ruby_font = _ruby_font(font) if ruby else None
        document = _layout(text, font, width, self.line_spacing, ruby_font)
        inline_marks.apply(document, text, inline)
        # The sentence pair lies under the flagged spans, which must keep their colours;
        # search matches lie over them, or they could not be seen inside a flagged span.
        _decorate(document, text, [d for d in decorations if d.layer in UNDER_MARKS])
        _highlight(document, text, marks)
        _decorate(document, text, [d for d in decorations if d.layer not in UNDER_MARKS])
        self._documents[key] = document
        if ruby_font is not None:
            self._ruby_labels[id(document)] = _ruby_labels(document, text, ruby, ruby_font)
        if len(self._documents) > CACHE_SIZE:
            _, dropped = self._documents.popitem(last=False)
            self._ruby_labels.pop(id(dropped), None)
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


def paragraph_label(paragraphs: tuple[int, ...]) -> str:
    """The cell's paragraph numbers as a reader cites them, counted from 1: ¶7 or ¶7–9."""
    if not paragraphs:
        return ""
    first, last = paragraphs[0] + 1, paragraphs[-1] + 1
    return f"¶{first}" if first == last else f"¶{first}–{last}"


def _decoration_formats() -> dict[str, QTextCharFormat]:
    """Each passing highlight's look, from the current theme so it reads on light and dark."""
    palette = QApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    pair = QTextCharFormat()
    # Green, not the selection's blue: the pair must stand out inside the selected row.
    pair.setBackground(blend(base, PAIR_COLOR, 0.35))
    found = QTextCharFormat()
    found.setBackground(SEARCH_COLOR)
    found.setForeground(QColor(Qt.GlobalColor.black))  # on yellow, whatever the theme
    current = QTextCharFormat(found)
    current.setBackground(SEARCH_CURRENT_COLOR)
    check = QTextCharFormat()  # the finding of an automatic check that is selected
    check.setBackground(blend(base, CHECK_COLOR, 0.45))
    check.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    check.setUnderlineColor(CHECK_COLOR)
    term = QTextCharFormat()  # a place of a term chosen in the Terms panel, and its rendering
    term.setBackground(blend(base, TERM_COLOR, TERM_BLEND))
    term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    term.setUnderlineColor(TERM_COLOR)
    chosen = QTextCharFormat()  # text selected for flagging, kept visible on both sides
    chosen.setBackground(blend(base, palette.color(QPalette.ColorRole.Highlight), 0.45))
    return {
        "sentence": pair,
        "search": found,
        "search_current": current,
        "check": check,
        "term": term,
        "selection": chosen,
    }


def _decorate(document: QTextDocument, text: str, decorations: list[Decoration]) -> None:
    if not decorations:
        return
    formats = _decoration_formats()
    for start, end, layer in decorations:
        face = formats.get(layer)
        if face is not None:
            format_span(document, text, start, end, face)


def _highlight(document: QTextDocument, text: str, marks: Marks) -> None:
    """Mark each flagged span in its category's style; Qt counts the positions in UTF-16."""
    for mark in marks:
        format_span(document, text, mark.start, mark.end, mark.char_format())


def _layout(
    text: str, font: QFont, width: int, line_spacing: int, ruby_font: QFont | None = None
) -> QTextDocument:
    """The text wrapped at width; with a ruby font, each line has room above it for pinyin."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(_spaced_for_ruby(font) if ruby_font else font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    if ruby_font is None:
        spacing.setLineHeight(line_spacing, PROPORTIONAL)
    else:
        # The room above the first line is the document's top margin (Qt drops the first
        # block's own); above each further line it is the distance below the previous one,
        # with part of the chosen spacing kept for air.
        room = QFontMetricsF(ruby_font).height() + RUBY_GAP
        air = QFontMetricsF(font).height() * max(line_spacing - 100, 0) / 200
        frame = document.rootFrame().frameFormat()
        frame.setTopMargin(room)
        document.rootFrame().setFrameFormat(frame)
        spacing.setLineHeight(room + air, LINE_DISTANCE)
    cursor.mergeBlockFormat(spacing)
    document.setTextWidth(max(width, 1))
    return document


def _spaced_for_ruby(font: QFont) -> QFont:
    spaced = QFont(font)
    spaced.setLetterSpacing(QFont.SpacingType.PercentageSpacing, RUBY_LETTER_SPACING)
    return spaced


def _ruby_font(font: QFont) -> QFont:
    """A small font for the pinyin over the cell's characters: the interface's (Latin) family
    first, as CJK families may lack the tone-marked vowels (WenQuanYi draws no ǎ)."""
    small = QFont(font)
    # The family the interface font resolves to: an alias such as "Sans Serif" would not
    # match in a list of families, and the CJK family after it would win.
    small.setFamilies([QFontInfo(QApplication.font()).family(), *font.families()])
    small.setItalic(False)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(font.pointSizeF() * RUBY_SCALE, MIN_RUBY_POINT_SIZE))
    else:
        small.setPixelSize(max(round(font.pixelSize() * RUBY_SCALE), MIN_RUBY_PIXEL_SIZE))
    return small


def _ruby_labels(
    document: QTextDocument, text: str, ruby: Ruby, font: QFont
) -> tuple[RubyLabel, ...]:
    """Each syllable centred over its character, narrowed where wider than the character."""
    metrics = QFontMetricsF(font)
    document.size()  # lays the document out: until then its lines are not known
    labels = []
    for span in ruby:
        position = utf16_position(text, span.start)
        block = document.findBlock(position)
        layout = block.layout()
        line = layout.lineForTextPosition(position - block.position())
        if not line.isValid():
            continue
        inside = position - block.position()
        left, right = line.cursorToX(inside)[0], line.cursorToX(inside + 1)[0]
        width = metrics.horizontalAdvance(span.pinyin)
        room = right - left - RUBY_SPACING
        squeeze = min(1.0, max(room / width, MIN_RUBY_SQUEEZE)) if width else 1.0
        origin = layout.position()
        bottom = origin.y() + line.y() - RUBY_GAP / 2
        labels.append(RubyLabel(origin.x() + (left + right) / 2, bottom, span.pinyin, squeeze))
    return tuple(labels)


def _paint_ruby(
    painter: QPainter, labels: tuple[RubyLabel, ...], font: QFont, color: QColor
) -> None:
    """Draw the pinyin (the painter is at the cell document's origin)."""
    painter.setFont(font)
    painter.setPen(color)
    metrics = QFontMetricsF(font)
    height = metrics.height()
    for label in labels:
        width = metrics.horizontalAdvance(label.text)
        painter.save()
        painter.translate(label.center_x, label.bottom - height)
        painter.scale(label.squeeze, 1.0)
        painter.drawText(
            QRectF(-width / 2, 0, width, height), Qt.AlignmentFlag.AlignCenter, label.text
        )
        painter.restore()
