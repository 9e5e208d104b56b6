"""Subcommands that write exports and read them back: export, import-tmx, import-annotations."""

from __future__ import annotations

import argparse
import re
import sys
from contextlib import closing
from pathlib import Path

from reader.cli.common import Subparsers, visible
from reader.cli.progress import ProgressBar
from reader.services import exporting
from reader.services.library import Library


def register(subparsers: Subparsers) -> None:
    for add in (_export, _import_tmx, _import_annotations):
        add(subparsers)


def _export(subparsers: Subparsers) -> None:
    listing = "; ".join(f"{f.name}: {f.description}" for f in exporting.formats())
    parser = subparsers.add_parser(
        "export",
        help="write a document's review as a report, a table, annotations or aligned text",
        description=f"Formats — {listing}. The file is written whole or not at all.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument(
        "--format",
        "-f",
        choices=[f.name for f in exporting.formats()],
        help="the format (default: from the suffix of PATH, else html)",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="PATH",
        help="file or folder to write to (default: TITLE.SUFFIX here)",
    )
    parser.add_argument(
        "--reviewer",
        action="append",
        default=[],
        metavar="NAME",
        help="reviewer named in the report (repeatable; default: the annotators)",
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ANNOTATOR",
        help="only this annotator's annotations (repeatable), e.g. --only adjudicated",
    )
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    fmt = args.format or (args.output and exporting.format_for(args.output)) or "html"
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        path = args.output or Path()
        if path.is_dir():  # a folder: the file is named after the document
            path = path / _file_name(library.load_document(doc_id).title, fmt)
        with ProgressBar("exporting") as bar:
            written = exporting.export_document(
                library,
                doc_id,
                fmt,
                path,
                reviewers=tuple(args.reviewer),
                annotators=tuple(args.only),
                progress=bar.steps,
            )
    print(f"wrote {written}")
    return 0


def _import_tmx(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import-tmx",
        help="import a TMX file as a new aligned document (one bead per translation unit)",
    )
    parser.add_argument("path", type=Path, help="the TMX file")
    parser.add_argument("--title", metavar="T", help="title (default: from the file)")
    parser.add_argument(
        "--script",
        choices=("simplified", "traditional"),
        default="simplified",
        help="the Chinese to take when the file has both (zh-Hans and zh-Hant; default: "
        "simplified)",
    )
    parser.set_defaults(run=run_import_tmx)


def run_import_tmx(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        summary = exporting.import_tmx(library, args.path, args.title, args.script)
    counts = "/".join(map(str, summary.paragraph_counts))
    print(f"imported document {summary.id}: {summary.title} ({counts} paragraphs)")
    for notice in summary.notices:
        print(f"  {notice}")
    return 0


def _import_annotations(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import-annotations",
        help="merge another reviewer's JSON export (W3C Web Annotation) into a document",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument("path", type=Path, help="the JSON file written by `reader export -f json`")
    parser.set_defaults(run=run_import_annotations)


def run_import_annotations(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        report = exporting.merge_annotations(
            library, library.find_document(args.document), args.path
        )
    print(
        f"added {report.added} annotations; skipped {report.duplicates} already present"
        f" and {report.not_found} whose text is not in this document"
    )
    for reason in report.refused:
        print(f"not read: {visible(reason)}", file=sys.stderr)
    return 2 if report.refused and not report.added else 0


def _file_name(title: str, fmt: str) -> str:
    suffix = next(f.suffix for f in exporting.formats() if f.name == fmt)
    stem = " ".join(re.sub(r"[^\w\-]+", " ", title).split())[:80]
    return f"{stem or 'document'}{'.mqm' if fmt == 'wmt' else ''}{suffix}"
