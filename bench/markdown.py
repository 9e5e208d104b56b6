"""Time Markdown import on hostile input: a megabyte of each pattern that made the first,
regular-expression reader quadratic, beside a megabyte of ordinary prose.

    .venv/bin/python bench/markdown.py [--size 1000000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reader.core.markdown import markdown_to_text

PATTERNS = {
    "[": "[",
    "**a ": "**a ",
    "_a ": "_a ",
    "code fences": "```\n",
    "prose": "The current order must change, as everyone can see.\n\n",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters of each input")
    args = parser.parse_args()
    for name, unit in PATTERNS.items():
        text = unit * (args.size // len(unit))
        start = time.perf_counter()
        markdown_to_text(text)
        print(f"{name:>12}: {len(text):,} characters in {time.perf_counter() - start:5.2f} s")


if __name__ == "__main__":
    main()
