"""How far the reviewers of one document agree, as annotation campaigns (Appraise, Anthea)
measure it: precision, recall and F1 between two reviewers' error spans (the same span, and
overlapping spans), Cohen's kappa on the category and on the severity of the spans both
marked, each reviewer's MQM score, and the paragraphs where their penalties differ most.

An annotation's span is where the error is: its span in the translation, else in the original
(an omission). Spans are matched one to one, the largest overlap first.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from reader.core import mqm
from reader.core.anchors import Anchor
from reader.core.document import Bead, SideText
from reader.core.errors import InputError
from reader.core.formats.xliff import NOTE_AUTHOR

HOTSPOTS = 5  # paragraphs listed where the reviewers disagree most


@dataclass(frozen=True)
class Overlap:
    """Precision, recall and F1 of the second reviewer's spans against the first's."""

    matched: int
    first: int  # spans the first reviewer marked
    second: int

    @property
    def precision(self) -> float:
        return self.matched / self.second if self.second else float(not self.first)

    @property
    def recall(self) -> float:
        return self.matched / self.first if self.first else float(not self.second)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class PairAgreement:
    first: str
    second: str
    exact: Overlap
    overlapping: Overlap
    # Over the overlapping pairs; None where kappa is undefined (no pairs, or one label only)
    category_kappa: float | None
    severity_kappa: float | None


@dataclass(frozen=True)
class Hotspot:
    """A source paragraph and each reviewer's MQM penalty in it."""

    paragraph: int
    penalties: tuple[tuple[str, float], ...]

    @property
    def spread(self) -> float:
        values = [penalty for _, penalty in self.penalties]
        return max(values) - min(values)


@dataclass(frozen=True)
class Agreement:
    reviewers: tuple[str, ...]
    scores: tuple[tuple[str, mqm.MqmScore], ...]
    pairs: tuple[PairAgreement, ...]
    hotspots: tuple[Hotspot, ...]


# Annotators who are no reviewers: the notes an imported XLIFF file came with
NOT_REVIEWERS = frozenset({NOTE_AUTHOR})


def reviewers_of(annotations: Sequence[mqm.Annotation]) -> list[str]:
    """The named reviewers who flagged something whose text is still there (an orphan of a
    re-import counts in no agreement), in alphabetical order."""
    current = {a.annotator for a in annotations if not a.orphaned}
    return sorted(current - NOT_REVIEWERS - {""})


def document_agreement(
    annotations: Sequence[mqm.Annotation],
    source: SideText,
    target: SideText | None,
    beads: Sequence[Bead],
    weights: mqm.Weights = mqm.WMT_WEIGHTS,
    reviewers: Sequence[str] = (),
) -> Agreement:
    """The agreement of a document's reviewers: the named ones, or all of them."""
    by_reviewer: dict[str, list[mqm.Annotation]] = {}
    for annotation in annotations:
        if not annotation.orphaned:
            by_reviewer.setdefault(annotation.annotator, []).append(annotation)
    known = reviewers_of(annotations)
    wanted = list(reviewers) or known
    here = ", ".join(known) or "no one named"
    missing = [r for r in wanted if r not in by_reviewer]
    if missing:
        raise InputError(f"no annotations by {', '.join(missing)} (reviewers here: {here})")
    if len(wanted) < 2:
        raise InputError(f"agreement needs two reviewers; the annotations here are by {here}")
    place = mqm.paragraph_placer(source, target, beads)
    words = mqm.word_count(source.text)
    return agreement({r: by_reviewer[r] for r in wanted}, words, place, weights)


def error_span(annotation: mqm.Annotation) -> Anchor | None:
    return annotation.anchor_on("target") or annotation.anchor_on("source")


def agreement(
    by_reviewer: Mapping[str, Sequence[mqm.Annotation]],
    words: int,
    paragraph_of: Callable[[mqm.Annotation], int | None],
    weights: mqm.Weights = mqm.WMT_WEIGHTS,
) -> Agreement:
    """The agreement of every pair of reviewers (in the order given) and their scores.
    `paragraph_of` places an annotation in a source paragraph (None: in none)."""
    reviewers = tuple(by_reviewer)
    return Agreement(
        reviewers,
        tuple((r, mqm.score(by_reviewer[r], words, weights)) for r in reviewers),
        tuple(
            pair_agreement(a, by_reviewer[a], b, by_reviewer[b])
            for a, b in combinations(reviewers, 2)
        ),
        hotspots(by_reviewer, paragraph_of, weights),
    )


