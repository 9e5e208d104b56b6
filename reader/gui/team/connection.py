"""File › Connect to a Team Database…: a PostgreSQL library that reviewers share. The address
is tested (and the schema migrated) before the app switches to it, and remembered for the
next start without its password, which goes to the system's keyring where there is one, else
is kept for this session only and asked again at the next start."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QWidget,
)

from reader.gui.common import settings
from reader.gui.common.library_runner import library_opener
from reader.gui.common.menus import menu_named

translate = QCoreApplication.translate
log = logging.getLogger(__name__)
SERVICE = "reader"  # the keyring's name for the app's passwords
_session: dict[str, str] = {}  # passwords given this session, where no keyring keeps them


def keyring_available() -> bool:
    try:
        import keyring
        from keyring.backends import fail

        return not isinstance(keyring.get_keyring(), fail.Keyring)
    except Exception:  # no keyring package, or a broken backend: remembered per session
        return False


def remember_password(url: str, password: str, in_keyring: bool) -> None:
    _session[url] = password
    if in_keyring and keyring_available():
        import keyring

        keyring.set_password(SERVICE, url, password)


def known_password(url: str) -> str | None:
    """The password given this session, else the keyring's; None: ask for it."""
    if url in _session or not keyring_available():
        return _session.get(url)
    import keyring

    try:
        return keyring.get_password(SERVICE, url)
    except Exception as error:  # a keyring that fails to answer is no keyring: ask
        log.info("the keyring did not answer: %s", error)
        return None


class _Test(QRunnable):
    """Opens (and migrates) the database off the GUI thread; says what it found."""

    class Signals(QObject):
        done = Signal(str)
        failed = Signal(str)

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url, self.signals = url, self.Signals()

    def run(self) -> None:
        from reader.services.library import describe_library

        try:
            self.signals.done.emit(describe_library(self.url))
        except Exception as error:  # shown to the user, whatever the driver said
            self.signals.failed.emit(str(error) or type(error).__name__)


class ConnectDialog(QDialog):
    """Address and password; Test says what is there; Connect is offered once it worked."""

    connected = Signal(str, str, bool)  # address without password, password, keep in keyring

    def __init__(self, address: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a Team Database"))
        self.setMinimumWidth(560)
        self.address = QLineEdit(address, self)
        self.address.setPlaceholderText("postgresql+psycopg://name@server/team")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Keep the password in the system's keyring"), self)
        self.keep.setEnabled(keyring_available())
        self.keep.setChecked(keyring_available())
        if not keyring_available():
            self.keep.setToolTip(self.tr("No keyring here: the password is asked once a session"))
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.test = QPushButton(self.tr("&Test"), self)
        self.test.clicked.connect(self.run_test)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.connect_button = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setEnabled(False)
        self.buttons.accepted.connect(self._connect)
        self.buttons.rejected.connect(self.reject)
        self.address.textChanged.connect(lambda: self.connect_button.setEnabled(False))
        self.password.textChanged.connect(lambda: self.connect_button.setEnabled(False))
        form = QFormLayout(self)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.keep)
        form.addRow(self.test, self.result_label)
        form.addRow(self.buttons)
        self._pool = QThreadPool(self)

    def full_address(self) -> str:
        from reader.services.library import split_password, with_password

        bare, given = split_password(self.address.text().strip())
        return with_password(bare, self.password.text() or given)

    def run_test(self) -> None:
        """Open the database (migrating it) in the background; Connect once it worked."""
        try:
            url = self.full_address()
        except ValueError as error:
            self._failed(str(error))
            return
        self.test.setEnabled(False)
        self.result_label.setText(self.tr("Testing…"))
        test = _Test(url)
        test.signals.done.connect(self._worked)
        test.signals.failed.connect(self._failed)
        self._pool.start(test)

    def _worked(self, found: str) -> None:
        self.test.setEnabled(True)
        self.result_label.setText(self.tr("Connected: {0}.").format(found))
        self.connect_button.setEnabled(True)
        self.connect_button.setDefault(True)

    def _failed(self, said: str) -> None:
        self.test.setEnabled(True)
        self.result_label.setText(self.tr("Could not connect: {0}").format(said))

    def _connect(self) -> None:
        from reader.services.library import split_password

        bare, password = split_password(self.full_address())
        self.connected.emit(bare, password, self.keep.isChecked())
        self.accept()


class Window(Protocol):
    runner: Any

    def show_other_library(self, documents: Any) -> None: ...
    def show_error(self, title: str, error: Exception) -> object: ...
    def statusBar(self) -> Any: ...


def connect_to(window: Window, address: str, password: str, keep: bool) -> None:
    """Remember the database (its password apart) and switch the window to it."""
    from reader.services.library import with_password

    remember_password(address, password, keep)
    settings.TEAM_DATABASE.save(address)

    def done(documents: Any) -> None:
        window.show_other_library(documents)
        window.statusBar().showMessage(
            translate("ConnectDialog", "Connected to {0}.").format(address), 8000
        )

    def failed(error: Exception) -> None:
        window.show_error(translate("ConnectDialog", "Could Not Connect"), error)

    window.runner.reopen(library_opener(with_password(address, password)), done, failed)


def team_url_at_start(parent: QWidget | None = None) -> str | None:
    """The remembered team database with its password (from the keyring, or asked once this
    session); None for the local library."""
    address = str(settings.TEAM_DATABASE.load()).strip()
    if not address:
        return None
    from reader.services.library import with_password

    password = known_password(address)
    if password is None:
        password, ok = QInputDialog.getText(
            parent,
            translate("ConnectDialog", "Team Database"),
            translate("ConnectDialog", "The password for {0}:").format(address),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return None
        _session[address] = password
    return with_password(address, password)


def install_connect(window: QMainWindow) -> QAction:
    """File › Connect to a Team Database…"""
    action = QAction(translate("ConnectDialog", "Connect to a &Team Database…"), window)
    action.setStatusTip(
        translate("ConnectDialog", "Review with others on a shared PostgreSQL database")
    )

    def ask() -> None:
        dialog = ConnectDialog(str(settings.TEAM_DATABASE.load()), window)
        dialog.connected.connect(lambda a, p, k: connect_to(window, a, p, k))  # type: ignore[arg-type]
        dialog.open()

    action.triggered.connect(ask)
    file_menu = menu_named(window, "file")
    file_menu.insertAction(file_menu.actions()[-1], action)  # above Quit
    return action
