"""What the checks read and report: sentence pairs, findings, the check ids, and the small
helpers the checks share."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Literal, NamedTuple

from reader.core.terms import Term

Side = Literal["source", "target"]
Progress = Callable[[float], None]  # the share of the work done, 0 to 1; may raise to stop it


class Code(NamedTuple):
    """A CAT tool's inline code in a sentence: its placeholder ("{1}") and where it is, in
    code points of the paragraph."""

    start: int
    end: int
    token: str


@dataclass(frozen=True)
class Segment:
    """One sentence of one side: its paragraph, its code-point offset in that paragraph, its
    text. Inline codes are masked in the text (CODE_MASK for each of their characters), so
    that no check reads them as words, and listed in `codes`."""

    paragraph: int
    start: int
    text: str
    codes: tuple[Code, ...] = ()

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Pair:
    """One aligned sentence bead: 0..n source sentences with 0..m target sentences, in order."""

    source: tuple[Segment, ...]
    target: tuple[Segment, ...]


@dataclass(frozen=True)
class Place:
    """A span of one side's paragraph that a finding points at besides its own."""

    side: Side
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    check: str  # a key of CHECKS
    side: Side  # the side the span is on
    paragraph: int  # paragraph index on that side
    start: int  # code-point offsets in that paragraph (end exclusive)
    end: int
    category: str  # an MQM category key from reader.core.mqm.CATEGORIES
    severity: str  # "minor" | "major" | "critical"
    detail: str  # the offending text or value, short
    message: str  # one English sentence for the command line and reports
    confidence: float = 1.0  # how sure the check is that this is an error (0 to 1)
    evidence: str = ""  # why, in one line: the dictionary senses or the scores behind it
    fix: str = ""  # a proposed replacement for the span, if the check has one
    related: tuple[Place, ...] = ()  # e.g. the source word a wrong rendering translates

    @property
    def semantic(self) -> bool:
        """A finding about meaning, listed before the mechanical ones."""
        return self.check in SEMANTIC_CHECKS


@dataclass(frozen=True)
class Dismissal:
    """A finding a reviewer dismissed: its check, side and span in the side's whole text (as
    annotations count), and its text. Without a span, the check leaves that text alone
    everywhere in the document (an allow-list entry: a name kept in Latin on purpose)."""

    check: str
    side: Side | None
    start: int | None
    end: int | None
    text: str
    id: int | None = None

    @property
    def everywhere(self) -> bool:
        return self.side is None


CHECKS: dict[str, str] = {
    "omission": "Source sentences with no translation",
    "addition": "Translated sentences with no source",
    "numbers": "Numbers missing from, or added to, the translation",
    "untranslated": "Source text copied into the translation",
    "punctuation": "Half-width punctuation in Chinese text",
    "brackets": "Unmatched brackets and quotation marks",
    "repeated": "The same word twice in a row",
    "spacing": "Spaces between Chinese characters, or several spaces in a row",
    "length": "Translations much shorter or longer than usual",
    "consistency": "The same source sentence translated differently",
    "terms": "Terms of the term base missing their required rendering, or given a forbidden one",
    "sense": "Words rendered in a dictionary sense that does not fit the source",
    "literal": "Idioms and set phrases rendered word by word",
    "drift": "Sentence pairs whose meanings drift apart",
    "homophone": "Characters typed as a same-sounding wrong one",
    "codes": "Inline codes of the original missing from the translation, or added to it",
}
# Findings about meaning; the rest are mechanical (grouped per paragraph in the app).
SEMANTIC_CHECKS = frozenset(
    {
        "omission",
        "addition",
        "numbers",
        "untranslated",
        "terms",
        "sense",
        "literal",
        "drift",
        "homophone",
    }
)

_CATEGORIES = {
    "omission": "Accuracy/Omission",
    "addition": "Accuracy/Addition",
    "numbers": "Accuracy/Mistranslation",
    "untranslated": "Accuracy/Untranslated text",
    "punctuation": "Fluency/Punctuation",
    "brackets": "Fluency/Punctuation",
    "repeated": "Fluency/Grammar",
    "spacing": "Locale convention",
    "length": "Accuracy/Omission",
    "consistency": "Fluency/Inconsistency",
    "terms": "Terminology/Inappropriate for context",
    "sense": "Accuracy/Mistranslation",
    "literal": "Accuracy/Mistranslation",
    "drift": "Accuracy/Mistranslation",
    "homophone": "Fluency/Spelling",
    "codes": "Other",  # markup: no category of the MQM core fits it
}
CODE_MASK = "\ufffc"  # OBJECT REPLACEMENT CHARACTER: something not text stands here

