"""Annotation changes as undoable commands, each run on the library thread.

Jobs run on the runner's single thread in submission order, so a command keeps the annotation
it changed on itself from inside its job: an undo submitted before the GUI heard back from the
change still finds the id it must take back.

A new change (flag, edit, flag similar) runs once *before* its command is pushed, and is pushed
only when that run succeeded: a change that failed to save leaves no undo entry behind.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.core.checks import Finding
from reader.core.errors import Conflict
from reader.core.mqm import Annotation, Weights
from reader.gui.annotating.flag_dialog import FlagRequest
from reader.gui.common.commands import RunFirstCommand
from reader.gui.common.library_runner import JobRunner
from reader.services.views import Occurrence

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class Flagging(QObject):
    """Owns the undo stack; every change it runs ends in `changed` or `failed`."""

    changed = Signal(str)  # a short description for the status bar
    failed = Signal(object)  # the Exception
    # A new change refused because someone else changed the annotation first: the command
    # (which can be rebased on theirs and performed again) and the Conflict
    conflicted = Signal(object, object)

    def __init__(self, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.undo_stack = QUndoStack(self)
        self._generation = 0  # bumped by clear(): a late success must not reach a new stack

    def run(self, job: Callable[[Any], Any], message: str) -> None:
        self.runner.submit(job, lambda _result: self.changed.emit(message), self.failed.emit)

    def perform(self, command: RunFirstCommand) -> None:
        """Run the command's change, and push it (without running it again) if it succeeded."""
        generation = self._generation

        def done(_result: Any) -> None:
            if generation == self._generation:
                self.undo_stack.push(command)
            self.changed.emit(command.done_message)

        def failed(error: Exception) -> None:
            rebase = getattr(command, "rebase", None)
            if isinstance(error, Conflict) and error.theirs is not None and rebase is not None:
                self.conflicted.emit(command, error)
            else:
                self.failed.emit(error)

        self.runner.submit(command.forward, done, failed)

    def flag(self, doc_id: int, request: FlagRequest, annotator: str) -> None:
        self.perform(FlagCommand(self, doc_id, request, annotator))

    def edit(self, before: Annotation, after: Annotation) -> None:
        self.perform(EditCommand(self, before, after))

    def flag_similar(self, original: Annotation, occurrences: Sequence[Occurrence]) -> None:
        self.perform(FlagSimilarCommand(self, original, occurrences))

    def flag_findings(self, doc_id: int, findings: Sequence[Finding], annotator: str) -> None:
        self.perform(FlagFindingsCommand(self, doc_id, findings, annotator))

    def delete(self, annotation: Annotation) -> None:
        self.perform(DeleteCommand(self, annotation))

    def set_resolved(self, annotation: Annotation, resolved: bool) -> None:
        self.perform(StatusCommand(self, annotation, resolved))

    def set_fix_accepted(self, annotation: Annotation, accepted: bool) -> None:
        self.perform(AcceptFixCommand(self, annotation, accepted))

    def set_weights(self, old: Weights, new: Weights) -> None:
        self.perform(WeightsCommand(self, old, new))

    def clear(self) -> None:
        """Another document is shown: the old commands would act on what is not on screen."""
        self._generation += 1
        self.undo_stack.clear()


class FlagCommand(RunFirstCommand):
    def __init__(
        self, flagging: Flagging, doc_id: int, request: FlagRequest, annotator: str
    ) -> None:
        # The category stays in English: it is an MQM name, stored and compared as such.
        name = translate("Flagging", "Flag {category}").format(
            category=request.category.split("/")[-1]
        )
        done, undone = translate("Flagging", "Flagged."), translate("Flagging", "Flag undone.")
        super().__init__(flagging.run, name, done, undone)
        self._doc_id, self._request, self._annotator = doc_id, request, annotator
        self.annotation: Annotation | None = None

    def forward(self, library: Any) -> None:
        if self.annotation is None:
            self.annotation = self._flag(library.annotations)
        else:
            self.annotation = library.annotations.restore(self.annotation)

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

    def backward(self, library: Any) -> None:
        assert self.annotation is not None and self.annotation.id is not None
        self.annotation = library.annotations.delete(self.annotation.id, self.annotation.version)


class EditCommand(RunFirstCommand):
    """Category, severity, comment and fix changed; undo stores the annotation as it was.

    Each step is made on the version the last one left (`_seen`): if someone else changed the
    annotation in between, the step is refused, and never overwrites their change."""

    def __init__(self, flagging: Flagging, before: Annotation, after: Annotation) -> None:
        super().__init__(
            flagging.run,
            translate("Flagging", "Edit Annotation"),
            translate("Flagging", "Annotation saved."),
            translate("Flagging", "Edit undone."),
        )
        self.before, self.after = before, after
        self._seen = before.version

    def forward(self, library: Any) -> None:
        self._seen = library.annotations.update(replace(self.after, version=self._seen)).version

    def backward(self, library: Any) -> None:
        self._seen = library.annotations.update(replace(self.before, version=self._seen)).version

    def rebase(self, theirs: Annotation) -> None:
        """Make the edit over someone else's newer version (the user keeps theirs)."""
        self._seen = theirs.version


