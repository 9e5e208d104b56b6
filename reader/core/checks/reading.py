"""What the semantic checks read of a sentence pair: the English content words with their
stems, the Chinese words (jieba), and which Chinese word renders which English word by the
dictionary."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from reader.core import chinese
from reader.core.checks.lexicon import Lexicon, english_stems, lexicon
from reader.core.checks.model import CheckDocument, Pair, Segment


@dataclass(frozen=True)
class EnglishWord:
    stem: str
    segment: Segment
    start: int  # in the segment's text
    end: int

    @property
    def text(self) -> str:
        return self.segment.text[self.start : self.end]


@dataclass(frozen=True)
class ChineseWord:
    text: str  # as written
    key: str  # in simplified characters, as the lexicon has it
    segment: Segment
    start: int  # in the segment's text
    end: int


@dataclass(frozen=True)
class Link:
    """A Chinese word that renders an English word of its pair by one of its glosses."""

    chinese: ChineseWord
    english: EnglishWord


class PairReading:
    def __init__(self, pair: Pair, lexicon: Lexicon) -> None:
        self.pair = pair
        self.lexicon = lexicon

    @cached_property
    def source_text(self) -> str:
        return " ".join(seg.text for seg in self.pair.source)

    @cached_property
    def target_text(self) -> str:
        return "".join(seg.text for seg in self.pair.target)

    @cached_property
    def english(self) -> list[EnglishWord]:
        return [
            EnglishWord(stem, seg, start, end)
            for seg in self.pair.source
            for stem, start, end in english_stems(seg.text)
        ]

    @cached_property
    def english_stems(self) -> frozenset[str]:
        return frozenset(word.stem for word in self.english)

    @cached_property
    def chinese(self) -> list[ChineseWord]:
        return [
            ChineseWord(word.text, chinese.to_script(word.text, "simplified"), seg, *word[:2])
            for seg in self.pair.target
            for word in chinese.segment(seg.text)
            if chinese.has_han(word.text)
        ]

    @cached_property
    def links(self) -> list[Link]:
        """Each Chinese word with each English word of the pair that one of its one-word
        glosses names (订单 "(purchase) order" with "order")."""
        by_stem: dict[str, EnglishWord] = {}
        for word in self.english:
            by_stem.setdefault(word.stem, word)
        found = []
        for word in self.chinese:
            for stem in self.lexicon.heads.get(word.key, ()):
                if stem in by_stem:
                    found.append(Link(word, by_stem[stem]))
        return found

    def covered_english(self) -> set[str]:
        """Stems of the English words some Chinese word of the pair can render."""
        signatures = [self.lexicon.signature.get(w.key, frozenset()) for w in self.chinese]
        return {stem for stem in self.english_stems if any(stem in s for s in signatures)}


def offsets(segments: tuple[Segment, ...], separator: str) -> dict[Segment, int]:
    """Where each segment starts in the segments' texts joined by `separator`."""
    at, found = 0, {}
    for seg in segments:
        found[seg] = at
        at += len(seg.text) + len(separator)
    return found


def translated_pairs(doc: CheckDocument) -> list[tuple[int, PairReading]]:
    """(index, reading) of the pairs with both sides: what the checks of meaning read, when
    the translation is Chinese and CC-CEDICT is there (else none)."""
    readings = pair_readings(doc) if doc.is_chinese("target") else None
    return [(i, r) for i, r in enumerate(readings or ()) if r.pair.source and r.pair.target]


def pair_readings(doc: CheckDocument) -> list[PairReading] | None:
    """Readings of the document's pairs, made once per document (None without CC-CEDICT)."""
    cached = doc.cache.get("readings")
    if cached is None:
        lexicon_ = lexicon()
        if lexicon_ is None:
            return None
        cached = doc.cache["readings"] = [PairReading(pair, lexicon_) for pair in doc.pairs]
    return cached
