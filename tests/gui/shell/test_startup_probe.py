"""The start-up probe that bench/startup.py reads."""

from __future__ import annotations

import time

import pytest
from pytestqt.qtbot import QtBot

from reader.gui.common.library_runner import library_opener
from reader.gui.shell import startup_probe
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_probe_reports_window_and_document_times(
    qtbot: QtBot, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.setenv(startup_probe.ENV_VAR, repr(time.time()))
    window = MainWindow(library_opener(db_url))
    qtbot.addWidget(window)
    window.show()
    startup_probe.attach(window)
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.start(None)
    qtbot.wait(10)
    names = [line.split()[0] for line in capsys.readouterr().err.splitlines()]
    assert names == ["window_shown", "document_shown"]


def test_probe_is_silent_without_its_variable(qtbot: QtBot, db_url: str, capsys) -> None:
    window = MainWindow(library_opener(db_url))
    qtbot.addWidget(window)
    startup_probe.attach(window)
    qtbot.wait(10)
    assert capsys.readouterr().err == ""
