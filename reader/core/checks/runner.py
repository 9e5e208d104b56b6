"""run_checks: the wanted checks over the document, their findings in reading order."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence

from reader.core.checks.marks import _brackets, _punctuation, _spacing
from reader.core.checks.model import CHECKS, Finding, Pair, Term, _Document, _Found
from reader.core.checks.numbers import _numbers_check
from reader.core.checks.pairs import _additions, _consistency, _length, _omissions
from reader.core.checks.terms import _terms
from reader.core.checks.words import _repeated, _untranslated
from reader.core.errors import InputError

_SIDE_ORDER = {"source": 0, "target": 1}
_CHECK_ORDER = {check: i for i, check in enumerate(CHECKS)}


def run_checks(
    pairs: Sequence[Pair],
    source_lang: str = "en",
    target_lang: str = "zh",
    only: Collection[str] | None = None,
    glossary: Sequence[Term] = (),
) -> list[Finding]:
    """Findings sorted by (index of the pair, side source before target, paragraph, start).

    The "terms" check needs a glossary; without one it finds nothing."""
    if isinstance(only, str):
        only = [only]  # one id, not its letters
    wanted = set(CHECKS) if only is None else set(only)
    unknown = sorted(wanted - set(CHECKS))
    if unknown:
        raise InputError(f"unknown check {', '.join(unknown)} (one of: {', '.join(CHECKS)})")
    doc = _Document(pairs, {"source": source_lang, "target": target_lang}, glossary)
    found = [item for check in CHECKS if check in wanted for item in _RUNNERS[check](doc)]
    found.sort(key=_sort_key)
    return [finding for _, finding in found]


def _sort_key(item: _Found) -> tuple[int, int, int, int, int, int]:
    index, f = item
    return index, _SIDE_ORDER[f.side], f.paragraph, f.start, _CHECK_ORDER[f.check], f.end


_RUNNERS: dict[str, Callable[[_Document], Iterator[_Found]]] = {
    "omission": _omissions,
    "addition": _additions,
    "numbers": _numbers_check,
    "untranslated": _untranslated,
    "punctuation": _punctuation,
    "brackets": _brackets,
    "repeated": _repeated,
    "spacing": _spacing,
    "length": _length,
    "consistency": _consistency,
    "terms": _terms,
}
