"""How well the checks find mistranslations: known errors injected into real translations.

Reads the MAC chapters in ../shared/bench/mac/SPLIT (literary Chinese with its published
English translation and a gold sentence alignment; read from there, never copied), takes the
English as the source and the Chinese as the translation, one gold bead a pair, and injects
errors into the Chinese of some pairs, one a pair:

  sense      a word swapped for another CC-CEDICT sense of its English counterpart
  literal    an idiom's standard rendering replaced by the word-by-word one
  homophone  a character replaced by a same-sounding one, making no word
  omission   the pair's translation dropped
  untranslated  a word replaced by its English counterpart
  drift      the pair's translation replaced by one from far away in the chapter

Then it runs every check and prints, per check, the recall on its own injections and the
precision of its findings, and the false alarms (findings of any check) per 1,000 untouched
pairs. With --clean nothing is injected: only the false alarms are counted (for MAC-Test).

    .venv/bin/python bench/checks_quality.py [--split dev] [--rate 0.3] [--seed 1] [--clean]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.checks import CHECKS, Finding, Pair, Segment, run_checks
from reader.core.checks import literal as literal_check
from reader.core.checks.lexicon import Lexicon, lexicon
from reader.core.checks.model import CheckDocument
from reader.core.checks.reading import ChineseWord, PairReading, pair_readings
from reader.core.checks.senses import other_senses

MAC = Path(__file__).resolve().parents[2] / "shared" / "bench" / "mac"
KINDS = ("sense", "literal", "homophone", "omission", "untranslated", "drift")
SEMANTIC = ("sense", "literal", "homophone", "untranslated", "drift")
FAR = 20  # a drifted translation comes from at least this many pairs away


@dataclass
class Injection:
    kind: str
    pair: int
    side: str
    start: int  # in the pair's paragraph on that side
    end: int


def chapters(split: str) -> list[tuple[str, list[tuple[list[str], list[str]]]]]:
    folder = MAC / split
    if not folder.is_dir():
        sys.exit(f"no MAC data at {folder}")
    found = []
    for gold in sorted(folder.glob("*.gold")):
        zh = (folder / f"{gold.stem}.zh.txt").read_text("utf-8").splitlines()
        en = (folder / f"{gold.stem}.en.txt").read_text("utf-8").splitlines()
        beads = []
        for line in gold.read_text("utf-8").splitlines():
            left, right = line.split(":")
            zi = [int(x) for x in left.strip("[]").split(",") if x]
            ei = [int(x) for x in right.strip("[]").split(",") if x]
            if zi and ei:
                beads.append(([en[i] for i in ei], [zh[i] for i in zi]))
        found.append((gold.stem, beads))
    return found


def make_pairs(beads: list[tuple[list[str], list[str]]]) -> tuple[list[Pair], Places]:
    """The chapter as one paragraph on each side (sentences joined by a space in English,
    by nothing in Chinese, so that quotations over several sentences match), a pair a bead;
    and where each pair's sentences lie on each side."""
    pairs, places = [], Places()
    at = {"source": 0, "target": 0}
    for english, chinese in beads:
        source = _segments(english, " ", at, "source", places)
        target = _segments(chinese, "", at, "target", places)
        pairs.append(Pair(source, target))
    return pairs, places


class Places:
    """Which pair a side's offset belongs to."""

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {"source": [], "target": []}

    def add(self, side: str, start: int, end: int) -> None:
        self.spans[side].append((start, end))

    def pair_at(self, side: str, offset: int) -> int:
        spans = self.spans[side]
        index = bisect_right([s for s, _ in spans], offset) - 1
        return max(index, 0)


def _segments(sentences, separator, at, side, places) -> tuple[Segment, ...]:
    found = []
    start = at[side]
    for text in sentences:
        found.append(Segment(0, at[side], text))
        at[side] += len(text) + len(separator)
    places.add(side, start, at[side])
    return tuple(found)


# --- injections -------------------------------------------------------------------------------


def inject(beads: list, rng: random.Random, rate: float, lex: Lexicon) -> tuple[list, list]:
    pairs, _places = make_pairs(beads)
    doc = CheckDocument(pairs, {"source": "en", "target": "zh"})
    readings = pair_readings(doc)
    assert readings is not None
    made: list[Injection] = []
    counts: Counter[str] = Counter()
    for i, (english, _chinese) in enumerate(beads):
        if rng.random() >= rate:
            continue
        options = {
            kind: make for kind in KINDS if (make := _maker(kind, i, beads, readings, lex, rng))
        }
        if not options:
            continue
        kind = min(options, key=lambda k: (counts[k], rng.random()))
        chinese_new, injection = options[kind]()
        beads[i] = (english, chinese_new)
        counts[kind] += 1
        made.append(injection)
    return beads, made


