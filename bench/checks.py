"""Time the automatic checks: on the Saker piece, and on a long document made of it.

    python bench/checks.py                       # the Saker piece, then 10,000 paragraphs
    python bench/checks.py --paragraphs 3000 --runs 5

The pairs come from the bundled Saker piece as the aligner paired its sentences (a fresh SQLite
library in a temporary folder, seeded once), repeated with their paragraph numbers shifted, so
every check meets real text: Chinese punctuation, numbers, quotations, dropped paragraphs. The
dictionaries (CC-CEDICT read both ways, jieba) are loaded first and timed on their own: the app
loads them once, in the background.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.checks import Pair, run_checks  # noqa: E402
from reader.core.checks.lexicon import lexicon  # noqa: E402
from reader.services.checking import pairs  # noqa: E402
from reader.services.library import Library  # noqa: E402


def saker_pairs() -> tuple[list[Pair], int, int]:
    """The Saker piece's pairs and its number of source and target paragraphs."""
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(f"sqlite:///{Path(folder) / 'bench.db'}")
        try:
            doc_id = library.default_document_id()
            assert doc_id is not None
            view = library.load_document(doc_id)
        finally:
            library.close()
    assert view.target is not None
    return pairs(view), len(view.source.paragraphs), len(view.target.paragraphs)


def repeated(base: list[Pair], src_paras: int, tgt_paras: int, paragraphs: int) -> list[Pair]:
    """Copies of the pairs until the source has `paragraphs` paragraphs."""
    out: list[Pair] = []
    copies = -(-paragraphs // src_paras)
    for copy in range(copies):
        out += [shifted(pair, copy * src_paras, copy * tgt_paras) for pair in base]
    return out


def shifted(pair: Pair, src_by: int, tgt_by: int) -> Pair:
    return Pair(
        tuple(replace(s, paragraph=s.paragraph + src_by) for s in pair.source),
        tuple(replace(t, paragraph=t.paragraph + tgt_by) for t in pair.target),
    )


def timed(pairs: list[Pair], runs: int) -> tuple[list[float], list]:
    times, found = [], []
    for _ in range(runs):
        start = time.perf_counter()
        found = run_checks(pairs)
        times.append(time.perf_counter() - start)
    return times, found


def report(name: str, pairs: list[Pair], runs: int) -> None:
    chars = sum(len(s.text) for p in pairs for s in (*p.source, *p.target))
    times, found = timed(pairs, runs)
    counts = Counter(f.check for f in found)
    print(f"{name}: {len(pairs):,} pairs, {chars:,} characters: {len(found):,} findings")
    print("  " + ", ".join(f"{check} {n:,}" for check, n in counts.most_common()))
    print(f"  run_checks: median {statistics.median(times):.2f} s of {runs} runs "
          f"(min {min(times):.2f}, max {max(times):.2f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base, src_paras, tgt_paras = saker_pairs()
    start = time.perf_counter()
    lexicon()
    print(f"dictionaries loaded in {time.perf_counter() - start:.2f} s (once a process)")
    report("Saker piece", base, args.runs)
    long = repeated(base, src_paras, tgt_paras, args.paragraphs)
    report(f"{args.paragraphs:,} paragraphs", long, 1)


if __name__ == "__main__":
    main()
