"""A busy indicator for background work that appears only if the work is not quick."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300  # quicker jobs finish without a dialog flashing up


class BusyIndicator:
    def __init__(self, parent: QWidget, label: str) -> None:
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setWindowTitle("Please Wait")
        self.dialog.setCancelButton(None)  # type: ignore[arg-type]  (Qt's way to hide it)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.reset()  # the constructor's own show timer would fire after 4 s regardless
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self._timer.start(SHOW_AFTER_MS)

    def finish(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()
        self.dialog.hide()
        self.dialog.deleteLater()
