"""The two texts side by side: a table whose rows grow to fit their wrapped paragraphs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from reader.gui.paragraph_delegate import PADDING_X, ParagraphDelegate
from reader.gui.parallel_model import ParallelModel


class ParallelView(QTableView):
    """Shows a ParallelModel; both columns share the width, rows size to their content."""

    def __init__(self, model: ParallelModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = ParagraphDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setModel(model)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        tint = _blend(base, highlight, 0.18)
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


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    def mix(a: int, b: int) -> int:
        return round(a * (1 - amount) + b * amount)

    return QColor(
        mix(base.red(), over.red()), mix(base.green(), over.green()), mix(base.blue(), over.blue())
    )
