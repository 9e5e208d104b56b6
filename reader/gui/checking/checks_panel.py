"""The Checks dock: what the automatic checks found in the shown document's translation.

Edit › Check Translation (F7) runs the checks on the library thread and lists the findings;
selecting one shows its span in the texts, and Flag turns the selected findings into annotations
(one undo step). Findings already flagged are marked so, and stay listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from reader.core.checks import Finding
from reader.gui.common import settings
from reader.gui.common.annotator import annotator_name
from reader.gui.common.menus import menu_named
from reader.gui.common.tables import configure_list_table, set_list_body
from reader.gui.parallel.parallel_model import Column
from reader.gui.parallel.sentence_map import CellSpan
from reader.services.views import CheckedFinding, DocumentView

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# What each check finds, as the Problem column says it; keys are reader.core.checks.CHECKS's.
PROBLEMS = {
    "omission": QT_TRANSLATE_NOOP("ChecksPanel", "Not translated"),
    "addition": QT_TRANSLATE_NOOP("ChecksPanel", "Added in translation"),
    "numbers": QT_TRANSLATE_NOOP("ChecksPanel", "Number missing or changed"),
    "untranslated": QT_TRANSLATE_NOOP("ChecksPanel", "Source text copied untranslated"),
    "punctuation": QT_TRANSLATE_NOOP("ChecksPanel", "Half-width punctuation in Chinese"),
    "brackets": QT_TRANSLATE_NOOP("ChecksPanel", "Unmatched bracket or quotation mark"),
    "repeated": QT_TRANSLATE_NOOP("ChecksPanel", "Repeated word"),
    "spacing": QT_TRANSLATE_NOOP("ChecksPanel", "Stray space"),
    "length": QT_TRANSLATE_NOOP("ChecksPanel", "Unusual length"),
    "consistency": QT_TRANSLATE_NOOP("ChecksPanel", "Same sentence translated differently"),
    "terms": QT_TRANSLATE_NOOP("ChecksPanel", "Term not rendered as the glossary says"),
}
HEADERS = (  # translated where the model takes them
    QT_TRANSLATE_NOOP("ChecksPanel", "Problem"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Where"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Text"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Severity"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Category"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Flagged"),
)
COLUMN_WIDTHS = (230, 120, 260, 70, 190)  # "Flagged" takes the rest
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the CheckedFinding, on the first column
CHECK_ROLE = Qt.ItemDataRole.UserRole + 2  # the check id, for the filter
LAYER = "check"  # the decoration layer that marks the selected finding's span
MESSAGE_MS = 5000
CONTEXT = 12  # characters shown on each side of a finding's text


class ChecksPanel(QDockWidget):
    finding_selected = Signal(object)  # the Finding
    flag_requested = Signal(list)  # the Findings to flag
    run_requested = Signal()
    glossary_chosen = Signal(str)  # a file's path, or "" for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checks"), parent)
        self.setObjectName("checks_panel")  # saveState needs a name
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(header) for header in HEADERS])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(CHECK_ROLE)
        self.table = self._table()
        self.check_filter = self._check_filter()
        self.count = QLabel(self)
        self.run_button = QPushButton(self.tr("Check Again"), self)
        self.run_button.setToolTip(self.tr("Run the checks on the shown document (F7)"))
        self.run_button.clicked.connect(self.run_requested)
        self.flag_button = QPushButton(self.tr("Flag"), self)
        self.flag_button.setToolTip(
            self.tr("Flag the selected findings as annotations, with the check's category")
        )
        self.flag_button.clicked.connect(self._flag_selected)
        self.glossary_button = self._glossary_button()
        self._build_layout()
        self.set_findings(None)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.proxy)
        configure_list_table(table, COLUMN_WIDTHS)
        table.setWordWrap(False)  # one line a finding; the tooltip has the rest
        table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        return table

    def _check_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("All checks"), "")
        for check, problem in PROBLEMS.items():
            combo.addItem(self.tr(problem), check)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.setToolTip(self.tr("Show only this check's findings"))
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def _glossary_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.choose_glossary = menu.addAction(self.tr("Choose Glossary…"))
        self.choose_glossary.triggered.connect(self._ask_glossary)
        self.no_glossary = menu.addAction(self.tr("No Glossary"))
        self.no_glossary.triggered.connect(lambda: self.glossary_chosen.emit(""))
        button.setMenu(menu)
        return button

    def show_glossary(self, path: str) -> None:
        """Name the glossary the checks use (none: "")."""
        name = Path(path).name if path else ""
        text = self.tr("Glossary: {0}").format(name) if name else self.tr("No Glossary")
        self.glossary_button.setText(text)
        self.glossary_button.setToolTip(
            self.tr(
                "Terms and their renderings, one per line: term, a tab, then the renderings "
                "separated by |. The checks flag a term whose translation uses none of them."
            )
            + (f"\n{path}" if path else "")
        )
        self.no_glossary.setEnabled(bool(path))

    def _ask_glossary(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Glossary"),
            "",
            self.tr("Glossaries (*.tsv *.txt);;All files (*)"),
        )
        if path:
            self.glossary_chosen.emit(path)

    def _build_layout(self) -> None:
        right = [self.glossary_button, self.run_button, self.flag_button]
        set_list_body(self, self.table, [self.check_filter, self.count], right)

    def set_findings(
        self, found: list[CheckedFinding] | None, view: DocumentView | None = None
    ) -> None:
        """Show the findings of a run on the document `view`; None: nothing has been checked
        (another document)."""
        self.model.removeRows(0, self.model.rowCount())
        for item in found or ():
            self.model.appendRow(_row(item, view))
        if found is None:
            self.count.setText(self.tr("Not checked yet (F7)"))
        else:
            flagged = sum(item.flagged for item in found)
            self.count.setText(self.tr("{0} findings, {1} flagged").format(len(found), flagged))
        self._update_buttons()

    def selected(self) -> list[CheckedFinding]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.index(r.row(), 0).data(FINDING_ROLE) for r in sorted(rows)]

    def _filter_changed(self, index: int) -> None:
        check = self.check_filter.itemData(index)
        self.proxy.setFilterFixedString(check)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        chosen = self.selected()
        if len(chosen) == 1:
            self.finding_selected.emit(chosen[0].finding)

    def _update_buttons(self) -> None:
        self.flag_button.setEnabled(any(not item.flagged for item in self.selected()))

    def _flag_selected(self) -> None:
        findings = [item.finding for item in self.selected() if not item.flagged]
        if findings:
            self.flag_requested.emit(findings)


def _row(item: CheckedFinding, view: DocumentView | None) -> list[QStandardItem]:
    f = item.finding
    side = (
        translate("ChecksPanel", "Original")
        if f.side == "source"
        else translate("ChecksPanel", "Translation")
    )
    texts = (
        translate("ChecksPanel", PROBLEMS.get(f.check, f.check)),
        translate("ChecksPanel", "{side} ¶{number}").format(side=side, number=f.paragraph + 1),
        _context(f, view),
        f.severity,
        f.category,
        translate("ChecksPanel", "Flagged") if item.flagged else "",
    )
    cells = [QStandardItem(text) for text in texts]
    cells[0].setData(item, FINDING_ROLE)
    cells[0].setData(f.check, CHECK_ROLE)
    cells[0].setToolTip(f.message)  # the full sentence, in English as the command line gives it
    cells[2].setToolTip(f.detail)
    return cells


def _context(finding: Finding, view: DocumentView | None) -> str:
    """The finding's text with a little of what surrounds it, on one line: a lone "," says
    little, "几年中,我们听到" says where."""
    side = None if view is None else view.source if finding.side == "source" else view.target
    if side is None or finding.end - finding.start > 4 * CONTEXT:  # long: its own text says it
        return " ".join(finding.detail.split())
    text = side.paragraphs[finding.paragraph]
    start, end = max(finding.start - CONTEXT, 0), min(finding.end + CONTEXT, len(text))
    before = ("…" if start > 0 else "") + text[start : finding.start]
    after = text[finding.end : end] + ("…" if end < len(text) else "")
    return " ".join(f"{before}【{text[finding.start : finding.end]}】{after}".split())


class ChecksController:
    """Runs the checks on the window's document and acts on the panel's requests.

    `window` is the MainWindow: its runner, model, parallel view, flagging, document_loaded and
    annotations_changed signals, statusBar() and show_error().
    """

    def __init__(self, window: Any, panel: ChecksPanel) -> None:
        self.window, self.panel = window, panel
        self.checked_id: int | None = None  # the document the listed findings belong to
        panel.run_requested.connect(self.run)
        panel.finding_selected.connect(self.show)
        panel.flag_requested.connect(self.flag)
        panel.glossary_chosen.connect(self.set_glossary)
        panel.show_glossary(settings.CHECK_GLOSSARY.load())
        window.document_loaded.connect(self._document_loaded)
        # Also after an alignment edit, which reloads the annotations (their scores follow the
        # pairs), as omissions and additions do.
        window.annotations_changed.connect(self._recheck)

    def _shown_id(self) -> int | None:
        view = self.window.model.document
        return view.id if view is not None else None

    def run(self) -> None:
        """Check the shown document and bring the panel to the front."""
        if self._shown_id() is not None:
            self.panel.show()
            self.panel.raise_()
            # The library thread may still be loading the dictionaries: say something now.
            self.window.statusBar().showMessage(translate("ChecksPanel", "Checking…"))
            self._check(announce=True)

    def set_glossary(self, path: str) -> None:
        """Use this glossary from now on (remembered), and check again if a check was shown."""
        settings.CHECK_GLOSSARY.save(path)
        self.panel.show_glossary(path)
        if self.checked_id is not None:
            self.run()

    def _check(self, announce: bool) -> None:
        doc_id = self._shown_id()
        chosen = settings.CHECK_GLOSSARY.load()
        glossary = Path(chosen) if chosen else None

        def done(found: list[CheckedFinding]) -> None:
            if doc_id != self._shown_id():
                return  # another document came while the checks ran
            self.checked_id = doc_id
            self.panel.set_findings(found, self.window.model.document)
            if announce:
                message = translate("ChecksPanel", "The checks found {0} problems.")
                self.window.statusBar().showMessage(message.format(len(found)), MESSAGE_MS)

        self.window.runner.submit(
            lambda library: library.checks.run(doc_id, glossary=glossary),
            done,
            lambda error: self.window.show_error(
                translate("ChecksPanel", "Could Not Check the Translation"), error
            ),
        )

    def show(self, finding: Finding) -> None:
        """Select the finding's row and mark its span, scrolled into view."""
        model, view = self.window.model, self.window.parallel
        sentences = model.sentences
        where = sentences.paragraph_cell(finding.side, finding.paragraph) if sentences else None
        if where is None:
            return
        row, at = where
        column = Column.SOURCE if finding.side == "source" else Column.TARGET
        span = CellSpan(row, column, at + finding.start, at + finding.end)
        model.set_decorations(LAYER, [span])
        view.select_row(row, column)
        view.reveal([span], centre=True)

    def flag(self, findings: list[Finding]) -> None:
        doc_id = self._shown_id()
        if doc_id is None or doc_id != self.checked_id:
            return
        annotator = annotator_name(self.window)
        if annotator is not None:
            self.window.flagging.flag_findings(doc_id, findings, annotator)

    def _document_loaded(self, doc_id: int) -> None:
        if doc_id != self.checked_id:
            self.checked_id = None
            self.panel.set_findings(None)
            self.window.model.set_decorations(LAYER, [])

    def _recheck(self, *_changed: object) -> None:
        """Flags added or undone, or the alignment edited: the list follows, if it is shown."""
        if self.checked_id is not None and self.checked_id == self._shown_id():
            self._check(announce=False)


