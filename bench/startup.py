"""Time from launching `reader` to a shown window and to the Saker piece on screen.

Runs the installed `reader` (next to this Python) N times on a database seeded beforehand, under
the current display (use xvfb-run, or QT_QPA_PLATFORM=offscreen), and prints the medians.

    .venv/bin/python bench/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READER = Path(sys.executable).with_name("reader")


def launch(db_url: str) -> dict[str, float]:
    env = {**os.environ, "READER_DB": db_url, "READER_STARTUP_PROBE": repr(time.time())}
    done = subprocess.run(
        [str(READER)], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    figures = {}
    for line in done.stderr.splitlines():
        name, _, value = line.partition(" ")
        if name in ("window_shown", "document_shown"):
            figures[name] = float(value)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_url = f"sqlite:///{folder}/bench.db"
        started = time.time()
        first = launch(db_url)  # first start: migrates and seeds (aligns) the corpus
        print(
            f"first start (migrate + seed corpus): document shown after "
            f"{first['document_shown']:.2f} s (wall {time.time() - started:.2f} s)"
        )
        runs = [launch(db_url) for _ in range(args.runs)]
    for name in ("window_shown", "document_shown"):
        values = [run[name] for run in runs]
        print(
            f"{name}: median {statistics.median(values):.3f} s "
            f"(min {min(values):.3f}, max {max(values):.3f}, {args.runs} runs)"
        )


if __name__ == "__main__":
    main()
