"""`reader words`: the word list, as a table or as a CSV file that Anki imports."""

from __future__ import annotations

import argparse
import shutil
from contextlib import closing
from pathlib import Path

from reader.cli.columns import cell_width, pad
from reader.cli.common import Subparsers
from reader.core.errors import InputError
from reader.core.word_list import SavedWord
from reader.services.library import Library

HEADINGS = ("id", "word", "pinyin", "meaning")


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "words",
        help="the saved word list, as a table or as CSV for Anki",
        description="CSV is UTF-8 with Anki's header lines (#separator, #html, #notetype, "
        "#deck, #columns): File > Import in Anki reads it as it is, into Basic notes of the "
        "deck 'reader words': the word on the front, its pinyin, meaning and sentence pair on "
        "the back.",
    )
    parser.add_argument(
        "--format",
        choices=("table", "csv"),
        help="default: csv with --output, else table",
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="write the CSV to PATH (atomically)"
    )
    parser.set_defaults(run=run_words)


def run_words(args: argparse.Namespace) -> int:
    fmt = args.format or ("csv" if args.output else "table")
    if fmt == "table" and args.output:
        raise InputError("--output writes CSV; leave out --format table")
    with closing(Library.open(args.db)) as library:
        if args.output:
            count = library.words.export_csv(args.output)
            print(f"wrote {count} words to {args.output}")
        elif fmt == "csv":
            print(library.words.anki_csv(), end="")
        else:
            print(table(library.words.list(), shutil.get_terminal_size((120, 40)).columns))
    return 0


def table(words: list[SavedWord], width: int) -> str:
    """One line per word; the meaning is cut to the width (the CSV has it whole)."""
    rows = [HEADINGS, *((str(w.id), w.word, w.pinyin, w.gloss) for w in words)]
    widths = [max(_width(row[column]) for row in rows) for column in range(3)]
    room = max(20, width - sum(widths) - 2 * len(widths))
    return "\n".join(
        "  ".join([row[0].rjust(widths[0]), pad(row[1], widths[1]), pad(row[2], widths[2])])
        + "  "
        + _cut(row[3], room)
        for row in rows
    )


def _width(text: str) -> int:
    return sum(map(cell_width, text))


def _cut(text: str, room: int) -> str:
    if _width(text) <= room:
        return text
    kept, used = [], 1  # the ellipsis takes one cell
    for ch in text:
        used += cell_width(ch)
        if used > room:
            break
        kept.append(ch)
    return "".join(kept) + "…"
