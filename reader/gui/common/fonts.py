"""Fonts for the two sides: Chinese needs a family that actually has CJK glyphs."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Families that cover simplified Chinese well, best first; the first installed one wins.
PREFERRED_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK",
    "Source Han Sans",
    "Microsoft YaHei",
    "PingFang SC",
    "SimSun",
)

READING_POINT_SIZE = 12.0


def cjk_family() -> str | None:
    """The installed family to use for Chinese text, or None if nothing suitable is installed."""
    installed = QFontDatabase.families()
    lowered = {family.lower(): family for family in installed}
    for wanted in PREFERRED_CJK_FAMILIES:
        for name, family in lowered.items():
            if name.startswith(wanted.lower()):
                return family
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return chinese[0] if chinese else None


def is_cjk(lang: str) -> bool:
    return lang.lower().startswith(("zh", "ja", "ko"))


def reading_font(lang: str, point_size: float = READING_POINT_SIZE, family: str = "") -> QFont:
    """The font for paragraphs in `lang`: `family` if given, else the application font with a
    CJK family first for zh."""
    font = QFont(QApplication.font())
    font.setPointSizeF(point_size)
    chosen = family or (cjk_family() if is_cjk(lang) else None)
    if chosen:
        # Keep the default family as a fallback for runs the chosen family has no glyphs for.
        font.setFamilies([chosen, *QApplication.font().families()])
    return font
