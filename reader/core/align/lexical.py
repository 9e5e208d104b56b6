"""Lexical translation overlap between Chinese and English units, through CC-CEDICT.

Each Chinese token (jieba) becomes the set of English stems of its dictionary glosses (plus its
pinyin, for names, and digits and punctuation anchors); each English token becomes its stem.
A pair of units scores the share of tokens on both sides that find a partner on the other side,
each token weighted by its inverse document frequency over the side's units. Pair counts are
kept only inside the DP band, so the cost stays linear.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import cast

import numpy as np

from reader.core import cedict, chinese

_EN_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[?!\"“”]")
_ZH_KEEP_PUNCT = {"？": "?", "?": "?", "！": "!", "!": "!", "“": '"', "”": '"', '"': '"'}
_GLOSS_WORD = re.compile(r"[A-Za-z]+")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SKIP_GLOSS = ("CL:", "variant of", "old variant", "see ", "surname ", "used in ", "Taiwan pr.")

_EN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "and",
        "or",
        "but",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "he",
        "she",
        "him",
        "her",
        "his",
        "hers",
        "they",
        "them",
        "their",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "not",
        "no",
        "so",
        "if",
        "then",
        "than",
        "too",
        "very",
        "just",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "into",
        "onto",
        "out",
        "up",
        "down",
        "over",
        "about",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "s",
        "t",
        "sb",
        "sth",
        "one's",
        "oneself",
        "also",
        "etc",
        "e",
        "g",
    ]
)
_ZH_STOP = frozenset(
    [
        "的",
        "了",
        "着",
        "过",
        "是",
        "在",
        "和",
        "与",
        "也",
        "都",
        "就",
        "又",
        "这",
        "那",
        "个",
        "之",
        "而",
        "把",
        "被",
        "让",
        "给",
        "对",
        "从",
        "向",
        "于",
        "以",
        "所",
        "得",
        "地",
        "吧",
        "呢",
        "吗",
        "啊",
        "呀",
        "么",
        "么",
        "哦",
        "嗯",
        "一",
        "不",
        "有",
        "我",
        "你",
        "他",
        "她",
        "它",
        "们",
        "我们",
        "你们",
        "他们",
        "她们",
        "这个",
        "那个",
        "自己",
        "什么",
        "说",
    ]
)
_IRREGULAR = dict(
    pair.split(":")
    for pair in [
        "went:go",
        "gone:go",
        "said:say",
        "saw:see",
        "seen:see",
        "came:come",
        "took:take",
        "taken:take",
        "got:get",
        "gotten:get",
        "made:make",
        "knew:know",
        "known:know",
        "thought:think",
        "told:tell",
        "felt:feel",
        "left:leave",
        "gave:give",
        "given:give",
        "found:find",
        "stood:stand",
        "sat:sit",
        "ran:run",
        "held:hold",
        "brought:bring",
        "kept:keep",
        "began:begin",
        "begun:begin",
        "heard:hear",
        "ate:eat",
        "eaten:eat",
        "spoke:speak",
        "spoken:speak",
        "wrote:write",
        "written:write",
        "fell:fall",
        "fallen:fall",
        "lay:lie",
        "met:meet",
        "paid:pay",
        "sent:send",
        "spent:spend",
        "bought:buy",
        "taught:teach",
        "caught:catch",
        "fought:fight",
        "sought:seek",
        "slept:sleep",
        "wore:wear",
        "worn:wear",
        "won:win",
        "drew:draw",
        "drawn:draw",
        "drove:drive",
        "rode:ride",
        "rose:rise",
        "threw:throw",
        "thrown:throw",
        "grew:grow",
        "grown:grow",
        "flew:fly",
        "lost:lose",
        "shot:shoot",
        "struck:strike",
        "led:lead",
        "broke:break",
        "broken:break",
        "chose:choose",
        "forgot:forget",
        "hid:hide",
        "built:build",
        "understood:understand",
        "became:become",
        "children:child",
        "men:man",
        "women:woman",
        "feet:foot",
        "teeth:tooth",
        "mice:mouse",
        "better:good",
        "best:good",
        "worse:bad",
        "worst:bad",
        "died:die",
        "dead:die",
        "death:die",
        "lives:life",
        "wives:wife",
        "knives:knife",
    ]
)


def available() -> bool:
    return cedict.data_path() is not None and _jieba() is not None


@lru_cache(maxsize=1)
def _jieba():  # -> module | None
    try:
        return chinese.jieba_module()
    except ImportError:
        return None


def stem(word: str) -> str:
    """A deliberately crude English stemmer; both sides go through it, so it only needs to be
    consistent, not linguistically right."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl, min_len in (
        ("ies", "y", 5),
        ("ied", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "", 5),
        ("s", "", 4),
        ("ly", "", 6),
    ):
        if w.endswith(suffix) and len(w) >= min_len and not w.endswith("ss"):
            w = w[: -len(suffix)] + repl
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopp(ed)" -> "stop"
    return w


