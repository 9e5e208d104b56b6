"""The sentence the reader is on: set by hovering, clicking or keyboard navigation, read by the
alignment-editing commands that act on "this sentence"."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QObject, Signal


class SentencePosition(NamedTuple):
    side: str  # "source" or "target"
    index: int  # the sentence's number over the whole side, as in DocumentView.sentence_beads


class SentenceCursor(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._position: SentencePosition | None = None

    def current(self) -> SentencePosition | None:
        return self._position

    def set(self, side: str, index: int) -> None:
        position = SentencePosition(side, index)
        if position != self._position:
            self._position = position
            self.changed.emit()

    def clear(self) -> None:
        if self._position is not None:
            self._position = None
            self.changed.emit()
