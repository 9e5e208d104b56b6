"""ProgressTask: the one progress dialog for work on the library thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from reader.core.errors import Cancelled
from reader.gui.common.progress import STEPS, ProgressTask

pytestmark = pytest.mark.gui


def run_on_a_thread(work: object) -> None:
    worker = threading.Thread(target=work)  # type: ignore[arg-type]
    worker.start()
    worker.join(10)


def test_steps_reach_the_bar_in_order(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = ProgressTask(parent, "Working…", "Exporting")
    with qtbot.waitSignals([task.progressed] * 3, order="strict"):
        run_on_a_thread(lambda: [task.report_steps(done, 3) for done in (1, 2, 3)])
    assert task.dialog.maximum() == STEPS
    assert task.dialog.value() == STEPS
    assert task.dialog.windowTitle() == "Exporting"
    task.finish()


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    task = ProgressTask(parent, "Working…")
    task.dialog.show()
    (cancel,) = task.dialog.findChildren(QPushButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert task.cancelled
    assert task.dialog.labelText() == "Cancelling…"
    with pytest.raises(Cancelled):
        task.report(0.5)
    task.finish()


def test_reports_after_the_window_is_gone_do_no_harm(qtbot: QtBot) -> None:
    """A dialog closed while its work runs deletes the task; the work may still report."""
    parent = QWidget()
    task = ProgressTask(parent, "Working…")
    report = task.report_steps
    parent.deleteLater()
    qtbot.waitUntil(lambda: not isValid(task))
    failures: list[BaseException] = []

    def work() -> None:
        try:
            for done in range(1, 11):
                report(done, 10)
        except BaseException as error:  # the test fails on any, below
            failures.append(error)

    run_on_a_thread(work)
    qtbot.wait(50)  # the queued reports arrive, and find no one
    assert failures == []
