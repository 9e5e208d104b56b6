"""Time saving one annotation and opening a document that holds 10,000 of them.

    python bench/annotate.py              # targets: save < 10 ms, open < 1 s
    python bench/annotate.py --saves 500 --annotations 20000

Runs on a temporary SQLite database (WAL, as the app uses) holding the Saker document.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.anchors import anchor  # noqa: E402
from reader.core.mqm import CATEGORIES, SEVERITIES, Annotation  # noqa: E402
from reader.services import anchoring, corpus  # noqa: E402
from reader.services.library import SAKER_KEY, Library  # noqa: E402
from reader.services.preparing import prepare  # noqa: E402
from reader.store import annotations as rows  # noqa: E402
from reader.store import repository  # noqa: E402
from reader.store.engine import Store  # noqa: E402


def add_saker(url: str) -> int:
    entry = next(e for e in corpus.entries() if e.key == SAKER_KEY)
    store = Store(url)
    with store.transaction() as session:
        doc_id = repository.add_document(session, prepare(*corpus.bilingual(entry))).id
    store.close()
    return doc_id


def time_saves(library: Library, doc_id: int, count: int) -> list[float]:
    """Each save is one `flag` call: checked against the text, committed, read back."""
    notes = library.annotations
    src = notes.quote_anchor(doc_id, "source", "the current order")
    tgt = notes.quote_anchor(doc_id, "target", "当前订单")
    times = []
    for n in range(count):
        start = time.perf_counter()
        notes.flag(doc_id, "Accuracy/Mistranslation", "major", [src, tgt], comment=f"save {n}")
        times.append(time.perf_counter() - start)
    return times


def fill(url: str, doc_id: int, total: int) -> None:
    """Bulk-insert annotations spread over the document, in one transaction (set-up only)."""
    store = Store(url)
    with store.transaction() as session:
        sides = {r: s.text for r, s in anchoring.side_texts(session, doc_id).items()}
        for n in range(total):
            anchors = tuple(
                anchor(role, text, (n * 37) % (len(text) - 20), (n * 37) % (len(text) - 20) + 12)
                for role, text in sides.items()
            )
            draft = Annotation(
                CATEGORIES[n % len(CATEGORIES)],
                SEVERITIES[n % len(SEVERITIES)],
                anchors[: 1 + n % 2],
            )
            rows.add(session, doc_id, draft)
    store.close()


def time_open(url: str, doc_id: int, runs: int) -> tuple[list[float], int]:
    library = Library.open(url, seed=False)
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        library.load_document(doc_id)
        count = len(library.annotations.for_document(doc_id))
        times.append(time.perf_counter() - start)
    library.close()
    return times, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300)
    parser.add_argument("--annotations", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        doc_id = add_saker(url)
        library = Library.open(url, seed=False)
        saves = time_saves(library, doc_id, args.saves)
        library.close()
        print(
            f"save one annotation: median {1000 * statistics.median(saves):.2f} ms, "
            f"p95 {1000 * sorted(saves)[int(0.95 * len(saves))]:.2f} ms "
            f"over {len(saves)} saves (target < 10 ms)"
        )
        fill(url, doc_id, args.annotations - args.saves)
        opens, count = time_open(url, doc_id, runs=5)
        print(
            f"open a document with {count} annotations (view + list): first {opens[0]:.3f} s, "
            f"median {statistics.median(opens):.3f} s (target < 1 s)"
        )


if __name__ == "__main__":
    main()
