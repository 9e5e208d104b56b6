"""Runs every Library call on one background thread so the window never freezes.

One thread, in submission order: the Library (and its database connection) is only ever touched
from that thread, so it needs no locking, and a load requested after an import sees the import.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from reader.services.views import DocumentSummary, DocumentView

log = logging.getLogger(__name__)


class LibraryLike(Protocol):
    """The part of reader.services.library.Library the GUI uses (lets tests pass a fake)."""

    def list_documents(self) -> list[DocumentSummary]: ...
    def load_document(self, doc_id: int) -> DocumentView: ...
    def default_document_id(self) -> int | None: ...
    def import_files(self, path: Any, translation: Any = None, title: str | None = None) -> Any: ...
    def close(self) -> None: ...
    @property
    def url(self) -> str: ...


Opener = Callable[[], LibraryLike]
Job = Callable[[LibraryLike], Any]


class JobRunner(Protocol):
    """What dialogs need of LibraryRunner (lets a test run jobs its own way)."""

    def submit(
        self, job: Job, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]
    ) -> None: ...


class _Delivery(QObject):
    """Carries one job's outcome back to the GUI thread (it lives there, so emits are queued)."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
        parent: QObject,
    ) -> None:
        # Owned by its parent on the C++ side, so it outlives the job and dies by deleteLater.
        super().__init__(parent)
        self._on_done = on_done
        self._on_failed = on_failed
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._on_done(result)
        self.deleteLater()

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._on_failed(error)  # type: ignore[arg-type]
        self.deleteLater()


def library_opener(db_url: str | None) -> Opener:
    """A function that opens the Library; it runs on the background thread, so the import of the
    services (SQLAlchemy, migrations) stays out of the start-up path."""

    def open_library() -> LibraryLike:
        from reader.services.library import Library

        return Library.open(db_url)

    return open_library


class LibraryRunner(QObject):
    """Opens a Library lazily on its own thread and runs jobs against it there."""

    def __init__(self, opener: Opener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._library: LibraryLike | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread: sqlite likes its creator thread

    def submit(
        self,
        job: Job,
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Run job(library) in the background; call on_done or on_failed on the GUI thread."""
        delivery = _Delivery(on_done, on_failed, self)
        self._pool.start(lambda: self._run(job, delivery))

    def _run(self, job: Job, delivery: _Delivery) -> None:
        try:
            if self._library is None:
                self._library = self._opener()
            result = job(self._library)
        except Exception as error:  # every failure must reach the user, not kill the thread
            log.debug("library job failed", exc_info=True)
            delivery.failed.emit(error)
        else:
            delivery.succeeded.emit(result)

    def submit_closed(
        self,
        work: Callable[[str], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        """Close the library, run work(its database URL) on the library thread, and open it
        afresh for the next job: for work on the database file itself (a restore)."""

        def job(library: LibraryLike) -> Any:
            url = library.url
            self._close()
            return work(url)

        self.submit(job, on_done, on_failed)

    def reopen(
        self, opener: Opener, on_done: Callable[[Any], None], on_failed: Callable[[Exception], None]
    ) -> None:
        """Close the library and open another (a team's database) for this and every later
        job; on_done hears its documents. If it cannot be opened, the next job opens the old
        one again."""
        old = self._opener

        def job(_library: LibraryLike) -> Any:
            self._close()
            self._opener = opener
            try:
                self._library = opener()
            except Exception:
                self._opener = old
                raise
            return self._library.list_documents()

        self.submit(job, on_done, on_failed)

    def shutdown(self) -> None:
        """Close the Library on its thread and wait until nothing is running."""
        self._pool.start(self._close)
        self._pool.waitForDone()

    def _close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
