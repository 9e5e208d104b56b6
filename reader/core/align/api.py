"""The aligner's public entry point."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.document import Bead

Unit = Literal["paragraph", "sentence"]


@dataclass(frozen=True)
class AlignmentResult:
    beads: tuple[Bead, ...]
    signals: tuple[str, ...]


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "en",
    tgt_lang: str = "zh",
    unit: Unit = "paragraph",
) -> AlignmentResult:
    """Provisional pairing in order: i with i, leftovers unpaired. The real aligner replaces it."""
    n = min(len(src), len(tgt))
    beads = [Bead((i,), (i,), 0.5) for i in range(n)]
    beads += [Bead((i,), ()) for i in range(n, len(src))]
    beads += [Bead((), (j,)) for j in range(n, len(tgt))]
    return AlignmentResult(tuple(beads), ("order",))
