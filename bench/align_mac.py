"""Score the aligner on MAC (zh source, en target) and compare with Gale-Church, same process.

    python bench/align_mac.py                 # MAC-Test, reader aligner + Gale-Church
    python bench/align_mac.py --split dev     # tuning split
    python bench/align_mac.py --out /tmp/pred # also write NAME.align files

The MAC data stays outside the repository (../shared/bench/mac relative to the repo root).
"""

from __future__ import annotations

import argparse
import importlib.util
import math
import sys
import time
from pathlib import Path
from types import ModuleType

import numpy as np

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO.parent / "shared" / "bench"
sys.path.insert(0, str(REPO))

from reader.core.align import align  # noqa: E402
from reader.core.document import Bead  # noqa: E402

Beads = list[tuple[tuple[int, ...], tuple[int, ...]]]


def load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("align_eval", BENCH / "align_eval.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"align_eval.py not found under {BENCH}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def documents(split: str) -> list[tuple[str, list[str], list[str]]]:
    folder = BENCH / "mac" / split
    names = sorted(p.name.split(".")[0] for p in folder.glob("*.gold"))
    return [
        (name, read_lines(folder / f"{name}.zh.txt"), read_lines(folder / f"{name}.en.txt"))
        for name in names
    ]


# --- Gale-Church (1993), bytes as length unit, GC93 priors; compact own implementation ---
_GC_PRIORS = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}


def _norm_logsf(x: float) -> float:
    """log(2 * (1 - Phi(|x|))), computed with erfc so it never underflows to -inf."""
    return math.log(max(math.erfc(abs(x) / math.sqrt(2.0)), 1e-300))


def gale_church(src: list[str], tgt: list[str], c: float = 1.0, s2: float = 6.8) -> Beads:
    ls = [len(s.encode()) for s in src]
    lt = [len(t.encode()) for t in tgt]
    n, m = len(ls), len(lt)
    cost = np.full((n + 1, m + 1), np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for (a, b), prior in _GC_PRIORS.items():
                if i < a or j < b or cost[i - a, j - b] == np.inf:
                    continue
                x, y = sum(ls[i - a : i]), sum(lt[j - b : j])
                mean = (x + y / c) / 2.0
                delta = (x * c - y) / math.sqrt(max(mean, 1e-9) * s2) if mean else 0.0
                val = cost[i - a, j - b] - math.log(prior) - _norm_logsf(delta)
                if val < cost[i, j]:
                    cost[i, j] = val
                    back[(i, j)] = (a, b)
    beads: Beads = []
    i, j = n, m
    while i or j:
        a, b = back[(i, j)]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    return beads[::-1]


def run(method, docs, evaluator: ModuleType, out: Path | None, tag: str) -> dict:
    total = evaluator.empty_counts()
    start = time.perf_counter()
    for name, zh, en in docs:
        pred = method(zh, en)
        if out is not None:
            (out / tag).mkdir(parents=True, exist_ok=True)
            lines = [Bead(s, t).as_text() for s, t in pred]
            (out / tag / f"{name}.align").write_text("\n".join(lines) + "\n", encoding="utf-8")
        gold = evaluator.read_beads(BENCH / "mac" / docs_split / f"{name}.gold")
        evaluator.add_counts(total, evaluator.counts(gold, pred))
    seconds = time.perf_counter() - start
    return {**evaluator.scores(total), "seconds": seconds}


def reader_method(zh: list[str], en: list[str]) -> Beads:
    result = align(zh, en, src_lang="zh", tgt_lang="en", unit="sentence")
    reader_method.signals = result.signals  # type: ignore[attr-defined]
    return [(b.src, b.tgt) for b in result.beads]


def print_row(label: str, res: dict) -> None:
    print(
        f"{label:<14} strict P/R/F1 {res['precision_strict']:.3f}/{res['recall_strict']:.3f}/"
        f"{res['f1_strict']:.3f}   lax P/R/F1 {res['precision_lax']:.3f}/{res['recall_lax']:.3f}/"
        f"{res['f1_lax']:.3f}   {res['seconds']:.2f} s"
    )


docs_split = "test"


def main(argv: list[str] | None = None) -> None:
    global docs_split
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test", choices=["dev", "test"])
    parser.add_argument("--out", type=Path, help="write NAME.align files under OUT/METHOD/")
    parser.add_argument("--no-gale-church", action="store_true")
    args = parser.parse_args(argv)
    docs_split = args.split
    evaluator = load_eval()
    docs = documents(args.split)
    print(f"MAC-{args.split}: {len(docs)} documents")
    res = run(reader_method, docs, evaluator, args.out, "reader")
    print_row("reader", res)
    print("signals:", ", ".join(getattr(reader_method, "signals", ())))
    if not args.no_gale_church:
        print_row("gale-church", run(gale_church, docs, evaluator, args.out, "gale_church"))


if __name__ == "__main__":
    main()
