"""The two-pass aligner: a coarse path to find the band, then the full bead DP inside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.core.align import dp, embed, lexical
from reader.core.align.scoring import Scorer, Side, Weights
from reader.core.document import Bead

Progress = Callable[[float], None]
_FIRST_PASS_SHAPES = ((1, 1), (1, 2), (2, 1))
_FULL_BAND_CELLS = 160_000  # below this the first pass searches the whole grid
# straight ' closes English dialogue in British style; "boys'" at a sentence end is rare
_CLOSING_QUOTES = ("'", "’", '"', "”", "」", "』", "»")


@dataclass(frozen=True)
class Params:
    max_bead: int = 8  # largest a+b of a bead
    max_side: int = 6  # largest a or b
    band: int = 6  # half-width of the second-pass band around the first path
    coarse_band: int = 4
    weights: Weights = field(default_factory=Weights)
    first_skip: float = -0.1
    use_embedding: bool = True
    use_lexical: bool = True
    # an edge unit of a merged bead that adds less than this to the bead's score is split off
    # as a 1-0 / 0-1 bead: the DP rewards merges a little, omissions must still show
    orphan_gain: float | None = None


@dataclass(frozen=True)
class Known:
    """What a caller computed already for one side's units: token sums for the encoder's
    embeddings, tokens for the lexical signal."""

    sums: embed.TokenSums | None = None
    tokens: lexical.Tokens | None = None


def shapes(params: Params) -> list[dp.Shape]:
    return [
        (a, b)
        for a in range(1, params.max_side + 1)
        for b in range(1, params.max_side + 1)
        if a + b <= params.max_bead
    ]


@dataclass
class Aligned:
    beads: list[Bead]
    signals: tuple[str, ...]


def align_units(
    src: Sequence[str],
    tgt: Sequence[str],
    src_lang: str,
    tgt_lang: str,
    params: Params | None = None,
    progress: Progress | None = None,
    known: tuple[Known, Known] | None = None,
) -> Aligned:
    """`known` holds what the caller computed already for each side's units (align_document
    reads a document's sentences once); the rest is computed here."""
    src_known, tgt_known = known or (Known(), Known())
    params = params or Params()
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        beads = [Bead((i,), (), 1.0) for i in range(n)] + [Bead((), (j,), 1.0) for j in range(m)]
        return Aligned(beads, ("length",))
    use_emb = params.use_embedding and embed.available()
    use_lex = params.use_lexical and {src_lang, tgt_lang} == {"en", "zh"} and lexical.available()
    signals = tuple(
        s for s, on in (("embedding", use_emb), ("lexical", use_lex), ("length", True)) if on
    )
    all_shapes = shapes(params)
    max_a = max(a for a, _ in all_shapes)
    max_b = max(b for _, b in all_shapes)
    src_side = _side(src, src_lang, max_a, use_emb, src_known.sums)
    tgt_side = _side(tgt, tgt_lang, max_b, use_emb, tgt_known.sums)
    _report(progress, 0.3)
    first = first_pass(src_side, tgt_side, params)
    band = dp.band_around(first, n, m, params.band)
    lex = None
    if use_lex:
        lex = lexical.LexicalMatrix(
            lexical.UnitFeatures(src, src_lang, src_known.tokens),
            lexical.UnitFeatures(tgt, tgt_lang, tgt_known.tokens),
            band.lo,
            band.hi,
            max_a,
            max_b,
        )
    _report(progress, 0.5)
    weights = _weights(params.weights, use_emb, use_lex)
    scorer = Scorer(src_side, tgt_side, weights, all_shapes, lex)
    path = dp.best_path(n, m, all_shapes, scorer, weights.skip, band, _scaled(progress, 0.5, 1.0))
    if params.orphan_gain is not None:
        path = _split_orphans(path, scorer, all_shapes, params.orphan_gain)
    _report(progress, 1.0)
    return Aligned(_to_beads(path, scorer, all_shapes), signals)


def _weights(w: Weights, use_emb: bool, use_lex: bool) -> Weights:
    """Without embeddings, the lexical score carries the bead score (length still scales it)."""
    if use_emb:
        return w if use_lex else Weights(**{**w.__dict__, "lexical": 0.0})
    return Weights(**{**w.__dict__, "embedding": 0.0, "lexical": 1.0 if use_lex else 0.0})


def _scaled(progress: Progress | None, start: float, end: float) -> Progress | None:
    if progress is None:
        return None
    return lambda value: progress(start + (end - start) * value)


def _report(progress: Progress | None, value: float) -> None:
    if progress is not None:
        progress(value)


def _side(
    texts: Sequence[str],
    lang: str,
    max_run: int,
    use_emb: bool,
    sums: embed.TokenSums | None = None,
) -> Side:
    lengths = np.array([max(len(t.strip()), 1) for t in texts], dtype=float)
    closes = np.array([t.rstrip().endswith(_CLOSING_QUOTES) for t in texts], dtype=bool)
    if not use_emb:
        return Side({}, lengths, closes_quote=closes)
    embedder = embed.RunEmbedder(texts, sums)
    # one (max_run, n, d) block; the per-length dict holds views, not copies (memory at 10k)
    stack = np.empty((max_run, len(texts), 512), dtype=np.float32)
    for k in range(1, max_run + 1):
        stack[k - 1] = embedder.runs(k)
    return Side({k: stack[k - 1] for k in range(1, max_run + 1)}, lengths, stack, closes)


