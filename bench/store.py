"""A team's library under load, on SQLite and (given a server) PostgreSQL.

    .venv/bin/python bench/store.py [--postgres URL] [--writes 400] [--annotations 10000]

For each back end, on a new library seeded with the corpus, it prints:
- annotations written per second by one writer, and by four writer processes at once (each
  annotation its own transaction, as the app saves them);
- the time to open a document holding 10,000 annotations (its text and alignment, and its
  annotations), the median of 5;
- the delay from a flag saved by one reviewer to its display in another's open window
  (offscreen), the median of 20.

URL is a PostgreSQL server's (postgresql+psycopg://user:password@localhost/postgres): a
database is made on it for the run, and dropped after.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.mqm import Annotation  # noqa: E402
from reader.services.library import Library  # noqa: E402

DOC = 1
WRITERS = 4
OPENS, DELAYS = 5, 20


def write(url: str, count: int, name: str, ready: Any, go: Any, times: Any) -> None:
    """Flag `count` annotations, one transaction each, once every writer is ready; report
    when the writing started and ended."""
    with closing(Library.open(url, seed=False)) as library:
        notes = library.annotations
        paragraphs = len(library.load_document(DOC).target.paragraphs)
        anchors = [notes.span_anchor(DOC, "target", n % paragraphs) for n in range(count)]
        ready.release()
        go.wait()
        started = time.time()
        for n, anchor in enumerate(anchors):
            notes.flag(DOC, "Other", "minor", (anchor,), comment=f"{name} {n}", annotator=name)
        times.put((started, time.time()))


def writes_per_second(url: str, count: int, writers: int) -> float:
    """Annotations written per second by `writers` processes at once (start-up excluded)."""
    context = multiprocessing.get_context("spawn")
    ready, go, times = context.Semaphore(0), context.Event(), context.Queue()
    each = count // writers
    processes = [
        context.Process(target=write, args=(url, each, f"w{n}", ready, go, times))
        for n in range(writers)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        ready.acquire()
    go.set()
    spans = [times.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
        if process.exitcode != 0:
            raise SystemExit("a writer failed")
    first, last = min(s for s, _ in spans), max(e for _, e in spans)
    return each * writers / (last - first)


def open_seconds(url: str, annotations: int) -> float:
    """Fill document 2 with annotations in one transaction, then time opening it."""
    with closing(Library.open(url, seed=False)) as library:
        notes = library.annotations
        view = library.load_document(2)
        anchors = [notes.span_anchor(2, "source", n % len(view.source.paragraphs))
                   for n in range(annotations)]  # fmt: skip
        notes.flag_all(2, [Annotation("Other", "minor", (a,), annotator="bench") for a in anchors])
    times = []
    for _ in range(OPENS):
        with closing(Library.open(url, seed=False)) as library:
            started = time.perf_counter()
            library.load_document(2)
            assert len(library.annotations.for_document(2)) == annotations
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def display_delay(url: str) -> float:
    """A window on the library; another reviewer's flags, timed until the window shows each."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    settings = tempfile.mkdtemp()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication.instance() or QApplication([])
    from reader.gui.common.library_runner import library_opener
    from reader.gui.shell.main_window import MainWindow

    window = MainWindow(library_opener(url))
    window.show()
    loop = QEventLoop()
    window.document_loaded.connect(lambda _id: loop.quit())
    window.start(DOC)
    loop.exec()
    wait_until(app, lambda: window.live._seen is not None)
    delays = []
    with closing(Library.open(url, seed=False)) as other:
        notes = other.annotations
        for n in range(DELAYS):
            shown = window.annotations.proxy.rowCount()
            anchor = notes.span_anchor(DOC, "target", n)
            notes.flag(DOC, "Other", "minor", (anchor,), annotator="other reviewer")
            saved = time.perf_counter()
            wait_until(app, lambda shown=shown: window.annotations.proxy.rowCount() > shown)
            delays.append(time.perf_counter() - saved)
    window.close()
    return statistics.median(delays)


def wait_until(app: object, done: object, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not done():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise SystemExit("the window did not show the change")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def libraries(postgres: str | None) -> Iterator[tuple[str, str]]:
    """(name, URL) of a new library on each back end, each removed after its turn."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        Library.open(url).close()
        yield "SQLite", url
    if not postgres:
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(postgres, isolation_level="AUTOCOMMIT")
    name = f"reader_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(postgres).set(database=name).render_as_string(hide_password=False)
    try:
        Library.open(url).close()
        yield "PostgreSQL", url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", metavar="URL", help="also measure on this server")
    parser.add_argument("--writes", type=int, default=400)
    parser.add_argument("--annotations", type=int, default=10_000)
    args = parser.parse_args()
    for name, url in libraries(args.postgres):
        one = writes_per_second(url, args.writes, 1)
        four = writes_per_second(url, args.writes, WRITERS)
        opened = open_seconds(url, args.annotations)
        delay = display_delay(url)
        print(
            f"{name:<11} writes per second: one writer {one:5.0f}, four writers {four:5.0f}; "
            f"opening a document with {args.annotations:,} annotations {opened:.2f} s; "
            f"a flag shown in another window after {delay * 1000:.0f} ms (median)",
            flush=True,
        )


if __name__ == "__main__":
    main()
