"""Edit › Preferences…: a font for each language, line spacing, theme, interface language, and
how Chinese is shown. Fonts, spacing and theme apply at once; the language at the next start."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.gui.common import settings
from reader.gui.common.fonts import cjk_family, is_cjk, reading_font
from reader.gui.common.menus import menu_named
from reader.gui.common.theme import THEMES
from reader.gui.shell.i18n import LANGUAGES, system_language

if TYPE_CHECKING:
    from reader.gui.shell.main_window import MainWindow

SCRIPTS = ("as_written", "simplified", "traditional")
MIN_FONT_SIZE, MAX_FONT_SIZE = 6.0, 48.0
MIN_LINE_SPACING, MAX_LINE_SPACING = 100, 250


@dataclass(frozen=True)
class Preferences:
    english_family: str  # "" for the application font
    english_size: float
    chinese_family: str  # "" for the best installed CJK family
    chinese_size: float
    line_spacing: int  # per cent of the font's line height
    theme: str  # one of THEMES
    language: str  # a key of LANGUAGES
    chinese_script: str  # one of SCRIPTS
    show_pinyin: bool

    @classmethod
    def defaults(cls) -> Preferences:
        return cls(**{name: setting.default for name, setting in _SETTINGS.items()}).checked()

    @classmethod
    def load(cls, store: QSettings | None = None) -> Preferences:
        return cls(**{name: setting.load(store) for name, setting in _SETTINGS.items()}).checked()

    def save(self, store: QSettings | None = None) -> None:
        for name, setting in _SETTINGS.items():
            setting.save(getattr(self, name), store)

    def checked(self) -> Preferences:
        """Within bounds and among the choices, whatever a hand-edited settings file says; the
        language follows the system's until one is chosen."""
        defaults = {name: setting.default for name, setting in _SETTINGS.items()}

        def among(name: str, choices: tuple[str, ...]) -> Any:
            value = getattr(self, name)
            return value if value in choices else defaults[name]

        return replace(
            self,
            english_size=_clamp(self.english_size, MIN_FONT_SIZE, MAX_FONT_SIZE),
            chinese_size=_clamp(self.chinese_size, MIN_FONT_SIZE, MAX_FONT_SIZE),
            line_spacing=round(_clamp(self.line_spacing, MIN_LINE_SPACING, MAX_LINE_SPACING)),
            theme=among("theme", THEMES),
            language=self.language if self.language in LANGUAGES else system_language(),
            chinese_script=among("chinese_script", SCRIPTS),
        )

    def font(self, lang: str, scale: float = 1.0) -> QFont:
        """The reading font for text in `lang`, its size times `scale` (the window's zoom)."""
        if is_cjk(lang):
            return reading_font(lang, self.chinese_size * scale, self.chinese_family)
        return reading_font(lang, self.english_size * scale, self.english_family)


_SETTINGS: dict[str, settings.Setting[Any]] = {
    "english_family": settings.ENGLISH_FONT_FAMILY,
    "english_size": settings.ENGLISH_FONT_SIZE,
    "chinese_family": settings.CHINESE_FONT_FAMILY,
    "chinese_size": settings.CHINESE_FONT_SIZE,
    "line_spacing": settings.LINE_SPACING,
    "theme": settings.THEME,
    "language": settings.LANGUAGE,
    "chinese_script": settings.CHINESE_SCRIPT,
    "show_pinyin": settings.SHOW_PINYIN,
}


def _clamp(value: float, low: float, high: float) -> float:
    return min(max(value, low), high)


def default_family(lang: str) -> str:
    """The family a side shows when none is chosen."""
    fallback = QApplication.font().family()
    return (cjk_family() or fallback) if is_cjk(lang) else fallback


