"""`reader check`: the automatic checks of a translation, printed or flagged as annotations."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from contextlib import closing
from pathlib import Path

from reader.cli.common import LOGIN_HELP, Subparsers, login_name
from reader.cli.progress import ProgressBar
from reader.core.checks import CHECKS
from reader.core.errors import InputError
from reader.services.library import Library
from reader.services.views import CheckedFinding


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check a translation automatically: numbers, omissions, punctuation, ...",
        description="Checks: "
        + "; ".join(f"{key}: {text}" for key, text in CHECKS.items())
        + ". Findings about meaning come first, surest first, then the mechanical ones in "
        "reading order. A place is its side's paragraph number, counted from 1 as in the app "
        "and the reports (en ¶3), and code-point offsets in the paragraph. Findings "
        "dismissed in the app are left out unless --all.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument(
        "--only",
        metavar="IDS",
        help="comma-separated check ids to run (default: all)",
    )
    parser.add_argument(
        "--glossary",
        type=Path,
        metavar="FILE",
        help="more terms for the terms check besides the term base (`reader terms`): a TBX, "
        "CSV or term<TAB>rendering[|rendering...] file",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per finding and a summary; json: every field (default: text)",
    )
    parser.add_argument(
        "--all", action="store_true", help="also list the findings a reviewer dismissed"
    )
    parser.add_argument(
        "--flag",
        action="store_true",
        help="also flag every finding that no annotation flags yet (category, severity and "
        "span from the check; its message as the comment)",
    )
    parser.add_argument(
        "--annotator", default=login_name(), help=f"the annotator name for --flag ({LOGIN_HELP})"
    )
    parser.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    only = _ids(args.only)
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        with ProgressBar("checking") as bar:
            found = library.checks.run(doc_id, only, args.glossary, progress=bar)
        if not args.all:
            found = [item for item in found if not item.dismissed]
        if args.flag:
            new = [item.finding for item in found if not item.flagged]
            flagged = len(library.checks.flag(doc_id, new, args.annotator))
    if args.format == "json":
        print(json.dumps([_record(item) for item in found], ensure_ascii=False, indent=2))
    else:
        for item in found:
            print(_line(item))
        print(_summary(found))
    if args.flag:
        print(f"flagged {flagged} findings as annotations")
    return 0


def _ids(text: str | None) -> list[str] | None:
    if text is None:
        return None
    ids = [part.strip() for part in text.split(",") if part.strip()]
    if not ids:
        raise InputError("--only needs at least one check id")
    return ids


def _line(item: CheckedFinding) -> str:
    f = item.finding
    marks = " [flagged]" if item.flagged else ""
    marks += " [dismissed]" if item.dismissed else ""
    side = "en" if f.side == "source" else "zh"
    sure = f" {f.confidence:.0%}" if f.confidence < 1 else ""
    fix = f"  fix: {f.fix}" if f.fix else ""
    why = f"\n    {f.evidence}" if f.evidence else ""
    return (
        f"{side} ¶{f.paragraph + 1} {f.start}-{f.end}  {f.severity} {f.category}  "
        f"[{f.check}{sure}]  "
        f"{f.message}{fix}{marks}{why}"
    )


def _summary(found: list[CheckedFinding]) -> str:
    if not found:
        return "no findings"
    counts = Counter(item.finding.check for item in found)
    parts = ", ".join(f"{check} {counts[check]}" for check in CHECKS if counts[check])
    return f"{len(found)} findings: {parts}"


def _record(item: CheckedFinding) -> dict[str, object]:
    f = item.finding
    return {
        "check": f.check,
        "side": f.side,
        "paragraph": f.paragraph + 1,  # counted from 1, as everywhere a reader sees it
        "start": f.start,
        "end": f.end,
        "category": f.category,
        "severity": f.severity,
        "detail": f.detail,
        "message": f.message,
        "semantic": f.semantic,
        "confidence": f.confidence,
        "evidence": f.evidence,
        "fix": f.fix,
        "related": [
            {"side": p.side, "paragraph": p.paragraph + 1, "start": p.start, "end": p.end}
            for p in f.related
        ],
        "flagged": item.flagged,
        "dismissed": item.dismissed,
    }
