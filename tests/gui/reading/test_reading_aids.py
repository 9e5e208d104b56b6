"""Chinese reading aids in the window: the word popup on hover, pinyin over the characters,
and the Chinese side in the preferred script."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QCursor, QImage
from pytestqt.qtbot import QtBot

from reader.core.document import Bead
from reader.gui.parallel.highlights import SEVERITY_COLORS
from reader.gui.parallel.parallel_model import Column, ParallelModel, Role
from reader.gui.reading import reading_aids
from reader.gui.shell.main_window import MainWindow
from reader.gui.shell.preferences import Preferences
from reader.services.library import Library
from reader.services.views import DocumentView
from tests.gui.annotating.test_flagging import highlight_point, settled
from tests.gui.conftest import WindowFactory, side
from tests.gui.reading.test_sentence_navigation import show_row

pytestmark = pytest.mark.gui

WORD = "秩序"
PHRASE, TRADITIONAL = "当前订单", "當前訂單"


@pytest.fixture
def window(make_window: WindowFactory, qtbot: QtBot) -> MainWindow:
    """Wide enough that a row with pinyin is taller than its English."""
    shown = make_window()
    shown.resize(1280, 820)
    qtbot.wait(50)
    return shown


@pytest.fixture
def warm_window(window: MainWindow, qtbot: QtBot) -> MainWindow:
    qtbot.waitUntil(lambda: window.reading_aids.warm, timeout=20_000)
    return window


def chinese_cell(window: MainWindow, phrase: str) -> tuple[QModelIndex, int]:
    """The first Chinese cell showing the phrase, and the phrase's offset in it."""
    for row in range(window.model.rowCount()):
        index = window.model.index(row, 1)
        if phrase in index.data():
            return index, index.data().index(phrase)
    raise AssertionError(f"no row shows {phrase}")


def word_box(window: MainWindow, index: QModelIndex, start: int, end: int) -> QRect:
    """Where a span of a cell is, in viewport coordinates."""
    return window.parallel.delegate.span_rect(index, window.parallel.visualRect(index), start, end)


def hover(window: MainWindow, qtbot: QtBot, point: QPoint) -> None:
    viewport = window.parallel.viewport()
    QCursor.setPos(viewport.mapToGlobal(point))  # the popup stays while the pointer is on it
    qtbot.mouseMove(viewport, point)


def hover_word(window: MainWindow, qtbot: QtBot, phrase: str) -> QRect:
    index, offset = chinese_cell(window, phrase)
    show_row(window, qtbot, index.row())
    box = word_box(window, index, offset, offset + 1)
    hover(window, qtbot, box.center())
    return box


def row_heights(window: MainWindow) -> list[int]:
    """Each row's laid-out height (the view measures a row only when it comes into view)."""
    return [window.parallel.sizeHintForRow(row) for row in range(window.model.rowCount())]


NUMBER_CORNER = 60  # pixels at the cell's top right that its paragraph number may take


def ink_above_first_line(window: MainWindow, index: QModelIndex) -> int:
    """Pixels darker than the background in the band above the cell's first line of text,
    the paragraph number's corner aside."""
    view = window.parallel
    view.viewport().repaint()
    rect = view.visualRect(index)
    first_line = word_box(window, index, 0, 1)
    width = rect.width() - NUMBER_CORNER
    band = QRect(rect.left(), rect.top() + 2, width, first_line.top() - rect.top() - 2)
    image: QImage = view.viewport().grab(band).toImage()
    background = image.pixelColor(0, 0).lightness()
    return sum(
        image.pixelColor(x, y).lightness() < background - 60
        for y in range(image.height())
        for x in range(image.width())
    )


# -- the word popup --------------------------------------------------------------------------------