Made = tuple[list[str], Injection]  # the pair's new Chinese sentences, what was injected
Maker = Callable[[], Made]


def _maker(
    kind: str, i: int, beads: list, readings: list[PairReading], lex: Lexicon, rng: random.Random
) -> Maker | None:
    """A function that makes an injection of this kind into pair i, if the pair allows one."""
    return MAKERS[kind](i, beads, readings[i], lex, rng)


def _omission(i: int, beads: list, _r: PairReading, _l: Lexicon, _g: random.Random) -> Maker:
    end = len(" ".join(beads[i][0]))
    return lambda: ([], Injection("omission", i, "source", 0, end))


def _drift(i: int, beads: list, _r: PairReading, _l: Lexicon, rng: random.Random) -> Maker | None:
    far = [j for j in range(len(beads)) if abs(j - i) >= FAR and beads[j][1]]
    if not far:
        return None
    other = "".join(beads[rng.choice(far)][1])
    return lambda: ([other], Injection("drift", i, "target", 0, len(other)))


def _sense(
    i: int, beads: list, reading: PairReading, lex: Lexicon, rng: random.Random
) -> Maker | None:
    choices = []
    for link in reading.links:
        word, stem = link.chinese.key, link.english.stem
        if len(word) >= 2 and lex.residual(word, stem):
            other = other_senses(lex, word, stem)
            if other:
                choices.append((link, other))
    if not choices:
        return None
    link, other = rng.choice(choices)
    return lambda: _replace("sense", i, beads, link.chinese, rng.choice(other), reading)


def _untranslated(
    i: int, beads: list, reading: PairReading, _l: Lexicon, rng: random.Random
) -> Maker | None:
    links = [link for link in reading.links if len(link.chinese.key) >= 2]
    if not links:
        return None
    link = rng.choice(links)
    return lambda: _replace("untranslated", i, beads, link.chinese, link.english.text, reading)


def _homophone(
    i: int, beads: list, reading: PairReading, lex: Lexicon, rng: random.Random
) -> Maker | None:
    options = _homophone_options(reading, lex)
    if not options:
        return None
    word, typo = rng.choice(options)
    return lambda: _replace("homophone", i, beads, word, typo, reading)


def _literal(
    i: int, beads: list, reading: PairReading, lex: Lexicon, _g: random.Random
) -> Maker | None:
    target = "".join(beads[i][1])
    for phrase in literal_check.figurative_phrases(reading):
        used = [r for r in phrase.renderings if literal_check.used(reading, r)]
        parts = [_first_rendering(lex, w.stem) for w in phrase.words]
        if used and all(parts):
            at, literal = target.find(used[0]), "".join(parts)
            new = target[:at] + literal + target[at + len(used[0]) :]
            return lambda: ([new], Injection("literal", i, "target", at, at + len(literal)))
    return None


MAKERS = {
    "sense": _sense,
    "literal": _literal,
    "homophone": _homophone,
    "omission": _omission,
    "untranslated": _untranslated,
    "drift": _drift,
}


def _replace(
    kind: str, i: int, beads: list, word: ChineseWord, new: str, reading: PairReading
) -> Made:
    target = "".join(beads[i][1])
    at = _offset(reading, word)
    text = target[:at] + new + target[at + (word.end - word.start) :]
    return [text], Injection(kind, i, "target", at, at + len(new))


def _offset(reading: PairReading, word: ChineseWord) -> int:
    at = 0
    for seg in reading.pair.target:
        if seg is word.segment:
            return at + word.start
        at += len(seg.text)
    raise ValueError(word)


def _homophone_options(reading: PairReading, lex: Lexicon) -> list[tuple[ChineseWord, str]]:
    options = []
    for word in reading.chinese:
        if not 2 <= len(word.key) <= 4 or lex.frequency(word.key) < 100:
            continue
        if lex.heads.get(word.key, frozenset()).isdisjoint(reading.english_stems):
            continue
        for k, char in enumerate(word.key):
            for sound in dict.fromkeys(p.rstrip("012345") for p in lex.pinyin(char)):
                for other in lex.sounding_toneless(sound)[:30]:
                    typo = word.key[:k] + other + word.key[k + 1 :]
                    if len(other) == 1 and other != char and not lex.knows(typo):
                        options.append((word, typo))
                        break
    return options