class FlagManyCommand(RunFirstCommand):
    """Several annotations made in one transaction; one undo step deletes them all, and redo
    restores them with their ids."""

    def __init__(self, flagging: Flagging, text: str, done: str, undone: str) -> None:
        super().__init__(flagging.run, text, done, undone)
        self.created: list[Annotation] = []
        self._deleted: list[Annotation] = []

    def create(self, library: Any) -> list[Annotation]:
        raise NotImplementedError

    def forward(self, library: Any) -> None:
        if not self._deleted:
            self.created = self.create(library)
        else:
            self.created = [library.annotations.restore(a) for a in self._deleted]

    def backward(self, library: Any) -> None:
        self._deleted = [
            library.annotations.delete(a.id, a.version) for a in self.created if a.id is not None
        ]


class FlagSimilarCommand(FlagManyCommand):
    """Every chosen occurrence flagged like the original."""

    def __init__(
        self, flagging: Flagging, original: Annotation, occurrences: Sequence[Occurrence]
    ) -> None:
        count = len(occurrences)
        super().__init__(
            flagging,
            translate("Flagging", "Flag {0} Similar").format(count),
            translate("Flagging", "Flagged {0} similar.").format(count),
            translate("Flagging", "Similar flags undone."),
        )
        self._original, self._occurrences = original, tuple(occurrences)

    def create(self, library: Any) -> list[Annotation]:
        assert self._original.id is not None
        return list(library.annotations.flag_similar(self._original.id, self._occurrences))


class FlagFindingsCommand(FlagManyCommand):
    """Findings of the automatic checks flagged with their category and span."""

    def __init__(
        self, flagging: Flagging, doc_id: int, findings: Sequence[Finding], annotator: str
    ) -> None:
        count = len(findings)
        super().__init__(
            flagging,
            translate("Flagging", "Flag {0} Findings").format(count),
            translate("Flagging", "Flagged {0} findings.").format(count),
            translate("Flagging", "Flagged findings undone."),
        )
        self._doc_id, self._findings, self._annotator = doc_id, tuple(findings), annotator

    def create(self, library: Any) -> list[Annotation]:
        return list(library.checks.flag(self._doc_id, self._findings, self._annotator))


class DeleteCommand(RunFirstCommand):
    def __init__(self, flagging: Flagging, annotation: Annotation) -> None:
        super().__init__(
            flagging.run,
            translate("Flagging", "Delete Annotation"),
            translate("Flagging", "Annotation deleted."),
            translate("Flagging", "Annotation restored."),
        )
        self.annotation = annotation

    def forward(self, library: Any) -> None:
        assert self.annotation.id is not None
        self.annotation = library.annotations.delete(self.annotation.id, self.annotation.version)

    def backward(self, library: Any) -> None:
        self.annotation = library.annotations.restore(self.annotation)

    def rebase(self, theirs: Annotation) -> None:
        self.annotation = theirs


class StatusCommand(RunFirstCommand):
    def __init__(self, flagging: Flagging, annotation: Annotation, resolved: bool) -> None:
        super().__init__(
            flagging.run,
            translate("Flagging", "Resolve") if resolved else translate("Flagging", "Reopen"),
            translate("Flagging", "Resolved.") if resolved else translate("Flagging", "Reopened."),
            translate("Flagging", "Reopened.") if resolved else translate("Flagging", "Resolved."),
        )
        self._id, self._resolved, self._seen = annotation.id, resolved, annotation.version

    def _set(self, library: Any, resolved: bool) -> None:
        change = library.annotations.resolve if resolved else library.annotations.reopen
        self._seen = change(self._id, self._seen).version

    def forward(self, library: Any) -> None:
        self._set(library, self._resolved)

    def backward(self, library: Any) -> None:
        self._set(library, not self._resolved)

    def rebase(self, theirs: Annotation) -> None:
        self._seen = theirs.version


class AcceptFixCommand(RunFirstCommand):
    """Accept an annotation's fix for the revised translation, or withdraw the acceptance."""

    def __init__(self, flagging: Flagging, annotation: Annotation, accepted: bool) -> None:
        super().__init__(
            flagging.run,
            translate("Flagging", "Accept Fix")
            if accepted
            else translate("Flagging", "Withdraw Fix"),
            translate("Flagging", "Fix accepted.")
            if accepted
            else translate("Flagging", "Fix withdrawn."),
            translate("Flagging", "Acceptance undone."),
        )
        self._id, self._accepted, self._seen = annotation.id, accepted, annotation.version

    def forward(self, library: Any) -> None:
        self._seen = library.annotations.accept_fix(self._id, self._accepted, self._seen).version

    def backward(self, library: Any) -> None:
        changed = library.annotations.accept_fix(self._id, not self._accepted, self._seen)
        self._seen = changed.version

    def rebase(self, theirs: Annotation) -> None:
        self._seen = theirs.version


class WeightsCommand(RunFirstCommand):
    """Score the library with other MQM weights; undo puts the old ones back."""

    def __init__(self, flagging: Flagging, old: Weights, new: Weights) -> None:
        super().__init__(
            flagging.run,
            translate("Flagging", "Change MQM Weights"),
            translate("Flagging", "MQM weights changed."),
            translate("Flagging", "MQM weights put back."),
        )
        self._old, self._new = old, new

    def forward(self, library: Any) -> None:
        library.set_mqm_weights(self._new)

    def backward(self, library: Any) -> None:
        library.set_mqm_weights(self._old)
