"""What every subcommand module shares."""

import argparse

# argparse has no public name for the object add_subparsers() returns.
Subparsers = argparse._SubParsersAction
