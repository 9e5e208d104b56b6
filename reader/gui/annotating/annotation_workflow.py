"""Working through the annotations: edit one, step to the next or previous, find similar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction

from reader.core.mqm import Annotation
from reader.gui.annotating.annotations_panel import AnnotationsPanel
from reader.gui.annotating.flag_dialog import FlagDialog
from reader.gui.annotating.flagging import Flagging
from reader.gui.annotating.similar_dialog import FindSimilarDialog
from reader.gui.common.library_runner import JobRunner


class WorkflowActions(Protocol):
    """The window's actions that the workflow answers."""

    @property
    def edit_annotation(self) -> QAction: ...
    @property
    def find_similar(self) -> QAction: ...
    @property
    def next_annotation(self) -> QAction: ...
    @property
    def previous_annotation(self) -> QAction: ...


class Window(Protocol):
    """What the workflow needs of the main window that holds it."""

    actions_: WorkflowActions
    annotations: AnnotationsPanel
    flagging: Flagging
    runner: JobRunner

    def show_annotation(self, annotation: Annotation) -> None: ...


class AnnotationWorkflow(QObject):
    """Wires the panel's Edit… button, F8 / Shift+F8 and Find Similar… to the window."""

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        a, panel = window.actions_, window.annotations
        panel.edit_requested.connect(self.ask_edit)
        a.edit_annotation.triggered.connect(lambda: self._with_selected(self.ask_edit))
        a.find_similar.triggered.connect(lambda: self._with_selected(self.ask_find_similar))
        a.next_annotation.triggered.connect(lambda: self.step(1))
        a.previous_annotation.triggered.connect(lambda: self.step(-1))
        panel.table.selectionModel().selectionChanged.connect(self._update_actions)
        panel.model.modelReset.connect(self._update_actions)

    def _update_actions(self) -> None:
        chosen = self.window.annotations.selected() is not None
        self.window.actions_.edit_annotation.setEnabled(chosen)
        self.window.actions_.find_similar.setEnabled(chosen)

    def _with_selected(self, act: Callable[[Annotation], object]) -> None:
        annotation = self.window.annotations.selected()
        if annotation is not None:
            act(annotation)

    def step(self, by: int) -> Annotation | None:
        """Select the next (1) or previous (-1) annotation in the panel and scroll to it."""
        annotation = self.window.annotations.step(by)
        if annotation is not None:
            self.window.show_annotation(annotation)
        return annotation

    def ask_edit(self, annotation: Annotation) -> FlagDialog:
        """The Flag dialog, prefilled; Save stores the change as one undoable command."""
        window = self.window
        dialog = FlagDialog(window.runner, {}, window, editing=annotation)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            edited = dialog.edited()
            if edited != annotation:
                window.flagging.edit(annotation, edited)

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def ask_find_similar(self, annotation: Annotation) -> FindSimilarDialog:
        window = self.window
        dialog = FindSimilarDialog(window.runner, annotation, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.flag_requested.connect(
            lambda chosen: window.flagging.flag_similar(annotation, chosen)
        )
        dialog.open()
        return dialog
