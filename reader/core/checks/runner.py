"""run_checks: the wanted checks over the document, their findings in reading order."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence

from reader.core.checks.codes import check_codes
from reader.core.checks.drift import check_drift
from reader.core.checks.homophones import check_homophones
from reader.core.checks.literal import check_literal
from reader.core.checks.marks import check_brackets, check_punctuation, check_spacing
from reader.core.checks.model import CHECKS, CheckDocument, Finding, Found, Pair, Progress
from reader.core.checks.numbers import check_numbers
from reader.core.checks.pairs import (
    check_additions,
    check_consistency,
    check_length,
    check_omissions,
)
from reader.core.checks.senses import check_sense
from reader.core.checks.terms import check_terms
from reader.core.checks.words import check_repeated, check_untranslated
from reader.core.errors import InputError
from reader.core.terms import Term

_SIDE_ORDER = {"source": 0, "target": 1}
# How long each check takes beside a mechanical one, for the progress bar: the encoder's.
_WEIGHTS = {"sense": 40, "drift": 8, "literal": 2, "homophone": 2}
_CHECK_ORDER = {check: i for i, check in enumerate(CHECKS)}


def run_checks(
    pairs: Sequence[Pair],
    source_lang: str = "en",
    target_lang: str = "zh",
    only: Collection[str] | None = None,
    terms: Sequence[Term] = (),
    progress: Progress | None = None,
) -> list[Finding]:
    """Findings sorted by (index of the pair, side source before target, paragraph, start).

    The "terms" check needs terms; without them it finds nothing. `progress` hears the
    share of the checks run, after each; what it raises stops the run."""
    if isinstance(only, str):
        only = [only]  # one id, not its letters
    wanted = set(CHECKS) if only is None else set(only)
    unknown = sorted(wanted - set(CHECKS))
    if unknown:
        raise InputError(f"unknown check {', '.join(unknown)} (one of: {', '.join(CHECKS)})")
    doc = CheckDocument(pairs, {"source": source_lang, "target": target_lang}, terms)
    checks = [check for check in CHECKS if check in wanted]
    total = sum(_WEIGHTS.get(check, 1) for check in checks)
    found: list[Found] = []
    done = 0.0
    for check in checks:
        weight = _WEIGHTS.get(check, 1)
        if progress is not None:
            # A long check reports its own share through the document, and may be stopped.
            doc.progress = lambda share, at=done, w=weight: progress((at + share * w) / total)
        found += _RUNNERS[check](doc)
        done += weight
        if progress is not None:
            progress(done / total)
    found.sort(key=_sort_key)
    return [finding for _, finding in found]


def _sort_key(item: Found) -> tuple[int, int, int, int, int, int]:
    index, f = item
    return index, _SIDE_ORDER[f.side], f.paragraph, f.start, _CHECK_ORDER[f.check], f.end


_RUNNERS: dict[str, Callable[[CheckDocument], Iterator[Found]]] = {
    "omission": check_omissions,
    "addition": check_additions,
    "numbers": check_numbers,
    "untranslated": check_untranslated,
    "punctuation": check_punctuation,
    "brackets": check_brackets,
    "repeated": check_repeated,
    "spacing": check_spacing,
    "length": check_length,
    "consistency": check_consistency,
    "terms": check_terms,
    "sense": check_sense,
    "literal": check_literal,
    "drift": check_drift,
    "homophone": check_homophones,
    "codes": check_codes,
}
