"""Proposing terms from an aligned document: English word sequences that recur and whose
sentences' translations share one Chinese word or phrase most of the time, as bilingual term
extraction does it (recurrence on one side, association across the two by the Dice
coefficient), with CC-CEDICT's glosses as a second opinion.

Without a part-of-speech tagger (none ships its model offline), a candidate is a run of one to
four words that neither starts nor ends with a function word: "balance of power", "Kremlin",
"world order". A run inside a longer candidate with the same sentences is left to the longer.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reader.core import chinese
from reader.core.checks.lexicon import FUNCTION_WORDS, lexicon, stem
from reader.core.checks.model import word_list
from reader.core.terms.matching import Pair, Place, TermMatcher
from reader.core.terms.model import Term, term_key

MAX_WORDS = 4
MIN_PAIRS = 2  # an English run must recur in this many pairs
MIN_SHARE = 0.6  # of those pairs whose translation has the rendering
MIN_DICE = 0.5  # association of the run and its rendering over the whole document
MIN_DICE_UNGLOSSED = 0.75  # the same when CC-CEDICT does not support the rendering
MAX_CHINESE_WORDS = 3  # a rendering is at most this many jieba words
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]")
_CLAUSE = re.compile(r"[^,.;:!?()\[\]\"“”—]+")
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")
# Words that begin or end no term, besides the dictionary's function words.
_EDGE_WORDS = frozenset(
    word_list(
        """i you he she we they me him her us them my your his our their what which who whom whose
    when where why how can could will would shall should may might must do does did has have
    had having said says say also just only even still yet now then very much more most many
    few less least well like however because while although though if unless since until
    after before again ever never always often new old first last next same such own way
    make made get got go going gone take took come came see seen know known think thought
    want need use used mr mrs ms didn don doesn isn wasn aren weren couldn wouldn won shouldn"""
    )
)
_INNER_STOPS = frozenset({"and", "or", "but", "nor"})  # two things, not one term


@dataclass(frozen=True)
class Candidate:
    """A proposed term: the English as most often written, its usual rendering, and where
    its sentences' translations do not use that rendering."""

    source: str
    rendering: str
    pairs: int  # pairs whose source has the term
    kept: int  # of those, pairs whose translation has the rendering
    dice: float
    glossed: bool  # CC-CEDICT glosses the rendering with a word of the term
    elsewhere: tuple[Place, ...]  # source places of the term where the rendering is missing

    @property
    def share(self) -> float:
        return self.kept / self.pairs

    def as_term(self, author: str = "", document_id: int | None = None) -> Term:
        return Term(self.source, (self.rendering,), author=author, document_id=document_id)


def suggest_terms(
    pairs: Sequence[Pair],
    known: Iterable[Term] = (),
    progress: Callable[[float], None] | None = None,
) -> list[Candidate]:
    """Candidates the term base does not hold yet, strongest first."""
    report = progress or (lambda _share: None)
    english = _english_runs(pairs)
    report(0.3)
    chinese_units = _chinese_units(pairs)
    report(0.7)
    known = list(known)
    known_keys = {term.key for term in known}
    # A rendering the term base requires already belongs to its term: "order" is not proposed
    # for 世界秩序 when "world order" holds it.
    held = {rendering for term in known for rendering in term.renderings}
    found = [
        c
        for key, (surface, at) in english.items()
        if key not in known_keys and len(at) >= MIN_PAIRS
        for c in [_candidate(surface, at, chinese_units)]
        if c is not None and c.rendering not in held
    ]
    report(0.9)
    kept = _one_per_rendering(_without_nested(found, english))
    placed = [_with_places(c, pairs) for c in kept]
    report(1.0)
    return sorted(placed, key=lambda c: (-_weight(c), c.source))


def _weight(c: Candidate) -> float:
    return c.dice * c.kept


def _english_runs(pairs: Sequence[Pair]) -> dict[tuple[str, ...], tuple[str, set[int]]]:
    """Each candidate run's key → (its commonest spelling, the pairs it is in)."""
    spellings: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    at: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for index, pair in enumerate(pairs):
        if not pair.source or not pair.target:
            continue
        for seg in pair.source:
            for clause in _CLAUSE.findall(seg.text):
                words = list(_WORD.finditer(clause))
                for size in range(1, MAX_WORDS + 1):
                    for i in range(len(words) - size + 1):
                        run = [w.group() for w in words[i : i + size]]
                        if _is_candidate(run):
                            key = _run_key(run)
                            spellings[key][
                                clause[words[i].start() : words[i + size - 1].end()]
                            ] += 1
                            at[key].add(index)
    return {key: (_spelling(key, spellings[key]), at[key]) for key in at}


def _spelling(key: tuple[str, ...], spellings: Counter[str]) -> str:
    """The commonest spelling in the singular where there is one: a term is matched in the
    plural too, but not the other way round."""
    singular = [s for s, _ in spellings.most_common() if term_key(s) == key]
    return singular[0] if singular else spellings.most_common(1)[0][0]


def _is_candidate(run: list[str]) -> bool:
    if not (_edge_ok(run[0]) and _edge_ok(run[-1])):
        return False
    if len(run) == 1:
        # Adverbs and past tenses are no terms; a tagger would say more, but none ships offline.
        return not run[0].lower().endswith(("ly", "ed"))
    return not any(w.lower() in _INNER_STOPS for w in run[1:-1])


