"""The MQM error typology (as WMT and Anthea use it) and its scoring."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reader.core.anchors import Anchor
from reader.core.document import Bead, SideText
from reader.core.errors import InputError

# Category keys are "Dimension/Subcategory", the form WMT's MQM TSV files use.
CATEGORIES: tuple[str, ...] = (
    "Accuracy/Mistranslation",
    "Accuracy/Omission",
    "Accuracy/Addition",
    "Accuracy/Untranslated text",
    "Fluency/Grammar",
    "Fluency/Spelling",
    "Fluency/Punctuation",
    "Fluency/Inconsistency",
    "Fluency/Register",
    "Terminology/Inappropriate for context",
    "Terminology/Inconsistent use",
    "Style/Awkward",
    "Locale convention",
    "Other",
    "Non-translation",
)
SEVERITIES: tuple[str, ...] = ("neutral", "minor", "major", "critical")
STATUSES: tuple[str, ...] = ("open", "resolved")


@dataclass(frozen=True)
class Weights:
    """The penalty of an error of each severity, and WMT's two exceptions: a minor
    punctuation error, and a non-translation (Freitag et al. 2021). A library may set others;
    these are WMT's."""

    neutral: float = 0.0
    minor: float = 1.0
    major: float = 5.0
    critical: float = 10.0
    minor_punctuation: float = 0.1
    non_translation: float = 25.0

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not 0 <= value <= MAX_WEIGHT:
                raise InputError(f"a weight is from 0 to {MAX_WEIGHT:g}; {name} is {value:g}")


MAX_WEIGHT = 1000.0
WMT_WEIGHTS = Weights()

# A word: a run of letters or digits with inner apostrophes or hyphens ("don't", "well-known");
# a Chinese character counts as one, as translators' word counts do.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_WORD = re.compile(rf"[{_HAN}]|[^\W_{_HAN}]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Annotation:
    """One flagged error with its anchors on the source and/or target side."""

    category: str
    severity: str
    anchors: tuple[Anchor, ...]
    comment: str = ""
    fix: str = ""
    annotator: str = ""
    status: str = "open"
    # The reviewer accepted the fix: the revised translation (core.revision) applies it.
    fix_accepted: bool = False
    id: int | None = None
    created_at: datetime | None = None
    modified_at: datetime | None = None
    document_id: int | None = None
    # One more with every stored change; an edit is refused if the stored one has moved on
    # (0: a value not read from the store, which is not checked).
    version: int = 0

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            raise InputError(f"unknown MQM category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise InputError(f"unknown severity {self.severity!r}")
        if self.status not in STATUSES:
            raise InputError(f"unknown status {self.status!r}")
        if self.fix_accepted and not (self.fix and self.anchor_on("target")):
            raise InputError("only a fix of a span of the translation can be accepted")

    def anchor_on(self, side: str) -> Anchor | None:
        return next((a for a in self.anchors if a.side == side), None)

    @property
    def orphaned(self) -> bool:
        """Some span lost its text in a re-import and could not be found again."""
        return any(a.orphaned for a in self.anchors)


def find_category(name: str) -> str:
    """A category from its full key, or from a subcategory that names only one, any case."""
    wanted = name.strip().casefold()
    matches = [c for c in CATEGORIES if wanted in (c.casefold(), c.split("/")[-1].casefold())]
    if len(matches) == 1:
        return matches[0]
    group = [c for c in CATEGORIES if c.casefold().startswith(wanted + "/")]
    if group:
        raise InputError(f"{name!r} is a group of categories: choose one of {', '.join(group)}")
    raise InputError(f"unknown MQM category {name!r} (one of: {', '.join(CATEGORIES)})")


def weight(annotation: Annotation, weights: Weights = WMT_WEIGHTS) -> float:
    """The penalty of one error."""
    if annotation.category == "Non-translation":
        return weights.non_translation
    if annotation.category == "Fluency/Punctuation" and annotation.severity == "minor":
        return weights.minor_punctuation
    return float(getattr(weights, annotation.severity))


@dataclass(frozen=True)
class MqmScore:
    penalty: float  # the WMT per-segment style sum of weights (lower is better)
    words: int
    errors: int

    @property
    def per_thousand_words(self) -> float:
        """The penalty normalised to 1,000 source words, comparable across documents."""
        return 1000.0 * self.penalty / self.words if self.words else 0.0


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def score(
    annotations: Iterable[Annotation], words: int, weights: Weights = WMT_WEIGHTS
) -> MqmScore:
    counted = [a for a in annotations if a.severity != "neutral"]
    return MqmScore(sum(weight(a, weights) for a in counted), words, len(counted))


def paragraph_placer(
    source: SideText, target: SideText | None, beads: Sequence[Bead]
) -> Callable[[Annotation], int | None]:
    """Which source paragraph an annotation counts in: the one its source span starts in, else
    the first source paragraph of the bead that holds its target span."""
    source_starts = source.paragraph_starts()
    target_starts = target.paragraph_starts() if target else []
    target_to_source = {t: bead.src[0] for bead in beads if bead.src for t in bead.tgt}

    def place(annotation: Annotation) -> int | None:
        if (span := annotation.anchor_on("source")) is not None:
            return bisect_right(source_starts, span.start) - 1
        span = annotation.anchor_on("target")
        if span is None or not target_starts:
            return None
        return target_to_source.get(bisect_right(target_starts, span.start) - 1)

    return place
