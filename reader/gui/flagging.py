"""Annotation changes as undoable commands, each run on the library thread.

Jobs run on the runner's single thread in submission order, so a command keeps the annotation
it changed on itself from inside its job: an undo submitted before the GUI heard back from the
flag still finds the id it must delete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reader.core.mqm import Annotation
from reader.gui.export_dialog import JobRunner
from reader.gui.flag_dialog import FlagRequest


class Flagging(QObject):
    """Owns the undo stack; every change it runs ends in `changed` or `failed`."""

    changed = Signal(str)  # a short description for the status bar
    failed = Signal(object)  # the Exception

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = QUndoStack(self)

    def run(self, job: Callable[[Any], Any], message: str) -> None:
        self.runner.submit(job, lambda _result: self.changed.emit(message), self.failed.emit)

    def flag(self, doc_id: int, request: FlagRequest, annotator: str) -> None:
        self.undo_stack.push(FlagCommand(self, doc_id, request, annotator))

    def delete(self, annotation: Annotation) -> None:
        self.undo_stack.push(DeleteCommand(self, annotation))

    def set_resolved(self, annotation: Annotation, resolved: bool) -> None:
        self.undo_stack.push(StatusCommand(self, annotation, resolved))

    def clear(self) -> None:
        """Another document is shown: the old commands would act on what is not on screen."""
        self.undo_stack.clear()


class FlagCommand(QUndoCommand):
    def __init__(
        self, flagging: Flagging, doc_id: int, request: FlagRequest, annotator: str
    ) -> None:
        super().__init__(f"Flag {request.category.split('/')[-1]}")
        self._flagging, self._doc_id = flagging, doc_id
        self._request, self._annotator = request, annotator
        self.annotation: Annotation | None = None

    def redo(self) -> None:
        def job(library: Any) -> None:
            if self.annotation is None:
                self.annotation = self._flag(library.annotations)
            else:
                self.annotation = library.annotations.restore(self.annotation)

        self._flagging.run(job, "Flagged.")

    def _flag(self, annotations: Any) -> Annotation:
        anchors = [
            annotations.span_anchor(self._doc_id, side, s.paragraph, s.start, s.end)
            for side, s in self._request.spans.items()
        ]
        r = self._request
        return annotations.flag(  # type: ignore[no-any-return]
            self._doc_id, r.category, r.severity, anchors,
            comment=r.comment, fix=r.fix, annotator=self._annotator,
        )  # fmt: skip

    def undo(self) -> None:
        def job(library: Any) -> None:
            if self.annotation is None or self.annotation.id is None:
                return  # the flag itself failed (and said so): nothing was stored to take back
            self.annotation = library.annotations.delete(self.annotation.id)

        self._flagging.run(job, "Flag undone.")


class DeleteCommand(QUndoCommand):
    def __init__(self, flagging: Flagging, annotation: Annotation) -> None:
        super().__init__("Delete Annotation")
        self._flagging, self.annotation = flagging, annotation

    def redo(self) -> None:
        def job(library: Any) -> None:
            assert self.annotation.id is not None
            self.annotation = library.annotations.delete(self.annotation.id)

        self._flagging.run(job, "Annotation deleted.")

    def undo(self) -> None:
        def job(library: Any) -> None:
            self.annotation = library.annotations.restore(self.annotation)

        self._flagging.run(job, "Annotation restored.")


class StatusCommand(QUndoCommand):
    def __init__(self, flagging: Flagging, annotation: Annotation, resolved: bool) -> None:
        super().__init__("Resolve" if resolved else "Reopen")
        self._flagging, self._id, self._resolved = flagging, annotation.id, resolved

    def _set(self, resolved: bool) -> None:
        def job(library: Any) -> None:
            change = library.annotations.resolve if resolved else library.annotations.reopen
            change(self._id)

        self._flagging.run(job, "Resolved." if resolved else "Reopened.")

    def redo(self) -> None:
        self._set(self._resolved)

    def undo(self) -> None:
        self._set(not self._resolved)
