"""The library of documents: the one object the GUI and the CLI talk to."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from reader.core import chapters, mqm
from reader.core.document import BilingualText, PreparedDocument, SideSource
from reader.core.errors import AlreadyImported, InputError
from reader.core.text import LineBreaks
from reader.export.scratch import remove_stale_scratch
from reader.services import corpus
from reader.services.annotations import Annotations
from reader.services.checking import Checks
from reader.services.preparing import (
    is_xliff,
    load_bilingual,
    prepare,
    prepare_xliff,
    read_bytes,
)
from reader.services.terms import Terms
from reader.services.views import DocumentSummary, DocumentView, SideView
from reader.services.words import Words
from reader.store import annotations as annotation_rows
from reader.store import backup, changes, copying, repository, settings
from reader.store.changes import ChangeWatch
from reader.store.copying import CopyReport
from reader.store.engine import Session, Store, resolve_url, sqlite_file
from reader.store.models import Document, OriginalFile

if TYPE_CHECKING:
    from reader.services.alignment import Alignment

SAKER_KEY = "saker-russia-china"
TITLE_LENGTH = 500  # as the document table keeps it
PREPARING_SHARE = 0.9  # of an import's progress; saving it is the rest


class Library:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.url = store.url
        self.annotations = Annotations(store)
        self.words = Words(store)
        self.terms = Terms(store, self.load_document)
        self.checks = Checks(store, self.load_document, self.annotations, self.terms.list)

    @property
    def store(self) -> Store:
        """For sibling service modules that write in their own transactions; not for interfaces."""
        return self._store

    @property
    def alignment(self) -> Alignment:
        """Correcting alignments by hand; each edit is saved before it returns."""
        # Imported here: the aligner loads numpy, which listing the library does not need.
        from reader.services.alignment import Alignment

        return Alignment(self._store, self.load_document)

    @classmethod
    def open(cls, db_url: str | None = None, *, seed: bool = True) -> Library:
        """Open (creating and migrating if needed) the database; seed the corpus on first start."""
        library = cls(Store(db_url))
        remove_stale_scratch()  # what a killed export left in the temporary folder
        with library.store.exclusive():  # another process opening it now waits, then skips
            library.store.check_integrity()  # a damaged file is not written to
            library.store.backup_if_due()
            library.purge_removed()  # the last session's deletions can no longer be undone
            if seed:
                library.seed_corpus()
        return library

    def close(self) -> None:
        self._store.close()

    def backup(self) -> Path:
        """A consistent copy of the library now (SQLite; a server keeps its own backups)."""
        database = self._store.sqlite_path
        if database is None:
            raise InputError("backups are for a SQLite library; back up a server with its tools")
        return backup.make_backup(database, "manual")

    def seed_corpus(self) -> int:
        """Add the bundled documents that are not in the database yet; return how many. A new
        library (no corpus document, no term) also gets the corpus's starter term base."""
        with self._store.transaction() as session:
            present = repository.corpus_keys(session)
        starter = None if present else corpus.starter_terms()
        if starter is not None and not self.terms.list():
            self.terms.import_file(starter)
        added = 0
        for entry in corpus.entries():
            if entry.key in present:
                continue
            text, sources = corpus.bilingual(entry)
            with self._store.transaction() as session:
                repository.add_document(session, prepare(text, sources, entry.key))
            added += 1
        return added

    def remove_document(self, doc_id: int) -> DocumentSummary:
        """Take the document out of the library, with its annotations; `restore_document`
        brings it back until the library is next opened, when it is deleted for good."""
        summary = self._listed(doc_id)
        with self._store.transaction() as session:
            repository.set_removed(session, doc_id, True)
        return summary

    def restore_document(self, doc_id: int) -> DocumentSummary:
        with self._store.transaction() as session:
            if repository.set_removed(session, doc_id, False) is None:
                raise InputError(f"no document with id {doc_id}")
        return self._listed(doc_id)

    def delete_document(self, doc_id: int) -> DocumentSummary:
        """Delete the document for good, at once (the command line's delete)."""
        summary = self.remove_document(doc_id)
        self.purge_removed()
        return summary

    def purge_removed(self) -> int:
        with self._store.transaction() as session:
            return repository.purge_removed(session)

    def rename_document(self, doc_id: int, title: str) -> str:
        """Give the document a new title; the old one (for undo)."""
        title = " ".join(title.split())
        if not title:
            raise InputError("a title cannot be empty")
        if len(title) > TITLE_LENGTH:
            raise InputError(f"a title has at most {TITLE_LENGTH} characters")
        with self._store.transaction() as session:
            doc = _live_document(session, doc_id)
            old, doc.title = doc.title, title
            return old

    def set_document_url(self, doc_id: int, url: str) -> str:
        """Give the document its address on the web ("" takes it away); the old one."""
        url = url.strip()
        if url:
            check_url(url)
        with self._store.transaction() as session:
            doc = _live_document(session, doc_id)
            old, doc.url = doc.url, url
            return old

    def document_url(self, doc_id: int) -> str:
        """The document's address on the web; "" when it has none."""
        with self._store.transaction() as session:
            return _live_document(session, doc_id).url

    def original_file(self, doc_id: int) -> tuple[str, bytes] | None:
        """The name and bytes of the XLIFF file the document was imported from, if it was."""
        with self._store.transaction() as session:
            row = session.get(OriginalFile, doc_id)
            return (row.name, row.data) if row is not None else None

    def mqm_weights(self) -> mqm.Weights:
        """The penalties the scores and reports use: WMT's unless the library set others."""
        with self._store.transaction() as session:
            return settings.mqm_weights(session)

    def set_mqm_weights(self, weights: mqm.Weights) -> mqm.Weights:
        """Score with these weights from now on, in every front end; the old ones."""
        with self._store.transaction() as session:
            old = settings.mqm_weights(session)
            settings.set_mqm_weights(session, weights)
            return old

    def reorder_documents(self, doc_ids: list[int]) -> None:
        """Show the documents in this order in the library (those not named follow)."""
        with self._store.transaction() as session:
            repository.set_order(session, doc_ids)

    def _refuse_held(self, text: BilingualText) -> None:
        """AlreadyImported, naming the document, if the library holds this text already."""
        sides = {"source": text.source.paragraphs}
        if text.target is not None:
            sides["target"] = text.target.paragraphs
        with self._store.transaction() as session:
            found = repository.documents_with_text(session, text.title, sides)
        if found:
            held = self._listed(found[0])
            raise AlreadyImported(held.id, held.title)

    def _listed(self, doc_id: int) -> DocumentSummary:
        found = [doc for doc in self.list_documents() if doc.id == doc_id]
        if not found:
            raise InputError(f"no document with id {doc_id}")
        return found[0]

    def list_documents(self) -> list[DocumentSummary]:
        with self._store.transaction() as session:
            return [_summary(doc, sides) for doc, sides in repository.document_rows(session)]

    def default_document_id(self) -> int | None:
        with self._store.transaction() as session:
            doc = repository.document_by_key(session, SAKER_KEY)
            return doc.id if doc else None

    def revision(self, doc_id: int) -> tuple[int, int] | None:
        """The document's revision (one more with every change to its annotations or
        alignment) and its alignment's version; None if it is gone. Cheap: windows poll it."""
        with self._store.transaction() as session:
            return changes.revision(session, doc_id)

    def find_document(self, ref: str) -> int:
        """A document id from its number or from a part of its title that names only it."""
        documents = self.list_documents()
        if ref.isdigit() and any(doc.id == int(ref) for doc in documents):
            return int(ref)
        matches = [doc.id for doc in documents if ref.casefold() in doc.title.casefold()]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise InputError(f"no document matches {ref!r} (see `reader list`)")
        raise InputError(f"{ref!r} matches {len(matches)} documents; give its id")

    def load_document(self, doc_id: int) -> DocumentView:
        with self._store.transaction() as session:
            doc = session.get(Document, doc_id)
            if doc is None:
                raise InputError(f"no document with id {doc_id}")
            sides = {side.role: _side_view(session, side) for side in doc.sides}
            return DocumentView(
                id=doc.id,
                title=doc.title,
                source=sides["source"],
                target=sides.get("target"),
                paragraph_beads=tuple(repository.beads(session, doc.id, "paragraph")),
                sentence_beads=tuple(repository.beads(session, doc.id, "sentence")),
                author=doc.author,
                origin=doc.origin,
                url=doc.url,
                alignment_version=doc.alignment_version,
            )

    def import_files(
        self,
        path: Path,
        translation: Path | None = None,
        title: str | None = None,
        progress: Callable[[float], None] | None = None,
        *,
        again: bool = False,
        line_breaks: LineBreaks = "auto",
        url: str = "",
    ) -> DocumentSummary:
        """Import one mixed file or an original and its translation, all or nothing.

        The same text imported again (same title, same paragraphs on each side) raises
        AlreadyImported naming the document that holds it, unless `again`. `line_breaks`
        says how single line breaks are read (core.text.split_paragraphs); `url` is the
        document's address on the web, if it has one.

        `progress` receives 0 to 1; it may raise (reader.core.errors.Cancelled) to stop the
        import, which then saves nothing: it is called once more before the commit.
        """
        report = progress or _no_progress
        if url.strip():
            check_url(url.strip())
        incoming = _Incoming.read(
            Path(path),
            translation and Path(translation),
            title,
            line_breaks,
            progress=lambda done: report(done * PREPARING_SHARE),
        )
        text = replace(incoming.text, metadata={**incoming.text.metadata, "url": url.strip()})
        if not again:
            self._refuse_held(text)
        prepared = incoming.prepared(text, report)
        with self._store.transaction() as session:
            summary = _stored(session, prepared)
            incoming.keep(session, summary.id)
            report(1.0)  # the last chance to cancel: raising here rolls the whole import back
            return replace(summary, line_reading=_line_reading(incoming.sources))

    def import_chapters(
        self,
        path: Path,
        translation: Path | None = None,
        title: str | None = None,
        progress: Callable[[float], None] | None = None,
        *,
        again: bool = False,
    ) -> list[DocumentSummary]:
        """A book (an EPUB, or its two editions) as a document per chapter, all or nothing.

        The editions' chapters are aligned first: a chapter of the original is one document
        with the translation's chapter aligned with it, or alone where the translation left it
        out. The documents are titled "book — chapter", the book being `title` or the file's
        name. Otherwise as import_files."""
        report = progress or _no_progress
        path = Path(path)
        incoming = _Incoming.read(path, translation and Path(translation), None, "auto")
        if incoming.aligned is not None:
            raise InputError(f"{path.name}: an XLIFF file has no chapters; import it whole")
        if len(incoming.text.source.chapter_starts()) < 2:
            raise InputError(f"{path.name} has no chapters (an EPUB book's); import it whole")
        parts = chapters.documents(incoming.prepared(incoming.text, report), title or path.stem)
        if not again:
            for part in parts:
                self._refuse_held(part.text)
        with self._store.transaction() as session:
            summaries = [_stored(session, part) for part in parts]
            report(1.0)  # the last chance to cancel: raising here rolls the whole import back
            return summaries


