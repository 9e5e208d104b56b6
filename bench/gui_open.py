"""Opening a 10,000-paragraph document in the reading view: time to first paint, and memory.

Builds, once, a database holding the Saker piece's paired paragraphs repeated to N paragraphs per
side, each numbered so no two are alike (1-1 paragraph beads, sentences paired in order). Then,
in a fresh process per run, it shows the main window (offscreen), asks it to open that document
and waits for the reading view's first paint. Prints the median of the runs: the service's load
(database to DocumentView), the time to the first paint, the repaint after a page down (50 from
the middle) and after a jump to the end, and the process's peak memory.

    .venv/bin/python bench/gui_open.py [--paragraphs 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reader.core.document import Bead, BilingualText, PreparedDocument, SideText
from reader.core.sentences import split_sentences
from reader.services.library import Library
from reader.store import repository


def build_document(db_url: str, paragraphs: int) -> int:
    """Store the long document and return its id."""
    library = Library.open(db_url)
    saker = library.load_document(library.default_document_id() or 1)
    pairs = [
        (saker.source.paragraphs[b.src[0]], saker.target.paragraphs[b.tgt[0]])
        for b in saker.paragraph_beads
        if len(b.src) == 1 and len(b.tgt) == 1 and saker.target is not None
    ]
    # Numbered, so that no two paragraphs are the same text: the view caches layouts by text,
    # and repeats would make the figure flatter than any real book's.
    chosen = [
        (f"{en} [{i + 1}]", f"{zh}［{i + 1}］")
        for i, (en, zh) in enumerate(pairs[i % len(pairs)] for i in range(paragraphs))
    ]
    text = BilingualText(
        f"Saker × {paragraphs}",
        SideText("en", tuple(en for en, _ in chosen)),
        SideText("zh", tuple(zh for _, zh in chosen)),
    )
    src = tuple(tuple(split_sentences(p, "en")) for p in text.source.paragraphs)
    tgt = tuple(tuple(split_sentences(p, "zh")) for p in text.target.paragraphs)  # type: ignore[union-attr]
    prepared = PreparedDocument(
        text,
        {"source": src, "target": tgt},
        tuple(Bead((i,), (i,)) for i in range(paragraphs)),
        _sentence_beads(src, tgt),
    )
    with library.store.transaction() as session:
        doc_id = repository.add_document(session, prepared).id
    library.close()
    return doc_id


def _sentence_beads(src: tuple[tuple, ...], tgt: tuple[tuple, ...]) -> tuple[Bead, ...]:
    """Pair the sentences of each paragraph in order; the longer side's extras join the last."""
    beads, s0, t0 = [], 0, 0
    for s_spans, t_spans in zip(src, tgt, strict=True):
        n = min(len(s_spans), len(t_spans))
        for k in range(n):
            last = k == n - 1
            s_end = s0 + (len(s_spans) if last else k + 1)
            t_end = t0 + (len(t_spans) if last else k + 1)
            beads.append(Bead(tuple(range(s0 + k, s_end)), tuple(range(t0 + k, t_end))))
        s0, t0 = s0 + len(s_spans), t0 + len(t_spans)
    return tuple(beads)


def child(db_url: str, doc_id: int) -> dict[str, float]:
    """One run: window shown, then the document opened; times from the request to each stage."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from reader.gui.common.library_runner import library_opener
    from reader.gui.shell.app import configure_application
    from reader.gui.shell.main_window import MainWindow

    app = QApplication(sys.argv)
    configure_application(app)
    window = MainWindow(library_opener(db_url))
    window.resize(1280, 820)
    window.show()
    figures: dict[str, float] = {}
    started = 0.0

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "loaded" in figures and "paint" not in figures:
                figures["paint"] = time.perf_counter() - started
                app.exit(0)
            return False

    def loaded(_doc_id: int) -> None:
        figures["loaded"] = time.perf_counter() - started

    window.document_loaded.connect(loaded)
    paint_filter = FirstPaint()
    window.parallel.viewport().installEventFilter(paint_filter)
    # Open the library first (migration check, SQLAlchemy import): the figures are for opening
    # a document. The service's load alone is timed before the window's load.
    window.runner.submit(lambda library: library.list_documents(), lambda _r: app.exit(0), _fail)
    app.exec()
    window.runner.submit(
        lambda library: library.load_document(doc_id), _note_load(figures, app), _fail
    )
    app.exec()
    started = time.perf_counter()
    window.load_document(doc_id)
    app.exec()
    figures.update(_scrolling(window, app))
    figures["peak_mb"] = _peak_mb()
    window.close()
    return figures


def _scrolling(window: Any, app: Any) -> dict[str, float]:
    """Page down 50 times from the middle, and jump to the end: the slowest repaint of each."""
    view = window.parallel
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    pages = []
    for _ in range(50):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        pages.append(time.perf_counter() - started)
    started = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    return {
        "page_max": max(pages),
        "page_median": statistics.median(pages),
        "to_end": time.perf_counter() - started,
    }


def _peak_mb() -> float:
    """This process's peak resident memory. Not getrusage: on Linux its maximum survives
    exec, so a child started by this (large) parent would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def _fail(error: Exception) -> None:
    raise SystemExit(f"the library failed: {error}")


def _note_load(figures: dict[str, float], app: Any) -> Callable[[object], None]:
    started = time.perf_counter()

    def done(_view: object) -> None:
        figures["service_load"] = time.perf_counter() - started
        app.exit(0)

    return done


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("DB_URL", "DOC_ID"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    with tempfile.TemporaryDirectory() as folder:
        db_url = f"sqlite:///{folder}/bench.db"
        started = time.perf_counter()
        doc_id = build_document(db_url, args.paragraphs)
        took = time.perf_counter() - started
        print(f"built {args.paragraphs} paragraphs per side in {took:.1f} s")
        runs = [_run_child(db_url, doc_id) for _ in range(args.runs)]
    for name, label in (
        ("service_load", "database → DocumentView"),
        ("paint", "request → first paint"),
        ("page_median", "page down, repaint (median of 50)"),
        ("page_max", "page down, repaint (slowest of 50)"),
        ("to_end", "jump to the end, repaint"),
        ("peak_mb", "peak memory (MB)"),
    ):
        values = [run[name] for run in runs]
        print(
            f"{label}: median {statistics.median(values):.3f} "
            f"(min {min(values):.3f}, max {max(values):.3f}, {args.runs} runs)"
        )


def _run_child(db_url: str, doc_id: int) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as config:
        env["XDG_CONFIG_HOME"] = config  # default window geometry, no remembered state
        done = subprocess.run(
            [sys.executable, __file__, "--child", db_url, str(doc_id)],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
    if done.returncode != 0:
        sys.exit(f"a run failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