DETAIL_LENGTH = 60  # longer texts are shortened with "…" in a finding's detail


# (index of the pair the finding belongs to, the finding)
Found = tuple[int, Finding]


# --- the document the checks read ----------------------------------------------------------


class CheckDocument:
    """The pairs, with what several checks need: each side's language, its paragraphs rebuilt
    from the segments, and which pair a paragraph offset falls in."""

    def __init__(
        self, pairs: Sequence[Pair], langs: dict[Side, str], terms: Sequence[Term] = ()
    ) -> None:
        self.pairs = pairs
        self.langs = langs
        self.terms = terms
        self.cache: dict[str, Any] = {}  # what several checks read of the pairs, made once
        self.progress: Progress = _nothing  # a long check's share done; may raise to stop it
        self._chinese = {side: lang.lower().startswith("zh") for side, lang in langs.items()}
        self._texts: dict[Side, dict[int, str]] = {}
        self._places: dict[Side, dict[int, tuple[list[int], list[int]]]] = {}
        for side in ("source", "target"):
            placed = sorted(
                (
                    (seg.paragraph, seg.start, index, seg)
                    for index, pair in enumerate(pairs)
                    for seg in segments_of(pair, side)
                ),
                key=itemgetter(0, 1, 2),
            )
            self._texts[side] = _paragraph_texts([item[3] for item in placed])
            places: dict[int, tuple[list[int], list[int]]] = {}
            for paragraph, start, index, _ in placed:
                starts, indices = places.setdefault(paragraph, ([], []))
                starts.append(start)
                indices.append(index)
            self._places[side] = places

    def is_chinese(self, side: Side) -> bool:
        return self._chinese[side]

    def paragraphs(self, side: Side) -> dict[int, str]:
        """The text of every paragraph the pairs touch, gaps between sentences as spaces."""
        return self._texts[side]

    def pair_at(self, side: Side, paragraph: int, offset: int) -> int:
        """The index of the pair whose segment holds (or last precedes) the offset."""
        starts, indices = self._places[side][paragraph]
        return indices[max(bisect_right(starts, offset) - 1, 0)]


def _nothing(_share: float) -> None:
    pass


def segments_of(pair: Pair, side: Side) -> tuple[Segment, ...]:
    return pair.source if side == "source" else pair.target


def _paragraph_texts(segments: list[Segment]) -> dict[int, str]:
    """Segments sorted by (paragraph, start) put back at their offsets, spaces between."""
    pieces: dict[int, list[str]] = {}
    ends: dict[int, int] = {}
    for seg in segments:
        parts = pieces.setdefault(seg.paragraph, [])
        end = ends.get(seg.paragraph, 0)
        if seg.start < end:  # overlapping segments (bad input): keep the first
            continue
        parts.extend((" " * (seg.start - end), seg.text))
        ends[seg.paragraph] = seg.end
    return {paragraph: "".join(parts) for paragraph, parts in pieces.items()}


def word_list(text: str) -> list[str]:
    """A list written as words separated by spaces (long lists read better so)."""
    return text.split()


def shorten(text: str, limit: int = DETAIL_LENGTH) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def span_of(segments: tuple[Segment, ...]) -> tuple[int, int, int]:
    """(paragraph, start, end) from the first segment to the last if they share a paragraph,
    else the first segment alone."""
    first, last = segments[0], segments[-1]
    if all(seg.paragraph == first.paragraph for seg in segments):
        return first.paragraph, first.start, last.end
    return first.paragraph, first.start, first.end


def joined(segments: tuple[Segment, ...]) -> str:
    return " ".join(seg.text for seg in segments)


def make_finding(
    check: str,
    side: Side,
    paragraph: int,
    start: int,
    end: int,
    detail: str,
    message: str,
    category: str | None = None,
    severity: str = "minor",
    **extra: Any,
) -> Finding:
    """A finding of `check`, in its MQM category unless told another; `extra` takes the
    optional fields (confidence, evidence, fix, related)."""
    category = category or _CATEGORIES[check]
    return Finding(check, side, paragraph, start, end, category, severity, detail, message, **extra)


# --- characters several checks read --------------------------------------------------------

LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