@dataclass
class _Incoming:
    """An import's texts as read: to be aligned, or aligned already (a CAT tool's XLIFF file,
    which comes with its notes and is kept for the export that writes back into it)."""

    text: BilingualText
    sources: dict[str, SideSource]
    aligned: PreparedDocument | None = None
    notes: list[mqm.Annotation] = field(default_factory=list)
    original: tuple[str, bytes] | None = None

    @classmethod
    def read(
        cls,
        path: Path,
        translation: Path | None,
        title: str | None,
        line_breaks: LineBreaks,
        progress: Callable[[float], None] | None = None,
    ) -> _Incoming:
        """The files read; `progress` hears how far an XLIFF file is read, which is all of
        its import's work (it needs no alignment)."""
        if translation is None and is_xliff(path):
            data = read_bytes(path)
            aligned, notes = prepare_xliff(path, title, data, progress)
            return cls(aligned.text, aligned.sources, aligned, notes, (path.name, data))
        return cls(*load_bilingual(path, translation, title, line_breaks))

    def prepared(self, text: BilingualText, report: Callable[[float], None]) -> PreparedDocument:
        """The text (as the caller amended it) aligned: as the file came, or by the aligner,
        which reports its share of the import's progress."""
        if self.aligned is not None:
            return replace(self.aligned, text=text)
        share = PREPARING_SHARE
        return prepare(text, self.sources, progress=lambda done: report(done * share))

    def keep(self, session: Session, doc_id: int) -> None:
        """What comes with the text: the file's notes, and the file itself."""
        for note in self.notes:
            annotation_rows.add(session, doc_id, note)
        if self.original is not None:
            name, data = self.original
            session.add(OriginalFile(document_id=doc_id, name=name, data=data))