def _edge_ok(word: str) -> bool:
    lower = word.lower()
    return len(word) > 1 and lower not in FUNCTION_WORDS and lower not in _EDGE_WORDS


def _run_key(words: list[str]) -> tuple[str, ...]:
    """The run's words case-folded, a plural's last word singular: matched as terms are."""
    key = term_key(" ".join(words))
    last = key[-1]
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        return (*key[:-1], last[:-1])
    return key


class _ChineseUnits:
    """Every Chinese word and run of up to three adjacent words of each pair's translation,
    and the pairs each is in."""

    def __init__(self) -> None:
        self.at: dict[str, set[int]] = defaultdict(set)
        self.of: dict[int, set[str]] = defaultdict(set)  # pair → its units
        self.words: dict[str, tuple[str, ...]] = {}  # unit → its jieba words

    def add(self, index: int, words: list[str]) -> None:
        for size in range(1, MAX_CHINESE_WORDS + 1):
            for i in range(len(words) - size + 1):
                run = tuple(words[i : i + size])
                if run[0] in chinese.FUNCTION_WORDS or run[-1] in chinese.FUNCTION_WORDS:
                    continue
                if all(_HAN_ONLY.fullmatch(w) for w in run):
                    unit = "".join(run)
                    if len(unit) > 1:
                        self.at[unit].add(index)
                        self.of[index].add(unit)
                        self.words.setdefault(unit, run)


def _chinese_units(pairs: Sequence[Pair]) -> _ChineseUnits:
    units = _ChineseUnits()
    for index, pair in enumerate(pairs):
        if pair.source and pair.target:
            for seg in pair.target:
                units.add(index, [w.text for w in chinese.segment(seg.text)])
    return units


def _candidate(source: str, at: set[int], units: _ChineseUnits) -> Candidate | None:
    together: Counter[str] = Counter()
    for index in at:
        together.update(units.of[index])
    best: Candidate | None = None
    for unit, both in together.items():
        if both < MIN_PAIRS or both < MIN_SHARE * len(at):
            continue
        dice = 2 * both / (len(at) + len(units.at[unit]))
        glossed = _glossed(source, units.words[unit])
        if glossed and _as_verb(source, units.words[unit]):
            continue
        if dice < (MIN_DICE if glossed else MIN_DICE_UNGLOSSED):
            continue
        option = Candidate(source, unit, len(at), both, dice, glossed, ())
        if best is None or _strength(option) > _strength(best):
            best = option
    return best


def _strength(c: Candidate) -> tuple[bool, float, int]:
    # With equal association the longer rendering says more (世界秩序 over 秩序).
    return c.glossed, round(c.dice, 3), len(c.rendering)


def _glossed(source: str, words: tuple[str, ...]) -> bool:
    """Whether CC-CEDICT glosses one of the rendering's words with a word of the term."""
    found = lexicon()
    if found is None:
        return False
    stems = {stem(w) for w in term_key(source)}
    return any(stems & found.signature.get(word, frozenset()) for word in words)


def _as_verb(source: str, words: tuple[str, ...]) -> bool:
    """Whether a one-word term's rendering is a verb: CC-CEDICT glosses verbs "to X"."""
    found = lexicon()
    key = term_key(source)
    if found is None or len(key) != 1 or len(words) != 1:
        return False
    head = (stem(key[0]),)
    senses = [s for s in found.senses.get(words[0], ()) if s.head == head]
    return bool(senses) and all(s.gloss.startswith("to ") for s in senses)


def _without_nested(
    found: list[Candidate], english: dict[tuple[str, ...], tuple[str, set[int]]]
) -> list[Candidate]:
    """Leave out a candidate inside a longer one that is in (almost) all of its pairs:
    "world" when "world order" is there."""
    keys = {c.source: _run_key(c.source.split()) for c in found}
    kept = []
    for c in found:
        key = keys[c.source]
        pairs = len(english[key][1])
        inside = any(
            len(keys[o.source]) > len(key)
            and _contains(keys[o.source], key)
            and len(english[keys[o.source]][1]) >= 0.8 * pairs
            for o in found
        )
        if not inside:
            kept.append(c)
    return kept


def _one_per_rendering(found: list[Candidate]) -> list[Candidate]:
    """Of several terms with one rendering ("Zhou", "wife", "Zhou Rui's wife" → 周瑞家), the
    one it renders best; at a tie, the longest."""
    best: dict[str, Candidate] = {}
    for c in found:
        held = best.get(c.rendering)
        if held is None or (_weight(c), len(c.source)) > (_weight(held), len(held.source)):
            best[c.rendering] = c
    return list(best.values())


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(longer[i : i + size] == shorter for i in range(len(longer) - size + 1))


def _with_places(c: Candidate, pairs: Sequence[Pair]) -> Candidate:
    """The candidate with the places where its source is met but its rendering is not."""
    matcher = TermMatcher([Term(c.source, (c.rendering,))])
    missing = []
    for pair in pairs:
        if not pair.target or any(c.rendering in seg.text for seg in pair.target):
            continue
        for seg in pair.source:
            missing += [
                Place(seg.paragraph, seg.start + lo, seg.start + hi)
                for lo, hi, _ in matcher.find(seg.text)
            ]
    return Candidate(c.source, c.rendering, c.pairs, c.kept, c.dice, c.glossed, tuple(missing))
