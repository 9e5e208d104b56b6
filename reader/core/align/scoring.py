"""Bead scores: embedding similarity, lexical overlap and a length model, combined.

Scores are computed a whole DP row at a time, for every bead shape at once, because the DP
visits each row once and numpy pays off only on whole arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.core.align.lexical import LexicalMatrix


@dataclass(frozen=True)
class Weights:
    """Sentence-level defaults, tuned on MAC-Dev (bench/align_mac.py --split dev)."""

    embedding: float = 1.0
    # IDF-weighted lexical overlap; a lighter weight than the embedding's because its coverage
    # share is noisy on short sentences (MAC-Dev strict F1 0.884 at 1.0, 0.898 at 0.6)
    lexical: float = 0.6
    length: float = 1.0  # exponent of Bertalign's length factor
    skip: float = -0.2  # score of a 1-0 or 0-1 bead
    # Bertalign's "margin": subtract the similarity to the units just outside the bead, so a
    # bead must fit better than its shifted neighbours (sharpens bead boundaries)
    margin: float = 0.5
    # bead score x ((a+b)/2)^size_power: a bead of many units stands for several 1-1 beads
    size_power: float = 0.25
    per_extra: float = 0.0  # cost per unit beyond the first on each side
    # dialogue: a bead whose last unit closes a quotation on one side should close one on the
    # other side too (+quote_end when both do, -quote_end when only one does); it places bead
    # boundaries where the embeddings of short lines of speech cannot (MAC-Dev 0.898 -> 0.920)
    quote_end: float = 0.15


@dataclass
class Side:
    """One side's units: run embeddings by run length, and unit lengths."""

    runs: dict[int, np.ndarray]  # k -> (n, d); row i embeds units i-k+1..i
    lengths: np.ndarray  # (n,) character counts
    stack: np.ndarray | None = None  # runs[k] == stack[k-1] when given
    closes_quote: np.ndarray | None = None  # (n,) bool: the unit ends with a closing quote
    cum: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.cum = np.concatenate([[0.0], np.cumsum(self.lengths)])

    def stacked(self, max_run: int) -> np.ndarray:
        if self.stack is not None and len(self.stack) >= max_run:
            return self.stack[:max_run]
        return np.stack([self.runs[k] for k in range(1, max_run + 1)])


# quote agreement counts only when the side with fewer closing quotes has this share of the other's
_QUOTE_SHARE = 0.25


