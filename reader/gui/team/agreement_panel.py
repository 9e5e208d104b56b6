"""View › Agreement: how far the shown document's reviewers agree (core.agreement), updated
whenever its annotations change; a paragraph where they differ is a double-click away."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.agreement import Agreement
from reader.core.errors import InputError
from reader.gui.common.library_runner import JobRunner
from reader.gui.common.menus import menu_named
from reader.gui.parallel.parallel_model import ParallelModel
from reader.gui.team.adjudication_dialog import AdjudicationDialog

translate = QCoreApplication.translate
PARAGRAPH_ROLE = Qt.ItemDataRole.UserRole + 1


class Window(Protocol):
    model: ParallelModel
    runner: JobRunner
    annotations: QDockWidget
    go_to: Any  # reading.go_to.GoToParagraph: go(side, paragraph)
    document_loaded: SignalInstance
    annotations_changed: SignalInstance

    def refresh_annotations(self) -> None: ...


class AgreementPanel(QDockWidget):
    paragraph_chosen = Signal(int)  # a source paragraph, from 0
    adjudicate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Agreement"), parent)
        self.setObjectName("agreement_panel")  # saveState() finds it by name
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.scores = _table(
            self,
            [
                self.tr("Reviewer"),
                self.tr("Penalty"),
                self.tr("Errors"),
                self.tr("Per 1,000 words"),
            ],
        )
        self.pairs = _table(
            self,
            [self.tr("Reviewers"), self.tr("Spans"), self.tr("Matched"), self.tr("Precision"),
             self.tr("Recall"), self.tr("F1"), self.tr("κ category"), self.tr("κ severity")],
        )  # fmt: skip
        self.hotspots = QListWidget(self)
        self.hotspots.setToolTip(self.tr("Paragraphs where the reviewers' penalties differ most"))
        self.hotspots.itemActivated.connect(
            lambda item: self.paragraph_chosen.emit(item.data(PARAGRAPH_ROLE))
        )
        self.adjudicate = QPushButton(self.tr("&Adjudicate…"), self)
        self.adjudicate.setToolTip(
            self.tr("Settle the reviewers' annotations into one adjudicated set, case by case")
        )
        self.adjudicate.clicked.connect(self.adjudicate_requested)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        for widget in (self.message, self.scores, self.pairs, self.hotspots, self.adjudicate):
            layout.addWidget(widget)
        self.setWidget(body)
        self.show_agreement(None, "")

    def show_agreement(self, found: Agreement | None, message: str) -> None:
        """The agreement, or (None) the message that says why there is none."""
        for widget in (self.scores, self.pairs, self.hotspots):
            widget.setVisible(found is not None)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        if found is None:
            return
        self.scores.setRowCount(0)
        for reviewer, score in found.scores:
            _add_row(self.scores, [reviewer, f"{score.penalty:g}", str(score.errors),
                                   f"{score.per_thousand_words:.2f}"])  # fmt: skip
        self.pairs.setRowCount(0)
        for pair in found.pairs:
            for name, rates in ((self.tr("same span"), pair.exact),
                                (self.tr("overlapping"), pair.overlapping)):  # fmt: skip
                kappas = [_kappa(pair.category_kappa), _kappa(pair.severity_kappa)]
                _add_row(self.pairs, [f"{pair.first} – {pair.second}", name, str(rates.matched),
                                      f"{rates.precision:.2f}", f"{rates.recall:.2f}",
                                      f"{rates.f1:.2f}", *kappas])  # fmt: skip
        for table in (self.scores, self.pairs):
            _fit_height(table)
        self.hotspots.clear()
        for spot in found.hotspots:
            penalties = ", ".join(f"{r} {p:g}" for r, p in spot.penalties)
            item = QListWidgetItem(self.tr("¶{0}: {1}").format(spot.paragraph + 1, penalties))
            item.setData(PARAGRAPH_ROLE, spot.paragraph)
            self.hotspots.addItem(item)


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows: a table of a few figures is read whole, never scrolled."""
    rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())


def _add_row(table: QTableWidget, cells: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(cells):
        table.setItem(row, column, QTableWidgetItem(text))


def _kappa(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


class AgreementController:
    """Keeps the panel on the shown document's agreement, computed on the library thread."""

    def __init__(self, window: Window, panel: AgreementPanel) -> None:
        self.window, self.panel = window, panel
        window.document_loaded.connect(lambda _doc_id: self.refresh())
        window.annotations_changed.connect(self.refresh)
        panel.visibilityChanged.connect(lambda shown: shown and self.refresh())
        panel.paragraph_chosen.connect(self.go_to)
        panel.adjudicate_requested.connect(self.ask_adjudication)

    def refresh(self) -> None:
        view = self.window.model.document
        if view is None or not self.panel.isVisible():
            return
        doc_id = view.id

        def done(found: Agreement) -> None:
            if self._shown(doc_id):
                self.panel.show_agreement(found, "")

        def failed(error: Exception) -> None:
            if self._shown(doc_id):
                # The usual case, not a failure: fewer than two reviewers flagged anything here.
                said = str(error) if isinstance(error, InputError) else repr(error)
                self.panel.show_agreement(None, said)

        self.window.runner.submit(
            lambda library: library.annotations.agreement(doc_id), done, failed
        )

    def _shown(self, doc_id: int) -> bool:
        view = self.window.model.document
        return view is not None and view.id == doc_id

    def ask_adjudication(self) -> AdjudicationDialog | None:
        view = self.window.model.document
        if view is None:
            return None
        dialog = AdjudicationDialog(self.window.runner, view.id, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self.window.refresh_annotations)
        dialog.open()
        return dialog

    def go_to(self, paragraph: int) -> None:
        self.window.go_to.go("source", paragraph)


def install_agreement(window: QMainWindow) -> AgreementController:
    """The Agreement dock (tabbed with the annotations, hidden until asked for) and its View
    toggle."""
    panel = AgreementPanel(window)
    panel.hide()
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    window.tabifyDockWidget(window.annotations, panel)  # type: ignore[attr-defined]
    window.restoreDockWidget(panel)
    toggle = panel.toggleViewAction()
    toggle.setStatusTip(translate("AgreementPanel", "How far the document's reviewers agree"))
    toggle.triggered.connect(lambda shown: shown and panel.raise_())  # in front of its tabs
    menu_named(window, "view").addAction(toggle)
    return AgreementController(window, panel)  # type: ignore[arg-type]
