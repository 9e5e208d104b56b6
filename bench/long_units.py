"""Import a pair of single-paragraph, single-sentence texts of 1 MB and 5 MB (a book with no
sentence ends): time and peak memory of `reader import`, run as a process.

    .venv/bin/python bench/long_units.py [--sizes 1 5]

Targets: 1 MB in under 20 s and 1 GB, 5 MB in under 1 GB. The library is created (and the
corpus seeded) before the timed imports.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READER = Path(sys.executable).with_name("reader")
WORDS = [
    "order",
    "world",
    "china",
    "russia",
    "trade",
    "power",
    "alliance",
    "state",
    "people",
    "market",
]
HAN = "秩序世界中国俄罗斯贸易力量联盟国家人民市场"


def write_pair(folder: Path, megabytes: int) -> tuple[Path, Path]:
    rng = random.Random(megabytes)
    english, chinese = folder / f"en-{megabytes}.txt", folder / f"zh-{megabytes}.txt"
    words = megabytes * 160_000  # about 6.6 bytes a word
    english.write_text(" ".join(rng.choice(WORDS) for _ in range(words)), "utf-8")
    chinese.write_text("".join(rng.choice(HAN) for _ in range(megabytes * 340_000)), "utf-8")
    return english, chinese


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 5], help="megabytes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'bench.db'}"
        subprocess.run([str(READER), "--db", url, "list"], check=True, capture_output=True)
        for size in args.sizes:
            english, chinese = write_pair(folder, size)
            command = [str(READER), "--db", url, "import", str(english)]
            command += ["--translation", str(chinese), "--again"]
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - start
            assert status == 0, f"the import of {size} MB failed"
            peak = usage.ru_maxrss / 1024  # kilobytes on Linux
            print(f"{size} MB pair: {seconds:5.1f} s, peak {peak:,.0f} MB")


if __name__ == "__main__":
    main()
