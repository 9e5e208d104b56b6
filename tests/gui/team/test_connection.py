"""File › Connect to a Team Database…: test, connect, remember (never the password)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from reader.gui.common import settings
from reader.gui.shell.main_window import MainWindow
from reader.gui.team import connection
from reader.gui.team.connection import ConnectDialog
from reader.services.library import Library

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's keyring is not the tests' to write: passwords stay in the session."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setattr(connection, "_session", {})


def team_database(tmp_path: Path) -> str:
    """Another library, as the team's (a second SQLite file here; PostgreSQL in use)."""
    url = f"sqlite:///{tmp_path / 'team.db'}"
    with closing(Library.open(url, seed=False)) as library:
        library.import_files(Path(__file__).resolve().parents[2] / "samples" / "blog-post.html")
    return url


def test_connecting_tests_the_database_switches_to_it_and_remembers_it(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    url = team_database(tmp_path)
    window.connect_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(ConnectDialog) is not None)
    dialog = window.findChild(ConnectDialog)
    assert not dialog.keep.isEnabled()  # no keyring: asked once a session instead
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, url)
    assert not dialog.connect_button.isEnabled()
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=20_000)
    assert dialog.result_label.text() == "Connected: SQLite, 1 document."
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    titles = [window.library.model.index(r, 0).data() for r in range(6)]
    assert window.library.model.rowCount() == 6  # the team's document, and the corpus
    assert any("A partnership of two powers" in (title or "") for title in titles)
    assert window.model.document is not None and window.model.document.id == 1
    assert window.model.document.title == "A partnership of two powers"
    assert settings.TEAM_DATABASE.load() == url


def test_a_bad_address_is_said_and_nothing_changes(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = ConnectDialog("", window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.address, "postgresql+psycopg://nobody@localhost:1/none")
    qtbot.mouseClick(dialog.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.text().startswith("Could not"), timeout=20_000)
    assert "cannot be reached" in dialog.result_label.text()
    assert not dialog.connect_button.isEnabled()
    assert settings.TEAM_DATABASE.load() == ""


def test_the_password_is_kept_apart_and_asked_once_a_session(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    address = "postgresql+psycopg://ada@server/team"
    connection.remember_password(address, "s3cr:t@", in_keyring=True)
    settings.TEAM_DATABASE.save(address)
    assert connection.team_url_at_start() == "postgresql+psycopg://ada:s3cr%3At%40@server/team"
    stored = Path(QSettings().fileName()).read_text("utf-8")
    assert "s3cr" not in stored and "server/team" in stored
    connection._session.clear()  # the next start of the app
    asked: list[str] = []

    def get_text(*args: object, **kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return "again", True

    monkeypatch.setattr(connection.QInputDialog, "getText", get_text)
    assert connection.team_url_at_start() == "postgresql+psycopg://ada:again@server/team"
    assert connection.team_url_at_start() == "postgresql+psycopg://ada:again@server/team"
    assert asked == [f"The password for {address}:"]  # once


def test_preferences_say_which_library_and_open_the_connect_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    from reader.gui.shell.preferences import PreferencesDialog, open_preferences

    dialog = open_preferences(window)
    assert isinstance(dialog, PreferencesDialog)
    qtbot.mouseClick(dialog.team_database, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(ConnectDialog) is not None)
    dialog.reject()
