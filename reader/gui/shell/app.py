"""Entry point of the desktop program: show the window first, then open the library behind it."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from reader.gui.common.library_runner import library_opener
from reader.gui.common.theme import apply_theme
from reader.gui.shell import startup_probe
from reader.gui.shell.collector import MainThreadCollector
from reader.gui.shell.i18n import install_translators
from reader.gui.shell.main_window import MainWindow
from reader.gui.shell.preferences import Preferences
from reader.gui.team.connection import team_url_at_start

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


def run(db_url: str | None = None, document_id: int | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    collector = MainThreadCollector(app)
    configure_application(app)
    apply_start_up_preferences(app)
    # --db and READER_DB (store.engine.ENV_VAR, not imported: SQLAlchemy stays out of the
    # start-up) come before a remembered team database
    if db_url is None and not os.environ.get("READER_DB"):
        db_url = team_url_at_start()
    window = MainWindow(library_opener(db_url))
    window.show()
    startup_probe.attach(window)
    window.start(document_id)
    try:
        return app.exec()
    finally:
        collector.stop()
