"""Chinese must render as glyphs, and About must carry the CC-CEDICT attribution."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QRawFont
from PySide6.QtWidgets import QMessageBox

from reader.gui.common.fonts import cjk_family, reading_font
from reader.gui.shell.about import about_text
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_chinese_side_uses_a_font_with_cjk_glyphs(qapp: object) -> None:
    family = cjk_family()
    assert family is not None  # fonts-wqy-microhei (or another CJK font) is installed
    font = reading_font("zh")
    assert font.families()[0] == family
    assert all(QRawFont.fromFont(font).supportsCharacter(ord(ch)) for ch in "艾伦先生为写的")


def test_english_side_keeps_the_application_font(qapp: object) -> None:
    assert reading_font("en").families()[0] != cjk_family()


def test_about_names_cc_cedict_and_its_licence(window: MainWindow) -> None:
    assert "CC-CEDICT" in about_text()
    assert "CC BY-SA 4.0" in about_text()
    window.actions_.about.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert "CC BY-SA 4.0" in box.text()
    box.close()
