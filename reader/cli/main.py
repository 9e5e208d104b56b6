"""The command-line interface: `reader COMMAND ...`.

Exit codes: 0 success, 1 failure, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reader import __version__
from reader.cli import commands
from reader.core.errors import DatabaseError, InputError

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read an English text beside its Chinese translation, flag what is wrong. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL, e.g. sqlite:///path.db or postgresql+psycopg://... "
        "(default: $READER_DB, else a SQLite file in the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in commands.REGISTRY:
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return args.run(args)
    except InputError as error:
        print(f"reader: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DatabaseError as error:  # worded for the user already, and without any data
        print(f"reader: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader of our output (e.g. `head`) has gone; that is not a failure of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as error:  # the last line of defence: one line, not a trace
        print(f"reader: failed: {error}", file=sys.stderr)
        return EXIT_FAILURE