def _first_rendering(lex: Lexicon, stem: str) -> str:
    renderings = lex.renderings(stem)
    return next((w for w in renderings if len(w) == 2), renderings[0] if renderings else "")


# --- scoring ----------------------------------------------------------------------------------


def hits(finding: Located, injection: Injection) -> bool:
    if finding.check != injection.kind or finding.pair != injection.pair:
        return False
    if finding.side != injection.side:
        return False
    return finding.start < injection.end and injection.start < finding.end


@dataclass(frozen=True)
class Located:
    """A finding with its pair, and its offsets counted from that pair's first sentence."""

    check: str
    pair: int
    side: str
    start: int
    end: int


def locate(finding: Finding, places: Places, chapter: str) -> Located:
    pair = places.pair_at(finding.side, finding.start)
    base = places.spans[finding.side][pair][0]
    return Located(
        finding.check, _key(chapter, pair), finding.side, finding.start - base, finding.end - base
    )


def evaluate(split: str, rate: float, seed: int, clean: bool, show: str) -> None:
    rng = random.Random(seed)
    lex = lexicon()
    assert lex is not None, "CC-CEDICT is needed"
    injected: list[Injection] = []
    findings: list[Located] = []
    untouched = 0
    started = time.perf_counter()
    for name, beads in chapters(split):
        made: list[Injection] = []
        if not clean:
            beads, made = inject(list(beads), rng, rate, lex)
        pairs, places = make_pairs(beads)
        found = run_checks(pairs, "en", "zh")
        touched = {m.pair for m in made}
        untouched += len(pairs) - len(touched)
        located = [locate(f, places, name) for f in found]
        findings += located
        injected += [replace(m, pair=_key(name, m.pair)) for m in made]
        if show:
            _show(show, found, located, touched, name)
            _missed(show, made, located, beads, name)
    elapsed = time.perf_counter() - started
    _report(injected, findings, untouched, elapsed, clean)


def _missed(kind: str, made: list[Injection], located: list[Located], beads, name) -> None:
    for m in made:
        tagged = replace(m, pair=_key(name, m.pair))
        if m.kind == kind and not any(hits(f, tagged) for f in located):
            text = "".join(beads[m.pair][1])
            around = text[max(m.start - 8, 0) : m.end + 8]
            print(f"  missed {name}: {around!r} ({text[m.start : m.end]})")


def _show(check: str, found: list[Finding], located: list[Located], touched, name) -> None:
    for finding, where in zip(found, located, strict=True):
        if finding.check == check and where.pair % 100_000 not in touched:
            print(
                f"  {name} {finding.side} {finding.detail!r}: {finding.message} {finding.evidence}"
            )


def _key(chapter: str, number: int) -> int:
    return int(chapter) * 100_000 + number


def _report(injected, findings, untouched, elapsed, clean) -> None:
    touched = {m.pair for m in injected}
    false_alarms = [f for f in findings if f.pair not in touched]
    print(f"pairs untouched: {untouched}, injected: {len(injected)}  ({elapsed:.1f} s)")
    by_check = Counter(f.check for f in false_alarms)
    per_1000 = 1000 * len(false_alarms) / max(untouched, 1)
    print(f"false alarms: {len(false_alarms)} = {per_1000:.1f} per 1,000 untouched pairs")
    print("  by check: " + ", ".join(f"{c} {n}" for c, n in by_check.most_common()))
    if clean:
        return
    print(f"{'check':<14}{'injected':>9}{'found':>7}{'recall':>8}{'findings':>10}{'precision':>11}")
    for kind in KINDS:
        own = [m for m in injected if m.kind == kind]
        found = [m for m in own if any(hits(f, m) for f in findings)]
        listed = [f for f in findings if f.check == kind]
        right = [f for f in listed if any(hits(f, m) for m in injected)]
        recall = len(found) / len(own) if own else 0.0
        precision = len(right) / len(listed) if listed else 0.0
        print(
            f"{kind:<14}{len(own):>9}{len(found):>7}{recall:>8.2f}{len(listed):>10}"
            f"{precision:>11.2f}"
        )
    assert set(KINDS) <= set(CHECKS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--rate", type=float, default=0.3, help="share of pairs injected")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--clean", action="store_true", help="inject nothing: false alarms only")
    parser.add_argument("--show", default="", help="print this check's false alarms")
    args = parser.parse_args()
    evaluate(args.split, args.rate, args.seed, args.clean, args.show)


if __name__ == "__main__":
    main()
