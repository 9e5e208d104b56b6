"""Spans anchored so they survive edits of the text.

An anchor holds both a W3C TextPositionSelector (start, end: code points into the side's text)
and a TextQuoteSelector (exact text with a little context before and after). When the text
changes, the quote finds the span again; the position only breaks ties.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.errors import InputError

CONTEXT = 32


@dataclass(frozen=True)
class Anchor:
    side: str  # "source" or "target"
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    # True when a changed text no longer holds the quote; start/end then point into the old text.
    orphaned: bool = False


def anchor(side: str, text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return Anchor(
        side,
        start,
        end,
        text[start:end],
        text[max(0, start - context) : start],
        text[end : end + context],
    )


def quote_anchor(
    side: str,
    text: str,
    quote: str,
    *,
    within: tuple[int, int] | None = None,
    occurrence: int | None = None,
) -> Anchor:
    """Anchor the quote found in text[within] (all of it by default).

    A quote found more than once needs `occurrence` (0 for the first) to say which one is meant.
    """
    lo, hi = within or (0, len(text))
    found = [lo + start for start in _occurrences(text[lo:hi], quote)]
    if not found:
        raise InputError(f"{quote!r} is not in the {side} text")
    if occurrence is None and len(found) > 1:
        raise InputError(
            f"{quote!r} occurs {len(found)} times in the {side} text; say which occurrence"
        )
    index = occurrence or 0
    if not 0 <= index < len(found):
        raise InputError(f"{quote!r} occurs only {len(found)} times in the {side} text")
    return anchor(side, text, found[index], found[index] + len(quote))


def reanchor(text: str, old: Anchor) -> Anchor | None:
    """Find the anchor's quote in a changed text; None when it is gone (the anchor is orphaned)."""
    if text[old.start : old.end] == old.exact and _context_fits(text, old, old.start):
        return old
    candidates = _occurrences(text, old.exact)
    if not candidates:
        return None
    best = max(
        candidates, key=lambda start: (_context_score(text, old, start), -abs(start - old.start))
    )
    return anchor(old.side, text, best, best + len(old.exact))


def _occurrences(text: str, exact: str) -> list[int]:
    if not exact:
        return []
    found, start = [], text.find(exact)
    while start != -1:
        found.append(start)
        start = text.find(exact, start + 1)
    return found


def _context_fits(text: str, old: Anchor, start: int) -> bool:
    return _context_score(text, old, start) == len(old.prefix) + len(old.suffix)


def _context_score(text: str, old: Anchor, start: int) -> int:
    """How many characters of the old prefix and suffix still stand around this occurrence."""
    before = text[:start]
    after = text[start + len(old.exact) :]
    return _common_suffix(before, old.prefix) + _common_prefix(after, old.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
