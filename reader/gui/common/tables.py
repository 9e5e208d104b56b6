"""The look shared by the app's list tables (annotations, checks, word list): whole rows, one
at a time, read-only, columns the user can widen, the last one taking the rest; in a dock, a bar
of controls above the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)


def configure_list_table(table: QTableView, widths: Sequence[int]) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def set_list_body(
    dock: QDockWidget,
    table: QAbstractItemView,
    left: Sequence[QWidget],
    right: Sequence[QWidget],
) -> None:
    """The dock's body: `left` and `right` controls on one bar, the table below."""
    body = QWidget(dock)
    layout = QVBoxLayout(body)
    bar = QHBoxLayout()
    for widget in left:
        bar.addWidget(widget)
    bar.addStretch(1)
    for widget in right:
        bar.addWidget(widget)
    layout.addLayout(bar)
    layout.addWidget(table)
    dock.setWidget(body)
