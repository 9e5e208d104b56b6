"""`reader` alone opens the desktop app; `reader COMMAND ...` runs the command line.

This module sits above both interfaces so that neither imports the other, and it imports each
lazily: the command line never loads Qt, the app never loads argparse subcommands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    db_url = _gui_db(args)
    if db_url is not None or not args:
        from reader.gui.shell.app import run

        return run(db_url or None)
    from reader.cli.main import main as cli_main

    return cli_main(args)


def _gui_db(args: list[str]) -> str | None:
    """`reader --db URL` with nothing else also opens the app, on that database."""
    if len(args) == 2 and args[0] == "--db":
        return args[1]
    if len(args) == 1 and args[0].startswith("--db="):
        return args[0].removeprefix("--db=")
    return None
