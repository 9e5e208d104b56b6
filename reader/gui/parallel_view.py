"""The two texts side by side: a table whose rows grow to fit their wrapped paragraphs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from reader.gui.paragraph_delegate import PADDING_X, ParagraphDelegate, blend
from reader.gui.parallel_model import ParallelModel


class ParallelView(QTableView):
    """Shows a ParallelModel; both columns share the width, rows size to their content."""

    # (index, code-point offset into the cell's text or None, global position): the pointer
    # moved over the text; an invalid index when it left the view.
    hovered = Signal(QModelIndex, object, QPoint)
    text_clicked = Signal(QModelIndex, object)  # (index, offset or None): a left click

    def __init__(self, model: ParallelModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def _configure_headers(self) -> None:
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Line the column titles up with the paragraphs' left padding.
        columns.setStyleSheet(f"QHeaderView::section {{ padding: 4px {PADDING_X}px; }}")
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self._delegate.clear_cache()
        self.parallel_model().set_fonts(source, target)
        self.verticalHeader().resizeSections(QHeaderView.ResizeMode.ResizeToContents)

    def set_mark_low_confidence(self, enabled: bool) -> None:
        self._delegate.mark_low_confidence = enabled
        self.viewport().update()
