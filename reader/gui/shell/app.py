"""Entry point of the desktop program: show the window first, then open the library behind it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from reader.gui.common.library_runner import LibraryLike, Opener
from reader.gui.common.theme import apply_theme
from reader.gui.shell import startup_probe
from reader.gui.shell.collector import MainThreadCollector
from reader.gui.shell.i18n import install_translators
from reader.gui.shell.main_window import MainWindow
from reader.gui.shell.preferences import Preferences

APP_NAME = "reader"
ORGANISATION = "reader"


def configure_application(app: QApplication) -> None:
    """Names that QSettings and QStandardPaths derive their locations from."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)


def apply_start_up_preferences(app: QApplication) -> list[QTranslator]:
    """The theme and the interface language, before any widget is made; returns the
    translators installed."""
    preferences = Preferences.load()
    if preferences.theme != "system":  # the platform's look needs no help
        apply_theme(preferences.theme)
    return install_translators(app, preferences.language)


def library_opener(db_url: str | None) -> Opener:
    """A function that opens the Library; it runs on the background thread, so the import of the
    services (SQLAlchemy, migrations) stays out of the start-up path."""

    def open_library() -> LibraryLike:
        from reader.services.library import Library

        return Library.open(db_url)

    return open_library


def run(db_url: str | None = None, document_id: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    collector = MainThreadCollector(app)
    configure_application(app)
    apply_start_up_preferences(app)
    window = MainWindow(library_opener(db_url))
    window.show()
    startup_probe.attach(window)
    window.start(document_id)
    try:
        return app.exec()
    finally:
        collector.stop()
