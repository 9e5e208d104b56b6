"""The interface language: reader's own translations and Qt's, installed before any widget."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

# The interface languages offered, by code, each named in itself.
LANGUAGES = {"en": "English", "zh_CN": "中文"}
SOURCE_LANGUAGE = "en"  # the strings in the code are English: it needs no translator


def resources_dir() -> Path:
    """Inside a built wheel the resources are package data; in a checkout they sit at the top."""
    packaged = Path(__file__).resolve().parents[2] / "_resources"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    """The offered language closest to the system's locale: Chinese for any Chinese locale."""
    chinese = QLocale.system().language() == QLocale.Language.Chinese
    return "zh_CN" if chinese else SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install reader's and Qt's own (standard buttons, dialogs) translations for `language`;
    returns those installed, so they can be removed again."""
    if language == SOURCE_LANGUAGE:
        return []
    locale = QLocale(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, folder in (("reader", str(translations_dir())), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("No %s translation for %s in %s", name, language, folder)
    return installed
