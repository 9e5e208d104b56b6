"""Finding a term base's terms in a document's sentence pairs, and what each translation does
with them: keeps a required rendering, misses it, or uses a forbidden one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

from reader.core.terms.model import Term

_WORD = re.compile(r"[^\W_]+")
_ENDINGS = ("es", "s")  # a plural or third-person ending on a term's last word still matches


class Segment(Protocol):
    """A sentence of one side: its paragraph, where it starts there, and its text."""

    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def text(self) -> str: ...


class Pair(Protocol):
    @property
    def source(self) -> Sequence[Segment]: ...
    @property
    def target(self) -> Sequence[Segment]: ...


class Place(NamedTuple):
    paragraph: int
    start: int  # code points in the paragraph
    end: int


@dataclass(frozen=True)
class TermUse:
    """A term met in a pair's source, and whether its translation keeps the term."""

    term: Term
    pair: int  # index of the pair
    place: Place  # on the source side
    text: str  # as written: "world orders"
    kept: bool  # a required rendering is there (or, with none required, no forbidden one)
    forbidden: bool  # a forbidden rendering of the term is in the pair's translation
    rendered: tuple[Place, ...] = ()  # where the translation has a required rendering


@dataclass(frozen=True)
class ForbiddenUse:
    """A forbidden rendering of a term, met in the translation of a pair that has the term."""

    term: Term
    pair: int
    place: Place  # on the target side
    text: str
    sources: tuple[Place, ...]  # where the pair's source has the term


class Uses(NamedTuple):
    terms: list[TermUse]
    forbidden: list[ForbiddenUse]


class TermMatcher:
    """Finds terms as whole words, longest first ("world order" wins over "order"), by looking
    up runs of words rather than trying every term at every place: thousands of terms cost
    little more than ten."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self._by_key: dict[tuple[str, ...], Term] = {}
        for term in terms:
            self._by_key.setdefault(term.key, term)  # the first of two with one key wins
        self._longest: dict[str, int] = {}  # first word → the most words a term with it has
        for key in self._by_key:
            self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def find(self, text: str) -> Iterator[tuple[int, int, Term]]:
        """(start, end, term) of each term in the text, left to right, never overlapping."""
        words = list(_WORD.finditer(text))
        keys = [w.group().casefold() for w in words]
        i = 0
        while i < len(words):
            found = self._longest_at(keys, i)
            if found is None:
                i += 1
                continue
            size, term = found
            yield words[i].start(), words[i + size - 1].end(), term
            i += size

    def _longest_at(self, keys: list[str], i: int) -> tuple[int, Term] | None:
        # A one-word term in the plural ("horses") is not indexed by that word: try it alone.
        most = max(self._longest.get(keys[i], 0), 1)
        for size in range(min(most, len(keys) - i), 0, -1):
            term = self._lookup(keys[i : i + size])
            if term is not None:
                return size, term
        return None

    def _lookup(self, words: list[str]) -> Term | None:
        key = tuple(words)
        term = self._by_key.get(key)
        if term is not None:
            return term
        last = words[-1]
        for ending in _ENDINGS:
            if last.endswith(ending) and len(last) > len(ending) + 1:
                term = self._by_key.get((*key[:-1], last[: -len(ending)]))
                if term is not None:
                    return term
        return None


def term_uses(pairs: Sequence[Pair], terms: Sequence[Term]) -> Uses:
    """Every term met in the pairs' sources, and every forbidden rendering of those terms met
    in their translations (once per place in the translation, however often the source says
    the term)."""
    matcher = TermMatcher(terms)
    uses: list[TermUse] = []
    forbidden: list[ForbiddenUse] = []
    for index, pair in enumerate(pairs):
        if not pair.source or not pair.target:
            continue  # an omission or an addition, which the checks report as such
        met: dict[Term, list[tuple[Place, str]]] = {}
        for seg in pair.source:
            for start, end, term in matcher.find(seg.text):
                place = Place(seg.paragraph, seg.start + start, seg.start + end)
                met.setdefault(term, []).append((place, seg.text[start:end]))
        for term, places in met.items():
            wrong = list(_forbidden_in(pair.target, term))
            rendered = tuple(_required_in(pair.target, term))
            kept = bool(rendered) if term.renderings else not wrong
            uses += [
                TermUse(term, index, p, text, kept, bool(wrong), rendered) for p, text in places
            ]
            sources = tuple(p for p, _ in places)
            forbidden += [ForbiddenUse(term, index, p, text, sources) for p, text in wrong]
    return Uses(uses, forbidden)


def _required_in(target: Sequence[Segment], term: Term) -> Iterator[Place]:
    for seg in target:
        for rendering in term.renderings:
            for lo, hi in _spans(seg.text, rendering):
                yield Place(seg.paragraph, seg.start + lo, seg.start + hi)


def _forbidden_in(target: Sequence[Segment], term: Term) -> Iterator[tuple[Place, str]]:
    """Each place a forbidden rendering stands in the translation, unless it is part of a
    required one there (a forbidden 秩 inside a required 秩序 is no error)."""
    for seg in target:
        allowed = [span for r in term.renderings for span in _spans(seg.text, r)]
        for wrong in term.forbidden:
            for lo, hi in _spans(seg.text, wrong):
                if not any(a <= lo and hi <= b for a, b in allowed):
                    yield Place(seg.paragraph, seg.start + lo, seg.start + hi), wrong


def _spans(text: str, needle: str) -> Iterator[tuple[int, int]]:
    at = text.find(needle)
    while at >= 0:
        yield at, at + len(needle)
        at = text.find(needle, at + len(needle))
