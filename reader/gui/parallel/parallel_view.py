"""The two texts side by side: a table whose rows grow to fit their wrapped paragraphs.

Row heights are measured lazily: every row starts with an estimate from its text's length, and a
row is laid out exactly only when it comes into view. Qt's own ResizeToContents would lay out all
rows after every change, which takes seconds on a long book and would happen on every hover.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from reader.gui.common.theme import blend
from reader.gui.parallel.paragraph_delegate import PADDING_X, ParagraphDelegate
from reader.gui.parallel.parallel_model import ParallelModel, Role
from reader.gui.parallel.sentence_map import CellSpan

Place = tuple[str, int, int, int]  # side, paragraph index, start, end (code points)

REVEAL_MARGIN = 24  # pixels kept between a revealed span and the view's edge
# Roles whose change can change a row's height.
SIZE_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Role.RUBY}


class ParallelView(QTableView):
    """Shows a ParallelModel; both columns share the width, rows size to their content."""

    # (index, code-point offset into the cell's text or None, global position): the pointer
    # moved over the text; an invalid index when it left the view.
    hovered = Signal(QModelIndex, object, QPoint)
    text_clicked = Signal(QModelIndex, object)  # (index, offset or None): a left click

    def __init__(self, model: ParallelModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._resizing_columns = False
        self._measured: set[int] = set()  # rows whose height is exact for the current layout
        self._delegate = ParagraphDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setModel(model)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Contiguous: several rows can be re-aligned at once (Shift+click, Shift+arrows).
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setMouseTracking(True)  # hovering a sentence highlights its counterpart
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(360)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.EditKeyPressed)
        self._configure_headers()
        self._soften_selection()
        model.modelReset.connect(self.relayout)
        model.rowsInserted.connect(self.relayout)
        model.rowsRemoved.connect(self.relayout)
        model.dataChanged.connect(self._content_changed)
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    def _configure_headers(self) -> None:
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Line the column titles up with the paragraphs' left padding.
        columns.setStyleSheet(f"QHeaderView::section {{ padding: 4px {PADDING_X}px; }}")
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # set by relayout and paint
        rows.setMinimumSectionSize(1)
        rows.setHighlightSections(False)
        rows.setVisible(False)

    def _soften_selection(self) -> None:
        """A pale tint for the selected pair instead of solid highlight: it stays readable."""
        palette = self.palette()
        theme = QApplication.palette(self)  # the theme's colours, not this view's own tint
        base = theme.color(QPalette.ColorRole.Base)
        highlight = theme.color(QPalette.ColorRole.Highlight)
        tint = blend(base, highlight, 0.18)
        text = theme.color(QPalette.ColorRole.Text)
        tinted = (
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.HighlightedText),
        )
        if tinted == (tint, text):
            return  # already tinted; setting it again would signal another palette change
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, tint)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, text)
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._soften_selection()  # the theme changed: tint from its colours

    @property
    def delegate(self) -> ParagraphDelegate:
        return self._delegate

    def select_row(self, row: int, column: int = 0) -> None:
        """Make a cell current and its row the only one selected. Unlike selectRow and
        setCurrentIndex, this ignores held modifier keys: Shift+F3 must not extend a selection."""
        flags = QItemSelectionModel.SelectionFlag
        index = self.model().index(row, column)
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    # -- row heights ----------------------------------------------------------------------------

    def relayout(self, *_changed: object) -> None:
        """Every row's height is stale (new rows, fonts, spacing, widths): estimate them all,
        and measure the rows in view before the next paint."""
        self._measured.clear()
        header = self.verticalHeader()
        model = self.parallel_model()
        top = self.rowAt(0)
        offset = self.rowViewportPosition(top) if top >= 0 else 0
        per_column = [
            self._delegate.estimate_heights(
                model.text_sizes(column), model.font(column), self.columnWidth(column)
            )
            for column in range(model.columnCount())
        ]
        for row, heights in enumerate(zip(*per_column, strict=True)):
            header.resizeSection(row, max(heights))
        if top >= 0:  # keep the row at the top where it was, though the rows above changed
            self.measure_visible()
            self.verticalScrollBar().setValue(header.sectionPosition(top) - offset)
        self.viewport().update()

    def _content_changed(
        self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]
    ) -> None:
        if roles and not SIZE_ROLES.intersection(roles):
            return  # highlights and marks never change a height
        self._measured.difference_update(range(top_left.row(), bottom_right.row() + 1))
        self.viewport().update()

    def _column_resized(self, *_changed: object) -> None:
        if not self._resizing_columns:
            self._resizing_columns = True
            QTimer.singleShot(0, self._columns_settled)  # once, after the header's own resizes

    def _columns_settled(self) -> None:
        self._resizing_columns = False
        self.relayout()

    def measure_visible(self) -> None:
        """Lay out the rows in view exactly; rows above keep their heights, so what is at the
        top of the view stays where it is."""
        header = self.verticalHeader()
        height = self.viewport().height()
        row = self.rowAt(0)
        while (
            0 <= row < self.parallel_model().rowCount() and self.rowViewportPosition(row) < height
        ):
            if row not in self._measured:
                self._measured.add(row)
                exact = self.sizeHintForRow(row)
                if exact > 0 and exact != header.sectionSize(row):
                    header.resizeSection(row, exact)
            row += 1

    def paintEvent(self, event: QPaintEvent) -> None:
        self.measure_visible()
        super().paintEvent(event)

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        super().scrollTo(index, hint)
        # The row's estimated height may have been wrong: measure it where it now is, and
        # scroll again so that it really lands where the hint asked.
        self.measure_visible()
        super().scrollTo(index, hint)

    def span_rect(self, span: CellSpan) -> QRect:
        """Where a span of a cell's text is drawn, in viewport coordinates."""
        index = self.model().index(span.row, span.column)
        return self._delegate.span_rect(index, self.visualRect(index), span.start, span.end)

    def show_places(self, layer: str, places: Iterable[Place]) -> bool:
        """Mark places of the sides' paragraphs, (side, paragraph, start, end) in code points,
        as a layer of highlights, select the first one's row and bring it to the middle.
        False when none of them is shown (nothing is changed then)."""
        model = self.parallel_model()
        sentences = model.sentences
        if sentences is None:
            return False
        found = (sentences.paragraph_span(*place) for place in places)
        spans = [span for span in found if span is not None]
        if not spans:
            return False
        model.set_decorations(layer, spans)
        self.select_row(spans[0].row, spans[0].column)
        self.reveal(spans[:1], centre=True)
        return True

    def reveal(self, spans: Sequence[CellSpan], centre: bool = False) -> None:
        """Scroll so that the spans show, keeping a margin: by the least amount (their top
        first, if they are taller than the view), or, with centre, their middle to the view's
        middle when they are not wholly shown."""
        if not spans:
            return
        if centre:  # far off, perhaps: lay the row out where it lands first
            self.scrollTo(self.model().index(spans[0].row, spans[0].column))
        rects = [self.span_rect(span) for span in spans]
        top = min(rect.top() for rect in rects) - REVEAL_MARGIN
        bottom = max(rect.bottom() for rect in rects) + REVEAL_MARGIN
        height = self.viewport().height()
        bar = self.verticalScrollBar()
        if centre:
            if top < 0 or bottom > height:
                bar.setValue(bar.value() + (top + bottom) // 2 - height // 2)
        elif top < 0 or bottom - top > height:
            bar.setValue(bar.value() + top)
        elif bottom > height:
            bar.setValue(bar.value() + bottom - height)

    def text_position(self, pos: QPoint) -> tuple[QModelIndex, int | None]:
        """The cell under a viewport position and the code-point offset of the text there."""
        index = self.indexAt(pos)
        if not index.isValid():
            return index, None
        return index, self._delegate.offset_at(index, self.visualRect(index), pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        index, offset = self.text_position(event.position().toPoint())
        self.hovered.emit(index, offset, event.globalPosition().toPoint())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.hovered.emit(QModelIndex(), None, QPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.text_clicked.emit(*self.text_position(event.position().toPoint()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter opens the span selector too, not only F2: it is the key reviewers try first.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        editing = self.state() == QAbstractItemView.State.EditingState
        trigger = QAbstractItemView.EditTrigger.EditKeyPressed
        if enter and not editing and self.edit(self.currentIndex(), trigger, event):
            return
        super().keyPressEvent(event)

    def parallel_model(self) -> ParallelModel:
        model = self.model()
        assert isinstance(model, ParallelModel)
        return model

    def set_fonts(self, source: QFont, target: QFont) -> None:
        model = self.parallel_model()
        if (model.font(0), model.font(1)) == (source, target):
            return  # opening another document in the same languages: nothing to lay out
        self._delegate.clear_cache()
        model.set_fonts(source, target)
        self.relayout()

    def set_line_spacing(self, percent: int) -> None:
        self._delegate.set_line_spacing(percent)
        self.relayout()

    def set_mark_low_confidence(self, enabled: bool) -> None:
        self._delegate.mark_low_confidence = enabled
        self.viewport().update()
