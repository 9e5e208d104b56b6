"""Alignment of a source and a target sequence of text units into monotone beads."""

from reader.core.align.api import AlignmentResult, align

__all__ = ["AlignmentResult", "align"]
