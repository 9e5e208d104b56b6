"""The term base: terms kept in the database (the library's, shared by every document, and a
document's own), checked against a document, proposed from it, and exchanged as TBX or CSV.

Every change is its own transaction, committed before the call returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reader.core.checks import Progress
from reader.core.errors import InputError
from reader.core.terms import ForbiddenUse, Term, TermUse, term_uses
from reader.export.atomic import write_atomic
from reader.services.checking import pairs
from reader.services.preparing import read_bytes
from reader.services.views import DocumentView
from reader.store import terms as rows
from reader.store.engine import Store

if TYPE_CHECKING:
    from reader.core.terms.suggest import Candidate

TermFormat = Literal["tbx", "csv"]
FORMATS: tuple[TermFormat, ...] = ("tbx", "csv")


@dataclass(frozen=True)
class TermUsage:
    """How a document uses one term: every place its source has it, the places whose
    translation keeps a required rendering, and each forbidden rendering used."""

    term: Term
    uses: tuple[TermUse, ...]
    forbidden: tuple[ForbiddenUse, ...]

    @property
    def kept(self) -> int:
        return sum(use.kept for use in self.uses)


@dataclass(frozen=True)
class TermImport:
    added: list[Term]
    merged: list[tuple[Term, Term]]  # (before, after): renderings joined into a held term
    unchanged: int


class Terms:
    def __init__(self, store: Store, load: Callable[[int], DocumentView]) -> None:
        self._store = store
        self._load = load

    def list(self, doc_id: int | None = None) -> list[Term]:
        """The library's terms, and with a document its own ones too."""
        with self._store.transaction() as session:
            return rows.in_scope(session, doc_id)

    def add(self, term: Term) -> Term:
        """Store a new term (a document's own when it names one); InputError if it cannot be
        enforced or its scope holds the same term already."""
        return self.add_all([term])[0]

    def update(self, term: Term) -> Term:
        """Replace the stored term with this id; the term as it was (for undo)."""
        term = term.validated()
        with self._store.transaction() as session:
            if not rows.scope_exists(session, term.document_id):
                raise _no_scope(term)
            held = rows.same_key(session, term)
            if held is not None:
                raise _held(held)
            before = rows.update(session, term)
        if before is None:
            raise InputError(f"no term with id {term.id}")
        return before

    def remove(self, term_id: int) -> Term:
        """Delete the term; the removed one, which `restore` puts back as it was."""
        with self._store.transaction() as session:
            removed = rows.remove(session, term_id)
        if removed is None:
            raise InputError(f"no term with id {term_id}")
        return removed

    def restore(self, term: Term) -> Term:
        """Put a removed term back with its id and time (undo of a remove or an add's redo)."""
        with self._store.transaction() as session:
            return rows.add(session, term)

    def add_all(self, terms: Sequence[Term]) -> list[Term]:
        """Add several terms in one transaction: all of them or, on any error, none."""
        valid = [t.validated() for t in terms]
        with self._store.transaction() as session:
            added = []
            for term in valid:
                if not rows.scope_exists(session, term.document_id):
                    raise _no_scope(term)
                held = rows.same_key(session, term)
                if held is not None:
                    raise _held(held)
                added.append(rows.add(session, term))
            return added

    def import_file(self, path: Path, doc_id: int | None = None, author: str = "") -> TermImport:
        """Add the terms of a TBX, CSV or tab-separated glossary file, all or nothing. A term
        the scope holds already gains the file's renderings; nothing it had is lost."""
        from reader.export.terms import read_terms  # translate-toolkit loads only when needed

        read = read_terms(read_bytes(path), path.name)
        if not read:
            raise InputError(f"{path.name}: no terms in the file")
        added: list[Term] = []
        merged: list[tuple[Term, Term]] = []
        unchanged = 0
        with self._store.transaction() as session:
            if not rows.scope_exists(session, doc_id):
                raise InputError(f"no document with id {doc_id}")
            for term in read:
                term = replace(term, document_id=doc_id, author=term.author or author)
                held = rows.same_key(session, term)
                if held is None:
                    added.append(rows.add(session, term))
                    continue
                joined = _merged(held, term)
                if joined == held:
                    unchanged += 1
                else:
                    rows.update(session, joined)
                    merged.append((held, joined))
        return TermImport(added, merged, unchanged)

    def export(self, path: Path, fmt: TermFormat, doc_id: int | None = None) -> int:
        """Write the terms in scope as TBX-Basic or CSV; how many were written."""
        from reader.export.terms import write_csv, write_tbx  # loads only when needed

        terms = self.list(doc_id)
        if fmt == "tbx":
            data = write_tbx(terms)
        elif fmt == "csv":
            data = write_csv(terms).encode("utf-8-sig")  # the BOM tells Excel it is UTF-8
        else:
            raise InputError(f"unknown term format {fmt!r} (one of: {', '.join(FORMATS)})")
        write_atomic(path, data)
        return len(terms)

    def usage(self, doc_id: int | None) -> list[TermUsage]:
        """Each term in scope with its uses in the document (none without a document, or in
        one with no translation), in the term base's order."""
        terms = self.list(doc_id)
        view = self._load(doc_id) if doc_id is not None else None
        if view is None or view.target is None:
            return [TermUsage(t, (), ()) for t in terms]
        found = term_uses(pairs(view), terms)
        uses: dict[int | None, list[TermUse]] = {t.id: [] for t in terms}
        wrong: dict[int | None, list[ForbiddenUse]] = {t.id: [] for t in terms}
        for use in found.terms:
            uses[use.term.id].append(use)
        for forbidden in found.forbidden:
            wrong[forbidden.term.id].append(forbidden)
        return [TermUsage(t, tuple(uses[t.id]), tuple(wrong[t.id])) for t in terms]

    def suggest(self, doc_id: int, progress: Progress | None = None) -> list[Candidate]:
        """Terms the document's alignment suggests and the term base lacks, strongest first."""
        view = self._load(doc_id)
        if view.target is None:
            raise InputError(f"“{view.title}” has no translation to take terms from")
        # Imported here: suggesting reads CC-CEDICT through numpy, which start-up need not load.
        from reader.core.terms.suggest import suggest_terms

        return suggest_terms(pairs(view), self.list(doc_id), progress)


def _held(term: Term) -> InputError:
    return InputError(f"“{term.source}” is in the term base already")


def _no_scope(term: Term) -> InputError:
    return InputError(f"no document with id {term.document_id}")


def _merged(held: Term, new: Term) -> Term:
    renderings = tuple(dict.fromkeys((*held.renderings, *new.renderings)))
    forbidden = tuple(
        r for r in dict.fromkeys((*held.forbidden, *new.forbidden)) if r not in renderings
    )
    return replace(
        held,
        renderings=renderings,
        forbidden=forbidden,
        pos=held.pos or new.pos,
        note=held.note or new.note,
    )
