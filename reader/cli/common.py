"""What every subcommand module shares."""

import argparse
import getpass
import unicodedata

# argparse has no public name for the object add_subparsers() returns.
Subparsers = argparse._SubParsersAction


def login_name() -> str:
    """Who runs the command: $LOGNAME or $USER (and the like), else the account's login name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no such variables and no password entry, as in bare containers
        return "reviewer"


LOGIN_HELP = "default: $USER, else your login name"


def visible(text: str) -> str:
    """Text from someone else's file, safe to print on a terminal: a line break shows as ⏎ and
    every other control character (ESC, CR, a bidi override...) as its escape, so none of them
    can move the cursor, recolour the screen or hide what follows."""
    out = []
    for ch in text:
        if ch == "\n":
            out.append(" ⏎ ")
        elif unicodedata.category(ch) in ("Cc", "Cf") and ch not in "\u200b\u200c\u200d":
            out.append(ch.encode("unicode_escape").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)
