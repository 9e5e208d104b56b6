"""Suggested terms: what the shown document's alignment proposes, for the reviewer to tick and
add to the term base in one step (one undoable change)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.gui.common.fonts import reading_font
from reader.gui.common.tables import configure_list_table

if TYPE_CHECKING:  # the module loads numpy and CC-CEDICT's reader, which start-up need not
    from reader.core.terms.suggest import Candidate

COLUMN_WIDTHS = (200, 120, 80)  # where it is not rendered so takes the rest
PRECHECKED = 0.8  # candidates CC-CEDICT supports, kept at least this often, start ticked


class SuggestDialog(QDialog):
    def __init__(self, candidates: Sequence[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggested Terms"))
        self._candidates = list(candidates)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Term"), self.tr("Rendering"), self.tr("Kept"), self.tr("Not rendered so")]
        )
        for c in self._candidates:
            self.model.appendRow(self._row(c))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setFont(reading_font("zh", 10.5))
        configure_list_table(self.table, COLUMN_WIDTHS)
        intro = QLabel(
            self.tr(
                "Words that recur in the original and are mostly translated the same way. "
                "Tick the ones to add to the term base (for every document)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(
            self.tr("Add Ticked Terms"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.model.itemChanged.connect(self._update_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self._update_button()

    def _row(self, c: Candidate) -> list[QStandardItem]:
        paragraphs = dict.fromkeys(p.paragraph + 1 for p in c.elsewhere)
        where = ", ".join(f"¶{number}" for number in paragraphs)  # as the cells number them
        items = [
            QStandardItem(c.source),
            QStandardItem(c.rendering),
            QStandardItem(self.tr("{0} of {1}").format(c.kept, c.pairs)),
            QStandardItem(where),
        ]
        items[0].setCheckable(True)
        ticked = c.glossed and c.share >= PRECHECKED
        items[0].setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        for item in items:
            item.setEditable(False)
        return items

    def ticked(self) -> list[Candidate]:
        return [
            c
            for row, c in enumerate(self._candidates)
            if self.model.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self.ticked()))
