"""The term base: terms with their required and forbidden renderings, finding them in a
document's pairs, proposing new ones, and exchanging them as TBX, CSV or a tab-separated
glossary."""

from reader.core.terms.matching import ForbiddenUse, Place, TermMatcher, TermUse, Uses, term_uses
from reader.core.terms.model import Term, term_key

__all__ = [
    "ForbiddenUse",
    "Place",
    "Term",
    "TermMatcher",
    "TermUse",
    "Uses",
    "term_key",
    "term_uses",
]
