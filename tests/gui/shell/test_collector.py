"""Garbage is collected on the GUI thread, by a timer, and never by Python on another thread."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from reader.gui.shell.collector import INTERVAL_MS


class Cycle:
    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        FINALISED.append(threading.current_thread() is threading.main_thread())


FINALISED: list[bool] = []


def test_cycles_made_on_another_thread_are_freed_on_the_gui_thread(qtbot: QtBot) -> None:
    assert not gc.isenabled()  # the session's collector (tests/gui/conftest.py) is running
    FINALISED.clear()

    def churn() -> None:
        for _ in range(5 * gc.get_threshold()[0]):
            Cycle()  # each one is garbage at once, and only a collection frees it

    worker = threading.Thread(target=churn, name="library")
    worker.start()
    worker.join()
    assert FINALISED == []  # nothing collected on the worker, though it crossed the threshold
    qtbot.waitUntil(lambda: len(FINALISED) > 0, timeout=4 * INTERVAL_MS)
    assert all(FINALISED)
