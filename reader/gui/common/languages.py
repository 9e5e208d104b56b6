"""Human names for the language codes the services use ("en", "zh")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

# The names the interface translates; others stay as QLocale gives them, in English.
TRANSLATED = (QT_TRANSLATE_NOOP("Languages", "English"), QT_TRANSLATE_NOOP("Languages", "Chinese"))


def language_name(code: str) -> str:
    """'en' -> 'English', 'zh' -> 'Chinese'; unknown codes come back unchanged."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QCoreApplication.translate("Languages", QLocale.languageToString(locale.language()))


def language_pair(codes: tuple[str, ...]) -> str:
    """('en', 'zh') -> 'English → Chinese'."""
    return " → ".join(language_name(code) for code in codes)
