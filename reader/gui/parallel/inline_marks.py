"""A paragraph's marks (core.document.Mark) as the reader sees them: bold and italic as type,
a CAT tool's inline codes as grey placeholders that a selection takes whole or not at all,
and a translated segment's state and a book's chapter in the tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.core.document import Mark as InlineMark
from reader.gui.common.text_offsets import utf16_position
from reader.gui.common.theme import blend

CODE_SHADE = 0.14  # how far a code's background goes from the page's towards the text's

translate = QCoreApplication.translate


def shifted(marks: Sequence[InlineMark], by: int) -> tuple[InlineMark, ...]:
    """The marks of a paragraph placed `by` code points further on (in a cell's text)."""
    return tuple(InlineMark(m.start + by, m.end + by, m.kind, m.value) for m in marks)


def apply(document: QTextDocument, text: str, marks: Sequence[InlineMark]) -> None:
    """Set the marks' type on the laid-out text (positions counted in UTF-16, as Qt does)."""
    for mark in marks:
        face = _face(mark.kind)
        if face is not None:
            format_span(document, text, mark.start, mark.end, face)


def format_span(
    document: QTextDocument, text: str, start: int, end: int, face: QTextCharFormat
) -> None:
    """Merge a format over a code-point span of the document's text (Qt counts in UTF-16)."""
    cursor = QTextCursor(document)
    cursor.setPosition(utf16_position(text, start))
    cursor.setPosition(utf16_position(text, end), QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(face)


def whole_codes(start: int, end: int, marks: Sequence[InlineMark]) -> tuple[int, int]:
    """A selection widened to take in whole every code it cuts: a code is one thing."""
    for mark in marks:
        if mark.kind == "code" and mark.start < end and start < mark.end:
            start, end = min(start, mark.start), max(end, mark.end)
    return start, end


def described(marks: Sequence[InlineMark], offset: int) -> list[str]:
    """What the tooltip says of the marks at a code-point offset: a code's markup, a
    segment's state."""
    lines = []
    for mark in marks:
        if not mark.start <= offset < mark.end:
            continue
        if mark.kind == "code":
            lines.append(translate("InlineMarks", "Inline code: {0}").format(mark.value))
        elif mark.kind == "state":
            lines.append(translate("InlineMarks", "Segment state: {0}").format(mark.value))
        elif mark.kind == "chapter":
            lines.append(translate("InlineMarks", "Chapter: {0}").format(mark.value))
    return lines


def _face(kind: str) -> QTextCharFormat | None:
    face = QTextCharFormat()
    if kind == "bold":
        face.setFontWeight(QFont.Weight.Bold)
    elif kind == "italic":
        face.setFontItalic(True)
    elif kind == "code":
        palette = QApplication.palette()
        base, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        face.setBackground(blend(base, ink, CODE_SHADE))
        face.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
    else:
        return None
    return face
