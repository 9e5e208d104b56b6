"""The table model behind the parallel reader: one row per paragraph bead, one column per side."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.chinese import RubySpan
from reader.core.document import PARAGRAPH_SEPARATOR, Bead, SideText
from reader.core.document import Mark as InlineMark
from reader.core.mqm import Annotation
from reader.gui.common.languages import language_name
from reader.gui.parallel import inline_marks
from reader.gui.parallel.highlights import Mark, cell_marks
from reader.gui.parallel.sentence_map import CellSpan, SentenceMap
from reader.services.views import DocumentView, SideView

# Below this an alignment is worth a second look; the delegate marks such rows.
LOW_CONFIDENCE = 0.5
MANY_CELLS = 64  # beyond this, changed highlights are announced as one block of rows

# The placeholders of a cell without text, in English; the model shows them through self.tr.
NOT_TRANSLATED = QT_TRANSLATE_NOOP("ParallelModel", "Not translated")
ADDED_IN_TRANSLATION = QT_TRANSLATE_NOOP("ParallelModel", "Added in translation")

AnyIndex = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]  # (row, column)


class Column(IntEnum):
    SOURCE = 0
    TARGET = 1


class Role(IntEnum):
    BEAD = Qt.ItemDataRole.UserRole + 1  # the Bead of the row
    PARAGRAPHS = Qt.ItemDataRole.UserRole + 2  # paragraph indices shown in the cell
    PLACEHOLDER = Qt.ItemDataRole.UserRole + 3  # True when the cell has no text of its own
    LOW_CONFIDENCE = Qt.ItemDataRole.UserRole + 4  # True when the row's alignment is doubtful
    MARKS = Qt.ItemDataRole.UserRole + 5  # the cell's flagged spans: a tuple of highlights.Mark
    DECORATIONS = Qt.ItemDataRole.UserRole + 6  # transient highlights: a tuple of Decoration
    RUBY = Qt.ItemDataRole.UserRole + 7  # pinyin to show over the cell: a tuple of RubySpan
    INLINE = Qt.ItemDataRole.UserRole + 8  # bold, inline codes…: a tuple of core.document.Mark


class TextSize(NamedTuple):
    """What a row height can be guessed from without laying the text out."""

    chars: int
    paragraphs: int
    ruby: bool
    cjk: bool  # set in Chinese or Japanese: characters are about one em wide


class Decoration(NamedTuple):
    """A passing highlight (the sentence pair under the pointer, a search match) in a cell."""

    start: int  # code points into the cell's text
    end: int
    layer: str  # what it shows, e.g. "sentence" or "search"; the delegate styles each layer


def reading_rows(view: DocumentView) -> tuple[Bead, ...]:
    """The beads to show; a document without alignment shows its source paragraphs alone."""
    if view.paragraph_beads:
        return view.paragraph_beads
    return tuple(Bead((i,), ()) for i in range(len(view.source.paragraphs)))


class ParallelModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: DocumentView | None = None
        self._rows: tuple[Bead, ...] = ()
        self._fonts: dict[Column, QFont] = {}
        self._marks: dict[tuple[int, int], tuple[Mark, ...]] = {}
        self._layers: dict[str, dict[Cell, list[tuple[int, int]]]] = {}
        self._map: SentenceMap | None = None
        self._starts: dict[Column, list[int]] = {}
        # A side's paragraphs as shown (another script, the same lengths), if not as written.
        self._shown: dict[Column, tuple[str, ...]] = {}
        self._ruby: dict[Column, tuple[tuple[RubySpan, ...], ...]] = {}  # per paragraph
        self._ruby_everywhere = False
        self._ruby_flipped: set[int] = set()  # rows shown the other way than everywhere

    @property
    def document(self) -> DocumentView | None:
        return self._view

    @property
    def sentences(self) -> SentenceMap | None:
        """Where the shown document's sentences are, and what each is aligned with."""
        return self._map

    def set_document(self, view: DocumentView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = reading_rows(view) if view else ()
        self._marks = {}
        self._shown, self._ruby, self._ruby_flipped = {}, {}, set()
        self._reindex(self._rows)
        self.endResetModel()

    def _reindex(self, rows: tuple[Bead, ...]) -> None:
        self._layers = {}
        self._map = SentenceMap(self._view, rows) if self._view else None
        self._starts = {}
        for column in Column:
            side = self.side(column)
            if side is not None:
                self._starts[column] = SideText(side.lang, side.paragraphs).paragraph_starts()

    def set_decorations(self, layer: str, spans: Iterable[CellSpan]) -> None:
        """Show one layer of passing highlights, replacing what the layer showed before."""
        cells: dict[Cell, list[tuple[int, int]]] = defaultdict(list)
        for span in spans:
            cells[span.row, span.column].append((span.start, span.end))
        old = self._layers.get(layer, {})
        if cells == old:
            return
        self._layers[layer] = cells
        changed = set(old) | set(cells)
        if len(changed) > MANY_CELLS:  # one signal for the span: each costs the view a repaint
            rows = [row for row, _ in changed]
            self._changed(range(min(rows), max(rows) + 1), [Role.DECORATIONS])
            return
        for row, column in changed:
            index = self.index(row, column)
            self.dataChanged.emit(index, index, [Role.DECORATIONS])

    def _decorations(self, cell: Cell) -> tuple[Decoration, ...]:
        return tuple(
            Decoration(start, end, layer)
            for layer, cells in self._layers.items()
            for start, end in cells.get(cell, ())
        )

    def update_document(self, view: DocumentView) -> None:
        """The shown document with edited alignment: only the rows between the unchanged ones
        at either end are removed and inserted, so the view keeps its place around them."""
        old, new = self._rows, reading_rows(view)
        keep = min(len(old), len(new))
        head = next((k for k in range(keep) if old[k] != new[k]), keep)
        tail = next((k for k in range(keep - head) if old[-1 - k] != new[-1 - k]), keep - head)
        self._view, self._marks = view, {}  # marks follow rows: the caller reloads them
        self._ruby_flipped = set()  # rows moved; the paragraphs' texts and pinyin did not
        self._reindex(new)
        if len(old) > head + tail:
            self.beginRemoveRows(QModelIndex(), head, len(old) - tail - 1)
            self._rows = old[:head] + old[len(old) - tail :]
            self.endRemoveRows()
        if len(new) > head + tail:
            self.beginInsertRows(QModelIndex(), head, len(new) - tail - 1)
            self._rows = new
            self.endInsertRows()

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Highlight the annotations' spans in the cells that show them."""
        self._marks = cell_marks(annotations, self._locate)
        if self._rows:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Role.MARKS, Qt.ItemDataRole.ToolTipRole])

    def set_fonts(self, source: QFont, target: QFont) -> None:
        self._fonts = {Column.SOURCE: source, Column.TARGET: target}
        if self._rows:
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.FontRole])

    # -- reading aids ---------------------------------------------------------------------------

    def set_shown_paragraphs(self, column: Column, paragraphs: tuple[str, ...] | None) -> None:
        """Show a side's paragraphs in another script (None: as written). Each must be exactly
        as long as the paragraph it stands for, so offsets into the cells still hold."""
        side = self.side(column)
        if paragraphs is None:
            self._shown.pop(column, None)
        elif side is not None and [len(p) for p in paragraphs] == [len(p) for p in side.paragraphs]:
            self._shown[column] = paragraphs
        else:
            raise ValueError("the converted paragraphs do not match the side's paragraphs")
        self._changed(range(self.rowCount()), [Qt.ItemDataRole.DisplayRole])

    def set_ruby(self, ruby: dict[Column, tuple[tuple[RubySpan, ...], ...]]) -> None:
        """Pinyin for each paragraph of the Chinese side(s), shown where ruby is switched on."""
        self._ruby = dict(ruby)
        self._changed(range(self.rowCount()), [Role.RUBY])

    @property
    def has_ruby(self) -> bool:
        return bool(self._ruby)

    def show_ruby_everywhere(self, shown: bool) -> None:
        """Pinyin over every row, or over none; forgets the rows switched one by one."""
        self._ruby_everywhere, self._ruby_flipped = shown, set()
        self._changed(range(self.rowCount()), [Role.RUBY])

    def toggle_ruby(self, row: int) -> None:
        """Switch the pinyin of one row on or off."""
        self._ruby_flipped ^= {row}
        self._changed([row], [Role.RUBY])

    def ruby_shown(self, row: int) -> bool:
        return self._ruby_everywhere != (row in self._ruby_flipped)

    def _cell_ruby(
        self, row: int, column: Column, paragraphs: tuple[int, ...]
    ) -> tuple[RubySpan, ...]:
        ruby, side = self._ruby.get(column), self.side(column)
        if ruby is None or side is None or not paragraphs or not self.ruby_shown(row):
            return ()
        if len(paragraphs) == 1:
            return ruby[paragraphs[0]]
        spans, start = [], 0  # several paragraphs: offsets count from the cell's start
        for p in paragraphs:
            spans += [RubySpan(s.start + start, s.end + start, s.pinyin) for s in ruby[p]]
            start += len(side.paragraphs[p]) + len(PARAGRAPH_SEPARATOR)
        return tuple(spans)

    def _changed(self, rows: range | list[int], roles: list[int]) -> None:
        if len(rows):
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), last), roles)

    def text_sizes(self, column: int) -> list[TextSize]:
        """Each row's cell length in characters and paragraphs, cheaply (no Qt calls)."""
        side = self.side(column)
        placeholder = TextSize(len(NOT_TRANSLATED), 1, False, False)
        if side is None:
            return [placeholder] * len(self._rows)
        cjk = side.lang.startswith(("zh", "ja"))
        has_ruby = column in self._ruby
        lengths = [len(text) for text in side.paragraphs]
        sizes = []
        for row, bead in enumerate(self._rows):
            paragraphs = bead.src if column == Column.SOURCE else bead.tgt
            if not paragraphs:
                sizes.append(placeholder)
                continue
            chars = sum(lengths[p] for p in paragraphs)
            ruby = has_ruby and self.ruby_shown(row)
            sizes.append(TextSize(chars, len(paragraphs), ruby, cjk))
        return sizes

    def font(self, column: int) -> QFont:
        return self._fonts.get(Column(column)) or QFont()

    def side(self, column: int) -> SideView | None:
        if self._view is None:
            return None
        return self._view.source if column == Column.SOURCE else self._view.target

    def row_of(self, side: str, offset: int) -> int | None:
        """The row showing a code-point offset into the side's text (paragraphs joined)."""
        where = self._locate(side, offset)
        return where[0] if where else None

    def _locate(self, side: str, offset: int) -> tuple[int, int, int] | None:
        """(row, column, the cell's start in the side's text) of an offset into a side."""
        column = Column.SOURCE if side == "source" else Column.TARGET
        starts = self._starts.get(column)
        if not starts or self._map is None:
            return None
        paragraph = bisect_right(starts, offset) - 1
        where = self._map.paragraph_cell(side, paragraph)
        if where is None:
            return None
        row, in_cell = where
        return row, column, starts[paragraph] - in_cell

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.data(index, Role.PARAGRAPHS):
            flags |= Qt.ItemFlag.ItemIsEditable  # "editing" opens a read-only span selector
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        side = self.side(section)
        if side is None:
            return self.tr("Translation") if section == Column.TARGET else self.tr("Original")
        return language_name(side.lang)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._view is None:
            return None
        bead = self._rows[index.row()]
        column = Column(index.column())
        paragraphs = bead.src if column == Column.SOURCE else bead.tgt
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, paragraphs)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(column, placeholder=not paragraphs)
        if role == Qt.ItemDataRole.ForegroundRole and not paragraphs:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == Role.MARKS:
            return self._marks.get((index.row(), column), ())
        if role == Role.DECORATIONS:
            return self._decorations((index.row(), column))
        if role == Role.RUBY:
            return self._cell_ruby(index.row(), column, paragraphs)
        if role == Role.INLINE:
            return self._inline(column, paragraphs)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(bead, column, paragraphs)
        return self._custom_data(bead, paragraphs, role)

    def _custom_data(self, bead: Bead, paragraphs: tuple[int, ...], role: int) -> Any:
        if role == Role.BEAD:
            return bead
        if role == Role.PARAGRAPHS:
            return paragraphs
        if role == Role.PLACEHOLDER:
            return not paragraphs
        if role == Role.LOW_CONFIDENCE:
            return bool(bead.src and bead.tgt) and bead.confidence < LOW_CONFIDENCE
        return None

    def _text(self, column: Column, paragraphs: tuple[int, ...]) -> str:
        side = self.side(column)
        if not paragraphs or side is None:
            return self.tr(NOT_TRANSLATED if column == Column.TARGET else ADDED_IN_TRANSLATION)
        shown = self._shown.get(column, side.paragraphs)
        return PARAGRAPH_SEPARATOR.join(shown[i] for i in paragraphs)

    def _inline(self, column: Column, paragraphs: tuple[int, ...]) -> tuple[InlineMark, ...]:
        side = self.side(column)
        if side is None or not side.marks:
            return ()
        found: list[InlineMark] = []
        at = 0
        for paragraph in paragraphs:
            found += inline_marks.shifted(side.marks_of(paragraph), at)
            at += len(side.paragraphs[paragraph]) + len(PARAGRAPH_SEPARATOR)
        return tuple(found)

    def _font(self, column: Column, placeholder: bool) -> QFont | None:
        font = self._fonts.get(column)
        if font is None or not placeholder:
            return font
        # Placeholders are short English notes, so they use the source font, in italics.
        italic = QFont(self._fonts[Column.SOURCE])
        italic.setItalic(True)
        return italic

    def _tooltip(self, bead: Bead, column: Column, paragraphs: tuple[int, ...]) -> str | None:
        notes = []
        if paragraphs:
            numbers = ", ".join(str(i + 1) for i in paragraphs)
            notes.append(self.tr("Paragraph {0}").format(numbers))
        if self._custom_data(bead, paragraphs, Role.LOW_CONFIDENCE):
            uncertain = self.tr("Alignment uncertain (confidence {confidence})")
            notes.append(uncertain.format(confidence=f"{bead.confidence:.0%}"))
        return " · ".join(notes) or None
