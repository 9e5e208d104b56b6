"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a threshold is crossed. On
the library thread that can finalise the Python wrappers of Qt objects that live in the GUI
thread, and a Qt object deleted outside its own thread crashes the program (seen in the tests as
a segmentation fault "Garbage-collecting" on the library thread). So automatic collection is
switched off, and a timer on the GUI thread collects whenever Python's own thresholds say so: the
same generations, at most half a second late.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(INTERVAL_MS)

    def collect_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; what was found."""
        due = [
            g
            for g, (count, limit) in enumerate(zip(gc.get_count(), self._thresholds, strict=True))
            if count > limit
        ]
        return gc.collect(max(due)) if due else 0

    def stop(self) -> None:
        """Give collection back to Python (when the application ends)."""
        self._timer.stop()
        gc.enable()
