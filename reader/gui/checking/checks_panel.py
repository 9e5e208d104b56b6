"""The Checks dock: what the automatic checks found in the shown document's translation.

Edit › Check Translation (F7) runs the checks on the library thread, behind a progress dialog
with Cancel, and lists the findings: those about meaning first, surest first, then the
mechanical ones grouped by paragraph. Selecting one shows its span in the texts; Flag turns
the selected findings into annotations and Dismiss sets them aside (each one undo step).
Dismissals are remembered with the document; Show Dismissed lists them again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QWidget,
)

from reader.gui.checking.findings_model import (
    CHECK_ROLE,
    FINDING_ROLE,
    HEADERS,
    PROBLEMS,
    STATUS_COLUMN,
    rows,
)
from reader.gui.common.tables import set_list_body
from reader.services.views import CheckedFinding, DocumentView

__all__ = ["FINDING_ROLE", "PROBLEMS", "STATUS_COLUMN", "ChecksPanel"]

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
COLUMN_WIDTHS = (260, 120, 260, 70, 170, 90, 80)  # "Why" takes the rest


class ChecksPanel(QDockWidget):
    finding_selected = Signal(object)  # the Finding
    flag_requested = Signal(list)  # the Findings to flag
    dismiss_requested = Signal(list, bool)  # the Findings, and whether their text everywhere
    run_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("checks_panel")  # saveState needs a name
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(CHECK_ROLE)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.table = self._tree()
        self.check_filter = self._check_filter()
        self.count = QLabel(self)
        # The count gives way first when the dock is narrow, so the window keeps its width.
        self.count.setMinimumWidth(1)
        self.show_dismissed = QAction(self.tr("Show Dismissed"), self)
        self.show_dismissed.setCheckable(True)
        self.show_dismissed.setToolTip(self.tr("List the dismissed findings too"))
        self.show_dismissed.toggled.connect(self._show)
        self.run_button = QPushButton(self.tr("Check Again"), self)
        self.run_button.setToolTip(self.tr("Run the checks on the shown document (F7)"))
        self.run_button.clicked.connect(self.run_requested)
        self.flag_button = QPushButton(self.tr("Flag"), self)
        self.flag_button.setToolTip(
            self.tr("Flag the selected findings as annotations, with the check's category")
        )
        self.flag_button.clicked.connect(self._flag_selected)
        self.dismiss_button = self._dismiss_button()
        self._found: list[CheckedFinding] | None = None
        self._view: DocumentView | None = None
        self._build_layout()
        self.set_findings(None)

    def _tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.proxy)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)  # one line a finding; the tooltip has the rest
        tree.header().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            tree.setColumnWidth(column, width)
        tree.selectionModel().selectionChanged.connect(self._selection_changed)
        return tree

    def _check_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("All checks"), "")
        for check, problem in PROBLEMS.items():
            combo.addItem(translate("ChecksPanel", problem), check)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setToolTip(self.tr("Show only this check's findings"))
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def _dismiss_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.dismiss_action = QAction(self.tr("Dismiss"), self)
        self.dismiss_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dismiss_action.setToolTip(
            self.tr("Set the selected findings aside: they stay dismissed when checked again (Del)")
        )
        self.dismiss_action.triggered.connect(lambda: self._dismiss_selected(everywhere=False))
        self.dismiss_everywhere = QAction(self.tr("Allow This Text Everywhere"), self)
        self.dismiss_everywhere.setToolTip(
            self.tr("The check leaves this text alone all over the document (a name kept in Latin)")
        )
        self.dismiss_everywhere.triggered.connect(lambda: self._dismiss_selected(everywhere=True))
        menu = QMenu(button)
        menu.addAction(self.dismiss_everywhere)
        menu.addSeparator()
        menu.addAction(self.show_dismissed)
        button.setMenu(menu)
        button.setDefaultAction(self.dismiss_action)
        self.addAction(self.dismiss_action)
        return button

    def _build_layout(self) -> None:
        left = [self.check_filter, self.count]
        right = [self.run_button, self.dismiss_button, self.flag_button]
        set_list_body(self, self.table, left, right)

    # -- the findings -------------------------------------------------------------------------

    def set_findings(
        self, found: list[CheckedFinding] | None, view: DocumentView | None = None
    ) -> None:
        """Show the findings of a run on the document `view`; None: nothing has been checked
        (another document)."""
        self._found, self._view = found, view
        self._show()

    def _show(self) -> None:
        found = self._found
        listed = [i for i in found or () if self.show_dismissed.isChecked() or not i.dismissed]
        self.model.removeRows(0, self.model.rowCount())
        for row in rows(listed, self._view):
            self.model.appendRow(row)
        if found is None:
            self.count.setText(self.tr("Not checked yet (F7)"))
        else:
            flagged = sum(item.flagged for item in found)
            dismissed = sum(item.dismissed for item in found)
            self.count.setText(
                self.tr("{0} findings, {1} flagged, {2} dismissed").format(
                    len(found), flagged, dismissed
                )
            )
        self._update_buttons()

    def selected(self) -> list[CheckedFinding]:
        """The findings of the selected rows; a group row stands for all of its findings."""
        chosen: dict[int, CheckedFinding] = {}
        for index in self.table.selectionModel().selectedRows():
            item = index.data(FINDING_ROLE)
            if item is not None:
                chosen.setdefault(id(item), item)
                continue
            for row in range(self.proxy.rowCount(index)):
                child = self.proxy.index(row, 0, index).data(FINDING_ROLE)
                chosen.setdefault(id(child), child)
        return list(chosen.values())

    def _filter_changed(self, index: int) -> None:
        self.proxy.setFilterFixedString(self.check_filter.itemData(index))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        chosen = self.selected()
        self._update_buttons(chosen)
        if chosen:
            self.finding_selected.emit(chosen[0].finding)

    def _update_buttons(self, chosen: list[CheckedFinding] | None = None) -> None:
        chosen = self.selected() if chosen is None else chosen
        self.flag_button.setEnabled(any(not item.flagged for item in chosen))
        open_ = any(not item.dismissed for item in chosen)
        self.dismiss_action.setEnabled(open_)
        self.dismiss_everywhere.setEnabled(open_)

    def _flag_selected(self) -> None:
        findings = [item.finding for item in self.selected() if not item.flagged]
        if findings:
            self.flag_requested.emit(findings)

    def _dismiss_selected(self, everywhere: bool) -> None:
        findings = [item.finding for item in self.selected() if not item.dismissed]
        if findings:
            self.dismiss_requested.emit(findings, everywhere)
