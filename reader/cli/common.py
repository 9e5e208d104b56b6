"""What every subcommand module shares."""

import argparse
import getpass

# argparse has no public name for the object add_subparsers() returns.
Subparsers = argparse._SubParsersAction


def login_name() -> str:
    """Who runs the command: $LOGNAME or $USER (and the like), else the account's login name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no such variables and no password entry, as in bare containers
        return "reviewer"


LOGIN_HELP = "default: $USER, else your login name"