def en_tokens(text: str) -> list[str]:
    """Stems of the English content words, digits and punctuation anchors of `text`."""
    out = []
    for tok in _EN_WORD.findall(text):
        if tok in '?!"“”':
            out.append("p:" + ('"' if tok in "“”" else tok))
        elif tok[0].isdigit():
            out.append("n:" + tok.replace(",", ""))
        elif tok.lower() not in _EN_STOP:
            out.append(stem(tok))
    return out


def en_names(text: str) -> list[str]:
    """Capitalised words as possible pinyin names ("Wang Miao", "Xiao-bao")."""
    words = re.findall(r"[A-Z][a-z]+(?:-[a-z]+)?", text)
    return ["py:" + w.lower().replace("-", "") for w in words if w.lower() not in _EN_STOP]


@lru_cache(maxsize=200_000)
def zh_concepts(token: str) -> frozenset[str]:
    """English stems (and pinyin / digit keys) a Chinese token may be translated by."""
    if token in _ZH_KEEP_PUNCT:
        return frozenset({"p:" + _ZH_KEEP_PUNCT[token]})
    if token.isdigit() and token.isascii():
        return frozenset({"n:" + token})
    if token.isascii() and token.isalpha():
        return frozenset({stem(token), "py:" + token.lower()})
    concepts = set(_gloss_stems(token))
    if not concepts and len(token) > 1:
        # unknown to the dictionary: most likely a name (pinyin) or a rare compound (characters)
        for char in token:
            concepts |= _gloss_stems(char)
        concepts |= _pinyin_keys(token)
    return frozenset(concepts)


@lru_cache(maxsize=200_000)
def _gloss_stems(word: str) -> frozenset[str]:
    dic = cedict.dictionary()
    if dic is None:
        return frozenset()
    stems = set()
    for gloss in dic.glosses(word):
        if gloss.startswith(_SKIP_GLOSS):
            continue
        for w in _GLOSS_WORD.findall(_PARENS.sub(" ", gloss)):
            if w.lower() not in _EN_STOP:
                stems.add(stem(w))
    return frozenset(stems)


def _pinyin_keys(token: str) -> set[str]:
    """Pinyin of a 2-3 character token, whole and as surname + given name."""
    if not 2 <= len(token) <= 3:
        return set()
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:
        return set()
    syll = lazy_pinyin(token, style=Style.NORMAL)
    keys = {"py:" + "".join(syll), "py:" + "".join(syll[1:])}
    keys.add("py:" + syll[0])
    return keys


MAX_UNIT_CHARS = 20_000  # characters of a unit its words are read from


def zh_tokens(text: str) -> list[frozenset[str]]:
    jieba = _jieba()
    if jieba is None:
        return []
    out = []
    for tok in jieba.lcut(text):
        tok = tok.strip()
        if not tok or tok in _ZH_STOP:
            continue
        concepts = zh_concepts(tok)
        if concepts:
            out.append(concepts)
    return out


Tokens = Sequence[Sequence[Hashable]]  # per unit: English stems, or Chinese concept sets


def unit_tokens(texts: Sequence[str], lang: str) -> Tokens:
    """Each unit's tokens: the concept sets of its Chinese words, or its English stems and
    names. An over-long unit is matched by its opening, as the encoder embeds it: a book with
    no sentence ends must not cost memory in proportion to its length."""
    texts = [t[:MAX_UNIT_CHARS] for t in texts]
    if lang == "zh":
        return [zh_tokens(t) for t in texts]
    return [en_tokens(t) + en_names(t) for t in texts]


class UnitFeatures:
    """Tokens of one side's units, ready for pairwise matching.

    Tokens are weighted by their inverse document frequency over the units: a name or a rare
    word that matches says much more about a pairing than "say" or "go", which match everywhere.
    """

    def __init__(self, texts: Sequence[str], lang: str, tokens: Tokens | None = None) -> None:
        """`tokens` are the units' tokens (unit_tokens) where the caller has them already."""
        self.lang = lang
        units = tokens if tokens is not None else unit_tokens(texts, lang)
        if lang == "zh":
            self.zh = cast(list[list[frozenset[str]]], list(units))
            self.bags = [frozenset().union(*toks) if toks else frozenset() for toks in self.zh]
        else:
            self.en = cast(list[list[str]], list(units))
            self.bags = [frozenset(toks) for toks in self.en]
        self.weight = _idf(units)
        self.counts = np.array(
            [sum(self.weight[t] for t in unit if not _is_name(t)) for unit in units], dtype=float
        )


