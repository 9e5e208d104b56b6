"""The interface in Chinese: every string translated, the compiled file current, and a window
started with the Chinese setting shows Chinese menus and Qt's own buttons in Chinese."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.gui.common import settings
from reader.gui.common.menus import menu_named
from reader.gui.shell import i18n
from reader.gui.shell.app import apply_start_up_preferences
from reader.gui.shell.main_window import MainWindow
from reader.gui.shell.preferences import PreferencesDialog

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[3]
TS = i18n.translations_dir() / "reader_zh_CN.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent  # pyside6-lupdate and -lrelease sit beside the venv's python
PLACEHOLDER = re.compile(r"\{\w+\}")
MNEMONIC = re.compile(r"&\w")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element | None]:
    """(context, source) -> the <translation> element."""
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_string_is_translated_with_its_placeholders_and_mnemonic() -> None:
    found = messages(TS)
    assert len(found) > 100
    for (context, source), translation in found.items():
        assert translation is not None
        assert translation.get("type") is None, (context, source)  # unfinished or vanished
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source))
        assert bool(MNEMONIC.search(text)) == bool(MNEMONIC.search(source)), (context, source)


def test_the_ts_holds_every_string_the_code_marks(tmp_path: Path) -> None:
    """Run scripts/translations after wrapping a new string: this fails until then."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    lupdate = [str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    subprocess.run(
        [*lupdate, "-extensions", "py", str(ROOT / "reader" / "gui"), "-ts", str(fresh)],
        check=True,
    )
    assert messages(fresh).keys() == messages(TS).keys()


def test_the_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    rebuilt = tmp_path / QM.name
    lrelease = [str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(rebuilt)]
    subprocess.run(lrelease, check=True)
    assert rebuilt.read_bytes() == QM.read_bytes()


def test_a_built_wheel_carries_the_resources_where_the_app_looks() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    force_include = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    packaged = Path(i18n.__file__).resolve().parents[2] / "_resources"
    assert ROOT / force_include["resources"] == packaged
    assert i18n.resources_dir() == ROOT / "resources"  # a checkout has no reader/_resources


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The interface language set to Chinese and installed as the app does at start-up."""
    settings.LANGUAGE.save("zh_CN")
    translators = apply_start_up_preferences(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_window_started_in_chinese_speaks_chinese(
    chinese: None, make_window: Callable[..., MainWindow], qtbot: QtBot
) -> None:
    window = make_window()
    titles = [menu_named(window, name).title() for name in ("file", "edit", "view", "help")]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.annotations.windowTitle() == "标注"
    flag_button = window.toolbar.widgetForAction(window.actions_.flag_error)
    assert flag_button.text() == "标记错误"  # without the menu's "(&F)…"
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "首选项"
    assert dialog.language.currentText() == "中文"
    # Qt's own strings come from qtbase_zh_CN.qm.
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text().replace("&", "") in {"确定", "确定(O)"}
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
