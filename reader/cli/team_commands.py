"""Commands for a team of reviewers: how far they agree."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import closing

from reader.cli.common import Subparsers
from reader.cli.progress import ProgressBar
from reader.core.agreement import Agreement, Overlap, PairAgreement, as_dict
from reader.services.library import Library, copy_library


def _agreement(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "agreement",
        help="how far a document's reviewers agree: span F1, kappa, MQM, where they differ",
        description="For each pair of reviewers: precision, recall and F1 of the second's "
        "error spans against the first's (the same span, and overlapping spans), Cohen's kappa "
        "on category and on severity of the spans both marked; each reviewer's MQM score; "
        "the paragraphs where their penalties differ most.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument(
        "--reviewers", metavar="A,B", default="", help="the reviewers to compare (default: all)"
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or JSON"
    )
    parser.set_defaults(run=run_agreement)


def run_agreement(args: argparse.Namespace) -> int:
    wanted = [name.strip() for name in args.reviewers.split(",") if name.strip()]
    with closing(Library.open(args.db)) as library:
        found = library.annotations.agreement(library.find_document(args.document), wanted)
    if args.format == "json":
        print(json.dumps(as_dict(found), ensure_ascii=False, indent=2))
    else:
        print("\n".join(agreement_lines(found)))
    return 0


def agreement_lines(found: Agreement) -> list[str]:
    lines = [f"reviewers: {', '.join(found.reviewers)}"]
    for reviewer, score in found.scores:
        lines.append(
            f"  {reviewer}: MQM penalty {score.penalty:g}, {score.errors} errors, "
            f"{score.per_thousand_words:.2f} per 1,000 words"
        )
    lines += [line for pair in found.pairs for line in _pair_lines(pair)]
    if found.hotspots:
        lines.append("where they differ most:")
        for spot in found.hotspots:
            penalties = ", ".join(f"{r} {p:g}" for r, p in spot.penalties)
            lines.append(f"  en ¶{spot.paragraph + 1}: {penalties}")
    return lines


def _pair_lines(pair: PairAgreement) -> list[str]:
    def rates(name: str, o: Overlap) -> str:
        return (
            f"  {name}: {o.matched} matched, P {o.precision:.2f}  R {o.recall:.2f}  F1 {o.f1:.2f}"
        )

    def shown(value: float | None) -> str:
        return "undefined" if value is None else f"{value:.2f}"

    return [
        f"{pair.first} and {pair.second} ({pair.second}'s spans against {pair.first}'s):",
        rates("same span", pair.exact),
        rates("overlapping", pair.overlapping),
        f"  kappa on the overlapping spans: category {shown(pair.category_kappa)}, "
        f"severity {shown(pair.severity_kappa)}",
    ]


def _db(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("db", help="move a whole library to another database")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    copy = actions.add_parser(
        "copy",
        help="copy a library into a new, empty database (SQLite or PostgreSQL, either way)",
        description="Every row is copied with its ids; then both are counted, table by table, "
        "and every annotation is checksummed on both. Exit 1 if the copy differs.",
    )
    copy.add_argument(
        "--from", dest="source", required=True, metavar="URL", help="the library to copy"
    )
    copy.add_argument(
        "--to", dest="target", required=True, metavar="URL", help="a new, empty database"
    )
    copy.set_defaults(run=run_db_copy)


def run_db_copy(args: argparse.Namespace) -> int:
    with ProgressBar("copying") as bar:
        report = copy_library(args.source, args.target, progress=bar)
    for table, here, there in report.counts:
        if here or there:
            print(f"{table:<20} {here:>8} {there:>8}{'' if here == there else '  DIFFERS'}")
    print(f"annotations' checksum: {report.source_checksum[:16]} {report.copy_checksum[:16]}")
    if not report.faithful:
        print("the copy differs from the library", file=sys.stderr)
        return 1
    print("copied: every table has as many rows, and every annotation is the same")
    return 0


TEAM_COMMANDS: list[Callable[[Subparsers], None]] = [_agreement, _db]
