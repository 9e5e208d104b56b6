"""Each cell shows its paragraphs' numbers, counted from 1 as the reports and the command line
cite them, in the top right corner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor

from reader.gui.parallel.paragraph_delegate import paragraph_label
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_a_cell_is_labelled_with_its_paragraph_numbers() -> None:
    assert paragraph_label((6,)) == "¶7"
    assert paragraph_label((6, 7, 8)) == "¶7–9"
    assert paragraph_label(()) == ""


def test_the_numbers_are_painted_in_the_corner_and_not_for_placeholders(
    window: MainWindow,
) -> None:
    view = window.parallel

    def inked(row: int, column: int) -> int:
        """Pixels in the cell's top right corner that differ from its background."""
        rect = view.visualRect(window.model.index(row, column))
        corner = QRect(rect.right() - 40, rect.top() + 1, 36, 10)
        image = view.viewport().grab(corner).toImage()
        background = QColor(image.pixelColor(0, image.height() - 1))
        return sum(
            image.pixelColor(x, y) != background
            for y in range(image.height())
            for x in range(image.width())
        )

    # Row 0: the English title, which the translation dropped ("Not translated" opposite).
    assert inked(0, 0) > 0 and inked(0, 1) == 0
    assert inked(1, 0) > 0 and inked(1, 1) > 0
