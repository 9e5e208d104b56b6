"""The glossary check: a source term whose pair's translation uses none of the renderings the
glossary gives for it ("current order" must read 当前秩序, not 当前订单)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reader.core.checks.model import (
    CheckDocument,
    Finding,
    Found,
    Segment,
    Term,
    joined,
    make_finding,
    segments_of,
)
from reader.core.errors import InputError

# A plural or third-person ending on the term's last word still matches: "orders", "watches".
_ENDING = r"(?:s|es)?"
_WORD_EDGE = r"[^\W_]"


def parse_glossary(text: str) -> list[Term]:
    """Terms from tab-separated lines: the source term, then one or more renderings (further
    columns, or separated by "|"). Blank lines and lines starting with "#" are skipped."""
    terms = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        source, *rest = (column.strip() for column in line.split("\t"))
        renderings = tuple(r.strip() for column in rest for r in column.split("|") if r.strip())
        if not source or not renderings:
            raise InputError(
                f"glossary line {number}: expected a term, a tab and its rendering, got {line!r}"
            )
        terms.append(Term(" ".join(source.split()), renderings))
    return terms


class _Matcher:
    """Every glossary term in one regular expression, longest first so "world order" wins over
    "order"."""

    def __init__(self, terms: Sequence[Term]) -> None:
        self._by_key = {_key(t.source): t for t in terms}
        sources = sorted(self._by_key, key=len, reverse=True)
        words = "|".join(r"\s+".join(map(re.escape, s.split())) for s in sources)
        self._pattern = re.compile(
            rf"(?<!{_WORD_EDGE})(?:{words}){_ENDING}(?!{_WORD_EDGE})", re.IGNORECASE
        )

    def find(self, text: str) -> Iterator[tuple[int, int, Term]]:
        for match in self._pattern.finditer(text):
            term = self._term_of(match.group())
            if term is not None:
                yield match.start(), match.end(), term

    def _term_of(self, matched: str) -> Term | None:
        """The term a match stands for, with the ending it may carry taken off."""
        key = _key(matched)
        stems = [key, key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else ""]
        return next((self._by_key[k] for k in stems if k in self._by_key), None)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def check_terms(doc: CheckDocument) -> Iterator[Found]:
    if not doc.glossary:
        return
    matcher = _Matcher(doc.glossary)
    for index, pair in enumerate(doc.pairs):
        if not pair.source or not pair.target:
            continue  # omissions and additions are reported as such
        translation = joined(segments_of(pair, "target"))
        for seg in pair.source:
            for start, end, term in matcher.find(seg.text):
                if not any(r in translation for r in term.renderings):
                    yield index, _finding(seg, start, end, term)


def _finding(seg: Segment, start: int, end: int, term: Term) -> Finding:
    text = seg.text[start:end]
    message = f'"{text}" is not rendered as {" or ".join(term.renderings)}.'
    place = (seg.paragraph, seg.start + start, seg.start + end)
    return make_finding("terms", "source", *place, text, message, severity="major")
