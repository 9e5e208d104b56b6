"""The check of a CAT tool's inline codes ({1}, {/1}, {2/}): each code of the original comes
back in the translation of its sentence, and the translation adds none, as Xbench's tag
check asks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from reader.core.checks.model import CheckDocument, Code, Found, Segment, make_finding


def check_codes(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        if not (pair.source and pair.target):
            continue  # an omission or an addition, which their own checks report
        source, target = _codes(pair.source), _codes(pair.target)
        for side, codes, other, where in (
            ("source", source, target, "is missing from the translation"),
            ("target", target, source, "is not in the original"),
        ):
            for paragraph, code in _unmatched(codes, other):
                message = f"Inline code {code.token} {where}."
                finding = make_finding(
                    "codes", side, paragraph, code.start, code.end, code.token, message
                )
                yield index, finding


def _codes(segments: tuple[Segment, ...]) -> list[tuple[int, Code]]:
    return [(seg.paragraph, code) for seg in segments for code in seg.codes]


def _unmatched(
    codes: list[tuple[int, Code]], other: list[tuple[int, Code]]
) -> Iterator[tuple[int, Code]]:
    """The codes with no counterpart of the same placeholder on the other side."""
    left = Counter(code.token for _, code in other)
    for paragraph, code in codes:
        if left[code.token]:
            left[code.token] -= 1
        else:
            yield paragraph, code
