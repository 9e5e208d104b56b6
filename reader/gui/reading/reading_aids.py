"""Chinese reading aids in the reading view: the dictionary popup for the word under the
pointer, pinyin over the characters, and the Chinese side in the script the reader prefers.

jieba, pypinyin, OpenCC and CC-CEDICT take a while to load, so they are warmed up on the
window's runner once the first document is shown; until then hovering only says that the
dictionary is loading. Once warm, finding the word under the pointer is quick enough for the GUI
thread (on the Saker piece: 0.05 ms in a paragraph already segmented, at most 7 ms for the first
look into its longest one); pinyin for a whole document and script conversion run on the runner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStatusBar

from reader.core.chinese import RubySpan, Script
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.menus import menu_named
from reader.gui.parallel.parallel_model import Column, ParallelModel
from reader.gui.parallel.parallel_view import ParallelView
from reader.gui.parallel.sentence_map import SIDES, CellSpan
from reader.gui.reading.word_popup import WordPopup
from reader.services import reading

DWELL_MS = 300  # the pointer rests this long on a word before its popup shows
POPUP_GAP = 4  # pixels between the word and the popup below it
MESSAGE_MS = 5000
AS_WRITTEN = "as_written"  # the script preference that shows the text unconverted


class ReadingPreferences(Protocol):
    """The preferences that the reading aids follow."""

    @property
    def chinese_script(self) -> str: ...
    @property
    def show_pinyin(self) -> bool: ...


class Window(Protocol):
    """What the reading aids need of the main window that holds them."""

    parallel: ParallelView
    model: ParallelModel
    preferences: ReadingPreferences
    runner: JobRunner
    document_loaded: SignalInstance  # (document id)

    def statusBar(self) -> QStatusBar: ...
    def show_error(self, title: str, error: Exception) -> object: ...


class ReadingAids(QObject):
    warmed = Signal()  # the dictionaries are loaded: hovering a word shows its popup
    ruby_ready = Signal()  # the shown document's pinyin arrived
    script_applied = Signal(str)  # the Chinese side is shown in this script
    # Ctrl+D on a word: (reading.WordInfo, (its sentence, the aligned sentences) or None,
    # the document's id or None), for the word list
    word_saved = Signal(object, object, object)

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self._window, self._view, self._model = window, window.parallel, window.model
        self.warm = False
        self._warming = self._told_loading = False
        self._ruby_loading: int | None = None  # the document whose pinyin is being computed
        self._script = window.preferences.chinese_script
        self._pinyin_default = window.preferences.show_pinyin
        self.popup = WordPopup(self._view)
        self.popup.add_requested.connect(self._add_word)
        self._popup_cell: tuple[int, int] | None = None
        self._pending: tuple[QPersistentModelIndex, int] | None = None
        self._dwell = QTimer(self)
        self._dwell.setSingleShot(True)
        self._dwell.setInterval(DWELL_MS)
        self._dwell.timeout.connect(self._show_pending)
        self.show_pinyin, self.paragraph_pinyin = self._actions()
        self._connect()
        self.show_pinyin.setChecked(self._pinyin_default)

    def _actions(self) -> tuple[QAction, QAction]:
        everywhere = QAction(self.tr("Show &Pinyin"), self._window)
        everywhere.setCheckable(True)
        everywhere.setShortcut(QKeySequence("Ctrl+Shift+P"))
        everywhere.setStatusTip(self.tr("Show the pinyin above every Chinese character"))
        paragraph = QAction(self.tr("Show Pinyin for This Pa&ragraph"), self._window)
        paragraph.setShortcut(QKeySequence("P"))
        paragraph.setStatusTip(self.tr("Show or hide the pinyin of the current row only"))
        view_menu = menu_named(self._window, "view")
        separators = [action for action in view_menu.actions() if action.isSeparator()]
        before = separators[0] if separators else None  # with the other display toggles
        view_menu.insertActions(before, [everywhere, paragraph])  # type: ignore[arg-type]
        return everywhere, paragraph

    def _connect(self) -> None:
        self._view.hovered.connect(self._hovered)
        # The text moves away from under the popup and the pointer: what they showed is stale.
        self._view.verticalScrollBar().valueChanged.connect(self._hide_popup)
        self._model.modelReset.connect(self._hide_popup)
        self._window.document_loaded.connect(self._on_document_loaded)
        self.show_pinyin.toggled.connect(self._show_pinyin_everywhere)
        self.paragraph_pinyin.triggered.connect(self.toggle_current_paragraph)

    # -- preferences and documents --------------------------------------------------------------

    def apply(self, preferences: ReadingPreferences) -> None:
        """A changed script converts the Chinese side; a changed pinyin default shows or hides
        the pinyin everywhere (the View menu toggles it for this session only)."""
        if preferences.show_pinyin != self._pinyin_default:
            self._pinyin_default = preferences.show_pinyin
            self.show_pinyin.setChecked(preferences.show_pinyin)
        if preferences.chinese_script != self._script:
            self._script = preferences.chinese_script
            self._apply_script()

    def _on_document_loaded(self, _doc_id: int) -> None:
        if not self.warm and not self._warming:
            self._warming = True
            self._submit(reading.warm_up, self._on_warm, self.tr("Could Not Load the Dictionary"))
        if self._script != AS_WRITTEN:
            self._apply_script()
        if self.show_pinyin.isChecked():
            self._load_ruby()

    def _on_warm(self, _result: object) -> None:
        self.warm = True
        status = self._window.statusBar()
        if status.currentMessage() == self._loading_message():
            status.clearMessage()
        if self._pending is not None:
            self._dwell.start()
        self.warmed.emit()

    def _chinese_columns(self) -> list[Column]:
        return [
            column
            for column in Column
            if (side := self._model.side(column)) is not None and side.lang.startswith("zh")
        ]

    def _submit(self, work: Callable[[], Any], done: Callable[[Any], None], title: str) -> None:
        """Run work on the runner's thread (it needs no library), then done on this one."""
        self._window.runner.submit(
            lambda _library: work(),
            done,
            lambda error: self._window.show_error(title, error),
        )

    # -- script ---------------------------------------------------------------------------------

    def _apply_script(self) -> None:
        """Show the Chinese side in the preferred script, converted on the runner."""
        document, script = self._model.document, self._script
        if document is None:
            return
        if script == AS_WRITTEN:
            for column in self._chinese_columns():
                self._model.set_shown_paragraphs(column, None)
            self.script_applied.emit(script)
            return
        sides = {
            c: side.paragraphs for c in self._chinese_columns() if (side := self._model.side(c))
        }

        def convert() -> dict[Column, tuple[str, ...]]:
            return {
                column: tuple(reading.to_script(text, cast(Script, script)) for text in paragraphs)
                for column, paragraphs in sides.items()
            }

        def show(converted: dict[Column, tuple[str, ...]]) -> None:
            shown = self._model.document
            if shown is None or shown.id != document.id or script != self._script:
                return  # another document or script was asked for meanwhile
            for column, paragraphs in converted.items():
                self._model.set_shown_paragraphs(column, paragraphs)
            self.script_applied.emit(script)

        self._submit(convert, show, self.tr("Could Not Convert the Chinese Text"))

    # -- pinyin ---------------------------------------------------------------------------------

    def _show_pinyin_everywhere(self, shown: bool) -> None:
        self._model.show_ruby_everywhere(shown)
        if shown and not self._model.has_ruby:
            self._load_ruby()
        else:
            self._view.relayout()

    def toggle_current_paragraph(self) -> None:
        """Pinyin on or off for the current row alone."""
        row = self._view.currentIndex().row()
        if self._model.document is None or not 0 <= row < self._model.rowCount():
            self._window.statusBar().showMessage(self.tr("Select a paragraph first."), MESSAGE_MS)
            return
        self._model.toggle_ruby(row)
        if self._model.has_ruby:
            self._view.resizeRowToContents(row)
        else:
            self._load_ruby()

    def _load_ruby(self) -> None:
        """Compute the pinyin of the shown document's Chinese side on the runner."""
        document = self._model.document
        if document is None or self._ruby_loading == document.id:
            return
        sides = {
            c: side.paragraphs for c in self._chinese_columns() if (side := self._model.side(c))
        }
        if not sides:
            return
        self._ruby_loading = document.id
        status, message = self._window.statusBar(), self.tr("Adding pinyin…")
        status.showMessage(message)

        def compute() -> dict[Column, tuple[tuple[RubySpan, ...], ...]]:
            return {c: tuple(reading.ruby(text) for text in texts) for c, texts in sides.items()}

        def show(ruby: dict[Column, tuple[tuple[RubySpan, ...], ...]]) -> None:
            self._ruby_loading = None
            if status.currentMessage() == message:
                status.clearMessage()
            shown = self._model.document
            if shown is not None and shown.id == document.id:
                self._model.set_ruby(ruby)
                self._relayout_ruby_rows()
                self.ruby_ready.emit()

        self._submit(compute, show, self.tr("Could Not Add the Pinyin"))

    def _relayout_ruby_rows(self) -> None:
        """With pinyin everywhere every row changes; a single row re-measures on its own."""
        if self.show_pinyin.isChecked():
            self._view.relayout()

    # -- the word under the pointer -------------------------------------------------------------

    def _hovered(self, index: QModelIndex, offset: int | None, _where: QPoint) -> None:
        if offset is None or index.column() not in self._chinese_columns():
            self._forget_pointer()
            return
        if self._on_popup_word(index, offset):
            self._dwell.stop()  # still on the word shown: nothing new to show
            return
        self._pending = (QPersistentModelIndex(index), offset)
        if self.warm:
            self._dwell.start()  # restarted on every move: the popup waits for the pointer
        else:
            self._say_loading()  # the word still under the pointer shows once loaded

    def _forget_pointer(self) -> None:
        self._dwell.stop()
        self._pending = None

    def _hide_popup(self, *_changed: object) -> None:
        self._forget_pointer()
        self.popup.hide()

    def _say_loading(self) -> None:
        if not self._told_loading:
            self._told_loading = True
            self._window.statusBar().showMessage(self._loading_message(), MESSAGE_MS)

    def _loading_message(self) -> str:
        return self.tr("Loading dictionary…")

    def _on_popup_word(self, index: QModelIndex, offset: int) -> bool:
        info = self.popup.info
        return (
            self.popup.isVisible()
            and info is not None
            and self._popup_cell == (index.row(), index.column())
            and info.start <= offset < info.end
        )

    def _show_pending(self) -> None:
        if self._pending is None or not self._pending[0].isValid():
            return
        persistent, offset = self._pending
        index = self._model.index(persistent.row(), persistent.column())
        info = reading.word_info(index.data(), offset)
        if info is None:
            return
        word = self._word_rect(index, info.start, info.end)
        below = QPoint(word.left(), word.bottom() + POPUP_GAP)
        self.popup.show_word(info, below, self._sentences(index, offset), word)
        self._popup_cell = (index.row(), index.column())

    def _word_rect(self, index: QModelIndex, start: int, end: int) -> QRect:
        """Where the word is on screen, in global coordinates."""
        rect = self._view.span_rect(CellSpan(index.row(), index.column(), start, end))
        return QRect(self._view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def _sentences(self, index: QModelIndex, offset: int) -> tuple[str, str] | None:
        """The Chinese sentence at the offset and the sentences aligned with it on the other
        side, as shown."""
        sentences = self._model.sentences
        side = SIDES[index.column()]
        number = sentences.sentence_at(index.row(), index.column(), offset) if sentences else None
        if sentences is None or number is None:
            return None
        own = sentences.cell_span(side, number)
        others = [s for s in sentences.aligned_spans(side, number) if s.column != index.column()]
        return (self._span_text(own) if own else "", " ".join(map(self._span_text, others)))

    def _span_text(self, span: CellSpan) -> str:
        return self._model.index(span.row, span.column).data()[span.start : span.end]

    def _add_word(self, info: reading.WordInfo, sentences: tuple[str, str] | None) -> None:
        document = self._model.document
        self.word_saved.emit(info, sentences, document.id if document else None)


def install_reading_aids(window: Window) -> ReadingAids:
    """The word popup, View › Show Pinyin and the preferred script, in the window."""
    return ReadingAids(window)
