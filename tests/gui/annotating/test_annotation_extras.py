"""Marks styled by category, the annotator filter and the selected paragraph's score."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.core.mqm import CATEGORIES, Annotation
from reader.gui.annotating.annotations_panel import ANY_ANNOTATOR
from reader.gui.parallel.highlights import SEVERITY_COLORS, Mark, category_style, describe
from reader.gui.parallel.parallel_model import Role
from reader.gui.shell.main_window import MainWindow
from reader.services.library import Library

pytestmark = pytest.mark.gui

ROW = 9  # the Saker piece's bead with "the current order" / 当前订单
Underline = QTextCharFormat.UnderlineStyle


def flag(db_url: str, doc_id: int, paragraph: int, category: str, annotator: str) -> None:
    library = Library.open(db_url)
    try:
        span = library.annotations.span_anchor(doc_id, "source", paragraph, 0, 3)
        library.annotations.flag(doc_id, category, "major", [span], annotator=annotator)
    finally:
        library.close()


def settled(window: MainWindow, qtbot: QtBot) -> None:
    """Wait for the refresh that follows loading, so it cannot pass for a later one."""
    qtbot.waitUntil(lambda: bool(window.status.score.text()), timeout=20_000)


def refreshed(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.annotations_changed, timeout=20_000):
        window.refresh_annotations()


def source_paragraph(window: MainWindow, row: int) -> int:
    paragraphs = window.model.index(row, 0).data(Role.PARAGRAPHS)
    assert paragraphs
    return int(paragraphs[0])


@pytest.mark.parametrize(
    ("category", "underline", "legend"),
    [
        ("Accuracy/Mistranslation", None, "solid background"),
        ("Fluency/Grammar", Underline.WaveUnderline, "background, wavy underline"),
        ("Terminology/Inconsistent use", Underline.DotLine, "background, dotted underline"),
        ("Style/Awkward", Underline.DashUnderline, "background, dashed underline"),
        ("Other", None, "plain background"),
    ],
)
def test_marks_are_styled_by_category_and_coloured_by_severity(
    category: str, underline: Underline | None, legend: str
) -> None:
    assert category_style(category)[0] == legend
    annotation = _annotation(category)
    face = Mark(0, 3, annotation).char_format()
    # Every flag has its severity's colour behind it, on either side alike; the underline
    # tells the category besides.
    assert face.background().color() == SEVERITY_COLORS["major"]
    if underline is None:
        assert face.underlineStyle() == Underline.NoUnderline
    else:
        assert face.underlineStyle() == underline
        assert face.underlineColor() == SEVERITY_COLORS["major"].darker(220)
    assert f"Shown as: {legend}" in describe(annotation)


def _annotation(category: str) -> Annotation:
    """An annotation with a category the core may not know (e.g. "Other"), unvalidated."""
    base = Annotation(CATEGORIES[0], "major", (), "", "", "Ada")
    return replace(base, category=category) if category != CATEGORIES[0] else base


def test_the_panel_filters_by_annotator(window: MainWindow, qtbot: QtBot, db_url: str) -> None:
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    paragraph = source_paragraph(window, ROW)
    flag(db_url, doc_id, paragraph, "Accuracy/Mistranslation", "Ada")
    flag(db_url, doc_id, paragraph, "Fluency/Grammar", "Bo")
    flag(db_url, doc_id, paragraph, "Style/Awkward", "Bo")
    refreshed(window, qtbot)
    panel = window.annotations
    combo = panel.annotator
    assert [combo.itemText(i) for i in range(combo.count())] == [ANY_ANNOTATOR, "Ada", "Bo"]
    assert panel.proxy.rowCount() == 3
    combo.setCurrentText("Bo")
    assert panel.proxy.rowCount() == 2
    combo.setCurrentText("Ada")
    assert panel.proxy.rowCount() == 1
    refreshed(window, qtbot)  # the choice survives a reload
    assert combo.currentText() == "Ada"
    assert panel.proxy.rowCount() == 1
    combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 3


def test_the_status_bar_scores_the_selected_paragraph(
    window: MainWindow, qtbot: QtBot, db_url: str
) -> None:
    doc_id = window._shown_id
    assert doc_id is not None
    settled(window, qtbot)
    label = window.status.paragraph_score
    assert label.text() == ""  # nothing selected
    paragraph = source_paragraph(window, ROW)
    window.parallel.select_row(ROW)
    assert label.text().startswith(f"en ¶{paragraph + 1}: MQM 0 · 0/1,000 words")

    flag(db_url, doc_id, paragraph, "Accuracy/Mistranslation", "Ada")
    refreshed(window, qtbot)
    library = Library.open(db_url)
    try:
        score = library.annotations.score(doc_id).paragraphs[paragraph]
    finally:
        library.close()
    assert score.penalty == 5
    expected = f"en ¶{paragraph + 1}: MQM 5 · {score.per_thousand_words:,.0f}/1,000 words"
    assert label.text() == expected

    other = next(r for r in range(window.model.rowCount()) if r != ROW and _has_source(window, r))
    window.parallel.select_row(other)
    assert label.text().startswith(f"en ¶{source_paragraph(window, other) + 1}: MQM 0 ·")
    window.parallel.select_row(ROW)
    assert label.text() == expected


def _has_source(window: MainWindow, row: int) -> bool:
    return bool(window.model.index(row, 0).data(Role.PARAGRAPHS))


def test_selecting_a_row_never_widens_the_window(window: MainWindow, qtbot: QtBot) -> None:
    """A longer status bar text (the row's score) must not push the window wider."""
    window.resize(760, 600)
    qtbot.wait(50)
    width = window.width()
    window.parallel.select_row(ROW)
    qtbot.wait(50)
    assert window.status.paragraph_score.text()
    assert window.width() == width
    assert window.status.paragraph_score.width() > 50  # shown, not squeezed to nothing
