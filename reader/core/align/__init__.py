"""Alignment of a source and a target sequence of text units into monotone beads."""

from reader.core.align.api import (
    AlignmentResult,
    DocumentAlignment,
    SentenceRef,
    align,
    align_document,
)

__all__ = ["AlignmentResult", "DocumentAlignment", "SentenceRef", "align", "align_document"]
