"""Time the term base: checking a long document against many terms, against a peer.

    python bench/terms.py                     # 10,000 paragraphs, 5,000 terms
    python bench/terms.py --paragraphs 2000 --terms 1000 --runs 5

The document and the terms are generated (a fixed seed): terms of one to four words from a
vocabulary of 20,000 made-up words, each with a Chinese rendering of two to four characters
and, for one term in five, a forbidden one; paragraphs of 25 to 45 words in which terms stand
at random, their translations keeping the rendering, dropping it or using the forbidden one.

It prints the time of the terms check itself (finding every term, reading every
translation), of the same check through the service (the document loaded from a SQLite
library in a temporary folder, as the app does), and of the peer: the check's first
version, one regular expression of every term, longest first, run over the same paragraphs.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.checks import Pair, Segment, run_checks  # noqa: E402
from reader.core.document import (  # noqa: E402
    Bead,
    BilingualText,
    PreparedDocument,
    SideText,
    Span,
)
from reader.core.terms import Term  # noqa: E402
from reader.services.library import Library  # noqa: E402
from reader.store import repository  # noqa: E402
from reader.store.engine import Store  # noqa: E402

T = TypeVar("T")
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def made_up(rng: random.Random, count: int) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        words.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 9))))
    return sorted(words)


def make_terms(rng: random.Random, vocabulary: list[str], count: int) -> list[Term]:
    terms: dict[str, Term] = {}
    while len(terms) < count:
        source = " ".join(rng.sample(vocabulary, rng.randint(1, 4)))
        rendering = "".join(rng.sample(HAN, rng.randint(2, 4)))
        forbidden = ("".join(rng.sample(HAN, 2)),) if rng.random() < 0.2 else ()
        terms.setdefault(source, Term(source, (rendering,), forbidden))
    return list(terms.values())


def make_text(
    rng: random.Random, vocabulary: list[str], terms: list[Term], paragraphs: int
) -> tuple[list[str], list[str]]:
    english, chinese = [], []
    for _ in range(paragraphs):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(25, 45))]
        translation = ["".join(rng.sample(HAN, 12))]
        for _ in range(rng.randint(0, 3)):
            term = rng.choice(terms)
            words.insert(rng.randrange(len(words)), term.source)
            roll = rng.random()
            if roll < 0.8:
                translation.append(term.renderings[0])
            elif roll < 0.9 and term.forbidden:
                translation.append(term.forbidden[0])
        english.append(" ".join(words).capitalize() + ".")
        chinese.append("，".join(translation) + "。")
    return english, chinese


def as_pairs(english: list[str], chinese: list[str]) -> list[Pair]:
    return [
        Pair((Segment(i, 0, e),), (Segment(i, 0, c),))
        for i, (e, c) in enumerate(zip(english, chinese, strict=True))
    ]


def stored(url: str, english: list[str], chinese: list[str], terms: list[Term]) -> int:
    text = BilingualText("Bench", SideText("en", tuple(english)), SideText("zh", tuple(chinese)))
    sentences = {
        "source": tuple((Span(0, len(p)),) for p in english),
        "target": tuple((Span(0, len(p)),) for p in chinese),
    }
    beads = tuple(Bead((i,), (i,)) for i in range(len(english)))
    store = Store(url)
    try:
        with store.transaction() as session:
            doc_id = repository.add_document(
                session, PreparedDocument(text, sentences, beads, beads)
            ).id
    finally:
        store.close()
    library = Library.open(url, seed=False)
    try:
        library.terms.add_all(terms)
    finally:
        library.close()
    return doc_id


def regex_peer(pairs: list[Pair], terms: list[Term]) -> int:
    """The first version of the check: one alternation of every term, longest first."""
    sources = sorted({" ".join(t.source.casefold().split()) for t in terms}, key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, s.split())) for s in sources)
    pattern = re.compile(rf"(?<![^\W_])(?:{words})(?:s|es)?(?![^\W_])", re.IGNORECASE)
    return sum(1 for pair in pairs for seg in pair.source for _ in pattern.finditer(seg.text))


def timed(work: Callable[[], T], runs: int) -> tuple[float, T]:
    times: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10_000)
    parser.add_argument("--terms", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(1)
    vocabulary = made_up(rng, 20_000)
    terms = make_terms(rng, vocabulary, args.terms)
    english, chinese = make_text(rng, vocabulary, terms, args.paragraphs)
    pairs = as_pairs(english, chinese)
    print(f"{args.paragraphs:,} paragraphs, {len(terms):,} terms, median of {args.runs} runs")

    check, found = timed(lambda: run_checks(pairs, only=["terms"], terms=terms), args.runs)
    print(f"terms check (core):            {check:6.2f} s  ({len(found):,} findings)")
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        doc_id = stored(url, english, chinese, terms)
        library = Library.open(url, seed=False)
        try:
            service, _ = timed(lambda: library.checks.run(doc_id, only=["terms"]), args.runs)
        finally:
            library.close()
    print(f"terms check (service, SQLite): {service:6.2f} s  (target: under 10 s)")
    peer, matched = timed(lambda: regex_peer(pairs, terms), 1)
    print(f"peer, one regex of all terms:  {peer:6.2f} s  ({matched:,} matches; matching only)")
    print(f"peer / core check:             {peer / check:6.1f}×")


if __name__ == "__main__":
    main()
