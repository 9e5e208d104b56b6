"""The main window against a real, seeded library in a temporary database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from pytestqt.qtbot import QtBot

from reader.gui.parallel.parallel_model import NOT_TRANSLATED, Column, Role
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library

pytestmark = pytest.mark.gui

SAKER_TITLE = "What do you make of the Russia and China Partnership?"
SAKER_BYLINE_ZH = "艾伦先生为Saker Blog写的"


def column_texts(window: MainWindow, column: Column) -> list[str]:
    model = window.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_opens_on_the_saker_piece_with_both_texts(window: MainWindow) -> None:
    source, target = column_texts(window, Column.SOURCE), column_texts(window, Column.TARGET)
    assert any(SAKER_TITLE in text for text in source)
    assert any(SAKER_BYLINE_ZH in text for text in target)
    assert window.model.document is not None
    assert window.model.document.title == SAKER_TITLE
    assert window.library.current_document_id() == window.model.document.id
    assert window.status.title.text() == SAKER_TITLE
    assert "English" in window.status.languages.text()
    assert "Chinese" in window.status.languages.text()
    assert SAKER_TITLE in window.windowTitle()


def test_clicking_another_library_entry_switches_the_document(
    window: MainWindow, qtbot: QtBot
) -> None:
    list_view = window.library.list_view
    first = window.model.document
    assert first is not None
    other = next(
        list_view.model().index(row, 0)
        for row in range(list_view.model().rowCount())
        if list_view.model().index(row, 0).data() != first.title
    )
    with qtbot.waitSignal(window.document_loaded, timeout=10_000) as loaded:
        click = list_view.visualRect(other).center()
        qtbot.mouseClick(list_view.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert window.model.document is not None
    assert window.model.document.title == other.data()
    assert loaded.args == [window.model.document.id]
    # The corpus' other pieces have no translation yet: the Chinese side says so.
    assert window.model.index(0, Column.TARGET).data() == NOT_TRANSLATED
    assert window.model.index(0, Column.TARGET).data(Role.PLACEHOLDER) is True


def test_geometry_and_splitter_are_restored(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    first = make_window()
    first.resize(QSize(720, 500))
    first.move(QPoint(40, 30))
    first.splitter.setSizes([200, 500])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window()
    assert second.size() == QSize(720, 500)
    assert second.splitter.sizes() == sizes


def test_start_shows_the_requested_document(
    make_window: Callable[..., MainWindow], library: Library
) -> None:
    last = library.list_documents()[-1]
    window = make_window(last.id)
    assert window.model.document is not None
    assert window.model.document.id == last.id
    assert window.library.current_document_id() == last.id


def test_zoom_changes_the_reading_font(window: MainWindow) -> None:
    before = window.model.index(0, Column.SOURCE).data(Qt.ItemDataRole.FontRole).pointSizeF()
    window.actions_.zoom_in.trigger()
    after = window.model.index(0, Column.SOURCE).data(Qt.ItemDataRole.FontRole).pointSizeF()
    assert after > before
    window.actions_.zoom_reset.trigger()
    reset = window.model.index(0, Column.SOURCE).data(Qt.ItemDataRole.FontRole).pointSizeF()
    assert reset == before


def test_hiding_the_library_is_remembered(
    make_window: Callable[..., MainWindow],
) -> None:
    first = make_window()
    first.actions_.show_library.setChecked(False)
    assert not first.library.isVisible()
    first.close()
    second = make_window()
    assert not second.actions_.show_library.isChecked()
    assert second.library.isHidden()


def test_a_greyed_toolbar_button_says_how_to_enable_it(window: MainWindow) -> None:
    flag = window.actions_.flag_error
    assert not flag.isEnabled()
    assert flag.toolTip().startswith("Flag Error… (Ctrl+M)\n")
    assert "double-click it or press F2" in flag.toolTip()
    assert "Select an annotation" in window.actions_.find_similar.toolTip()


def test_labels_are_whole_and_the_texts_keep_most_of_a_small_window(
    make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    window.resize(QSize(1024, 640))
    qtbot.waitUntil(lambda: window.height() == 640)
    combo = window.annotations.annotator
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.itemText(0))
    assert window.annotations.height() <= 640 // 3
    assert window.parallel.height() >= 640 // 2
