"""Live updates: what other reviewers (other windows, other machines) change in the shown
document appears here without a reload. A thread waits on the library's change watch
(PostgreSQL's notifications, SQLite's data version) and, when the shown document may have
changed, the window compares its revision with the one it last saw and reloads what moved:
the annotations, and the alignment if its version changed."""

from __future__ import annotations

import logging
import threading
from contextlib import suppress
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow

from reader.gui.common.library_runner import JobRunner
from reader.gui.parallel.parallel_model import ParallelModel
from reader.services.views import DocumentView

log = logging.getLogger(__name__)
WAIT = 0.25  # seconds the watch waits at a time (SQLite is polled that often)
RETRY = 5.0  # seconds before watching again after the database went away


class Window(Protocol):
    model: ParallelModel
    runner: JobRunner
    alignment_editing: Any  # show(view, message, row)
    document_loaded: SignalInstance

    def refresh_annotations(self) -> None: ...


class LiveUpdates(QObject):
    heard = Signal(object)  # the changed documents' ids, or None: something changed

    def __init__(self, window: Window) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self.window = window
        self._stop = threading.Event()
        self._seen: tuple[int, int] | None = None  # the shown document's revision, versions
        self.heard.connect(self._on_heard)
        window.document_loaded.connect(self._loaded)
        window.runner.submit(lambda library: library.url, self._start, lambda _error: None)

    def stop(self) -> None:
        self._stop.set()

    def _start(self, url: str) -> None:
        threading.Thread(target=self._listen, args=(url,), daemon=True).start()

    def _listen(self, url: str) -> None:
        """Watch until stopped; a lost connection (a server restarted) is watched again."""
        from reader.services.library import change_watch

        while not self._stop.is_set():
            try:
                watch = change_watch(url)
            except Exception as error:  # any fault of the database: watch again later
                log.info("cannot watch for changes: %s", error)
                self._stop.wait(RETRY)
                continue
            try:
                self._relay(watch)
            except RuntimeError:  # the window was deleted under the thread
                return
            except Exception as error:  # the connection was lost: watch again later
                log.info("stopped hearing changes: %s", error)
                self._stop.wait(RETRY)
            finally:
                with suppress(Exception):  # closing a connection already gone
                    watch.close()

    def _relay(self, watch: Any) -> None:
        while not self._stop.is_set():
            changed = watch.changes(WAIT)
            if changed is None or changed:
                self.heard.emit(changed)

    def _loaded(self, _doc_id: int) -> None:
        """Another document: what was seen of the last one says nothing of it (its refresh,
        which follows the load, says what is shown: `saw`)."""
        self._seen = None

    def _remember(self, doc_id: int, revision: tuple[int, int] | None) -> None:
        """The revision of the shown annotations, with the alignment version on screen (a
        newer alignment read with them is still to be shown)."""
        view = self.window.model.document
        if view is not None and view.id == doc_id and revision is not None:
            self._seen = (revision[0], view.alignment_version)

    def saw(self, doc_id: int, revision: tuple[int, int] | None) -> None:
        """The window has just shown the document at this revision (after its own change)."""
        self._remember(doc_id, revision)

    def _shown_id(self) -> int | None:
        view = self.window.model.document
        return view.id if view is not None else None

    def _on_heard(self, changed: set[int] | None) -> None:
        doc_id = self._shown_id()
        if doc_id is None or (changed is not None and doc_id not in changed):
            return

        def job(library: Any) -> tuple[tuple[int, int] | None, DocumentView | None]:
            revision = library.revision(doc_id)
            seen = self._seen
            moved = revision is not None and seen is not None and revision[1] != seen[1]
            return revision, library.load_document(doc_id) if moved else None

        self.window.runner.submit(job, lambda found: self._update(doc_id, *found), lambda _e: None)

    def _update(
        self, doc_id: int, revision: tuple[int, int] | None, view: DocumentView | None
    ) -> None:
        if self._shown_id() != doc_id or revision is None or revision == self._seen:
            return
        self._seen = revision
        if view is not None:
            message = self.tr("The alignment was changed by another reviewer.")
            self.window.alignment_editing.show(view, message, None)  # reloads annotations too
        else:
            self.window.refresh_annotations()


def install_live_updates(window: QMainWindow) -> LiveUpdates:
    return LiveUpdates(window)  # type: ignore[arg-type]
