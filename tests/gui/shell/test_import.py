"""File > Import…: the dialog, a background import, and errors shown to the user."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from reader.gui.common.library_runner import library_opener
from reader.gui.parallel.parallel_model import Column
from reader.gui.shell.import_dialog import ImportDialog, ImportRequest
from reader.gui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_dialog_needs_an_original_and_builds_the_request(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.original, str(tmp_path / "en.txt"))
    assert ok.isEnabled()
    assert dialog.request() == ImportRequest(tmp_path / "en.txt")
    qtbot.keyClicks(dialog.translation, str(tmp_path / "zh.txt"))
    qtbot.keyClicks(dialog.title, "  A title ")
    assert dialog.request() == ImportRequest(tmp_path / "en.txt", tmp_path / "zh.txt", "A title")
    dialog.line_breaks.setCurrentIndex(dialog.line_breaks.findData("wrap"))
    assert dialog.request().line_breaks == "wrap"


def test_import_error_is_shown_in_a_message_box(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    with qtbot.waitSignal(window.error_shown, timeout=10_000) as shown:
        window.import_files(ImportRequest(missing))
    message = shown.args[0]
    assert message
    assert "\n" not in message
    box = window.findChild(QMessageBox)
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "Could Not Import"
    assert box.text() == message
    assert window.actions_.import_document.isEnabled()
    box.close()


def test_import_shows_the_new_document(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    original = tmp_path / "en.txt"
    original.write_text("A short title\n\nThe first paragraph.\n\nThe second one.\n", "utf-8")
    translation = tmp_path / "zh.txt"
    translation.write_text("短标题\n\n第一段。\n\n第二段。\n", "utf-8")
    before = window.library.model.rowCount()
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.import_files(ImportRequest(original, translation, "Imported piece"))
    assert window.library.model.rowCount() == before + 1
    assert window.model.document is not None
    assert window.model.document.title == "Imported piece"
    assert window.library.current_document_id() == window.model.document.id
    targets = [window.model.index(r, Column.TARGET).data() for r in range(window.model.rowCount())]
    assert any("第一段" in text for text in targets)


def test_a_word_document_picked_in_the_dialog_opens_as_a_pair(
    window: MainWindow, qtbot: QtBot
) -> None:
    sample = Path(__file__).resolve().parents[2] / "samples" / "bilingual-table.docx"
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.original, str(sample))
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.import_files(dialog.request())
    assert window.model.document is not None
    assert window.model.document.title == "A partnership"
    targets = [window.model.index(r, Column.TARGET).data() for r in range(window.model.rowCount())]
    assert any("俄罗斯和中国是伙伴" in (text or "") for text in targets)


def test_a_book_picked_with_one_document_per_chapter_opens_its_first_chapter(
    window: MainWindow, qtbot: QtBot
) -> None:
    samples = Path(__file__).resolve().parents[2] / "samples"
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.original, str(samples / "book-en.epub"))
    qtbot.keyClicks(dialog.translation, str(samples / "book-zh.epub"))
    qtbot.keyClicks(dialog.title, "Partners")
    qtbot.mouseClick(dialog.chapters, Qt.MouseButton.LeftButton)
    assert dialog.request().chapters
    before = window.library.model.rowCount()
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.import_files(dialog.request())
    assert window.library.model.rowCount() == before + 2
    assert window.model.document is not None
    assert window.model.document.title == "Partners — Chapter One"
    assert window.model.index(0, Column.TARGET).data() == "第一章"


def test_slow_import_shows_a_busy_indicator(qtbot: QtBot, db_url: str, tmp_path: Path) -> None:
    release = threading.Event()
    real = library_opener(db_url)

    class SlowImports:
        def __init__(self) -> None:
            self._library = real()

        def __getattr__(self, name: str) -> object:
            return getattr(self._library, name)

        def import_files(self, *args: object, **kwargs: object) -> object:
            release.wait(10)
            return self._library.import_files(*args, **kwargs)

    window = MainWindow(SlowImports)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.start()
    original = tmp_path / "en.txt"
    original.write_text("Title\n\nBody text.\n", "utf-8")
    window.import_files(ImportRequest(original))
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog).isVisible(), timeout=3_000)
    assert not window.actions_.import_document.isEnabled()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):
        release.set()
    assert window.actions_.import_document.isEnabled()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)


def test_the_same_pair_again_is_opened_re_imported_or_copied_as_the_user_says(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, translation = tmp_path / "en.txt", tmp_path / "zh.txt"
    original.write_text("A short title\n\nThe first paragraph.\n", "utf-8")
    translation.write_text("短标题\n\n第一段。\n", "utf-8")
    request = ImportRequest(original, translation)
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.import_files(request)
    doc_id = loaded.args[0]
    count = window.library.model.rowCount()
    asked: list[str] = []
    choice = ["Re-import"]

    def choose(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.import_files(request)  # the same text: asked, and re-imported in place
    assert asked == ["“A short title” is in the library already."]
    assert loaded.args == [doc_id] and window.library.model.rowCount() == count
    choice[0] = "Import a Copy"
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.import_files(request)
    assert len(asked) == 2 and loaded.args != [doc_id]
    assert window.library.model.rowCount() == count + 1


def test_re_import_replaces_the_shown_documents_text(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    original, translation = tmp_path / "en.txt", tmp_path / "zh.txt"
    original.write_text("A short title\n\nThe first paragraph.\n", "utf-8")
    translation.write_text("短标题\n\n第一段。\n", "utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.import_files(ImportRequest(original, translation))
    doc_id = loaded.args[0]
    translation.write_text("短标题\n\n第一段，改过了。\n", "utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=20_000) as loaded:
        window.reimport(doc_id, ImportRequest(original, translation))
    assert loaded.args == [doc_id]
    targets = [window.model.index(r, Column.TARGET).data() for r in range(window.model.rowCount())]
    assert any("改过了" in text for text in targets)
    assert "Re-import Text…" in [
        a.text().replace("&", "") for a in window.menuBar().actions()[0].menu().actions()
    ]


def test_the_status_bar_says_how_single_line_breaks_were_read(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    book = tmp_path / "book.txt"
    lines = [f"Line {n} is a whole paragraph of its own, long enough to look like one." * 2
             for n in range(3)]  # fmt: skip
    book.write_text("\n".join(lines), "utf-8")
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.import_files(ImportRequest(book, title="A book"))
    assert window.status.currentMessage().endswith("Each line was read as a paragraph.")
    assert len(window.model.document.source.paragraphs) == 3
    with qtbot.waitSignal(window.document_loaded, timeout=20_000):
        window.import_files(ImportRequest(book, title="The book", line_breaks="wrap"))
    assert window.status.currentMessage().endswith("Lines were read as wrapped inside paragraphs.")
    assert len(window.model.document.source.paragraphs) == 1
