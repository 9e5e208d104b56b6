"""The dictionary popup for a Chinese word under the pointer: pinyin and every CC-CEDICT reading.

It behaves like a tooltip: showing it never takes the focus from the reading view, and it hides
itself on Escape or once the pointer has left both the word and the popup. While it is shown,
Ctrl+D (or its button) asks to add the word to the word list.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCursor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.gui.common.fonts import reading_font
from reader.services.reading import Reading, WordInfo

ADD_SHORTCUT = "Ctrl+D"
WIDTH = 400
WORD_POINT_SIZE, PINYIN_POINT_SIZE, GLOSS_POINT_SIZE = 26.0, 14.0, 10.5
POINTER_POLL_MS = 150
# Polls the pointer may spend outside the word and the popup before it hides: the way from
# the word into the popup crosses a few pixels that belong to neither.
GRACE_POLLS = 2
NO_ENTRY = QT_TRANSLATE_NOOP("WordPopup", "Not in CC-CEDICT.")  # shown through self.tr


class WordPopup(QFrame):
    add_requested = Signal(object, object)  # WordInfo, (Chinese, English) sentences or None

    def __init__(self, parent: QWidget) -> None:
        # ToolTip: no window-manager frame, floats above the reading view; and neither showing
        # it nor clicking its button may take the keyboard from the view.
        flags = Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint
        super().__init__(parent, flags | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("word_popup")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.Box)
        self.setFixedWidth(WIDTH)
        self.info: WordInfo | None = None
        self.sentences: tuple[str, str] | None = None
        self._word_rect = QRect()
        self._outside_polls = 0
        self.word = self._label(reading_font("zh", WORD_POINT_SIZE), "word")
        self.pinyin = self._label(reading_font("zh", PINYIN_POINT_SIZE), "pinyin")
        self.readings: list[QLabel] = []
        self.add_button = QPushButton(self.tr("Add to Word List"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click must not take focus
        tip = self.tr("Save the word with its sentence pair ({shortcut})")
        self.add_button.setToolTip(tip.format(shortcut=ADD_SHORTCUT))
        self.add_button.clicked.connect(self.request_add)
        self._layout = QVBoxLayout(self)
        for widget in (self.word, self.pinyin, self.add_button):
            self._layout.addWidget(widget)
        self._shortcuts = self._window_shortcuts(parent)
        self._poll = QTimer(self)
        self._poll.setInterval(POINTER_POLL_MS)
        self._poll.timeout.connect(self._check_pointer)

    def _label(self, font: QFont, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _window_shortcuts(self, parent: QWidget) -> list[QShortcut]:
        """Keys for the popup, taken in the reading view's window (the popup never has focus);
        enabled only while the popup is shown."""
        shortcuts = []
        for key, slot in ((ADD_SHORTCUT, self.request_add), ("Escape", self.hide)):
            shortcut = QShortcut(
                QKeySequence(key), parent, context=Qt.ShortcutContext.WindowShortcut
            )
            shortcut.setEnabled(False)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)
        return shortcuts

    # -- showing --------------------------------------------------------------------------------

    def show_word(
        self,
        info: WordInfo,
        global_pos: QPoint,
        sentences: tuple[str, str] | None = None,
        word_rect: QRect | None = None,
    ) -> None:
        """Show `info` with its top-left corner at `global_pos` (moved to stay on screen).

        `sentences` is the (Chinese, English) pair the word is in, saved with it on Add.
        `word_rect` is where the word is on screen (global coordinates); the popup stays up
        while the pointer is on the word or on the popup. Without it, the pointer's position
        now stands for the word.
        """
        self.info, self.sentences = info, sentences
        self.word.setText(info.text)
        self.pinyin.setText(info.pinyin)
        self._show_readings(info.readings)
        self.add_button.setEnabled(True)
        self.add_button.setText(self.tr("Add to Word List"))
        self._word_rect = word_rect or QRect(QCursor.pos() - QPoint(8, 8), QSize(16, 16))
        # Wrapped labels need their height for the fixed width; adjustSize() does not ask.
        self.resize(WIDTH, self._layout.totalHeightForWidth(WIDTH))
        self.move(self._on_screen(global_pos))
        self.show()

    def _show_readings(self, readings: tuple[Reading, ...]) -> None:
        for label in self.readings:
            self._layout.removeWidget(label)
            label.hide()  # deleteLater waits for the event loop; till then it would still paint
            label.deleteLater()
        texts = [_reading_html(r, self.info) for r in readings] or [self.tr(NO_ENTRY)]
        self.readings = []
        for index, text in enumerate(texts):
            label = self._label(reading_font("zh", GLOSS_POINT_SIZE), "reading")
            label.setWordWrap(True)
            label.setText(text)
            self._layout.insertWidget(2 + index, label)
            label.show()  # a child added to a shown popup stays hidden unless told
            self.readings.append(label)

    def _on_screen(self, pos: QPoint) -> QPoint:
        screen = QGuiApplication.screenAt(pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.size()
        x = min(max(pos.x(), area.left()), area.right() - size.width())
        y = pos.y() if pos.y() + size.height() <= area.bottom() else pos.y() - size.height()
        return QPoint(x, max(y, area.top()))

    # -- adding ---------------------------------------------------------------------------------

    def request_add(self) -> None:
        if self.info is None or not self.isVisible():
            return
        self.add_requested.emit(self.info, self.sentences)
        self.add_button.setEnabled(False)
        self.add_button.setText(self.tr("Added to Word List"))

    # -- hiding ---------------------------------------------------------------------------------

    def _check_pointer(self) -> None:
        pointer = QCursor.pos()
        over = self.geometry().contains(pointer) or self._word_rect.contains(pointer)
        self._outside_polls = 0 if over else self._outside_polls + 1
        if self._outside_polls > GRACE_POLLS:
            self.hide()

    def showEvent(self, event: QShowEvent) -> None:
        self._outside_polls = 0
        self._poll.start()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._poll.stop()
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        super().hideEvent(event)


def _reading_html(reading: Reading, info: WordInfo | None) -> str:
    """Pinyin in bold, the entry's other script form where it differs, then the glosses."""
    forms = {reading.simplified, reading.traditional} - {info.text if info else ""}
    other = f" {html.escape(' / '.join(sorted(forms)))}" if forms else ""
    glosses = html.escape("; ".join(reading.glosses))
    return f"<b>{html.escape(reading.pinyin)}</b>{other} · {glosses}"
