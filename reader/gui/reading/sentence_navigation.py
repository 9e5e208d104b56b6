"""The sentence under the pointer or the keyboard, lit up together with its aligned sentences.

Hovering a sentence makes it current; clicking also scrolls its counterpart into view; J and K
move to the next and previous sentence of the side the keyboard is on. The Go menu holds the
keys, so they show in the menu bar and work wherever the reading view has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.sentence_cursor import SentenceCursor
from reader.gui.parallel.sentence_map import SIDES

LAYER = "sentence"


class SentenceNavigation(QObject):
    def __init__(
        self, window: QMainWindow, view: ParallelView, model: ParallelModel, cursor: SentenceCursor
    ) -> None:
        super().__init__(window)
        self._view, self._model, self._cursor = view, model, cursor
        self.next_sentence = self._action(window, self.tr("Next Sentence"), "J", 1)
        self.previous_sentence = self._action(window, self.tr("Previous Sentence"), "K", -1)
        self.menu = self._menu(window)
        view.hovered.connect(self._hovered)
        view.text_clicked.connect(self._clicked)
        cursor.changed.connect(self._light_up)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._light_up)

    def _action(self, window: QMainWindow, text: str, key: str, step: int) -> QAction:
        action = QAction(text, window)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(self.tr("Highlight the sentence and the sentences aligned with it"))
        action.triggered.connect(lambda: self.step(step))
        return action

    def _menu(self, window: QMainWindow) -> QMenu:
        menu = QMenu(self.tr("&Go"), window)
        menu.setObjectName("go")
        menu.addActions([self.next_sentence, self.previous_sentence])
        bar = window.menuBar()
        actions = bar.actions()
        view_menu = bar.findChild(QMenu, "view")
        after_view = view_menu is not None and view_menu.menuAction() in actions[:-1]
        if after_view:  # Go follows View, as in most readers and browsers
            bar.insertMenu(actions[actions.index(view_menu.menuAction()) + 1], menu)
        else:
            bar.addMenu(menu)
        return menu

    # -- pointer --------------------------------------------------------------------------------

    def _hovered(self, index: QModelIndex, offset: int | None, _where: QPoint) -> None:
        sentence = self._sentence_at(index, offset)
        if sentence is not None:
            self._cursor.set(SIDES[index.column()], sentence)

    def _clicked(self, index: QModelIndex, offset: int | None) -> None:
        sentence = self._sentence_at(index, offset)
        if sentence is None:
            return
        side = SIDES[index.column()]
        self._cursor.set(side, sentence)
        sentences = self._model.sentences
        if sentences is not None:
            other = [
                s for s in sentences.aligned_spans(side, sentence) if s.column != index.column()
            ]
            self._view.reveal(other)

    def _sentence_at(self, index: QModelIndex, offset: int | None) -> int | None:
        sentences = self._model.sentences
        if offset is None or not index.isValid() or sentences is None:
            return None
        return sentences.sentence_at(index.row(), index.column(), offset)

    # -- keyboard -------------------------------------------------------------------------------

    def step(self, step: int) -> None:
        """Make the next (step 1) or previous (-1) sentence current and scroll to it."""
        sentences = self._model.sentences
        if sentences is None:
            return
        side = self._keyboard_side()
        count = sentences.count(side)
        if count == 0:
            return
        current = self._cursor.current()
        if current is None or current.side != side:
            number = self._first_in_current_row(side, step)
        else:
            number = min(max(current.index + step, 0), count - 1)
        self._cursor.set(side, number)
        shown = sentences.cell_span(side, number)
        if shown is not None:
            self._view.select_row(shown.row, shown.column)
            self._view.reveal(sentences.aligned_spans(side, number))

    def _keyboard_side(self) -> str:
        """The side of the current cell; the other side's sentences are reached with ← and →."""
        index = self._view.currentIndex()
        if index.isValid() and self._model.sentences and self._model.sentences.count(SIDES[1]):
            return SIDES[index.column()]
        return SIDES[0]

    def _first_in_current_row(self, side: str, step: int) -> int:
        """Where J or K starts when no sentence of this side is current: the current row."""
        sentences = self._model.sentences
        assert sentences is not None
        row = max(self._view.currentIndex().row(), 0)
        for candidate in range(row, self._model.rowCount()):
            found = sentences.first_in_row(side, candidate)
            if found is not None:
                return found
        return 0 if step > 0 else sentences.count(side) - 1

    # -- showing --------------------------------------------------------------------------------

    def _light_up(self, *_changed: object) -> None:
        current = self._cursor.current()
        sentences = self._model.sentences
        spans = []
        if current is not None and sentences is not None:
            spans = sentences.aligned_spans(current.side, current.index)
        self._model.set_decorations(LAYER, spans)
