"""The Terms dock: the term base as a filterable table (each term with how often the shown
document uses it and how often its rendering was kept), and the selected term's places in the
document, each a double-click away."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.terms import Term, TermUse
from reader.gui.common.fonts import reading_font
from reader.gui.common.tables import configure_list_table
from reader.services.views import DocumentView

if TYPE_CHECKING:  # the services load SQLAlchemy, which start-up need not
    from reader.services.terms import TermUsage

HEADERS = (  # translated where the model takes them; the counts early, for a narrow dock
    QT_TRANSLATE_NOOP("TermsPanel", "Term"),
    QT_TRANSLATE_NOOP("TermsPanel", "Uses"),
    QT_TRANSLATE_NOOP("TermsPanel", "Kept"),
    QT_TRANSLATE_NOOP("TermsPanel", "Required"),
    QT_TRANSLATE_NOOP("TermsPanel", "Forbidden"),
    QT_TRANSLATE_NOOP("TermsPanel", "Applies to"),
    QT_TRANSLATE_NOOP("TermsPanel", "Note"),
)
COLUMN_WIDTHS = (140, 45, 45, 110, 90, 110)  # the note takes the rest
TERM_ROLE = Qt.ItemDataRole.UserRole + 1
PLACES_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = 30  # characters of the sentence shown either side of a term's place
FILE_FILTERS = "TBX (*.tbx);;CSV (*.csv)"


@dataclass(frozen=True)
class TermPlace:
    """A span of one side's paragraph (code points), for the window to show."""

    side: str
    paragraph: int
    start: int
    end: int


