"""Time and peak memory of sentence alignment at 1k, 3k and 10k sentences per side, or of
paragraph alignment (--paragraphs) at 3k and 20k paragraphs per side.

    python bench/align_scale.py              # 1000 3000 10000 sentences
    python bench/align_scale.py 500 2000     # other sizes
    python bench/align_scale.py --paragraphs # 3000 20000 paragraphs

Each size runs in a fresh process, so the peak RSS (ru_maxrss) is that size's own, model
weights and dictionaries included. The text is the bundled Saker article (English) and its
Chinese translation, split into sentences and repeated until each side has N sentences; the
two sides are a real translation pair, with the paragraphs the translator dropped.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.sentences import split_sentences  # noqa: E402

SAKER = REPO / "corpus" / "saker-russia-china"


def sentences(path: Path, lang: str) -> list[str]:
    text = path.read_text(encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [p[s.start : s.end] for p in paras for s in split_sentences(p, lang)]


def repeated(units: list[str], n: int) -> list[str]:
    return [units[k % len(units)] for k in range(n)]


def paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def measure(n: int, unit: str = "sentence") -> dict:
    from reader.core.align import align

    if unit == "paragraph":
        en, zh = paragraphs(SAKER / "en.txt"), paragraphs(SAKER / "zh.txt")
    else:
        en = sentences(SAKER / "en.txt", "en")
        zh = sentences(SAKER / "zh.txt", "zh")
    # keep the sides' proportions: the Chinese half is shorter (dropped paragraphs)
    n_zh = round(n * len(zh) / len(en))
    start = time.perf_counter()
    result = align(repeated(en, n), repeated(zh, n_zh), src_lang="en", tgt_lang="zh", unit=unit)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"en": n, "zh": n_zh, "seconds": seconds, "peak_mb": peak_mb, "beads": len(result.beads)}


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--one":
        print(json.dumps(measure(int(argv[1]), argv[2])))
        return
    unit = "paragraph" if "--paragraphs" in argv else "sentence"
    sizes = [int(a) for a in argv if a.isdigit()]
    sizes = sizes or ([3000, 20000] if unit == "paragraph" else [1000, 3000, 10000])
    for n in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), unit],
            capture_output=True,
            text=True,
            check=True,
        )
        res = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{res['en']:>6} en x {res['zh']:>6} zh {unit}s: {res['seconds']:6.1f} s, "
            f"peak RSS {res['peak_mb']:6.0f} MB, {res['beads']} beads"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
