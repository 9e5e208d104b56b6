"""Sentences in the reading view: hover lights up the aligned pair, a click reveals the
counterpart, J and K step through the sentences of the side the keyboard is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader.gui.parallel.parallel_model import Decoration, Role
from reader.gui.parallel.sentence_map import CellSpan
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui

ROW = 9  # the Saker piece's bead with "the current order" / 当前订单


def span_point(window: MainWindow, span: CellSpan) -> QPoint:
    """A point inside the first character of a span, in viewport coordinates."""
    index = window.model.index(span.row, span.column)
    rect = window.parallel.visualRect(index)
    box = window.parallel.delegate.span_rect(index, rect, span.start, span.start + 1)
    return box.center()


def sentence_decorations(window: MainWindow, row: int, column: int) -> set[tuple[int, int]]:
    found: tuple[Decoration, ...] = window.model.index(row, column).data(Role.DECORATIONS)
    return {(d.start, d.end) for d in found if d.layer == "sentence"}


def show_row(window: MainWindow, qtbot: QtBot, row: int) -> None:
    index = window.model.index(row, 0)
    # Twice: rows above take their measured heights on the first scroll, which moves the row.
    for _ in range(2):
        window.parallel.scrollTo(index, window.parallel.ScrollHint.PositionAtTop)
        qtbot.wait(50)
    assert window.parallel.visualRect(index).top() == 0


def test_hovering_a_sentence_lights_up_the_sentences_aligned_with_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    sentences = window.model.sentences
    assert sentences is not None
    first = sentences.first_in_row("source", ROW)
    assert first is not None
    show_row(window, qtbot, ROW)
    hovered = sentences.cell_span("source", first + 1)  # the second sentence, not the row's start
    assert hovered is not None
    qtbot.mouseMove(window.parallel.viewport(), span_point(window, hovered))
    assert window.sentence_cursor.current() == ("source", first + 1)
    bead = sentences.bead_of("source", first + 1)
    assert bead is not None and bead.tgt, "the Saker piece's row 9 is translated"
    expected_target = {
        (s.start, s.end) for t in bead.tgt if (s := sentences.cell_span("target", t)) is not None
    }
    assert sentence_decorations(window, ROW, 1) == expected_target
    assert (hovered.start, hovered.end) in sentence_decorations(window, ROW, 0)
    # And it is painted: the target sentence's first character sits on the pair's tint.
    target = sentences.cell_span("target", bead.tgt[0])
    assert target is not None
    image = window.parallel.viewport().grab().toImage()
    point = span_point(window, target)
    tinted = [QColor(image.pixel(point.x() + dx, point.y())) for dx in range(-3, 4)]
    base = window.parallel.palette().color(window.parallel.palette().ColorRole.Base)
    assert any(c != base and c.green() > c.red() for c in tinted)


def test_moving_to_another_sentence_moves_the_light(window: MainWindow, qtbot: QtBot) -> None:
    sentences = window.model.sentences
    assert sentences is not None
    show_row(window, qtbot, ROW)
    first = sentences.first_in_row("target", ROW)
    assert first is not None
    for number in (first, first + 1):
        span = sentences.cell_span("target", number)
        assert span is not None
        qtbot.mouseMove(window.parallel.viewport(), span_point(window, span))
        qtbot.wait(30)
        assert window.sentence_cursor.current() == ("target", number)
        assert (span.start, span.end) in sentence_decorations(window, ROW, 1)
    old = sentences.cell_span("target", first)
    assert old is not None and (old.start, old.end) not in sentence_decorations(window, ROW, 1)


def test_clicking_a_sentence_scrolls_its_counterpart_into_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(900, 420)
    qtbot.wait(50)
    sentences = window.model.sentences
    assert sentences is not None
    number = sentences.first_in_row("source", ROW)
    assert number is not None
    clicked = sentences.cell_span("source", number)
    bead = sentences.bead_of("source", number)
    assert clicked is not None and bead is not None
    # Put the clicked sentence's first line at the bottom edge, so its translation is cut off.
    show_row(window, qtbot, ROW)
    bar = window.parallel.verticalScrollBar()
    viewport = window.parallel.viewport()
    line = window.parallel.delegate.span_rect(
        window.model.index(ROW, 0),
        window.parallel.visualRect(window.model.index(ROW, 0)),
        clicked.start,
        clicked.start + 1,
    )
    bar.setValue(bar.value() + line.bottom() - viewport.height() + 4)
    qtbot.wait(50)
    before = bar.value()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=span_point(window, clicked))
    assert bar.value() > before
    for t in bead.tgt:
        counterpart = sentences.cell_span("target", t)
        assert counterpart is not None
        index = window.model.index(ROW, 1)
        rect = window.parallel.delegate.span_rect(
            index, window.parallel.visualRect(index), counterpart.start, counterpart.end
        )
        assert rect.top() >= 0 and rect.bottom() <= viewport.height()


def test_j_and_k_step_through_the_sentences_of_the_current_side(
    window: MainWindow, qtbot: QtBot
) -> None:
    sentences = window.model.sentences
    assert sentences is not None
    view = window.parallel
    view.setFocus()
    view.setCurrentIndex(window.model.index(ROW, 0))
    qtbot.keyClick(view, Qt.Key.Key_J)
    first = sentences.first_in_row("source", ROW)
    assert window.sentence_cursor.current() == ("source", first)
    qtbot.keyClick(view, Qt.Key.Key_J)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert window.sentence_cursor.current() == ("source", first + 2)
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert window.sentence_cursor.current() == ("source", first + 1)
    shown = sentences.cell_span("source", first + 1)
    assert shown is not None and view.currentIndex().row() == shown.row
    # → moves the keyboard to the translation; J then walks the Chinese sentences.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_J)
    current = window.sentence_cursor.current()
    assert current is not None and current.side == "target"
    target = sentences.cell_span("target", current.index)
    assert target is not None and target.row >= ROW


def test_j_walks_past_the_end_of_a_row_into_the_next(window: MainWindow, qtbot: QtBot) -> None:
    sentences = window.model.sentences
    assert sentences is not None
    view = window.parallel
    view.setFocus()
    view.setCurrentIndex(window.model.index(ROW, 0))
    qtbot.keyClick(view, Qt.Key.Key_J)
    last_of_row = (sentences.first_in_row("source", ROW + 1) or 0) - 1
    window.sentence_cursor.set("source", last_of_row)
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert view.currentIndex().row() == ROW + 1
    assert sentence_decorations(window, ROW + 1, 0)
    assert not sentence_decorations(window, ROW, 0)
