"""Automatic translation QA checks, as Xbench runs them: omissions, numbers, punctuation...

The checks read aligned sentence pairs and report findings as code-point spans into one side's
paragraph, each with an MQM category and severity, so that a reviewer can look at them and turn
the real ones into annotations. They are heuristics: each one carries guards against the false
positives that real Chinese translations of English texts produce (idioms with numerals,
apostrophes that look like closing quotes, reduplicated words...). The checks of meaning
(sense, literal, drift, homophone) read CC-CEDICT, jieba and the sentence encoder.

The findings' model is light; the checks themselves, which load numpy and the dictionaries'
readers, are imported on first use of run_checks, so that the window can show findings
without loading them at start-up.
"""

from typing import Any

from reader.core.checks.model import (
    CHECKS,
    CODE_MASK,
    DETAIL_LENGTH,
    SEMANTIC_CHECKS,
    Code,
    Dismissal,
    Finding,
    Pair,
    Place,
    Progress,
    Segment,
    Side,
)
from reader.core.terms import Term

__all__ = [
    "CHECKS",
    "CODE_MASK",
    "DETAIL_LENGTH",
    "SEMANTIC_CHECKS",
    "Code",
    "Dismissal",
    "Finding",
    "Pair",
    "Place",
    "Progress",
    "Segment",
    "Side",
    "Term",
    "run_checks",
]


def __getattr__(name: str) -> Any:
    if name == "run_checks":
        from reader.core.checks.runner import run_checks

        return run_checks
    raise AttributeError(name)
