"""Start-up timing for bench/startup.py.

When READER_STARTUP_PROBE holds the wall-clock time at which the bench launched the process,
the app prints how long it took until the window was shown and until the document was on
screen, then quits. Without the variable nothing happens.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.gui.shell.main_window import MainWindow

ENV_VAR = "READER_STARTUP_PROBE"


def attach(window: MainWindow) -> None:
    launched = os.environ.get(ENV_VAR)
    if not launched:
        return
    t0 = float(launched)
    # A zero timer fires once the event loop has processed the show and the first paint.
    QTimer.singleShot(0, lambda: _report("window_shown", t0))

    def document_shown(_doc_id: int) -> None:
        _report("document_shown", t0)
        QApplication.quit()

    window.document_loaded.connect(document_shown)


def _report(what: str, t0: float) -> None:
    print(f"{what} {time.time() - t0:.3f}", file=sys.stderr, flush=True)