class Scorer:
    """scorer(i, js) -> (shapes, len(js)) scores of beads ending at DP nodes (i, j)."""

    def __init__(
        self,
        src: Side,
        tgt: Side,
        weights: Weights,
        shapes: Sequence[tuple[int, int]],
        lexical: LexicalMatrix | None = None,
    ) -> None:
        self.src, self.tgt, self.w = src, tgt, weights
        self.lexical = lexical if weights.lexical else None
        self.da = np.array([a for a, _ in shapes])
        self.db = np.array([b for _, b in shapes])
        self.max_a, self.max_b = int(self.da.max()), int(self.db.max())
        total_src, total_tgt = float(src.cum[-1]), float(tgt.cum[-1])
        # target length per unit of source length, from the document itself
        self.ratio = total_tgt / total_src if total_src > 0 and total_tgt > 0 else 1.0
        self.use_emb = bool(weights.embedding) and 1 in src.runs and 1 in tgt.runs
        if self.use_emb:
            self.s_stack = src.stacked(self.max_a)
            self.t_stack = tgt.stacked(self.max_b)
        self.quotes: tuple[np.ndarray, np.ndarray] | None = None
        src_q, tgt_q = src.closes_quote, tgt.closes_quote
        if (
            weights.quote_end
            and src_q is not None
            and tgt_q is not None
            and _both_quote(src_q, tgt_q)
        ):
            self.quotes = (src_q, tgt_q)
        size = ((self.da + self.db) / 2.0) ** weights.size_power
        self.size = size[:, None]
        self.extra = (weights.per_extra * (self.da + self.db - 2))[:, None]

    def __call__(self, i: int, js: np.ndarray) -> np.ndarray:
        score = np.zeros((len(self.da), len(js)))
        if self.use_emb:
            score += self.w.embedding * self._embedding(i, js)
        if self.w.length:
            score *= self._length_factor(i, js) ** self.w.length
        if self.lexical is not None:
            score += self.w.lexical * self.lexical.row(i, js, self.da, self.db)
        return score * self.size - self.extra + self.boundary(i, js)

    def boundary(self, i: int, js: np.ndarray) -> np.ndarray:
        """(len(js),) score of the bead end (i, j), the same for every shape: quote agreement."""
        if self.quotes is None:
            return np.zeros(len(js))
        src_closes = self.quotes[0][i - 1]
        tgt_closes = self.quotes[1][np.maximum(js - 1, 0)]
        agree = np.where(tgt_closes == src_closes, tgt_closes.astype(float), -1.0)
        return self.w.quote_end * np.where(js > 0, agree, 0.0)

    def _embedding(self, i: int, js: np.ndarray) -> np.ndarray:
        n, m = self.src.cum.size - 1, self.tgt.cum.size - 1
        src_vecs = self.s_stack[:, i - 1]  # (A, d): runs of 1..A units ending at unit i-1
        tgt_vecs = self.t_stack[:, np.maximum(js - 1, 0)]  # (B, w, d)
        sims = tgt_vecs @ src_vecs.T  # (B, w, A)
        cols = np.arange(len(js))[None, :]
        score = sims[self.db[:, None] - 1, cols, self.da[:, None] - 1]
        if not self.w.margin:
            return score
        # similarity of the source run with the target units right before and after the bead
        first = max(int(js[0]) - self.max_b - 1, 0)
        last = min(int(js[-1]), m - 1)
        window = self.tgt.runs[1][first : last + 1] @ src_vecs.T  # (units, A)
        before = js[None, :] - self.db[:, None] - 1
        after = np.broadcast_to(js[None, :], before.shape)
        a_idx = self.da[:, None] - 1
        tgt_margin = _pick(window, before - first, a_idx, before >= 0) + _pick(
            window, after - first, a_idx, after < m
        )
        # similarity of the target run with the source units right before and after the bead
        rows = np.arange(i - self.max_a - 1, i + 1)
        neigh = self.src.runs[1][np.clip(rows, 0, n - 1)]  # (A+2, d)
        s_sims = tgt_vecs @ neigh.T  # (B, w, A+2); column c is source unit i-A-1+c
        b_idx = self.db[:, None] - 1
        src_before = s_sims[b_idx, cols, self.max_a - self.da[:, None]]
        src_before = np.where((i - self.da - 1 >= 0)[:, None], src_before, 0.0)
        src_after = s_sims[b_idx, cols, self.max_a + 1] if i < n else 0.0
        return score - self.w.margin * (tgt_margin + src_before + src_after) / 4

    def _length_factor(self, i: int, js: np.ndarray) -> np.ndarray:
        """Bertalign's length penalty log2(1 + short/long), lengths in target units."""
        ls = (self.src.cum[i] - self.src.cum[np.maximum(i - self.da, 0)]) * self.ratio
        lt = self.tgt.cum[js][None, :] - self.tgt.cum[np.maximum(js[None, :] - self.db[:, None], 0)]
        ls = np.broadcast_to(ls[:, None], lt.shape)
        short, long = np.minimum(ls, lt), np.maximum(ls, lt)
        return np.log2(1.0 + short / np.maximum(long, 1e-9))


def _both_quote(src_closes: np.ndarray, tgt_closes: np.ndarray) -> bool:
    """Whether both sides mark dialogue with quotation marks, so quote agreement is evidence.

    Some translations drop the marks (a colon introduces speech instead); then every closing
    quote of the other side would only push bead ends off the right place.
    """
    few, many = sorted((int(src_closes.sum()), int(tgt_closes.sum())))
    return many > 0 and few >= _QUOTE_SHARE * many


def _pick(values: np.ndarray, rows: np.ndarray, cols: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """values[rows, cols] where ok, else 0 (rows clipped so the gather never fails)."""
    safe = np.clip(rows, 0, values.shape[0] - 1)
    return np.where(ok, values[safe, np.broadcast_to(cols, safe.shape)], 0.0)