def first_pass(src: Side, tgt: Side, params: Params) -> list[tuple[int, int, int, int]]:
    """A path with small beads only, coarse-to-fine when the grid is large."""
    if 1 not in src.runs:  # no embeddings: lengths only, on a generous band
        return _coarse_path(_length_side(src), _length_side(tgt), params)
    return _coarse_path(
        Side({1: src.runs[1]}, src.lengths), Side({1: tgt.runs[1]}, tgt.lengths), params
    )


def _length_side(side: Side) -> Side:
    return Side({1: np.ones((len(side.lengths), 1))}, side.lengths)


def _coarse_path(src: Side, tgt: Side, params: Params) -> list[tuple[int, int, int, int]]:
    n, m = len(src.lengths), len(tgt.lengths)
    if n * m <= _FULL_BAND_CELLS or min(n, m) < 4:
        band = dp.Band.full(n, m)
    else:
        src2, fs = _pool(src)
        tgt2, ft = _pool(tgt)
        coarse = _coarse_path(src2, tgt2, params)
        band = dp.band_around(dp.upsample(coarse, fs, ft), n, m, params.coarse_band)
    _add_pair_runs(src)
    _add_pair_runs(tgt)
    weights = Weights(
        lexical=0.0, skip=params.first_skip, margin=0.0, size_power=0.0, quote_end=0.0
    )
    scorer = Scorer(src, tgt, weights, _FIRST_PASS_SHAPES)
    return dp.best_path(n, m, _FIRST_PASS_SHAPES, scorer, params.first_skip, band)


def _add_pair_runs(side: Side) -> None:
    one = side.runs[1]
    two = np.zeros_like(one)
    two[1:] = one[1:] + one[:-1]
    norms = np.linalg.norm(two, axis=1, keepdims=True)
    side.runs[2] = two / np.maximum(norms, 1e-9)


def _pool(side: Side) -> tuple[Side, list[int]]:
    """Halve the resolution: blocks of two units; returns the block side and block starts."""
    one = side.runs[1]
    n = len(one)
    starts = [*list(range(0, n, 2)), n]
    summed = np.add.reduceat(one, starts[:-1], axis=0)
    norms = np.linalg.norm(summed, axis=1, keepdims=True)
    lengths = np.add.reduceat(side.lengths, starts[:-1])
    return Side({1: summed / np.maximum(norms, 1e-9)}, lengths), starts


def _bead_score(
    scorer: Scorer, index: dict[dp.Shape, int], bead: tuple[int, int, int, int], raw: bool = False
) -> float:
    """The DP score of one bead; raw=True leaves out the size bonus and per-unit cost."""
    i0, i1, j0, j1 = bead
    k = index[(i1 - i0, j1 - j0)]
    ends = np.array([j1])
    value = float(scorer(i1, ends)[k, 0])
    if not raw:
        return value
    return (value - float(scorer.boundary(i1, ends)[0]) + scorer.extra[k, 0]) / scorer.size[k, 0]


def _split_orphans(path: dp.Path, scorer: Scorer, shapes: list[dp.Shape], gain: float) -> dp.Path:
    index = {shape: k for k, shape in enumerate(shapes)}
    out: dp.Path = []
    for bead in path:
        out.extend(_split_bead(bead, scorer, index, gain))
    return out


def _split_bead(
    bead: tuple[int, int, int, int], scorer: Scorer, index: dict[dp.Shape, int], gain: float
) -> dp.Path:
    i0, i1, j0, j1 = bead
    if i1 - i0 < 1 or j1 - j0 < 1 or (i1 - i0) + (j1 - j0) < 3:
        return [bead]
    # compare similarities without the size bonus: the edge unit must make the bead fit better
    whole = _bead_score(scorer, index, bead, raw=True)
    options = []
    if i1 - i0 > 1:
        options += [
            ((i0 + 1, i1, j0, j1), (i0, i0 + 1, j0, j0), 0),
            ((i0, i1 - 1, j0, j1), (i1 - 1, i1, j1, j1), 1),
        ]
    if j1 - j0 > 1:
        options += [
            ((i0, i1, j0 + 1, j1), (i0, i0, j0, j0 + 1), 0),
            ((i0, i1, j0, j1 - 1), (i1, i1, j1 - 1, j1), 1),
        ]
    best = max(options, key=lambda o: _bead_score(scorer, index, o[0], raw=True))
    rest = _bead_score(scorer, index, best[0], raw=True)
    if whole - rest >= gain:
        return [bead]
    kept, orphan, after = best
    return [kept, orphan] if after else [orphan, kept]


def _to_beads(path: dp.Path, scorer: Scorer, shapes: list[dp.Shape]) -> list[Bead]:
    """Beads with a confidence: the bead's score against the best rival shape at its end."""
    beads = []
    index = {shape: k for k, shape in enumerate(shapes)}
    for i0, i1, j0, j1 in path:
        src, tgt = tuple(range(i0, i1)), tuple(range(j0, j1))
        conf = 0.5
        if src and tgt:
            raw = _bead_score(scorer, index, (i0, i1, j0, j1))
            conf = float(np.clip(raw / 1.2, 0.0, 1.0))
        beads.append(Bead(src, tgt, round(conf, 3)))
    return beads
