"""Every QSettings key the GUI reads or writes, in one place, with its default."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T

    def load(self, settings: QSettings | None = None) -> T:
        store = settings or QSettings()
        value = store.value(self.key, self.default)
        # INI files hand back strings; coerce to the declared default's type.
        if isinstance(self.default, bool):
            return _to_bool(value)  # type: ignore[return-value]
        if isinstance(self.default, float):
            return float(value)  # type: ignore[return-value]
        if isinstance(self.default, int):
            return int(value)  # type: ignore[return-value]
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def save(self, value: T, settings: QSettings | None = None) -> None:
        (settings or QSettings()).setValue(self.key, value)


def _to_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in {"true", "1", "yes"}
    return bool(value)


# UI state (remembered across sessions, not preferences the user edits).
WINDOW_GEOMETRY = Setting("main_window/geometry", QByteArray())
WINDOW_STATE = Setting("main_window/state", QByteArray())  # docks and toolbars
SPLITTER_STATE = Setting("main_window/splitter", QByteArray())
LIBRARY_VISIBLE = Setting("view/library_visible", True)
READING_POINT_SIZE = Setting("view/reading_point_size", 12.0)
MARK_LOW_CONFIDENCE = Setting("view/mark_low_confidence", True)
IMPORT_DIRECTORY = Setting("import/last_directory", "")
EXPORT_REVIEWER = Setting("export/reviewer", "")
ANNOTATOR = Setting("flag/annotator", "")
# The team database the app opens, without its password (kept in the keyring, or asked)
TEAM_DATABASE = Setting("team/database", "")

# Preferences (Edit › Preferences…; reader.gui.shell.preferences.Preferences loads and saves them).
ENGLISH_FONT_FAMILY = Setting("preferences/english_font_family", "")  # "": the application font
ENGLISH_FONT_SIZE = Setting("preferences/english_font_size", 12.0)
CHINESE_FONT_FAMILY = Setting("preferences/chinese_font_family", "")  # "": the best CJK font
CHINESE_FONT_SIZE = Setting("preferences/chinese_font_size", 12.0)
LINE_SPACING = Setting("preferences/line_spacing", 135)  # per cent of the font's line height
THEME = Setting("preferences/theme", "system")  # system, light, dark
LANGUAGE = Setting("preferences/language", "")  # en, zh_CN; "": as the system's locale
CHINESE_SCRIPT = Setting("preferences/chinese_script", "as_written")  # simplified, traditional
SHOW_PINYIN = Setting("preferences/show_pinyin", False)
