"""The term base's changes as undoable commands on the window's one undo stack.

Each runs once on the library thread before it is pushed (so a refused change, such as a term
held already, never reaches the stack); undo and redo then run on the library thread too, and
put terms back with their ids, so a redo restores the very term an undo removed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.core.terms import Term

translate = QCoreApplication.translate
Run = Callable[[Callable[[Any], Any], str], None]  # (job, status message)


class TermCommand(QUndoCommand):
    """`forward` and `backward` run on the library thread; `run` submits them."""

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
            self._pushed = True  # the controller has run it before pushing
            return
        self._run(self.forward, self.done_message)

    def undo(self) -> None:
        self._run(self.backward, self.undone_message)


class AddTermsCommand(TermCommand):
    def __init__(self, run: Run, drafts: Sequence[Term]) -> None:
        count = len(drafts)
        if count == 1:
            text = translate("TermsPanel", "Add Term “{0}”").format(drafts[0].source)
        else:
            text = translate("TermsPanel", "Add {0} Terms").format(count)
        done = translate("TermsPanel", "Added {0} to the term base.").format(_named(drafts))
        undone = translate("TermsPanel", "Removed {0} from the term base.").format(_named(drafts))
        super().__init__(run, text, done, undone)
        self._drafts = tuple(drafts)
        self.added: list[Term] = []

    def forward(self, library: Any) -> list[Term]:
        if self.added:
            self.added = [library.terms.restore(t) for t in self.added]
        else:
            self.added = library.terms.add_all(self._drafts)
        return self.added

    def backward(self, library: Any) -> None:
        for term in self.added:
            library.terms.remove(term.id)


class EditTermCommand(TermCommand):
    def __init__(self, run: Run, before: Term, after: Term) -> None:
        text = translate("TermsPanel", "Edit Term “{0}”").format(after.source)
        done = translate("TermsPanel", "Changed “{0}”.").format(after.source)
        undone = translate("TermsPanel", "Change to “{0}” undone.").format(after.source)
        super().__init__(run, text, done, undone)
        self._before, self._after = before, after

    def forward(self, library: Any) -> Term:
        library.terms.update(self._after)
        return self._after

    def backward(self, library: Any) -> Term:
        library.terms.update(self._before)
        return self._before


class DeleteTermCommand(TermCommand):
    def __init__(self, run: Run, term: Term) -> None:
        text = translate("TermsPanel", "Delete Term “{0}”").format(term.source)
        done = translate("TermsPanel", "Deleted “{0}” from the term base.").format(term.source)
        undone = translate("TermsPanel", "Put “{0}” back in the term base.").format(term.source)
        super().__init__(run, text, done, undone)
        self._term = term

    def forward(self, library: Any) -> None:
        assert self._term.id is not None
        self._term = library.terms.remove(self._term.id)

    def backward(self, library: Any) -> Term:
        return library.terms.restore(self._term)  # type: ignore[no-any-return]


class ImportTermsCommand(TermCommand):
    """A file's terms: undo removes the added ones and takes the joined renderings out again."""

    def __init__(self, run: Run, path: Any, author: str) -> None:
        text = translate("TermsPanel", "Import Terms from {0}").format(path.name)
        undone = translate("TermsPanel", "Import of {0} undone.").format(path.name)
        super().__init__(run, text, "", undone)
        self._path, self._author = path, author
        self._result: Any = None

    def forward(self, library: Any) -> Any:
        if self._result is None:
            self._result = library.terms.import_file(self._path, None, self._author)
            self.done_message = translate(
                "TermsPanel", "Added {0} terms from {1}; {2} held ones gained renderings."
            ).format(len(self._result.added), self._path.name, len(self._result.merged))
        else:
            for term in self._result.added:
                library.terms.restore(term)
            for _before, after in self._result.merged:
                library.terms.update(after)
        return self._result

    def backward(self, library: Any) -> None:
        for term in self._result.added:
            library.terms.remove(term.id)
        for before, _after in self._result.merged:
            library.terms.update(before)


def _named(terms: Sequence[Term]) -> str:
    if len(terms) == 1:
        return f"“{terms[0].source}”"
    return translate("TermsPanel", "{0} terms").format(len(terms))
