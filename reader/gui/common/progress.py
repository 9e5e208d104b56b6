"""A progress dialog with Cancel for one piece of work on the library thread.

The work calls `report(fraction)` on its own thread: the fraction reaches the dialog through a
queued signal, and once the user has pressed Cancel, `report` raises Cancelled, which unwinds
the work (an import then saves nothing). The dialog appears only if the work is not quick, and
stays indeterminate until the first progress arrives.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.core.errors import Cancelled

SHOW_AFTER_MS = 300  # quicker work finishes without a dialog flashing up
STEPS = 1000  # the bar's resolution


class _Relay(QObject):
    """Carries reports from the worker to the GUI thread, where it was made."""

    progressed = Signal(float)


class ProgressTask(QObject):
    progressed = Signal(float)  # each report, once the dialog shows it

    def __init__(self, parent: QWidget, label: str, title: str | None = None) -> None:
        super().__init__(parent)
        self._cancelled = threading.Event()
        # No parent: the work holds the relay through `report`, so a dialog closed (and this
        # task deleted) while the work runs never has the worker emit on a deleted object.
        self._relay = _Relay()
        self._relay.progressed.connect(self._show_progress)
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title or self.tr("Please Wait"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.reset()  # the constructor's own show timer would fire after 4 s regardless
        self.dialog.canceled.connect(self._cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self._timer.start(SHOW_AFTER_MS)

    @property
    def cancelled(self) -> bool:
        """Whether the user pressed Cancel; safe to read from any thread."""
        return self._cancelled.is_set()

    def report(self, fraction: float) -> None:
        """The work's progress callback (0 to 1), for the worker thread: raises Cancelled
        once the user has cancelled."""
        if self._cancelled.is_set():
            raise Cancelled
        self._relay.progressed.emit(fraction)

    def report_steps(self, done: int, total: int) -> None:
        """`report` for work that counts its steps."""
        self.report(done / total if total > 0 else 0.0)

    @Slot(float)
    def _show_progress(self, fraction: float) -> None:
        if self._cancelled.is_set():
            return
        self.dialog.setMaximum(STEPS)
        self.dialog.setValue(round(min(max(fraction, 0.0), 1.0) * STEPS))
        self.progressed.emit(fraction)

    @Slot()
    def _cancel(self) -> None:
        self._cancelled.set()
        # The work stops at its next progress report; until then the dialog says so.
        self.dialog.setLabelText(self.tr("Cancelling…"))

    def finish(self) -> None:
        """Close the dialog; call once the work has ended, successfully or not."""
        self._timer.stop()
        self.dialog.canceled.disconnect(self._cancel)
        self.dialog.hide()  # not close(): closing a QProgressDialog emits canceled
        self.dialog.deleteLater()
        self.deleteLater()
