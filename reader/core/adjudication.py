"""Adjudication: a lead reviewer settles what the reviewers marked. Their annotations are
grouped into cases, each the annotations whose error spans overlap (connected through
overlaps), or one reviewer's alone; for each case the lead keeps one annotation, merges them
into one, or rejects the case. What is kept or merged becomes an annotation of its own
reviewer, ADJUDICATED, which the reports can be made of; a rejected case is remembered by its
span, so that it is not asked again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core import mqm
from reader.core.agreement import NOT_REVIEWERS, error_span
from reader.core.anchors import Anchor

ADJUDICATED = "adjudicated"  # the reviewer the lead's decisions are stored as
REJECTED = "adjudication"  # the check name a rejected case is remembered under


@dataclass(frozen=True)
class Case:
    annotations: tuple[mqm.Annotation, ...]  # in text order

    @property
    def side(self) -> str:
        span = error_span(self.annotations[0])
        assert span is not None
        return span.side

    @property
    def span(self) -> tuple[int, int]:
        """The stretch of text the case covers: from its first span's start to its last end."""
        spans = [error_span(a) for a in self.annotations]
        return min(s.start for s in spans if s), max(s.end for s in spans if s)

    @property
    def reviewers(self) -> tuple[str, ...]:
        return tuple(sorted({a.annotator for a in self.annotations}))

    @property
    def agreed(self) -> bool:
        """Two reviewers or more marked the same span with the same category and severity."""
        keys = {(error_span(a), a.category, a.severity) for a in self.annotations}
        return len(self.reviewers) > 1 and len(keys) == 1


def cases(
    annotations: Sequence[mqm.Annotation], rejected: Sequence[tuple[str, int, int]] = ()
) -> list[Case]:
    """The cases still to settle, in text order (source side first): those no adjudicated
    annotation overlaps and that were not rejected (`rejected`: side, start, end)."""
    settled = [
        (s.side, s.start, s.end)
        for a in annotations
        if a.annotator == ADJUDICATED and (s := error_span(a)) is not None
    ]
    settled += list(rejected)
    spans = [(span, a) for a in annotations if _reviewed(a) and (span := error_span(a))]
    spans.sort(key=lambda found: (found[0].side != "source", found[0].start, found[0].end))
    found: list[list[mqm.Annotation]] = []
    side, end = "", -1
    for span, annotation in spans:
        if found and span.side == side and span.start < end:  # overlaps the group so far
            found[-1].append(annotation)
            end = max(end, span.end)
        else:
            found.append([annotation])
            side, end = span.side, span.end
    groups = [Case(tuple(group)) for group in found]
    return [case for case in groups if not any(_overlaps(case, s) for s in settled)]


def merged(case: Case, whole: Anchor) -> mqm.Annotation:
    """One annotation for the case: over `whole` (the case's span), of its most severe
    annotation's category and severity, every reviewer's comment, the first fix offered."""
    worst = max(case.annotations, key=lambda a: mqm.SEVERITIES.index(a.severity))
    comments = "; ".join(f"{a.annotator}: {a.comment}" for a in case.annotations if a.comment)
    fix = next((a.fix for a in case.annotations if a.fix), "")
    return mqm.Annotation(
        worst.category, worst.severity, (whole,), comments, fix, annotator=ADJUDICATED
    )


def kept(annotation: mqm.Annotation) -> mqm.Annotation:
    """The annotation as the adjudicated set's own copy."""
    return mqm.Annotation(
        annotation.category,
        annotation.severity,
        annotation.anchors,
        annotation.comment,
        annotation.fix,
        annotator=ADJUDICATED,
    )


def _reviewed(annotation: mqm.Annotation) -> bool:
    name = annotation.annotator
    return (
        bool(name)
        and name != ADJUDICATED
        and name not in NOT_REVIEWERS
        and not (annotation.orphaned or error_span(annotation) is None)
    )


def _overlaps(case: Case, settled: tuple[str, int, int]) -> bool:
    side, start, end = settled
    first, last = case.span
    return side == case.side and start < last and first < end
