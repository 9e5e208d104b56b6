"""Automatic translation QA checks, as Xbench runs them: omissions, numbers, punctuation...

The checks read aligned sentence pairs and report findings as code-point spans into one side's
paragraph, each with an MQM category and severity, so that a reviewer can look at them and turn
the real ones into annotations. They are heuristics: each one carries guards against the false
positives that real Chinese translations of English texts produce (idioms with numerals,
apostrophes that look like closing quotes, reduplicated words...).
"""

from reader.core.checks.model import CHECKS, DETAIL_LENGTH, Finding, Pair, Segment, Side, Term
from reader.core.checks.runner import run_checks
from reader.core.checks.terms import parse_glossary

__all__ = [
    "CHECKS",
    "DETAIL_LENGTH",
    "Finding",
    "Pair",
    "Segment",
    "Side",
    "Term",
    "parse_glossary",
    "run_checks",
]
