"""Selecting a span inside a paragraph cell: a read-only text editor over the cell, and the
last selection kept per side of the current bead row (so one flag can link both sides)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QTextBlockFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.document import Mark as InlineMark
from reader.gui.common.text_offsets import ParagraphSpan, code_points, paragraph_span
from reader.gui.parallel import inline_marks

SIDES = ("source", "target")  # by column
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class SpanEditor(QTextEdit):
    """Shows one cell's text laid out as the cell paints it (a QTextEdit, not a plain one, for
    the same line spacing), so nothing moves when selecting starts; the user selects in it
    with the mouse or the keyboard."""

    span_selected = Signal(int, int, object)  # row, column, ParagraphSpan or None

    def __init__(
        self, row: int, column: int, paragraphs: tuple[int, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row, self.column, self._paragraphs = row, column, paragraphs
        self._marks: tuple[InlineMark, ...] = ()
        self.context_actions: list[QAction] = []
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # Read-only editors only select with the mouse by default; reviewers use the keyboard too.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.selectionChanged.connect(self._report)

    def show_text(self, text: str, line_spacing: int, marks: Sequence[InlineMark] = ()) -> None:
        """The cell's text with the cell's line spacing (a percentage of the font's) and its
        marks (bold, inline codes), as the cell paints them."""
        self._marks = tuple(marks)
        self.setPlainText(text)
        inline_marks.apply(self.document(), text, marks)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setLineHeight(line_spacing, PROPORTIONAL)
        cursor.mergeBlockFormat(spacing)
        self.setTextCursor(QTextCursor(self.document()))  # no selection to start with

    def current_span(self) -> ParagraphSpan | None:
        cursor = self.textCursor()
        text = self.toPlainText()
        start = code_points(text, cursor.selectionStart())
        end = code_points(text, cursor.selectionEnd())
        start, end = inline_marks.whole_codes(start, end, self._marks)
        return paragraph_span(text, self._paragraphs, start, end) if start < end else None

    def _report(self) -> None:
        self.span_selected.emit(self.row, self.column, self.current_span())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_actions:
            menu.addSeparator()
            menu.addActions(self.context_actions)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())


class SpanSelection(QObject):
    """The last non-empty selection on each side, for one bead row at a time."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.row: int | None = None
        self.spans: dict[str, ParagraphSpan] = {}

    def record(self, row: int, column: int, span: object) -> None:
        if row != self.row:
            self.row, self.spans = row, {}
        # An emptied selection keeps the last one: clicking into the other side to select
        # there must not forget what was chosen on this side.
        if isinstance(span, ParagraphSpan):
            self.spans[SIDES[column]] = span
        self.changed.emit()

    def clear(self) -> None:
        self.row, self.spans = None, {}
        self.changed.emit()
