"""Edit › Preferences…: fonts per language, line spacing and theme apply at once and are kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.core.mqm import SEVERITIES, Annotation
from reader.gui.common import settings
from reader.gui.common.theme import apply_theme
from reader.gui.parallel.highlights import Mark
from reader.gui.parallel.paragraph_delegate import LOW_CONFIDENCE_COLOR
from reader.gui.parallel.parallel_model import Column
from reader.gui.shell.main_window import MainWindow
from reader.gui.shell.preferences import Preferences, PreferencesDialog

pytestmark = pytest.mark.gui

ROW = 1  # the Saker piece's first row with both languages (row 0's Chinese is missing)
Button = QDialogButtonBox.StandardButton
Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _platform_theme_afterwards() -> Iterator[None]:
    """The theme belongs to the whole application: later tests expect the platform's."""
    yield
    apply_theme("system")


def open_preferences(window: MainWindow, qtbot: QtBot) -> PreferencesDialog:
    """Ctrl+, in the reading view opens the dialog."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.parallel.setFocus()
    qtbot.keyClick(window.parallel, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def type_into(qtbot: QtBot, field: QAbstractSpinBox, text: str) -> None:
    field.selectAll()
    qtbot.keyClicks(field, text)


def font_of(window: MainWindow, column: Column) -> tuple[str, float]:
    font = window.model.index(ROW, column).data(Qt.ItemDataRole.FontRole)
    return font.families()[0], font.pointSizeF()


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio; 4.5 is the minimum for body text."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(color.redF())
            + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF())
        )

    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(base: QColor, color: QColor) -> QColor:
    """`color` painted over `base`, as a translucent (resolved) highlight is seen."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        *(
            a * alpha + b * (1 - alpha)
            for a, b in zip(color.getRgbF()[:3], base.getRgbF()[:3], strict=True)
        )
    )


def test_a_hand_edited_settings_file_cannot_spoil_the_preferences(qapp: QApplication) -> None:
    settings.THEME.save("purple")
    settings.LINE_SPACING.save(900)
    settings.CHINESE_FONT_SIZE.save(1.0)
    settings.CHINESE_SCRIPT.save("klingon")
    loaded = Preferences.load()
    assert (loaded.theme, loaded.line_spacing) == ("system", 250)
    assert (loaded.chinese_size, loaded.chinese_script) == (6.0, "as_written")
    assert loaded.language in {"en", "zh_CN"}  # none chosen yet: the system's


def test_ok_applies_the_chinese_size_and_line_spacing_and_keeps_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    english_before = font_of(window, Column.SOURCE)
    height_before = window.parallel.rowHeight(ROW)
    dialog = open_preferences(window, qtbot)
    type_into(qtbot, dialog.chinese_size, "18")
    type_into(qtbot, dialog.line_spacing, "200")
    qtbot.mouseClick(dialog.buttons.button(Button.Ok), Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert font_of(window, Column.TARGET)[1] == 18
    assert font_of(window, Column.SOURCE) == english_before
    assert window.parallel.rowHeight(ROW) > height_before * 1.3
    saved = Preferences.load()
    assert (saved.chinese_size, saved.line_spacing) == (18, 200)
    assert settings.CHINESE_FONT_SIZE.load() == 18
    # Zoom scales each language's own size.
    window.actions_.zoom_in.trigger()
    assert font_of(window, Column.TARGET)[1] == pytest.approx(18 * 13 / 12)
    assert font_of(window, Column.SOURCE)[1] == pytest.approx(english_before[1] * 13 / 12)


def test_apply_sets_the_english_family_cancel_and_restore_defaults_do_not(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_preferences(window, qtbot)
    # The Chinese chooser offers only families that can draw Chinese.
    chinese = dialog.chinese_family
    for row in range(chinese.count()):
        writing = QFontDatabase.writingSystems(chinese.itemText(row))
        assert QFontDatabase.WritingSystem.SimplifiedChinese in writing
    families = dialog.english_family
    families.setFocus()
    qtbot.keyClick(families, Qt.Key.Key_Down)  # the next family in the list
    other = families.currentText()
    qtbot.mouseClick(dialog.buttons.button(Button.Apply), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert font_of(window, Column.SOURCE)[0] == other
    assert settings.ENGLISH_FONT_FAMILY.load() == other

    type_into(qtbot, dialog.english_size, "30")
    qtbot.mouseClick(dialog.buttons.button(Button.RestoreDefaults), Qt.MouseButton.LeftButton)
    assert dialog.english_size.value() == settings.ENGLISH_FONT_SIZE.default
    assert dialog.english_family.currentText() != other
    qtbot.mouseClick(dialog.buttons.button(Button.Cancel), Qt.MouseButton.LeftButton)
    assert font_of(window, Column.SOURCE)[0] == other  # what Apply applied stays
    assert Preferences.load().english_size == settings.ENGLISH_FONT_SIZE.default


def test_dark_theme_applies_at_once_and_keeps_text_readable(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = open_preferences(window, qtbot)
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_End)  # System, Light, Dark
    qtbot.mouseClick(dialog.buttons.button(Button.Apply), Qt.MouseButton.LeftButton)

    # The application palette reaches the widgets through posted events.
    qtbot.waitUntil(lambda: window.palette().color(Role.Window).lightness() < 80)
    palette = window.palette()
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    view = window.parallel.palette()
    assert contrast(view.color(Role.Text), view.color(Role.Highlight)) >= 4.5  # selected row
    assert contrast(text, palette.color(Role.AlternateBase)) >= 4.5  # placeholder rows
    assert contrast(LOW_CONFIDENCE_COLOR, base) >= 3  # a mark, not text: 3 suffices
    for severity in SEVERITIES:
        for status in ("open", "resolved"):
            fill = Annotation("Accuracy/Mistranslation", severity, (), status=status)
            shown = over(base, Mark(0, 1, fill).char_format().background().color())
            assert contrast(text, shown) >= 4.5, (severity, status)
        wavy = Annotation("Fluency/Grammar", severity, ())
        assert contrast(Mark(0, 1, wavy).char_format().underlineColor(), base) >= 3

    qtbot.keyClick(dialog.theme, Qt.Key.Key_Home)
    qtbot.mouseClick(dialog.buttons.button(Button.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.palette().color(Role.Window).lightness() > 160)
    view = window.parallel.palette()
    assert view.color(Role.Highlight).lightness() > 160  # tinted afresh from the light theme
    assert Preferences.load().theme == "system"
