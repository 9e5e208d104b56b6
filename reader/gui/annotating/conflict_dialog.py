"""When someone else changed an annotation before the user's change reached it: their
version is shown, and the user keeps theirs, takes the other's, or cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.errors import Conflict
from reader.core.mqm import Annotation

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def ask_about_conflict(
    parent: QWidget,
    error: Conflict,
    keep_mine: Callable[[], None],
    take_theirs: Callable[[], None],
) -> QMessageBox:
    """A window-modal box: Keep Mine makes the change over theirs, Take Theirs shows theirs."""
    theirs = error.theirs
    assert isinstance(theirs, Annotation)
    title = translate("ConflictDialog", "Changed by Someone Else")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    who = theirs.annotator or translate("ConflictDialog", "another reviewer")
    said = translate("ConflictDialog", "{who} changed this annotation after you opened it.")
    box.setText(said.format(who=who))
    fix = translate("ConflictDialog", "Fix: {0}").format(theirs.fix) if theirs.fix else ""
    details = [f"{theirs.category} · {theirs.severity} · {theirs.status}", theirs.comment, fix]
    heading = translate("ConflictDialog", "Their version:")
    box.setInformativeText("\n".join([heading, *(line for line in details if line)]))
    keep = translate("ConflictDialog", "Keep Mine")
    mine = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
    take = translate("ConflictDialog", "Take Theirs")
    other = box.addButton(take, QMessageBox.ButtonRole.RejectRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(other)

    def chosen() -> None:
        if box.clickedButton() is mine:
            keep_mine()
        elif box.clickedButton() is other:
            take_theirs()

    box.finished.connect(chosen)
    box.open()
    return box
