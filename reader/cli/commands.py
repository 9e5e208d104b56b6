"""Each subcommand: a function that adds its parser and one that runs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from reader.cli import (
    align_commands,
    check_commands,
    export_commands,
    term_commands,
    word_commands,
)
from reader.cli.annotation_commands import ANNOTATION_COMMANDS
from reader.cli.columns import side_by_side
from reader.cli.common import Subparsers
from reader.cli.progress import ProgressBar
from reader.cli.team_commands import TEAM_COMMANDS
from reader.core.errors import AlreadyImported, InputError
from reader.core.text import LINE_BREAKS
from reader.services.library import Library, library_backups, restore_library
from reader.services.views import DocumentSummary

READINGS = {
    "paragraph": "single line breaks were read as paragraph ends (--line-breaks wrap joins them)",
    "wrap": "lines were read as wrapped inside paragraphs (--line-breaks paragraph splits them)",
}


def _import(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a text: one file with both languages, or an original and its translation",
        description="Import plain text or Markdown in any common encoding, a Word document "
        "(.docx), a saved web page (its article only) or an EPUB book (its chapters in order); "
        "the kind is told from the content. One file holding both languages (a bilingual "
        "two-column table too) is split by script; with --translation the two files are "
        "paired. In text, paragraphs are separated by blank lines; where lines are separated "
        "by single line breaks, each line is read as a paragraph unless the lines look "
        "hard-wrapped (of an editor's even width), which are joined. The import says which "
        "reading it used; --line-breaks chooses the other. Two editions of an EPUB book are "
        "aligned chapter by chapter; --chapters makes a document of each chapter.",
    )
    parser.add_argument("path", type=Path, help="the original, or a file with both languages")
    parser.add_argument("--translation", type=Path, metavar="PATH", help="the translation")
    parser.add_argument(
        "--title",
        metavar="T",
        help="title (default: the first paragraph if it has at most 120 characters, else the "
        "file name without its suffix)",
    )
    parser.add_argument(
        "--again",
        action="store_true",
        help="import even when the library holds this text already (a second copy)",
    )
    parser.add_argument(
        "--url",
        default="",
        help="the document's address on the web; exported annotations point at it",
    )
    parser.add_argument(
        "--chapters",
        action="store_true",
        help="an EPUB book (or two editions of one): a document per chapter, titled "
        '"TITLE — chapter" (TITLE: --title, else the file name)',
    )
    parser.add_argument(
        "--line-breaks",
        choices=LINE_BREAKS,
        default="auto",
        help="single line breaks end a paragraph (paragraph), join wrapped lines (wrap), or "
        "either, as the lines look (auto, the default)",
    )
    parser.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    if args.chapters:
        return _import_chapters(args)
    with closing(Library.open(args.db)) as library, ProgressBar("importing") as bar:
        try:
            summary = library.import_files(
                args.path,
                args.translation,
                args.title,
                progress=bar,
                again=args.again,
                line_breaks=args.line_breaks,
                url=args.url,
            )
        except AlreadyImported as held:
            raise _held(held) from held
    print(_imported(summary))
    if summary.line_reading is not None:
        print(READINGS[summary.line_reading])
    return 0


def _import_chapters(args: argparse.Namespace) -> int:
    if args.url:
        raise InputError("--url names one document's address; a book's chapters are several")
    with closing(Library.open(args.db)) as library, ProgressBar("importing") as bar:
        try:
            summaries = library.import_chapters(
                args.path, args.translation, args.title, progress=bar, again=args.again
            )
        except AlreadyImported as held:
            raise _held(held) from held
    for summary in summaries:
        print(_imported(summary))
    return 0


def _held(held: AlreadyImported) -> InputError:
    return InputError(
        f"{held} (`reader reimport {held.document_id} FILE…` replaces its text, keeping "
        "its annotations; --again imports a second copy)"
    )


def _imported(summary: DocumentSummary) -> str:
    counts = " + ".join(
        f"{count} {lang}"
        for lang, count in zip(summary.languages, summary.paragraph_counts, strict=True)
    )
    return f"imported document {summary.id}: {summary.title} ({counts} paragraphs)"


def _list(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("list", help="list the documents in the library")
    parser.set_defaults(run=run_list)


def run_list(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        documents = library.list_documents()
    print(f"{'id':>4}  {'languages':<9}  {'paragraphs':<10}  title")
    for doc in documents:
        langs = "→".join(doc.languages)
        counts = "/".join(map(str, doc.paragraph_counts))
        print(f"{doc.id:>4}  {langs:<9}  {counts:<10}  {doc.title}")
    return 0


def _show(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "show", help="print a document's paragraphs side by side as plain text"
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument("--width", type=int, default=0, help="line width (default: the terminal's)")
    parser.set_defaults(run=run_show)


def run_show(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        view = library.load_document(library.find_document(args.document))
    print(side_by_side(view, args.width or None))
    return 0


def _delete(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "delete",
        help="delete a document with its annotations, for good",
        description="Deletes the document, its annotations, check dismissals and own terms "
        "at once (in the app, a deletion can be undone until the app is next started). A "
        "bundled document that is deleted is not added again.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.set_defaults(run=run_delete)


def run_delete(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        summary = library.delete_document(library.find_document(args.document))
    print(f"deleted document {summary.id}: {summary.title}")
    return 0


def _rename(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("rename", help="give a document a new title")
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument("title", metavar="TITLE", help="the new title")
    parser.set_defaults(run=run_rename)


def run_rename(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        old = library.rename_document(doc_id, args.title)
    print(f"renamed document {doc_id}: {old} → {' '.join(args.title.split())}")
    return 0


def _url(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "url",
        help="show or set a document's address on the web",
        description="Exported annotations (JSON) name the document's sides by its address, "
        "so that other tools can open the page they point at.",
    )
    parser.add_argument("document", metavar="DOC", help="document id, or a unique part of a title")
    parser.add_argument("url", metavar="URL", nargs="?", help='the address; "" removes it')
    parser.set_defaults(run=run_url)


def run_url(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db)) as library:
        doc_id = library.find_document(args.document)
        if args.url is None:
            print(library.document_url(doc_id) or "(no address)")
            return 0
        library.set_document_url(doc_id, args.url)
    print(f"document {doc_id}: {args.url.strip() or '(no address)'}")
    return 0


def _backup(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="copy the library now (SQLite); copies are also made daily and before upgrades",
        description="Copies are kept beside the database file, in NAME.db.backups/, the newest "
        "10. `reader restore` puts one back.",
    )
    parser.set_defaults(run=run_backup)


def run_backup(args: argparse.Namespace) -> int:
    with closing(Library.open(args.db, seed=False)) as library:
        print(f"backed up to {library.backup()}")
    return 0


def _restore(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="put a backup of the library back (the newest, unless named)",
        description="The library as it is now is backed up first, so a restore can be undone "
        "by restoring that copy. Works on a damaged library, which it does not open.",
    )
    parser.add_argument("backup", nargs="?", type=Path, help="the copy (default: the newest)")
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")
    parser.set_defaults(run=run_restore)


def run_restore(args: argparse.Namespace) -> int:
    if args.list:
        found = library_backups(args.db)
        for copy in found:
            print(copy)
        if not found:
            print("no backups yet")
        return 0
    restored, kept = restore_library(args.db, args.backup)
    print(f"restored {restored.name}; the library as it was is kept as {kept.name}")
    return 0


REGISTRY: list[Callable[[Subparsers], None]] = [
    _import,
    _list,
    _rename,
    _url,
    _delete,
    _backup,
    _restore,
    _show,
    align_commands.register,
    export_commands.register,
    *ANNOTATION_COMMANDS,
    *TEAM_COMMANDS,
    check_commands.register,
    word_commands.register,
    term_commands.register,
]
