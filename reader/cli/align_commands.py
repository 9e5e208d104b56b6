"""`reader align SRC TGT`: align two files and print the beads."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reader.cli.common import Subparsers
from reader.cli.progress import ProgressBar


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "align",
        help="align two text files and print the beads",
        description="Align SRC with TGT. `beads` prints one bead a line as [src ids]:[tgt ids] "
        "(0-based, SRC first), the format of align_eval.py.",
    )
    parser.add_argument("src", type=Path, metavar="SRC", help="the original (a text file)")
    parser.add_argument("tgt", type=Path, metavar="TGT", help="its translation (a text file)")
    parser.add_argument(
        "--unit",
        choices=("paragraph", "sentence"),
        default="paragraph",
        help="align paragraphs, or sentences within the aligned paragraphs (default: paragraph)",
    )
    parser.add_argument(
        "--presplit", action="store_true", help="take each line as one unit, as given"
    )
    parser.add_argument(
        "--format",
        choices=("beads", "json"),
        default="beads",
        help="beads: one line per bead, its units' numbers on each side (from 0, as "
        "align_eval.py reads them); json: the "
        "beads with their texts (default: beads)",
    )
    parser.set_defaults(run=run_align)


def run_align(args: argparse.Namespace) -> int:
    from reader.services.aligning import align_files  # the aligner loads numpy: only here

    with ProgressBar("aligning") as bar:
        result = align_files(
            args.src, args.tgt, unit=args.unit, presplit=args.presplit, progress=bar
        )
    if args.format == "beads":
        print("\n".join(bead.as_text() for bead in result.beads))
        return 0
    beads = [
        {"src": list(b.src), "tgt": list(b.tgt), "confidence": round(b.confidence, 4)}
        for b in result.beads
    ]
    print(json.dumps({"signals": list(result.signals), "beads": beads}, ensure_ascii=False))
    return 0