class PreferencesDialog(QDialog):
    """Shows a Preferences; Apply and OK emit `applied` with the values on screen."""

    applied = Signal(object)  # Preferences
    team_database_requested = Signal()

    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.english_family, self.english_size = self._font_fields()
        self.chinese_family, self.chinese_size = self._font_fields()
        # Only families that can draw Chinese are worth offering for it.
        self.chinese_family.setWritingSystem(QFontDatabase.WritingSystem.SimplifiedChinese)
        self.line_spacing = QSpinBox(self)
        self.line_spacing.setRange(MIN_LINE_SPACING, MAX_LINE_SPACING)
        self.line_spacing.setSingleStep(5)
        self.line_spacing.setSuffix(" %")
        self.theme = self._choices(
            {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        )
        self.language = self._choices(LANGUAGES)  # each language named in itself
        self.script = self._choices(
            {
                "as_written": self.tr("As written"),
                "simplified": self.tr("Simplified"),
                "traditional": self.tr("Traditional"),
            }
        )
        self.pinyin = QCheckBox(self.tr("Show &pinyin above Chinese"), self)
        self.buttons = self._buttons()
        self._build_layout()
        self.show_preferences(current)

    def _font_fields(self) -> tuple[QFontComboBox, QDoubleSpinBox]:
        family = QFontComboBox(self)
        size = QDoubleSpinBox(self)
        size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        size.setDecimals(1)
        size.setSingleStep(1.0)
        size.setSuffix(self.tr(" pt"))
        return family, size

    def _choices(self, labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for value, label in labels.items():
            combo.addItem(label, value)
        return combo

    def _buttons(self) -> QDialogButtonBox:
        b = QDialogButtonBox.StandardButton
        buttons = QDialogButtonBox(b.Ok | b.Apply | b.Cancel | b.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.clicked.connect(self._clicked)
        return buttons

    def _build_layout(self) -> None:
        reading = QFormLayout()
        reading.addRow(self.tr("&English font:"), _row(self.english_family, self.english_size))
        reading.addRow(self.tr("C&hinese font:"), _row(self.chinese_family, self.chinese_size))
        reading.addRow(self.tr("&Line spacing:"), self.line_spacing)
        appearance = QFormLayout()
        appearance.addRow(self.tr("&Theme:"), self.theme)
        appearance.addRow(self.tr("&Interface language:"), self.language)
        note = QLabel(self.tr("A new interface language takes effect when reader next starts."))
        note.setWordWrap(True)
        appearance.addRow("", note)
        chinese = QFormLayout()
        chinese.addRow(self.tr("Chinese &script:"), self.script)
        chinese.addRow("", self.pinyin)
        library = QFormLayout()
        team = str(settings.TEAM_DATABASE.load()) or self.tr("this computer's own library")
        self.team_database = QPushButton(self.tr("Connect to a Team &Database…"), self)
        self.team_database.clicked.connect(self.team_database_requested)
        library.addRow(self.tr("In use:"), QLabel(team, self))
        library.addRow("", self.team_database)
        layout = QVBoxLayout(self)
        for title, form in (
            (self.tr("Reading"), reading),
            (self.tr("Appearance"), appearance),
            (self.tr("Chinese"), chinese),
            (self.tr("Library"), library),
        ):
            group = QGroupBox(title, self)
            group.setLayout(form)
            layout.addWidget(group)
        layout.addWidget(self.buttons)

    def show_preferences(self, preferences: Preferences) -> None:
        self.english_family.setCurrentFont(
            QFont(preferences.english_family or default_family("en"))
        )
        self.english_size.setValue(preferences.english_size)
        self.chinese_family.setCurrentFont(
            QFont(preferences.chinese_family or default_family("zh"))
        )
        self.chinese_size.setValue(preferences.chinese_size)
        self.line_spacing.setValue(preferences.line_spacing)
        for combo, value in (
            (self.theme, preferences.theme),
            (self.language, preferences.language),
            (self.script, preferences.chinese_script),
        ):
            combo.setCurrentIndex(max(combo.findData(value), 0))
        self.pinyin.setChecked(preferences.show_pinyin)

    def values(self) -> Preferences:
        """The preferences on screen; a family left at its side's default is stored as ""."""
        english = self.english_family.currentFont().family()
        chinese = self.chinese_family.currentFont().family()
        return Preferences(
            english_family="" if english == default_family("en") else english,
            english_size=self.english_size.value(),
            chinese_family="" if chinese == default_family("zh") else chinese,
            chinese_size=self.chinese_size.value(),
            line_spacing=self.line_spacing.value(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            chinese_script=self.script.currentData(),
            show_pinyin=self.pinyin.isChecked(),
        )

    def accept(self) -> None:
        self.applied.emit(self.values())
        super().accept()

    def _clicked(self, button: QAbstractButton) -> None:
        role = self.buttons.buttonRole(button)
        if role == QDialogButtonBox.ButtonRole.ApplyRole:
            self.applied.emit(self.values())
        elif role == QDialogButtonBox.ButtonRole.ResetRole:
            self.show_preferences(Preferences.defaults())


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.setStretch(0, 1)
    return row


def install_preferences(window: MainWindow) -> QAction:
    """Edit › Preferences…, on the platform's key for it and on Ctrl+, everywhere."""
    action = QAction(QCoreApplication.translate("Preferences", "Pre&ferences…"), window)
    keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences), QKeySequence("Ctrl+,")]
    action.setShortcuts(list({key.toString(): key for key in keys}.values()))  # once each
    action.setStatusTip(
        QCoreApplication.translate("Preferences", "Fonts, line spacing, theme and language")
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_preferences(window))
    edit_menu = menu_named(window, "edit")
    edit_menu.addSeparator()
    edit_menu.addAction(action)
    return action


def open_preferences(window: MainWindow) -> PreferencesDialog:
    """The dialog, window-modal without a nested event loop; what it applies is also saved."""
    dialog = PreferencesDialog(window.preferences, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def apply(preferences: Preferences) -> None:
        preferences.save()
        window.apply_preferences(preferences)

    dialog.applied.connect(apply)
    dialog.team_database_requested.connect(window.connect_action.trigger)
    dialog.open()
    return dialog