def _idf(units: Sequence[Sequence[Hashable]]) -> dict[Hashable, float]:
    df = Counter(tok for unit in units for tok in set(unit))
    total = len(units) + 1
    return {tok: math.log(total / count) for tok, count in df.items()}


def _is_name(token: Hashable) -> bool:
    """English capitalised-word keys: matched from the Chinese side only, never counted."""
    return isinstance(token, str) and token.startswith("py:")


def pair_matches(zh: UnitFeatures, en: UnitFeatures, u: int, v: int) -> float:
    """IDF-weighted matched Chinese tokens of unit u plus matched English tokens of unit v."""
    # What both bags hold, in one set operation: most pairs in a band share nothing, and a
    # token matches exactly when it meets this (a Chinese token's concepts are in its bag).
    common = zh.bags[u] & en.bags[v]
    if not common:
        return 0.0
    hit_zh = sum(zh.weight[concepts] for concepts in zh.zh[u] if not concepts.isdisjoint(common))
    hit_en = sum(en.weight[tok] for tok in en.en[v] if tok in common and not _is_name(tok))
    return float(hit_zh + hit_en)


class LexicalMatrix:
    """Pair match counts inside a band, and the bead scores built from them.

    Row u holds prefix sums of the match counts of source unit u with target units
    cl[u], cl[u]+1, ...: wide enough for every bead of at most `max_a` x `max_b` units that ends
    inside the DP band (lo, hi).
    """

    def __init__(
        self,
        src: UnitFeatures,
        tgt: UnitFeatures,
        lo: np.ndarray,
        hi: np.ndarray,
        max_a: int,
        max_b: int,
    ) -> None:
        n, m = len(src.counts), len(tgt.counts)
        self.cl = np.maximum(lo[1:] - max_b, 0).astype(np.int64)
        ch = np.minimum(hi[np.minimum(np.arange(n) + max_a, n)], m).astype(np.int64)
        width = int(np.max(ch - self.cl, initial=0))
        self.prefix = np.zeros((max(n, 1), width + 1))
        zh_src = src.lang == "zh"
        for u in range(n):
            vals = [
                pair_matches(src, tgt, u, v) if zh_src else pair_matches(tgt, src, v, u)
                for v in range(int(self.cl[u]), int(ch[u]))
            ]
            row = np.cumsum(vals) if vals else np.zeros(0)
            self.prefix[u, 1 : len(row) + 1] = row
            self.prefix[u, len(row) + 1 :] = row[-1] if len(row) else 0.0
        self.src_cum = np.concatenate([[0.0], np.cumsum(src.counts)])
        self.tgt_cum = np.concatenate([[0.0], np.cumsum(tgt.counts)])
        self.width = width

    def row(self, i: int, js: np.ndarray, da: np.ndarray, db: np.ndarray) -> np.ndarray:
        """(shapes, len(js)): share of the bead's tokens that found a translation partner."""
        max_a, max_b = int(da.max()), int(db.max())
        units = i - 1 - np.arange(max_a)  # source units i-1, i-2, ... (a bead of a takes a)
        safe = np.maximum(units, 0)
        shift = js[None, :] - self.cl[safe][:, None]  # (A, w)
        top = self.prefix[safe[:, None], np.clip(shift, 0, self.width)]
        b = np.arange(1, max_b + 1)[None, :, None]
        bottom = self.prefix[safe[:, None, None], np.clip(shift[:, None, :] - b, 0, self.width)]
        per_unit = top[:, None, :] - bottom  # (A, B, w)
        per_unit[units < 0] = 0.0
        hits = np.cumsum(per_unit, axis=0)[da - 1, db - 1]  # (K, w)
        src_tokens = self.src_cum[i] - self.src_cum[np.maximum(i - da, 0)]
        tgt_tokens = (
            self.tgt_cum[js][None, :] - self.tgt_cum[np.maximum(js[None, :] - db[:, None], 0)]
        )
        total = src_tokens[:, None] + tgt_tokens
        return np.minimum(hits / np.maximum(total, 1.0), 1.0)
