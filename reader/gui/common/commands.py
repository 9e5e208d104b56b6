"""The undoable change the features share: run once on the library thread before it is pushed
on the window's undo stack, so that a refused change never reaches the stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

# Runs a job on the library thread, then says the message in the status bar.
Run = Callable[[Callable[[Any], Any], str], None]


class RunFirstCommand(QUndoCommand):
    """A change its owner runs (`forward`) before pushing: the push's redo() does nothing;
    later undos and redos run `backward` and `forward` through `run`.

    `text` names it on the undo stack; the messages go to the status bar once it is done or
    undone."""

    def __init__(self, run: Run, text: str, done: str, undone: str) -> None:
        super().__init__(text)
        self._run = run
        self.done_message, self.undone_message = done, undone
        self._pushed = False

    def forward(self, library: Any) -> Any:
        raise NotImplementedError

    def backward(self, library: Any) -> Any:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # its owner has run it before pushing
            return
        self._run(self.forward, self.done_message)

    def undo(self) -> None:
        self._run(self.backward, self.undone_message)
