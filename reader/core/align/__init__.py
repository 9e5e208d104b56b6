"""Alignment of a source and a target sequence of text units into monotone beads.

The entry points load lazily: importing a light submodule (editing) must not load numpy and the
embedding model's code, which the GUI would otherwise pay for at start-up.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["AlignmentResult", "DocumentAlignment", "SentenceRef", "align", "align_document"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(import_module("reader.core.align.api"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