def _stored(session: Session, prepared: PreparedDocument) -> DocumentSummary:
    text = prepared.text
    doc = repository.add_document(session, prepared)
    counts = {"source": (text.source.lang, len(text.source.paragraphs))}
    if text.target is not None:
        counts["target"] = (text.target.lang, len(text.target.paragraphs))
    return _summary(doc, counts)


def _live_document(session: Session, doc_id: int) -> Document:
    """The document, unless it does not exist or was removed."""
    doc = repository.get_document(session, doc_id)
    if doc is None or doc.removed_at is not None:
        raise InputError(f"no document with id {doc_id}")
    return doc


URL_LENGTH = 2000  # as the document table keeps it


def check_url(url: str) -> None:
    """An absolute address with a scheme and a host (https://…), or InputError."""
    parts = urlsplit(url)
    if not (parts.scheme and parts.netloc) or any(c.isspace() for c in url):
        raise InputError(f"not a web address: {url!r} (give one like https://example.org/page)")
    if len(url) > URL_LENGTH:
        raise InputError(f"an address has at most {URL_LENGTH} characters")


def _line_reading(sources: dict[str, SideSource]) -> str | None:
    """How the files' single line breaks were read: as paragraph ends if either file's were."""
    found = {source.line_reading for source in sources.values()} - {None}
    return "paragraph" if "paragraph" in found else ("wrap" if found else None)