def test_resting_on_a_word_shows_its_popup_and_ctrl_d_saves_it(
    warm_window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    window, popup = warm_window, warm_window.reading_aids.popup
    box = hover_word(window, qtbot, WORD)
    assert not popup.isVisible()  # it waits for the pointer to rest
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert (popup.word.text(), popup.pinyin.text()) == (WORD, "zhì xù")
    assert any("order" in label.text() for label in popup.readings)
    word_bottom = window.parallel.viewport().mapToGlobal(box.bottomLeft()).y()
    assert popup.geometry().top() > word_bottom  # next to the word, not over it
    with qtbot.waitSignal(window.word_list.message, timeout=10_000) as message:
        qtbot.keyClick(window.parallel, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert message.args == [f"Added {WORD} to the word list"]
    assert window.statusBar().currentMessage() == f"Added {WORD} to the word list"
    library = Library.open(db_url)
    try:
        (saved,) = library.words.list()
    finally:
        library.close()
    assert (saved.word, saved.pinyin) == (WORD, "zhì xù")
    assert WORD in saved.chinese and "order" in saved.english
    assert saved.document_id == window.model.document.id  # type: ignore[union-attr]


def test_moving_on_restarts_the_wait_and_another_word_replaces_the_popup(
    warm_window: MainWindow, qtbot: QtBot
) -> None:
    window, popup = warm_window, warm_window.reading_aids.popup
    index, offset = chinese_cell(window, WORD)
    show_row(window, qtbot, index.row())
    for step in range(4):  # moving along the text: the popup waits until the pointer rests
        hover(window, qtbot, word_box(window, index, step, step + 1).center())
        qtbot.wait(reading_aids.DWELL_MS // 2)
        assert not popup.isVisible()
    hover(window, qtbot, word_box(window, index, offset, offset + 1).center())
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert popup.word.text() == WORD
    later = index.data().index("崩溃")  # "collapse", further on in the same cell
    hover(window, qtbot, word_box(window, index, later, later + 1).center())
    qtbot.waitUntil(lambda: popup.word.text() == "崩溃", timeout=3000)
    assert popup.pinyin.text() == "bēng kuì"


def test_english_and_punctuation_show_no_popup(warm_window: MainWindow, qtbot: QtBot) -> None:
    window, popup = warm_window, warm_window.reading_aids.popup
    index, offset = chinese_cell(window, WORD)
    show_row(window, qtbot, index.row())
    full_stop = index.data().index("。", offset)
    hover(window, qtbot, word_box(window, index, full_stop, full_stop + 1).center())
    english = window.model.index(index.row(), 0)
    hover(window, qtbot, word_box(window, english, 3, 4).center())
    qtbot.wait(2 * reading_aids.DWELL_MS)
    assert not popup.isVisible()


def test_until_the_dictionary_is_loaded_hovering_only_says_so(
    make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    loaded = reading_aids.reading.warm_up
    monkeypatch.setattr(reading_aids.reading, "warm_up", lambda: (release.wait(20), loaded()))
    window = make_window()
    try:
        hover_word(window, qtbot, WORD)
        qtbot.wait(2 * reading_aids.DWELL_MS)  # the GUI goes on while the worker loads
        assert not window.reading_aids.popup.isVisible()
        assert window.statusBar().currentMessage() == "Loading dictionary…"
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.reading_aids.warm, timeout=20_000)
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(window.reading_aids.popup.isVisible, timeout=3000)  # the word still pointed at
    assert window.reading_aids.popup.word.text() == WORD


# -- pinyin --------------------------------------------------------------------------------------


def test_show_pinyin_puts_the_pinyin_above_every_row(window: MainWindow, qtbot: QtBot) -> None:
    index, offset = chinese_cell(window, WORD)
    show_row(window, qtbot, index.row())
    before = row_heights(window)
    assert ink_above_first_line(window, index) == 0
    assert not index.data(Role.RUBY)
    with qtbot.waitSignal(window.reading_aids.ruby_ready, timeout=20_000):
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window.parallel, Qt.Key.Key_P, keys)
    assert window.reading_aids.show_pinyin.isChecked()
    spans = {span.start: span.pinyin for span in index.data(Role.RUBY)}
    assert (spans[offset], spans[offset + 1]) == ("zhì", "xù")
    after = row_heights(window)
    chinese_rows = [r for r in range(len(after)) if window.model.index(r, 1).data(Role.RUBY)]
    assert len(chinese_rows) > 10
    # A row is as tall as its taller side: the English of most rows still is.
    assert all(a >= b for a, b in zip(after, before, strict=True))
    assert after[index.row()] > before[index.row()]
    show_row(window, qtbot, index.row())
    assert ink_above_first_line(window, index) > 20  # the pinyin is painted above the line
    window.reading_aids.show_pinyin.trigger()  # off again
    assert row_heights(window) == before and not index.data(Role.RUBY)


def test_p_shows_the_pinyin_of_the_current_paragraph_only(window: MainWindow, qtbot: QtBot) -> None:
    index, _ = chinese_cell(window, WORD)
    window.parallel.setCurrentIndex(index)
    window.parallel.setFocus()
    show_row(window, qtbot, index.row())  # and lets the window settle: a selection widens it
    before = row_heights(window)
    with qtbot.waitSignal(window.reading_aids.ruby_ready, timeout=20_000):
        qtbot.keyClick(window.parallel, Qt.Key.Key_P)
    after = row_heights(window)
    changed = [row for row in range(len(after)) if after[row] != before[row]]
    assert changed == [index.row()] and after[index.row()] > before[index.row()]
    assert not window.model.index(index.row() + 1, 1).data(Role.RUBY)
    qtbot.keyClick(window.parallel, Qt.Key.Key_P)  # and off again, at once
    assert row_heights(window) == before


def test_the_pinyin_preference_is_the_default(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    assert not window.reading_aids.show_pinyin.isChecked()
    with qtbot.waitSignal(window.reading_aids.ruby_ready, timeout=20_000):
        window.apply_preferences(replace(window.preferences, show_pinyin=True))
    assert window.reading_aids.show_pinyin.isChecked()
    index, offset = chinese_cell(window, WORD)
    assert any(span.start == offset for span in index.data(Role.RUBY))


# -- script ----------------------------------------------------------------------------------------


def flag_phrase(window: MainWindow, qtbot: QtBot, db_url: str) -> tuple[QModelIndex, int]:
    """Flag 当前订单 (a major mistranslation) through the service and show it."""
    index, offset = chinese_cell(window, PHRASE)
    doc_id = window.model.document.id  # type: ignore[union-attr]
    paragraph = index.data(Role.PARAGRAPHS)[0]
    settled(window, qtbot)
    library = Library.open(db_url)
    try:
        notes = library.annotations
        span = notes.span_anchor(doc_id, "target", paragraph, offset, offset + len(PHRASE))
        notes.flag(doc_id, "Accuracy/Mistranslation", "major", [span])
    finally:
        library.close()
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.refresh_annotations()
    return index, offset


def marks(index: QModelIndex) -> list[tuple[int, int]]:
    return [(mark.start, mark.end) for mark in index.data(Role.MARKS)]


def test_traditional_script_keeps_the_highlights_in_place(
    warm_window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    window = warm_window
    index, offset = flag_phrase(window, qtbot, db_url)
    flagged = marks(index)
    assert flagged == [(offset, offset + len(PHRASE))]
    with qtbot.waitSignal(window.reading_aids.script_applied, timeout=20_000):
        window.apply_preferences(replace(window.preferences, chinese_script="traditional"))
    text = index.data()
    assert text[offset : offset + len(PHRASE)] == TRADITIONAL
    assert marks(index) == flagged
    show_row(window, qtbot, index.row())
    painted = highlight_point(window, index, QColor(SEVERITY_COLORS["major"]))
    assert painted is not None
    box = word_box(window, index, offset, offset + len(PHRASE))
    assert box.adjusted(-2, -2, 2, 2).contains(painted)
    with qtbot.waitSignal(window.reading_aids.script_applied, timeout=20_000):
        window.apply_preferences(replace(window.preferences, chinese_script="as_written"))
    assert index.data()[offset : offset + len(PHRASE)] == PHRASE


def test_a_document_opens_in_the_preferred_script(make_window: WindowFactory, qtbot: QtBot) -> None:
    replace(Preferences.load(), chinese_script="traditional").save()
    window = make_window()
    qtbot.waitUntil(lambda: TRADITIONAL in chinese_text(window), timeout=20_000)
    assert PHRASE not in chinese_text(window)
    assert window.model.document.target.paragraphs[7].count(PHRASE) == 1  # type: ignore[union-attr]


def chinese_text(window: MainWindow) -> str:
    return "".join(window.model.index(row, 1).data() for row in range(window.model.rowCount()))


# -- the model -----------------------------------------------------------------------------------


def test_pinyin_of_a_cell_of_two_paragraphs_counts_from_the_cell_start(qtbot: QtBot) -> None:
    view = DocumentView(
        id=1,
        title="Two",
        source=side("en", "Order.", "Bank."),
        target=side("zh", "秩序。", "银行"),
        paragraph_beads=(Bead((0, 1), (0, 1), 1.0),),
    )
    model = ParallelModel()
    model.set_document(view)
    cell = model.index(0, 1)
    model.set_ruby({Column.TARGET: tuple(reading_aids.reading.ruby(p) for p in ("秩序。", "银行"))})
    assert cell.data(Role.RUBY) == ()  # computed, not shown
    model.toggle_ruby(0)
    text = cell.data()
    assert [(text[s.start], s.pinyin) for s in cell.data(Role.RUBY)] == [
        ("秩", "zhì"),
        ("序", "xù"),
        ("银", "yín"),
        ("行", "háng"),
    ]
    model.set_shown_paragraphs(Column.TARGET, ("秩序。", "銀行"))
    assert cell.data() == "秩序。\n\n銀行"
    with pytest.raises(ValueError, match="do not match"):
        model.set_shown_paragraphs(Column.TARGET, ("秩序", "銀行"))
