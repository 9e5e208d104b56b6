"""Go › Go to Paragraph… (Ctrl+G): scroll to the row showing a paragraph and select it.

Paragraphs are numbered from 1 on each side, as the rows' tooltips number them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QSpinBox,
    QWidget,
)

from reader.gui.common.menus import menu_named
from reader.gui.parallel.parallel_model import ParallelModel, Role
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.sentence_map import SIDES


class GoToDialog(QDialog):
    """Asks for a side and a paragraph number within that side's range."""

    def __init__(self, counts: dict[str, int], side: str, number: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to Paragraph"))
        self._counts = counts
        self.side = QComboBox(self)
        names = {"source": self.tr("Original"), "target": self.tr("Translation")}
        for name in SIDES:
            if counts.get(name):
                self.side.addItem(names[name], name)
        self.side.setCurrentIndex(max(self.side.findData(side), 0))
        self.number = QSpinBox(self)
        self.range = QLabel(self)
        self.side.currentIndexChanged.connect(self._update_range)
        self._update_range()
        self.number.setValue(number)
        self.number.selectAll()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Numbering:"), self.side)
        form.addRow(self.range, self.number)
        form.addRow(buttons)

    def _update_range(self) -> None:
        count = self._counts[self.chosen_side()]
        self.number.setRange(1, count)
        self.range.setText(self.tr("&Paragraph (1–{0}):").format(count))
        self.range.setBuddy(self.number)

    def chosen_side(self) -> str:
        return str(self.side.currentData())

    def chosen_paragraph(self) -> int:
        """0-based, as the model counts."""
        return self.number.value() - 1


class GoToParagraph(QObject):
    def __init__(self, window: QMainWindow, view: ParallelView, model: ParallelModel) -> None:
        super().__init__(window)
        self._window, self._view, self._model = window, view, model
        self.action = QAction(self.tr("Go to &Paragraph…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+G"))
        self.action.setStatusTip(self.tr("Scroll to a paragraph by its number"))
        self.action.triggered.connect(self.ask)
        menu = menu_named(window, "go")
        menu.addSeparator()
        menu.addAction(self.action)

    def ask(self) -> GoToDialog | None:
        """Open the dialog (window-modal, no nested event loop) for the shown document."""
        counts = self._counts()
        if not counts:
            return None
        side, paragraph = self._current()
        dialog = GoToDialog(counts, side, paragraph + 1, self._window)
        dialog.accepted.connect(lambda: self.go(dialog.chosen_side(), dialog.chosen_paragraph()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def go(self, side: str, paragraph: int) -> None:
        """Scroll to the row showing a side's paragraph (0-based) and select the row."""
        sentences = self._model.sentences
        where = sentences.paragraph_cell(side, paragraph) if sentences else None
        if where is None:
            return
        index = self._model.index(where[0], SIDES.index(side))
        self._view.select_row(index.row(), index.column())
        self._view.scrollTo(index, ParallelView.ScrollHint.PositionAtTop)
        self._view.setFocus()

    def _counts(self) -> dict[str, int]:
        view = self._model.document
        if view is None:
            return {}
        sides = {"source": view.source, "target": view.target}
        return {name: len(side.paragraphs) for name, side in sides.items() if side is not None}

    def _current(self) -> tuple[str, int]:
        """The side and first paragraph of the current cell, to start the dialog from."""
        index = self._view.currentIndex()
        if not index.isValid():
            return SIDES[0], 0
        paragraphs = index.data(Role.PARAGRAPHS)
        return SIDES[index.column()], paragraphs[0] if paragraphs else 0