def install_checks(window: QMainWindow) -> ChecksController:
    """The Checks dock (tabbed with the annotations), its View toggle and Edit › Check
    Translation (F7). Call it after the window has restored its saved state."""
    panel = ChecksPanel(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    window.tabifyDockWidget(window.annotations, panel)  # type: ignore[attr-defined]
    # Where the user last put it, if the window's saved state knows the panel (a state saved
    # before the panel existed would place it beside the annotations, not behind them).
    window.restoreDockWidget(panel)
    window.annotations.raise_()  # type: ignore[attr-defined]
    controller = ChecksController(window, panel)
    action = QAction(translate("ChecksPanel", "&Check Translation"), window)
    action.setShortcut(QKeySequence("F7"))
    action.setStatusTip(
        translate("ChecksPanel", "Find omissions, number errors, punctuation and other problems")
    )
    action.triggered.connect(controller.run)
    edit_menu = menu_named(window, "edit")
    actions = edit_menu.actions()
    after = actions.index(window.actions_.find_similar) + 1  # type: ignore[attr-defined]
    edit_menu.insertAction(actions[after], action)  # with the other ways of flagging
    view_menu = menu_named(window, "view")
    view_menu.insertAction(view_menu.actions()[2], panel.toggleViewAction())
    window.check_action = action  # type: ignore[attr-defined]
    return controller
