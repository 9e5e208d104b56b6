"""The dictionary popup: the word, its pinyin, every reading; Add, Ctrl+D, Escape, pointer."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.gui.reading.word_popup import NO_ENTRY, WordPopup
from reader.services import reading

SENTENCES = ("他在银行行走。", "He walks in the bank.")


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[QPlainTextEdit]:
    """Stands in for the reading view: a focused text widget in an active window."""
    host = QWidget()
    qtbot.addWidget(host)
    host.setGeometry(100, 100, 400, 300)
    view = QPlainTextEdit(SENTENCES[0], host)
    host.show()
    host.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())
    yield view  # the host lives as long as the test


@pytest.fixture
def popup(view: QPlainTextEdit) -> WordPopup:
    return WordPopup(view)


def _show(popup: WordPopup, text: str, offset: int) -> reading.WordInfo:
    info = reading.word_info(text, offset)
    assert info is not None
    QCursor.setPos(QPoint(150, 150))  # on the word
    popup.show_word(info, QPoint(150, 170), SENTENCES, QRect(140, 140, 30, 20))
    return info


def _reading_texts(popup: WordPopup) -> list[str]:
    return [label.text() for label in popup.readings]


def test_shows_the_word_its_pinyin_and_readings_without_taking_focus(
    qtbot: QtBot, view: QPlainTextEdit, popup: WordPopup
) -> None:
    _show(popup, SENTENCES[0], 3)
    qtbot.waitExposed(popup)
    assert popup.isVisible() and popup.pos() == QPoint(150, 170)
    assert (popup.word.text(), popup.pinyin.text()) == ("银行", "yín háng")
    assert popup.word.font().pointSizeF() > 2 * view.font().pointSizeF()
    (bank,) = _reading_texts(popup)
    assert bank.startswith("<b>yín háng</b> 銀行 · bank;")
    assert view.hasFocus() and QApplication.activeWindow() is view.window()


def test_every_reading_of_xing_on_its_own_line(qtbot: QtBot, popup: WordPopup) -> None:
    _show(popup, SENTENCES[0], 3)
    _show(popup, "行", 0)  # the second word in a row: its labels must show and fit
    assert all(label.isVisible() for label in popup.readings)
    assert all(popup.rect().contains(label.geometry()) for label in popup.readings)
    assert popup.add_button.geometry().top() > popup.readings[-1].geometry().bottom()
    texts = _reading_texts(popup)
    assert len(texts) >= 2 and texts[0].startswith("<b>xíng</b> · to walk; to go")
    assert any(text.startswith("<b>háng</b> · row; line") for text in texts)
    _show(popup, "\U00020000", 0)  # shown again: the old readings go
    assert popup.word.text() == "\U00020000" and popup.pinyin.text() == "hē"
    assert _reading_texts(popup) == [NO_ENTRY]


def test_add_button_and_ctrl_d_ask_to_add(qtbot: QtBot, view: QPlainTextEdit, popup: WordPopup):
    info = _show(popup, SENTENCES[0], 3)
    with qtbot.waitSignal(popup.add_requested) as added:
        qtbot.mouseClick(popup.add_button, Qt.MouseButton.LeftButton)
    assert added.args == [info, SENTENCES]
    assert not popup.add_button.isEnabled() and view.hasFocus()
    info = _show(popup, SENTENCES[0], 4)
    with qtbot.waitSignal(popup.add_requested) as added:
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert added.args[0].text == "行走"
    popup.hide()
    with qtbot.assertNotEmitted(popup.add_requested):
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def test_escape_hides_it(qtbot: QtBot, view: QPlainTextEdit, popup: WordPopup) -> None:
    _show(popup, SENTENCES[0], 3)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_it_stays_while_the_pointer_is_on_it_and_hides_when_it_leaves(
    qtbot: QtBot, popup: WordPopup
) -> None:
    _show(popup, SENTENCES[0], 3)
    QCursor.setPos(popup.geometry().center())
    qtbot.wait(600)
    assert popup.isVisible()
    QCursor.setPos(QPoint(600, 600))
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