class TermsPanel(QDockWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # the Term
    delete_requested = Signal(object)  # the Term
    suggest_requested = Signal()
    import_requested = Signal(object)  # a Path
    export_requested = Signal(object, str)  # a Path and "tbx" or "csv"
    places_chosen = Signal(object)  # a list of TermPlace: the term and what renders it
    listed = Signal(int)  # the table was (re)filled: how many terms

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Terms"), parent)
        self.setObjectName("terms_dock")  # saveState needs a name
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)  # any column: the term, a rendering or the note
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter terms"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = self._table()
        self.places = QListWidget(self)
        self.places.setFont(reading_font("en", 10.0))
        self.places.itemActivated.connect(self._place_activated)
        self.add_button = self._button(
            self.tr("Add…"), self.tr("Add a term (Ctrl+T adds the selected words)")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = self._button(self.tr("Edit…"), self.tr("Edit the selected term"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Delete the selected term (Delete)")
        )
        self.delete_button.clicked.connect(self._delete)
        self.suggest_button = self._button(
            self.tr("Suggest…"), self.tr("Propose terms from the shown document's translation")
        )
        self.suggest_button.clicked.connect(self.suggest_requested)
        self.more_button = self._more_button()
        self._document: DocumentView | None = None
        self._build()
        self._update_buttons()

    def _button(self, text: str, tip: str) -> QToolButton:
        # Tool buttons, not push buttons: a side dock is narrow, and push buttons are wide.
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        return button

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        table.setFont(reading_font("zh", 10.5))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the term base's own order
        configure_list_table(table, COLUMN_WIDTHS)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self._edit)
        return table

    def _more_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setText(self.tr("Import/Export"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.import_action = menu.addAction(self.tr("Import Terms…"))
        self.import_action.setStatusTip(
            self.tr("Add the terms of a TBX, CSV or tab-separated glossary file")
        )
        self.import_action.triggered.connect(self._ask_import)
        self.export_action = menu.addAction(self.tr("Export Terms…"))
        self.export_action.setStatusTip(self.tr("Write the terms as TBX-Basic or CSV"))
        self.export_action.triggered.connect(self._ask_export)
        button.setMenu(menu)
        return button

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self.filter)
        bar = QHBoxLayout()
        for widget in (
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.suggest_button,
            self.more_button,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, body)
        split.addWidget(self.table)
        split.addWidget(self.places)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)
        self.setWidget(body)

    # -- showing ------------------------------------------------------------------------------

    def set_usage(
        self,
        usage: Sequence[TermUsage],
        document: DocumentView | None,
        select_id: int | None = None,
    ) -> None:
        """Show every term, with its uses in `document` (none without one)."""
        self._document = document
        selected = self.selected()
        keep = select_id if select_id is not None else (selected.id if selected else None)
        self.model.removeRows(0, self.model.rowCount())
        for item in usage:
            self.model.appendRow(self._row(item, document is not None))
        self.places.clear()
        for row in range(self.proxy.rowCount()):
            if self._term_at(row).id == keep:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
        self._update_buttons()
        self.listed.emit(len(usage))

    def _row(self, usage: TermUsage, counted: bool) -> list[QStandardItem]:
        t = usage.term
        scope = self.tr("Every document") if t.document_id is None else self.tr("This document")
        uses = str(len(usage.uses)) if counted else ""
        kept = str(usage.kept) if counted else ""
        texts = (
            t.source,
            uses,
            kept,
            " | ".join(t.renderings),
            " | ".join(t.forbidden),
            scope,
            t.note,
        )
        items = [QStandardItem(text) for text in texts]
        for item in items[1:3]:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if counted and usage.forbidden:
            items[4].setToolTip(
                self.tr("Used {0} times in this document").format(len(usage.forbidden))
            )
        items[6].setToolTip(t.note)
        items[0].setData(t, TERM_ROLE)
        items[0].setData(usage, PLACES_ROLE)
        return items

    def _term_at(self, proxy_row: int) -> Term:
        return self.proxy.index(proxy_row, 0).data(TERM_ROLE)  # type: ignore[no-any-return]

    def selected(self) -> Term | None:
        rows = self.table.selectionModel().selectedRows()
        return self._term_at(rows[0].row()) if rows else None

    def select_term(self, term_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self._term_at(row).id == term_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.places.clear()
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._document is None:
            return
        usage: TermUsage = self.proxy.index(rows[0].row(), 0).data(PLACES_ROLE)
        for use in usage.uses:
            self.places.addItem(self._place_item(usage, use))

    def _place_item(self, usage: TermUsage, use: TermUse) -> QListWidgetItem:
        paragraph, start, end = use.place
        text = self._document.source.paragraphs[paragraph] if self._document else ""
        before = text[max(start - CONTEXT, 0) : start].lstrip()
        after = text[end : end + CONTEXT].rstrip()
        wrong = [w for w in usage.forbidden if w.pair == use.pair]
        if use.kept:
            mark = self.tr("kept")
        elif wrong:
            mark = self.tr("forbidden: {0}").format(wrong[0].text)
        else:
            mark = self.tr("missing")
        lang = self._document.source.lang if self._document else ""
        label = f"{lang} ¶{paragraph + 1}   …{before}[{text[start:end]}]{after}…   ({mark})"
        item = QListWidgetItem(label)
        places = [TermPlace("source", paragraph, start, end)]
        places += [TermPlace("target", *p) for p in use.rendered]
        places += [TermPlace("target", *w.place) for w in wrong]
        item.setData(PLACES_ROLE, places)
        item.setToolTip(label + "\n" + self.tr("Double-click to show it in the text"))
        return item

    def _place_activated(self, item: QListWidgetItem) -> None:
        self.places_chosen.emit(item.data(PLACES_ROLE))

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.export_action.setEnabled(self.model.rowCount() > 0)

    # -- requests ------------------------------------------------------------------------------

    def _edit(self) -> None:
        term = self.selected()
        if term is not None:
            self.edit_requested.emit(term)

    def _delete(self) -> None:
        term = self.selected()
        if term is not None:
            self.delete_requested.emit(term)

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Terms"),
            _documents(),
            self.tr("Term files (*.tbx *.csv *.tsv *.txt);;All files (*)"),
        )
        if path:
            self.import_requested.emit(Path(path))

    def _ask_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Terms"),
            str(Path(_documents()) / "terms.tbx"),
            FILE_FILTERS,
        )
        if not path:
            return
        fmt = "csv" if chosen.startswith("CSV") or path.lower().endswith(".csv") else "tbx"
        target = Path(path)
        self.export_requested.emit(target if target.suffix else target.with_suffix(f".{fmt}"), fmt)


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
