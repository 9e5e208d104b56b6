"""Subcommands for annotations: flag, annotations, score, reimport."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from contextlib import closing
from dataclasses import asdict, fields, replace
from pathlib import Path

from reader.cli.common import LOGIN_HELP, Subparsers, login_name, visible
from reader.core.anchors import Anchor
from reader.core.errors import InputError
from reader.core.mqm import CATEGORIES, SEVERITIES, WMT_WEIGHTS, Annotation, Weights, find_category
from reader.services.library import Library


def _flag(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "flag",
        help="flag an error: a source phrase, its rendering, or both",
        description="Flag an error by quoting its text. Quote the English, the Chinese or both; "
        "an omission quotes only the English. Categories: " + ", ".join(CATEGORIES) + ".",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    for side, name in (("src", "source (English)"), ("tgt", "target (Chinese)")):
        parser.add_argument(f"--{side}-quote", metavar="TEXT", help=f"the {name} text to flag")
        parser.add_argument(
            f"--{side}-occurrence",
            type=int,
            metavar="N",
            help="which occurrence, when the quote occurs more than once (1 for the first)",
        )
    parser.add_argument(
        "--category",
        required=True,
        metavar="C",
        help="one of the categories listed above, by its full name (Accuracy/Mistranslation) "
        "or the part after the slash (mistranslation); any case",
    )
    parser.add_argument("--severity", required=True, metavar="S", help=" | ".join(SEVERITIES))
    parser.add_argument("--comment", default="", metavar="TEXT", help="what is wrong, in words")
    parser.add_argument("--fix", default="", metavar="TEXT", help="the suggested rendering")
    parser.add_argument("--annotator", default=login_name(), metavar="NAME", help=LOGIN_HELP)
    parser.set_defaults(run=run_flag)


def run_flag(args: argparse.Namespace) -> int:
    quotes = {"source": args.src_quote, "target": args.tgt_quote}
    if not any(quotes.values()):
        raise InputError("give --src-quote, --tgt-quote or both")
    # Checked before the quotes are looked up, so that the first error reported is the first one.
    category, severity = find_category(args.category), args.severity.strip().lower()
    if severity not in SEVERITIES:
        raise InputError(f"unknown severity {args.severity!r} (one of: {', '.join(SEVERITIES)})")
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        occurrences = {"source": args.src_occurrence, "target": args.tgt_occurrence}
        anchors = [
            library.annotations.quote_anchor(
                doc_id, side, quote, occurrence=_index(occurrences[side])
            )
            for side, quote in quotes.items()
            if quote
        ]
        flagged = library.annotations.flag(
            doc_id,
            category,
            severity,
            anchors,
            comment=args.comment,
            fix=args.fix,
            annotator=args.annotator,
        )
    print(f"flagged {_line(flagged)}")
    return 0


def _index(occurrence: int | None) -> int | None:
    if occurrence is not None and occurrence < 1:
        raise InputError("an occurrence is counted from 1")
    return None if occurrence is None else occurrence - 1


def _annotations(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("annotations", help="list a document's annotations")
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per annotation; json: every field (default: text)",
    )
    parser.add_argument("--status", choices=("open", "resolved"), help="only these")
    parser.set_defaults(run=run_annotations)


def run_annotations(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        found = library.annotations.for_document(doc_id, status=args.status)
    if args.format == "json":
        print(json.dumps([_record(a) for a in found], ensure_ascii=False, indent=2))
    else:
        for annotation in found:
            print(_line(annotation))
    return 0


def _line(a: Annotation) -> str:
    quotes = " ↔ ".join(f"{_side_mark(anchor)}{anchor.exact!r}" for anchor in a.anchors)
    orphan = " [orphaned]" if a.orphaned else ""
    fix = f"  → {visible(a.fix)!r}{' [accepted]' if a.fix_accepted else ''}" if a.fix else ""
    comment = f"  # {visible(a.comment)}" if a.comment else ""
    head = f"{a.id}: {a.status} {a.severity} {visible(a.category)}{orphan}"
    return f"{head}  {quotes}{fix}{comment}"


def _side_mark(anchor: Anchor) -> str:
    return "en " if anchor.side == "source" else "zh "


def _record(a: Annotation) -> dict[str, object]:
    record: dict[str, object] = {
        name: getattr(a, name)
        for name in ("id", "document_id", "category", "severity", "comment", "fix", "annotator")
    }
    record |= {
        "status": a.status,
        "fix_accepted": a.fix_accepted,
        "orphaned": a.orphaned,
        "created_at": a.created_at.isoformat() if a.created_at else None,
        "modified_at": a.modified_at.isoformat() if a.modified_at else None,
    }
    for side in ("source", "target"):
        anchor = a.anchor_on(side)
        record[side] = None if anchor is None else asdict(anchor)
    return record


def _accept_fix(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "accept-fix",
        help="accept an annotation's fix for the revised translation",
        description="Accept the fixes the revised translation applies (export -f revised-txt, "
        "revised-docx or revised-xliff). Only a fix of a span of the translation can be "
        "accepted.",
    )
    parser.add_argument("ids", metavar="ID", type=int, nargs="+", help="annotation ids")
    parser.add_argument("--withdraw", action="store_true", help="withdraw the acceptance instead")
    parser.set_defaults(run=run_accept_fix)


def run_accept_fix(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        for ann_id in args.ids:
            annotation = library.annotations.accept_fix(ann_id, not args.withdraw)
            print(_line(annotation))
    return 0


WEIGHT_NAMES = tuple(f.name for f in fields(Weights))


def _weights(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "weights",
        help="show or set the MQM weights every score and report of the library uses",
        description="Without options, prints the weights. WMT's are major 5, minor 1, minor "
        "punctuation 0.1, non-translation 25 (and critical 10, neutral 0).",
    )
    for name in WEIGHT_NAMES:
        parser.add_argument(
            f"--{name.replace('_', '-')}",
            type=float,
            metavar="W",
            help=f"the penalty of a {name.replace('_', ' ')} error",
        )
    parser.add_argument("--wmt", action="store_true", help="go back to WMT's weights")
    parser.set_defaults(run=run_weights)


def run_weights(args: argparse.Namespace) -> int:
    asked = {n: getattr(args, n) for n in WEIGHT_NAMES if getattr(args, n) is not None}
    with closing(Library.open(args.db)) as library:
        weights = library.mqm_weights()
        if asked or args.wmt:
            weights = replace(WMT_WEIGHTS if args.wmt else weights, **asked)
            library.set_mqm_weights(weights)
    for name in WEIGHT_NAMES:
        print(f"{name.replace('_', ' ')}: {getattr(weights, name):g}")
    return 0


def _score(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "score", help="the MQM score of a document (the library's weights: reader weights)"
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.set_defaults(run=run_score)


def run_score(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        result = library.annotations.score(library.find_document(args.document))
    total = result.total
    print(
        f"penalty {total.penalty:g} for {_errors(total.errors)} in {total.words} words: "
        f"{total.per_thousand_words:.2f} per 1,000 words"
    )
    for index, para in enumerate(result.paragraphs):
        if para.errors:
            print(
                f"  en ¶{index + 1}: penalty {para.penalty:g}, {_errors(para.errors)}, "
                f"{para.words} words, {para.per_thousand_words:.2f} per 1,000"
            )
    return 0


def _errors(count: int) -> str:
    return f"{count} error" if count == 1 else f"{count} errors"


def _reimport(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "reimport",
        help="replace a document's text from changed files, keeping its annotations",
        description="Annotations follow their quoted text; those whose text is gone are kept "
        "and marked orphaned.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument("path", type=Path, help="the original, or a file with both languages")
    parser.add_argument("--translation", type=Path, metavar="PATH", help="the translation")
    parser.set_defaults(run=run_reimport)


def run_reimport(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        report = library.annotations.reimport(doc_id, args.path, args.translation)
    print(
        f"re-imported document {doc_id}: {report.moved} spans moved, "
        f"{len(report.orphaned)} annotations orphaned"
    )
    for annotation in report.orphaned:
        print(f"  orphaned {_line(annotation)}")
    return 0


ANNOTATION_COMMANDS: list[Callable[[Subparsers], None]] = [
    _flag,
    _annotations,
    _accept_fix,
    _weights,
    _score,
    _reimport,
]