def _no_progress(_done: float) -> None:
    """The default progress callback: nobody is watching."""


def _summary(doc: Document, sides: dict[str, tuple[str, int]]) -> DocumentSummary:
    ordered = [sides[role] for role in repository.ROLES if role in sides]
    return DocumentSummary(
        id=doc.id,
        title=doc.title,
        languages=tuple(lang for lang, _ in ordered),
        paragraph_counts=tuple(count for _, count in ordered),
        author=doc.author,
        source=doc.origin,
    )


def _side_view(session, side) -> SideView:
    spans = repository.sentence_spans(session, side.id)
    paragraphs = repository.paragraph_texts(session, side.id)
    marks = repository.paragraph_marks(session, side.id)
    return SideView(
        lang=side.lang,
        paragraphs=tuple(text for _, text in paragraphs),
        sentences=tuple(tuple(spans.get(paragraph_id, ())) for paragraph_id, _ in paragraphs),
        marks=tuple(tuple(marks.get(p, ())) for p, _ in paragraphs) if marks else (),
    )


def describe_library(url: str) -> str:
    """Open (and migrate) the library at `url` and say what it is: the test of a team's
    database before the app connects to it. DatabaseError or InputError if it cannot be."""
    store = Store(url)
    try:
        with store.transaction() as session:
            count = len(repository.document_rows(session))
            kind = session.get_bind().dialect.name
    finally:
        store.close()
    names = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
    return f"{names.get(kind, kind)}, {count} document{'s' if count != 1 else ''}"


def split_password(url: str) -> tuple[str, str]:
    """The URL without its password, and the password ("" for none): the one can be kept in
    settings, the other only in the system's keyring or in memory."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, ""
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}")), unquote(parts.password)


def with_password(url: str, password: str) -> str:
    """The URL with the password put in (none, if it is empty)."""
    if not password:
        return url
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        raise InputError("a password needs a user name in the address (name@server)")
    user, host = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}"))


def change_watch(url: str) -> ChangeWatch:
    """What tells a window that other reviewers changed the library at `url` (see
    store.changes.ChangeWatch): make it on the thread that will wait on it."""
    return ChangeWatch(url)


def copy_library(
    from_url: str, to_url: str, progress: Callable[[float], None] | None = None
) -> CopyReport:
    """Copy a whole library into a new, empty database (SQLite or PostgreSQL, either way),
    then count both and checksum every annotation on both (CopyReport.faithful)."""
    source_file = sqlite_file(from_url)
    if source_file is not None and not source_file.exists():
        raise InputError(f"no library at {from_url}")
    if from_url == to_url:
        raise InputError("the copy must go into another database")
    source = Store(from_url)
    try:
        source.check_integrity()
        target = Store(to_url)
        try:
            return copying.copy_library(source, target, progress)
        finally:
            target.close()
    finally:
        source.close()


def library_backups(db_url: str | None = None) -> list[Path]:
    """The backups of a SQLite library, newest first (without opening it: it may be damaged)."""
    return backup.backups(_sqlite_file(db_url))


def restore_library(db_url: str | None, copy: Path | None = None) -> tuple[Path, Path]:
    """Put a backup (the newest, unless named) in place of the library, without opening the
    library (it may be damaged); the library as it was is backed up first. (restored, kept)"""
    database = _sqlite_file(db_url)
    chosen = copy or backup.latest_good(database)
    if chosen is None:
        raise InputError(f"no backups of {database.name} yet")
    if not Path(chosen).is_file():
        raise InputError(f"{chosen}: no such backup")
    return Path(chosen), backup.restore(database, Path(chosen))


def _sqlite_file(db_url: str | None) -> Path:
    database = sqlite_file(resolve_url(db_url))
    if database is None:
        raise InputError("backups are for a SQLite library; a server keeps its own")
    return database
