"""Paragraph alignment of the Saker article: the translation drops whole paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.align import align

REPO = Path(__file__).resolve().parents[2]
SAKER = REPO / "corpus" / "saker-russia-china"

# Verified by reading both texts. English paragraphs (0-based) with no Chinese counterpart:
# 0 the title, 5 "Also as one of our favorite commentators Larchmonter445 recently noted:",
# 12 "But often bad will arise out of good …", 14 "But how do you fight hegemony without
# being a hegemon yourself?", 30 "Best wishes … and shall we meet again!".
DROPPED = (0, 5, 12, 14, 30)


def paragraphs(path: Path) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]


def expected_beads() -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    beads, j = [], 0
    for i in range(31):
        if i in DROPPED:
            beads.append(((i,), ()))
        else:
            beads.append(((i,), (j,)))
            j += 1
    return beads


@pytest.mark.skipif(not (SAKER / "zh.txt").is_file(), reason="bundled Saker corpus missing")
def test_saker_paragraphs_dropped_ones_are_one_zero() -> None:
    en, zh = paragraphs(SAKER / "en.txt"), paragraphs(SAKER / "zh.txt")
    assert (len(en), len(zh)) == (31, 26)
    result = align(en, zh, src_lang="en", tgt_lang="zh", unit="paragraph")
    assert [(b.src, b.tgt) for b in result.beads] == expected_beads()
