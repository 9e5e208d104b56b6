"""Time the command line against the app's own figure for the same work.

    .venv/bin/python bench/cli.py [--runs 5]

On a library seeded beforehand (a temporary folder), it prints the median wall time of:
- `reader list`, launched as a process (start-up, opening the library, listing);
- `reader import` of a 3 KB pair (the first 1,500 characters of the Saker piece's English and
  600 of its Chinese, written to temporary files), launched as a process: start-up, loading
  the dictionaries and the encoder, aligning, saving;
- the same import in the running process once the dictionaries and encoder are loaded, which
  is what the app's import takes after its first.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
READER = Path(sys.executable).with_name("reader")

from reader.services.corpus import corpus_dir  # noqa: E402
from reader.services.library import Library  # noqa: E402


def pair(folder: Path) -> tuple[Path, Path]:
    saker = corpus_dir() / "saker-russia-china"
    english, chinese = folder / "en.txt", folder / "zh.txt"
    english.write_text((saker / "en.txt").read_text("utf-8")[:1500], "utf-8")
    chinese.write_text((saker / "zh.txt").read_text("utf-8").strip()[:600], "utf-8")
    return english, chinese


def run(*args: str, url: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(READER), "--db", url, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        url = f"sqlite:///{folder / 'bench.db'}"
        english, chinese = pair(folder)
        run("list", url=url)  # creates and seeds the library
        listing = statistics.median(run("list", url=url) for _ in range(args.runs))
        importing = statistics.median(
            run("import", str(english), "--translation", str(chinese), "--again", url=url)
            for _ in range(args.runs)
        )
        library = Library.open(url)
        try:
            library.import_files(english, chinese, again=True)  # loads what the app has by then
            warm = []
            for _ in range(args.runs):
                start = time.perf_counter()
                library.import_files(english, chinese, again=True)
                warm.append(time.perf_counter() - start)
        finally:
            library.close()
    print(f"reader list (process):                 {listing:5.2f} s  (target under 0.5 s)")
    print(f"reader import, 3 KB pair (process):    {importing:5.2f} s  (target under 2 s)")
    print(f"the same import, loaded (as the app):  {statistics.median(warm):5.2f} s")


if __name__ == "__main__":
    main()
