"""The checks that read whole pairs: omission, addition, length, consistency."""

from __future__ import annotations

import statistics
from collections.abc import Iterator, Sequence

from reader.core.checks.model import (
    CheckDocument,
    Found,
    Pair,
    Segment,
    Side,
    joined,
    make_finding,
    segments_of,
    shorten,
    span_of,
)
from reader.core.mqm import word_count

# --- 1, 2: omission and addition ------------------------------------------------------------


def check_omissions(doc: CheckDocument) -> Iterator[Found]:
    yield from _unpaired(doc, "source", "omission", "major", "Not translated.")


def check_additions(doc: CheckDocument) -> Iterator[Found]:
    yield from _unpaired(doc, "target", "addition", "minor", "Added in translation.")


def _unpaired(
    doc: CheckDocument, side: Side, check: str, severity: str, message: str
) -> Iterator[Found]:
    for run in _unpaired_runs(doc.pairs, side):
        index, first = run[0]
        paragraph, start, end = first.paragraph, first.start, run[-1][1].end
        detail = shorten(doc.paragraphs(side)[paragraph][start:end])
        yield (
            index,
            make_finding(check, side, paragraph, start, end, detail, message, None, severity),
        )


def _unpaired_runs(pairs: Sequence[Pair], side: Side) -> Iterator[list[tuple[int, Segment]]]:
    """Runs of consecutive sentences of one paragraph on `side` whose pairs have nothing on the
    other side, each sentence with the index of its pair."""
    other: Side = "target" if side == "source" else "source"
    run: list[tuple[int, Segment]] = []
    for index, pair in enumerate(pairs):
        if segments_of(pair, other):
            if run:
                yield run
            run = []
            continue
        for seg in segments_of(pair, side):
            if run and run[-1][1].paragraph != seg.paragraph:
                yield run
                run = []
            run.append((index, seg))
    if run:
        yield run


# --- 9: length ------------------------------------------------------------------------------

_MIN_SOURCE = 20  # code points; shorter sentences vary too much in length
_MIN_PAIRS = 5  # 1-1 pairs needed for a typical ratio
_FACTOR = 2.5


def check_length(doc: CheckDocument) -> Iterator[Found]:
    lengths = [(_length_of(pair.source), _length_of(pair.target)) for pair in doc.pairs]
    ratios = [
        target / source
        for pair, (source, target) in zip(doc.pairs, lengths, strict=True)
        if len(pair.source) == len(pair.target) == 1 and source >= _MIN_SOURCE
    ]
    if len(ratios) < _MIN_PAIRS:
        return
    typical = statistics.median(ratios)
    for index, (source, target) in enumerate(lengths):
        if not target or source < _MIN_SOURCE:
            continue
        ratio = target / source
        if ratio < typical / _FACTOR:
            much, category = "shorter", "Accuracy/Omission"  # something left out?
        elif ratio > typical * _FACTOR:
            much, category = "longer", "Accuracy/Addition"  # something added?
        else:
            continue
        message = f"Translation much {much} than usual (ratio {ratio:.2f} against {typical:.2f})."
        paragraph, start, end = span_of(doc.pairs[index].target)
        detail = f"{ratio:.2f}"
        yield (
            index,
            make_finding("length", "target", paragraph, start, end, detail, message, category),
        )


def _length_of(segments: tuple[Segment, ...]) -> int:
    return sum(len(seg.text) for seg in segments)


# --- 10: consistency ------------------------------------------------------------------------

_MIN_WORDS = 3


def check_consistency(doc: CheckDocument) -> Iterator[Found]:
    # normalised source -> normalised targets seen so far, first one first
    seen: dict[str, list[str]] = {}
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue
        source = joined(pair.source)
        if len(source.split()) < _MIN_WORDS and word_count(source) < _MIN_WORDS:
            continue  # (split() first: counting words with mqm's regex is slower)
        target = " ".join(joined(pair.target).split())
        earlier = seen.setdefault(" ".join(source.split()).casefold(), [])
        if earlier and target not in earlier:
            message = f'Translated differently before: "{shorten(earlier[0], 40)}".'
            paragraph, start, end = span_of(pair.target)
            detail = shorten(" ".join(source.split()))
            yield (
                index,
                make_finding("consistency", "target", paragraph, start, end, detail, message),
            )
        if target not in earlier:
            earlier.append(target)
