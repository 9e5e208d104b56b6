"""The term check, as Xbench's key-term mismatch: a term of the term base whose sentence's
translation has none of its required renderings ("current order" must read 当前秩序), or has a
forbidden one (订单)."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.checks.model import CheckDocument, Finding, Found, Place, make_finding
from reader.core.terms import ForbiddenUse, TermUse, term_uses


def check_terms(doc: CheckDocument) -> Iterator[Found]:
    if not doc.terms:
        return
    uses = term_uses(doc.pairs, doc.terms)
    for use in uses.terms:
        # A forbidden rendering explains the miss; it is reported at its own place instead.
        if not use.kept and not use.forbidden:
            yield use.pair, _missing(use)
    for wrong in uses.forbidden:
        yield wrong.pair, _forbidden(wrong)


def _missing(use: TermUse) -> Finding:
    term = use.term
    message = f'"{use.text}" is not rendered as {" or ".join(term.renderings)}.' + _note(term.note)
    return make_finding(
        "terms", "source", *use.place, use.text, message, severity="major", fix=term.renderings[0]
    )


def _forbidden(wrong: ForbiddenUse) -> Finding:
    term = wrong.term
    message = f'{wrong.text} is forbidden for "{term.source}"'
    message += f"; use {' or '.join(term.renderings)}." if term.renderings else "."
    return make_finding(
        "terms",
        "target",
        *wrong.place,
        wrong.text,
        message + _note(term.note),
        severity="major",
        fix=term.renderings[0] if term.renderings else "",
        related=tuple(Place("source", *p) for p in wrong.sources),
    )


def _note(note: str) -> str:
    return f" Note: {note}" if note else ""
