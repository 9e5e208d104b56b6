"""`reader terms`: the term base — list, add, remove, import, export, usage and suggest."""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from pathlib import Path

from reader.cli.common import Subparsers, login_name, visible
from reader.core.errors import InputError
from reader.core.terms import Term
from reader.services.library import Library
from reader.services.terms import FORMATS

DOC_HELP = "document id, or a unique part of a title"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "terms",
        help="the term base: terms and their required and forbidden renderings",
        description="Terms are the library's (every document's) or, with --doc, one "
        "document's own. The terms check of `reader check` enforces them: a term whose "
        "sentence's translation has none of its renderings, or a forbidden one, is reported.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    _list(actions)
    _add(actions)
    _remove(actions)
    _import(actions)
    _export(actions)
    _usage(actions)
    _suggest(actions)


def _doc_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--doc", metavar="DOC", help=f"{help_text} ({DOC_HELP})")


def _list(actions: Subparsers) -> None:
    parser = actions.add_parser("list", help="list the terms, as a table or as JSON")
    _doc_option(parser, "also list this document's own terms")
    parser.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="table: a line per term; json: every field (default: table)",
    )
    parser.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        terms = library.terms.list(_doc(library, args.doc))
    if args.format == "json":
        print(json.dumps([_record(t) for t in terms], ensure_ascii=False, indent=2))
        return 0
    for t in terms:
        print(_line(t))
    print(f"{len(terms)} terms")
    return 0


def _add(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "add",
        help="add a term",
        description='Example: reader terms add "world order" 世界秩序 --forbid 订单',
    )
    parser.add_argument("term", help="the English term, matched as whole words, plurals too")
    parser.add_argument(
        "renderings", nargs="*", metavar="RENDERING", help="a Chinese rendering the term needs"
    )
    parser.add_argument(
        "--forbid", action="append", default=[], metavar="TEXT", help="a forbidden rendering"
    )
    parser.add_argument("--pos", default="", help="part of speech (noun, verb, ...)")
    parser.add_argument("--note", default="", help="a note the checks show with the term")
    parser.add_argument("--author", default=login_name(), help="who adds it (default: you)")
    _doc_option(parser, "the document whose own term it is (default: the library's)")
    parser.set_defaults(run=run_add)


def run_add(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        term = Term(
            args.term,
            tuple(args.renderings),
            tuple(args.forbid),
            args.pos,
            args.note,
            args.author,
            document_id=_doc(library, args.doc),
        )
        added = library.terms.add(term)
    print(f"added term {added.id}: {_line(added)}")
    return 0


def _remove(actions: Subparsers) -> None:
    parser = actions.add_parser("remove", help="remove a term by its id (see `terms list`)")
    parser.add_argument("id", type=int, help="the term's id")
    parser.set_defaults(run=run_remove)


def run_remove(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        removed = library.terms.remove(args.id)
    print(f"removed term {removed.id}: {removed.source}")
    return 0


def _import(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "import",
        help="add the terms of a TBX, CSV or tab-separated glossary file",
        description="The format is told from the content: TBX (TBX-Basic, versions 2 and 3), "
        "CSV (term, renderings, forbidden, pos, note, author, created; several renderings "
        "separated by |), or a glossary of term<TAB>rendering[|rendering...] lines. A term "
        "held already gains the file's renderings. All of the file is added, or nothing.",
    )
    parser.add_argument("path", type=Path, help="the file")
    parser.add_argument(
        "--author", default=login_name(), help="for terms the file names no author of"
    )
    _doc_option(parser, "add them as this document's own terms")
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        result = library.terms.import_file(args.path, _doc(library, args.doc), args.author)
    print(
        f"added {len(result.added)} terms, joined renderings into {len(result.merged)}, "
        f"{result.unchanged} unchanged"
    )
    return 0


def _export(actions: Subparsers) -> None:
    parser = actions.add_parser("export", help="write the terms as TBX-Basic or CSV")
    parser.add_argument("path", type=Path, help="the file to write (atomically)")
    parser.add_argument(
        "--format", choices=FORMATS, help="default: from the file's suffix, else tbx"
    )
    _doc_option(parser, "also write this document's own terms")
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    fmt = args.format or ("csv" if args.path.suffix.lower() == ".csv" else "tbx")
    with closing(Library.open(args.db)) as library:
        count = library.terms.export(args.path, fmt, _doc(library, args.doc))
    print(f"wrote {count} terms to {args.path}")
    return 0


def _usage(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "usage",
        help="how a document renders each term",
        description="For each term: how often the document's source has it, how often its "
        "translation keeps a required rendering, and how often a forbidden one is used.",
    )
    parser.add_argument("document", metavar="DOC", help=DOC_HELP)
    parser.set_defaults(run=run_usage)


def run_usage(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        usage = library.terms.usage(library.find_document(args.document))
    for u in usage:
        wrong = f", forbidden used {len(u.forbidden)}×" if u.forbidden else ""
        print(f"{u.term.source}: {len(u.uses)} in the source, kept {u.kept}{wrong}")
    return 0


def _suggest(actions: Subparsers) -> None:
    parser = actions.add_parser(
        "suggest",
        help="propose terms from a document's alignment",
        description="English word runs that recur and whose sentences' translations mostly "
        "share one rendering, strongest first, with the places where that rendering is "
        "missing (paragraph numbers from 1, code-point offsets).",
    )
    parser.add_argument("document", metavar="DOC", help=DOC_HELP)
    parser.add_argument("--limit", type=int, default=30, help="at most this many (default 30)")
    parser.add_argument(
        "--accept", action="store_true", help="add the listed ones to the library's terms"
    )
    parser.add_argument("--author", default=login_name(), help="the author for --accept")
    parser.set_defaults(run=run_suggest)


def run_suggest(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    with closing(Library.open(args.db)) as library:
        found = library.terms.suggest(library.find_document(args.document))[: args.limit]
        for c in found:
            missing = ", ".join(f"en ¶{p.paragraph + 1} {p.start}-{p.end}" for p in c.elsewhere)
            where = f"; not rendered so at {missing}" if missing else ""
            print(f"{c.source} → {c.rendering}  (kept in {c.kept} of {c.pairs}{where})")
        if args.accept:
            library.terms.add_all([c.as_term(args.author) for c in found])
            print(f"added {len(found)} terms")
        elif not found:
            print("no terms to suggest")
    return 0


def _doc(library: Library, ref: str | None) -> int | None:
    return library.find_document(ref) if ref is not None else None


def _line(t: Term) -> str:
    scope = f"  [document {t.document_id}]" if t.document_id is not None else ""
    forbidden = f"  not: {' | '.join(t.forbidden)}" if t.forbidden else ""
    note = f"  ({t.note})" if t.note else ""
    line = f"{t.id:>4}  {t.source} → {' | '.join(t.renderings) or '—'}{forbidden}{note}{scope}"
    return visible(line)


def _record(t: Term) -> dict[str, object]:
    return {
        "id": t.id,
        "term": t.source,
        "renderings": list(t.renderings),
        "forbidden": list(t.forbidden),
        "pos": t.pos,
        "note": t.note,
        "author": t.author,
        "created": t.created_at.isoformat() if t.created_at else None,
        "document": t.document_id,
    }
