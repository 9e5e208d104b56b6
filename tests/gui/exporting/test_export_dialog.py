"""File > Export…: the dialog, its preview, a background export, and errors shown to the user."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.gui.common import settings
from reader.gui.exporting import export_dialog
from reader.gui.exporting.export_dialog import ExportDialog, default_file_name
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library
from tests.gui.conftest import WindowFactory

pytestmark = pytest.mark.gui


@pytest.fixture
def flagged_doc(db_url: str) -> int:
    """The default document, with one error flagged on its first source paragraph."""
    library = Library.open(db_url)
    try:
        doc_id = library.default_document_id()
        assert doc_id is not None
        whole = library.annotations.span_anchor(doc_id, "source", 0)
        library.annotations.flag(
            doc_id, "Accuracy/Omission", "major", [whole], comment="Dropped, said Ada"
        )
        return doc_id
    finally:
        library.close()


def open_export(window: MainWindow, qtbot: QtBot) -> ExportDialog:
    assert window.actions_.export_document.isEnabled()
    window.actions_.export_document.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def wait_for_preview(dialog: ExportDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: bool(dialog.preview.toPlainText()), timeout=20_000)


def test_menu_action_opens_the_dialog_for_the_current_document(
    window: MainWindow, qtbot: QtBot
) -> None:
    action = window.actions_.export_document
    assert action.text() == "&Export…"
    assert action.shortcut().toString() == "Ctrl+E"
    assert action in window.menuBar().actions()[0].menu().actions()
    dialog = open_export(window, qtbot)
    assert dialog.windowTitle() == "Export Document"
    assert dialog.isModal()
    assert window.model.document is not None
    assert Path(dialog.path.text()).name == default_file_name(window.model.document.title, ".html")
    wait_for_preview(dialog, qtbot)
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)


def test_the_action_is_disabled_until_a_document_is_shown(qtbot: QtBot, db_url: str) -> None:
    from reader.gui.common.library_runner import library_opener

    window = MainWindow(library_opener(db_url))
    qtbot.addWidget(window)
    assert not window.actions_.export_document.isEnabled()
    assert window.ask_export() is None
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.start()
    assert window.actions_.export_document.isEnabled()


def test_every_format_is_offered_by_a_readable_name(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_export(window, qtbot)
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    labels = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert set(offered) >= {"html", "pdf", "md", "csv", "tsv", "json", "wmt", "tmx", "xliff"}
    assert "CSV (.csv)" in labels
    assert "HTML report (.html)" in labels
    wait_for_preview(dialog, qtbot)
    dialog.reject()


def test_preview_shows_the_report_with_the_document_title(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_export(window, qtbot)
    wait_for_preview(dialog, qtbot)
    assert window.model.document is not None
    assert window.model.document.title in dialog.preview.toPlainText()
    dialog.reject()


def test_choosing_csv_and_exporting_writes_rows_that_parse(
    make_window: WindowFactory,
    flagged_doc: int,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(flagged_doc)
    dialog = open_export(window, qtbot)
    wait_for_preview(dialog, qtbot)
    target = tmp_path / "out" / "errors.csv"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent: QWidget, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), "CSV (*.csv)"

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", save_name)
    dialog.format.setFocus()
    qtbot.keyClicks(dialog.format, "CSV")
    assert dialog.selected_format() == "csv"
    assert dialog.path.text().endswith(".csv")
    qtbot.keyClicks(dialog.reviewer, "Ada Lovelace")
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert asked and asked[0].endswith(".csv")
    assert dialog.path.text() == str(target)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert done.args == [str(target)]
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1
    assert rows[0]["category"] == "Accuracy/Omission"
    assert rows[0]["comment"] == "Dropped, said Ada"
    assert str(target) in window.status.currentMessage()
    assert settings.EXPORT_REVIEWER.load() == "Ada Lovelace"
    qtbot.waitUntil(lambda: window.findChild(ExportDialog) is None)


def test_an_unwritable_path_shows_a_one_line_error(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    class CapturedBox:
        Icon = QMessageBox.Icon

        def __init__(self, _icon: object, title: str, text: str, parent: QWidget) -> None:
            shown.append((title, text))

        def setAttribute(self, *_args: object) -> None:
            pass

        def open(self) -> None:
            pass

    monkeypatch.setattr(export_dialog, "QMessageBox", CapturedBox)
    dialog = open_export(window, qtbot)
    wait_for_preview(dialog, qtbot)
    qtbot.keyClicks(dialog.format, "CSV")
    dialog.path.clear()
    qtbot.keyClicks(dialog.path, str(tmp_path / "no such folder" / "errors.csv"))
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    title, message = shown[0]
    assert title == "Could Not Export"
    assert message == failed.args[0]
    assert "\n" not in message
    assert "no such folder" in message
    assert dialog.isVisible()  # the user can pick another place
    assert dialog.export_button.isEnabled()
    assert not (tmp_path / "no such folder").exists()
    dialog.reject()


def test_default_file_names_are_safe() -> None:
    assert default_file_name("A/B: the <story>?", ".csv") == "A_B_ the _story.csv"
    assert default_file_name(" ... ", ".md") == "export.md"


def test_the_reviewer_name_reaches_the_preview(window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_export(window, qtbot)
    wait_for_preview(dialog, qtbot)
    dialog.reviewer.clear()
    qtbot.keyClicks(dialog.reviewer, "Grace Hopper")
    with qtbot.waitSignal(dialog.preview_ready, timeout=20_000):
        qtbot.keyClick(dialog.reviewer, Qt.Key.Key_Return)
    assert "Grace Hopper" in dialog.preview.toPlainText()
    dialog.reject()


def test_a_slow_export_shows_progress_and_can_be_cancelled(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.services import exporting

    halfway, go_on = threading.Event(), threading.Event()

    def slow_export(*_args: object, progress: Callable[[int, int], None], **_kw: object) -> Path:
        progress(1, 4)
        halfway.set()
        go_on.wait(10)
        progress(2, 4)  # raises once the user has cancelled
        raise AssertionError("not cancelled")

    monkeypatch.setattr(exporting, "export_document", slow_export)
    dialog = open_export(window, qtbot)
    wait_for_preview(dialog, qtbot)
    dialog.path.setText(str(tmp_path / "slow.html"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    qtbot.waitUntil(lambda: progress.isVisible() and progress.value() > 0, timeout=5_000)
    assert progress.value() == progress.maximum() // 4  # 1 step of 4, on the bar's scale
    assert halfway.is_set()
    assert progress.windowTitle() == "Exporting"
    assert not dialog.export_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.failed), qtbot.assertNotEmitted(dialog.exported):
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        go_on.set()
        qtbot.waitUntil(dialog.export_button.isEnabled, timeout=5_000)
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.findChild(QProgressDialog) is None)
    dialog.reject()


def test_one_reviewers_annotations_only(
    make_window: WindowFactory, flagged_doc: int, qtbot: QtBot, tmp_path: Path, db_url: str
) -> None:
    with closing(Library.open(db_url)) as library:
        anchor = library.annotations.quote_anchor(flagged_doc, "target", "当前订单")
        library.annotations.flag(
            flagged_doc, "Accuracy/Mistranslation", "major", [anchor], annotator="adjudicated"
        )
    window = make_window(flagged_doc)
    dialog = open_export(window, qtbot)
    qtbot.waitUntil(lambda: dialog.annotator.count() == 2, timeout=20_000)
    assert dialog.annotator.itemText(1) == "adjudicated's only"
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.annotator.setFocus()
    qtbot.keyClick(dialog.annotator, Qt.Key.Key_Down)
    assert dialog.annotators() == ("adjudicated",)
    target = tmp_path / "adjudicated.csv"
    dialog.path.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [row["category"] for row in rows] == ["Accuracy/Mistranslation"]  # not Ada's omission
