"""File › Import…: a progress dialog that fills up, and Cancel that really stops the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from reader.gui.common.progress import ProgressTask
from reader.gui.shell.import_dialog import ImportRequest
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library

pytestmark = pytest.mark.gui


def write_pair(folder: Path, paragraphs: int) -> ImportRequest:
    english = [
        f"Paragraph {i} is about the order of things. It has two sentences."
        for i in range(paragraphs)
    ]
    chinese = [f"第{i}段讲事物的秩序。它有两句话。" for i in range(paragraphs)]
    (folder / "en.txt").write_text("\n\n".join(english), "utf-8")
    (folder / "zh.txt").write_text("\n\n".join(chinese), "utf-8")
    return ImportRequest(folder / "en.txt", folder / "zh.txt", "Generated")


def titles(db_url: str) -> list[str]:
    library = Library.open(db_url, seed=False)
    try:
        return [doc.title for doc in library.list_documents()]
    finally:
        library.close()


def test_cancel_stops_the_import_and_saves_nothing(
    window: MainWindow, qtbot: QtBot, db_url: str, tmp_path: Path
) -> None:
    before = titles(db_url)
    listed = window.library.model.rowCount()
    window.import_files(write_pair(tmp_path, 60))
    dialog = window.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    (cancel,) = dialog.findChildren(QPushButton)
    with qtbot.waitSignal(window.status.messageChanged, timeout=60_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.actions_.import_document.isEnabled(), timeout=60_000)
    assert window.status.currentMessage() == "Import cancelled."
    assert window.findChild(QMessageBox) is None
    assert window.library.model.rowCount() == listed
    assert titles(db_url) == before
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)


def test_progress_reaches_the_maximum(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.import_files(write_pair(tmp_path, 3))
    task = window.findChild(ProgressTask)
    shown: list[tuple[int, int]] = []  # (value, maximum) once the dialog has taken each report

    def record(_fraction: float) -> None:
        shown.append((task.dialog.value(), task.dialog.maximum()))

    task.progressed.connect(record)  # after the task's own slot, which updates the dialog
    with qtbot.waitSignal(window.document_loaded, timeout=60_000):
        pass
    values = [value for value, _ in shown]
    assert values == sorted(values)
    assert shown[-1][0] == shown[-1][1] > 0
    assert window.status.currentMessage() == "Imported “Generated”."  # said once it shows
