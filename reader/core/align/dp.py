"""Monotone bead DP inside a band, vectorised along each row and over bead shapes.

The DP node (i, j) means "the first i source and j target units are aligned". Row i only holds
the nodes j in [lo[i], hi[i]); that band keeps time and memory linear in the document length.
A bead (a, b) takes a source and b target units and ends at node (i, j).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

Shape = tuple[int, int]
Path = list[tuple[int, int, int, int]]  # beads as half-open (i0, i1, j0, j1)
# row_scores(i, js) -> (len(shapes), len(js)): score of each shape's bead ending at (i, j)
RowScores = Callable[[int, np.ndarray], np.ndarray]

NEG = -1e18


@dataclass(frozen=True)
class Band:
    lo: np.ndarray  # (n+1,) first allowed j of each row
    hi: np.ndarray  # (n+1,) one past the last allowed j

    @classmethod
    def full(cls, n: int, m: int) -> Band:
        return cls(np.zeros(n + 1, dtype=np.int64), np.full(n + 1, m + 1, dtype=np.int64))

    def cells(self) -> int:
        return int(np.sum(self.hi - self.lo))


def best_path(
    n: int,
    m: int,
    shapes: Sequence[Shape],
    row_scores: RowScores,
    skip: float,
    band: Band,
    progress: Callable[[float], None] | None = None,
) -> Path:
    """The highest-scoring monotone bead sequence. `shapes` must all have a, b >= 1."""
    lo, hi = band.lo, band.hi
    width = int(np.max(hi - lo))
    score = np.full((n + 1, width), NEG)
    back = np.zeros((n + 1, width), dtype=np.int8)
    moves = [*shapes, (1, 0)]
    da = np.array([a for a, _ in moves])
    db = np.array([b for _, b in moves])
    for i in range(n + 1):
        js = np.arange(lo[i], hi[i])
        if i == 0:
            row = np.where(js == 0, 0.0, NEG)
            arg = np.zeros(len(js), dtype=np.int8)
        else:
            row, arg = _vertical(score, lo, hi, i, js, da, db, row_scores, skip)
        _horizontal(row, arg, skip)
        score[i, : len(js)] = row
        back[i, : len(js)] = arg
        if progress is not None and i % 512 == 0:
            progress(i / max(n, 1))
    return _trace(score, back, lo, n, m, moves)


def _vertical(
    score: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    i: int,
    js: np.ndarray,
    da: np.ndarray,
    db: np.ndarray,
    row_scores: RowScores,
    skip: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Best bead that consumes at least one source unit, i.e. comes from an earlier row."""
    prev = np.maximum(i - da, 0)
    cols = js[None, :] - db[:, None] - lo[prev][:, None]
    ok = (i - da >= 0)[:, None] & (cols >= 0) & (cols < (hi - lo)[prev][:, None])
    cand = score[prev[:, None], np.where(ok, cols, 0)]
    gains = np.empty_like(cand)
    gains[:-1] = row_scores(i, js)
    gains[-1] = skip
    cand += gains
    cand[~ok] = NEG
    arg = np.argmax(cand, axis=0)
    return cand[arg, np.arange(len(js))], arg.astype(np.int8)


def _horizontal(best: np.ndarray, back: np.ndarray, skip: float) -> None:
    """0-1 beads inside a row: best[j] = max_k<=j best[k] + skip*(j-k), as a running max."""
    if len(best) < 2:
        return
    steps = np.arange(len(best)) * skip
    run = np.maximum.accumulate(best - steps) + steps
    from_left = run > best + 1e-12
    best[from_left] = run[from_left]
    back[from_left] = -1


def _trace(
    score: np.ndarray, back: np.ndarray, lo: np.ndarray, n: int, m: int, moves: list[Shape]
) -> Path:
    if not 0 <= m - lo[n] < score.shape[1] or score[n, m - lo[n]] <= NEG / 2:
        raise ValueError("the band does not reach the end node")
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        k = int(back[i, j - lo[i]])
        a, b = (0, 1) if k == -1 else moves[k]
        beads.append((i - a, i, j - b, j))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def band_around(path: Path, n: int, m: int, width: int) -> Band:
    """A band covering every bead's rectangle on the path, widened by `width` on each side."""
    lo = np.full(n + 1, m + 1, dtype=np.int64)
    hi = np.zeros(n + 1, dtype=np.int64)
    for i0, i1, j0, j1 in path:
        lo[i0 : i1 + 1] = np.minimum(lo[i0 : i1 + 1], j0)
        hi[i0 : i1 + 1] = np.maximum(hi[i0 : i1 + 1], j1 + 1)
    # a monotone path needs non-decreasing bounds
    lo = np.minimum.accumulate(lo[::-1])[::-1]
    hi = np.maximum.accumulate(hi)
    # slack in both directions: row i also allows what the path does `width` rows away
    rows = np.arange(n + 1)
    lo = np.maximum(lo[np.maximum(rows - width, 0)] - width, 0)
    hi = np.minimum(hi[np.minimum(rows + width, n)] + width, m + 1)
    return Band(lo, hi)


def upsample(path: Path, fs: Sequence[int], ft: Sequence[int]) -> Path:
    """Map a path over blocks to a path over units; fs/ft give each block's first unit."""
    return [(fs[i0], fs[i1], ft[j0], ft[j1]) for i0, i1, j0, j1 in path]
