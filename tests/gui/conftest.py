"""GUI fixtures: real widgets on the offscreen platform, settings in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

# Before anything creates the QApplication: no window may appear on the user's screen.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.document import Bead
from reader.gui.common.library_runner import library_opener
from reader.gui.shell.app import configure_application
from reader.gui.shell.collector import MainThreadCollector
from reader.gui.shell.main_window import MainWindow
from reader.services.views import DocumentView, SideView

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does: garbage is collected on the GUI thread only (reader.gui.shell.collector)."""
    collector = MainThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(autouse=True)
def _private_settings(qapp: QApplication, tmp_path: Path) -> None:
    """QSettings and QStandardPaths point into tmp_path, never at the user's own."""
    configure_application(qapp)
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qt"))


@pytest.fixture
def make_window(qtbot: QtBot, db_url: str) -> WindowFactory:
    """Opens a main window on the test database and waits until a document is shown; without
    live updates unless asked (tests/gui/team/test_live.py)."""

    def make(document_id: int | None = None, live: bool = False) -> MainWindow:
        window = MainWindow(library_opener(db_url))
        if not live:  # no refresh at a moment of its own choosing, but in tests of it
            window.live.stop()
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.document_loaded, timeout=20_000):
            window.start(document_id)
        return window

    return make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def side(lang: str, *paragraphs: str) -> SideView:
    return SideView(lang, paragraphs, tuple(() for _ in paragraphs))


@pytest.fixture
def mixed_view() -> DocumentView:
    """A 1-1, a 1-0 (untranslated), a 0-1 (added) and a doubtful 2-1 bead."""
    return DocumentView(
        id=7,
        title="Mixed",
        source=side("en", "One.", "Two, untranslated.", "Three.", "Four."),
        target=side("zh", "一。", "多出来的。", "三和四。"),
        paragraph_beads=(
            Bead((0,), (0,), 0.9),
            Bead((1,), (), 0.8),
            Bead((), (1,), 0.8),
            Bead((2, 3), (2,), 0.2),
        ),
    )


# The offscreen platform cannot do everything a real window system does, and says so.
OFFSCREEN_LIMITATIONS = r"This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_LIMITATIONS))