def pair_agreement(
    first: str,
    first_annotations: Sequence[mqm.Annotation],
    second: str,
    second_annotations: Sequence[mqm.Annotation],
) -> PairAgreement:
    ones = [a for a in first_annotations if error_span(a) is not None]
    twos = [a for a in second_annotations if error_span(a) is not None]
    same = matched(ones, twos, exact=True)
    overlapping = matched(ones, twos, exact=False)
    return PairAgreement(
        first,
        second,
        Overlap(len(same), len(ones), len(twos)),
        Overlap(len(overlapping), len(ones), len(twos)),
        kappa([(a.category, b.category) for a, b in overlapping]),
        kappa([(a.severity, b.severity) for a, b in overlapping]),
    )


def matched(
    ones: Sequence[mqm.Annotation], twos: Sequence[mqm.Annotation], *, exact: bool
) -> list[tuple[mqm.Annotation, mqm.Annotation]]:
    """Pairs of annotations whose spans are the same (exact) or overlap, one to one, the
    largest overlap first."""
    candidates = []
    for i, one in enumerate(ones):
        for j, two in enumerate(twos):
            shared = _shared(error_span(one), error_span(two), exact)
            if shared:
                candidates.append((-shared, i, j))
    taken_i: set[int] = set()
    taken_j: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in taken_i and j not in taken_j:
            taken_i.add(i)
            taken_j.add(j)
            pairs.append((ones[i], twos[j]))
    return pairs


def _shared(a: Anchor | None, b: Anchor | None, exact: bool) -> int:
    """How many code points two spans share (0: none, or not the same span when exact)."""
    if a is None or b is None or a.side != b.side:
        return 0
    if exact:
        return a.end - a.start if (a.start, a.end) == (b.start, b.end) else 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of two raters' labels for the same items; None where it is undefined."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    firsts, seconds = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(firsts[label] * seconds[label] for label in firsts) / (n * n)
    if expected == 1:
        return None  # both gave one and the same label throughout: chance explains it all
    return (observed - expected) / (1 - expected)


def hotspots(
    by_reviewer: Mapping[str, Sequence[mqm.Annotation]],
    paragraph_of: Callable[[mqm.Annotation], int | None],
    weights: mqm.Weights = mqm.WMT_WEIGHTS,
    limit: int = HOTSPOTS,
) -> tuple[Hotspot, ...]:
    """The paragraphs where the reviewers' penalties differ most, most first."""
    penalties: dict[int, dict[str, float]] = {}
    for reviewer, flagged in by_reviewer.items():
        for annotation in flagged:
            paragraph = paragraph_of(annotation)
            if paragraph is None or annotation.severity == "neutral":
                continue
            row = penalties.setdefault(paragraph, {})
            row[reviewer] = row.get(reviewer, 0.0) + mqm.weight(annotation, weights)
    found = [
        Hotspot(p, tuple((r, row.get(r, 0.0)) for r in by_reviewer)) for p, row in penalties.items()
    ]
    found = [h for h in found if h.spread > 0]
    found.sort(key=lambda h: (-h.spread, h.paragraph))
    return tuple(found[:limit])


def as_dict(found: Agreement) -> dict[str, object]:
    """The agreement as JSON-ready data (the CLI's --format json, the HTML report)."""
    return {
        "reviewers": list(found.reviewers),
        "scores": {
            r: {"penalty": s.penalty, "errors": s.errors, "per_1000_words": s.per_thousand_words}
            for r, s in found.scores
        },
        "pairs": [
            {
                "reviewers": [pair.first, pair.second],
                **{
                    name: {
                        "matched": o.matched,
                        "precision": o.precision,
                        "recall": o.recall,
                        "f1": o.f1,
                    }
                    for name, o in (("exact", pair.exact), ("overlapping", pair.overlapping))
                },
                "category_kappa": pair.category_kappa,
                "severity_kappa": pair.severity_kappa,
            }
            for pair in found.pairs
        ],
        "disagreements": [
            {"paragraph": h.paragraph, "penalties": dict(h.penalties), "spread": h.spread}
            for h in found.hotspots
        ],
    }
