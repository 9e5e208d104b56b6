"""The term base's changes as undoable commands on the window's one undo stack.

Each runs once on the library thread before it is pushed (so a refused change, such as a term
held already, never reaches the stack); undo and redo then run on the library thread too, and
put terms back with their ids, so a redo restores the very term an undo removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from reader.core.terms import Term
from reader.gui.common.commands import Run, RunFirstCommand

translate = QCoreApplication.translate


class AddTermsCommand(RunFirstCommand):
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


class EditTermCommand(RunFirstCommand):
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


class DeleteTermCommand(RunFirstCommand):
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


class ImportTermsCommand(RunFirstCommand):
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
