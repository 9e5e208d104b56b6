"""Time the import of a long book (a 500-page EPUB, alone and with its translation) and of a
CAT tool's bilingual XLIFF file of 10,000 segments.

    .venv/bin/python bench/import_formats.py [--pages 500] [--segments 10000]

The books are written as the test samples are (tests/samples/make_samples.py), from the
bundled corpus: the English edition from every English article in turn, the Chinese one from
the Saker piece's translation, repeated until each has PAGES pages of about 300 words (or 450
characters) each, in chapters of 10 pages.
The XLIFF file (1.2, one trans-unit per segment, in groups of five as paragraphs) pairs the
English and Chinese sentences of the Saker piece in turn, with inline codes in some. Each
import runs in a fresh process (start-up, reading, aligning, saving), as `reader import`
does; the figure is its wall time and peak memory.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

WORDS_PER_PAGE = 300
CHARACTERS_PER_PAGE = 450
PAGES_PER_CHAPTER = 10


def paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", path.read_text("utf-8")) if p.strip()]


def book(path: Path, pool: list[str], pages: int, lang: str, per_page: int) -> None:
    """An EPUB of `pages` pages from the pool's paragraphs in turn, written as the samples are."""
    from tests.samples.make_samples import epub_sample

    size = (lambda p: len(p.split())) if lang == "en" else len
    chapters, k = [], 0
    for number in range(1, pages // PAGES_PER_CHAPTER + 1):
        body, budget = [], PAGES_PER_CHAPTER * per_page
        while budget > 0:
            text = pool[k % len(pool)]
            k += 1
            body.append(text)
            budget -= size(text)
        chapters.append((f"Chapter {number}", body))
    epub_sample(path, chapters, lang)


def xliff(path: Path, english: list[str], chinese: list[str], segments: int) -> None:
    from xml.sax.saxutils import escape

    units = []
    for k in range(segments):
        source, target = escape(english[k % len(english)]), escape(chinese[k % len(chinese)])
        if k % 7 == 0:
            source = f'<g id="{k}">{source}</g><x id="x{k}"/>'
        units.append(
            f'<trans-unit id="{k}"><source>{source}</source><target>{target}</target></trans-unit>'
        )
    groups = [
        f"<group id='g{g}'>{''.join(units[g : g + 5])}</group>" for g in range(0, segments, 5)
    ]
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
        '<file original="bench" source-language="en" target-language="zh" datatype="plaintext">'
        f"<body>{''.join(groups)}</body></file></xliff>",
        "utf-8",
    )


def sentences(path: Path, lang: str) -> list[str]:
    from reader.core.sentences import split_sentences

    return [p[s.start : s.end] for p in paragraphs(path) for s in split_sentences(p, lang)]


def timed_import(db: Path, *files: Path) -> dict[str, float]:
    code = (
        "import json, resource, sys, time\n"
        "from pathlib import Path\n"
        "from reader.services.library import Library\n"
        "start = time.perf_counter()\n"
        f"library = Library.open('sqlite:///{db}', seed=False)\n"
        "files = [Path(a) for a in sys.argv[1:]]\n"
        "summary = library.import_files(files[0], files[1] if len(files) > 1 else None,"
        " again=True)\n"
        "library.close()\n"
        "print(json.dumps({'seconds': time.perf_counter() - start,"
        " 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
        " 'paragraphs': summary.paragraph_counts}))\n"
    )
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, *map(str, files)], capture_output=True, text=True, check=True
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_seconds"] = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--segments", type=int, default=10_000)
    args = parser.parse_args()
    corpus = REPO / "corpus"
    english = [p for f in sorted(corpus.glob("*/en.txt")) for p in paragraphs(f)]
    chinese = paragraphs(corpus / "saker-russia-china" / "zh.txt")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        en, zh = folder / "book-en.epub", folder / "book-zh.epub"
        book(en, english, args.pages, "en", WORDS_PER_PAGE)
        book(zh, chinese, args.pages, "zh", CHARACTERS_PER_PAGE)
        db = folder / "bench.db"
        saker = corpus / "saker-russia-china"
        cat = folder / "bench.xlf"
        pool = sentences(saker / "en.txt", "en"), sentences(saker / "zh.txt", "zh")
        xliff(cat, *pool, args.segments)
        runs = (
            (f"{args.pages}-page EPUB, English edition alone", (en,)),
            (f"{args.pages}-page EPUB, with its translation", (en, zh)),
            (f"XLIFF of {args.segments:,} segments", (cat,)),
        )
        for label, files in runs:
            r = timed_import(db, *files)
            counts = "/".join(map(str, r["paragraphs"]))
            print(
                f"{label:<40} {counts:>11} paragraphs: "
                f"{r['process_seconds']:5.1f} s (import {r['seconds']:5.1f} s), "
                f"peak {r['peak_mb']:4.0f} MB  (target under 30 s)"
            )


if __name__ == "__main__":
    main()
