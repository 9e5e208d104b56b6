"""Time the report writers on a large review: 10,000 annotations on 10,000 paragraphs.

    python bench/export.py                    # HTML, JSON and CSV (the targets: < 2 s each)
    python bench/export.py --all              # every format but PDF
    python bench/export.py --paragraphs 20000 --annotations 50000

Each time covers rendering, encoding and the atomic write of the file, on data in memory
(reading the document from the database is the annotation service's and the library's part).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from reader.core.anchors import anchor  # noqa: E402
from reader.core.document import Bead, SideText  # noqa: E402
from reader.core.mqm import CATEGORIES, SEVERITIES, Annotation  # noqa: E402
from reader.export.atomic import write_atomic  # noqa: E402
from reader.export.formats import FORMATS  # noqa: E402
from reader.export.model import ExportDocument  # noqa: E402

ENGLISH = (
    "Paragraph {i}: even for those who have a stake in the current order, the current order "
    "must change, and Beijing and Moscow share a long border that both sides watch closely."
)
CHINESE = (
    "第{i}段：即使对那些在当前秩序中有利害关系的人来说，当前秩序也必须改变，"
    "北京和莫斯科共享一条漫长的边界。"
)
TARGET_SECONDS = 2.0


def build(paragraphs: int, annotations: int) -> ExportDocument:
    source = SideText("en", tuple(ENGLISH.format(i=i) for i in range(paragraphs)))
    # Every 50th paragraph is left untranslated: a 1-0 bead.
    kept = [i for i in range(paragraphs) if i % 50 != 49]
    target = SideText("zh", tuple(CHINESE.format(i=i) for i in kept))
    beads, t = [], 0
    for i in range(paragraphs):
        if i % 50 == 49:
            beads.append(Bead((i,), ()))
        else:
            beads.append(Bead((i,), (t,)))
            t += 1
    src_text, tgt_text = source.text, target.text
    src_starts, tgt_starts = source.paragraph_starts(), target.paragraph_starts()
    made = []
    for n in range(annotations):
        p = n % paragraphs
        s = src_starts[p] + ENGLISH.format(i=p).index("the current order")
        anchors = [anchor("source", src_text, s, s + len("the current order"))]
        if p % 50 != 49 and n % 3:
            q = p - p // 50
            start = tgt_starts[q] + CHINESE.format(i=p).index("当前秩序")
            anchors.append(anchor("target", tgt_text, start, start + 4))
        made.append(
            Annotation(
                CATEGORIES[n % len(CATEGORIES)],
                SEVERITIES[n % len(SEVERITIES)],
                tuple(anchors),
                comment=f"comment {n} <with markup> & 中文",
                fix="当前秩序" if n % 2 else "",
                annotator=("ann", "李华", "bob")[n % 3],
                id=n + 1,
            )
        )
    return ExportDocument("Benchmark", source, target, tuple(beads), tuple(made), doc_id=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, default=10_000)
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--all", action="store_true", help="every format except PDF")
    args = parser.parse_args()
    names = [n for n in FORMATS if n != "pdf"] if args.all else ["html", "json", "csv"]
    start = time.perf_counter()
    doc = build(args.paragraphs, args.annotations)
    print(
        f"{args.paragraphs:,} paragraphs, {args.annotations:,} annotations "
        f"(built in {time.perf_counter() - start:.2f} s)"
    )
    slow = []
    with tempfile.TemporaryDirectory() as folder:
        for name in names:
            out = Path(folder) / f"bench{FORMATS[name].suffix}"
            start = time.perf_counter()
            write_atomic(out, FORMATS[name].encode(doc, lambda _done, _total: None))
            seconds = time.perf_counter() - start
            size = out.stat().st_size / 1e6
            print(f"{name:>6}  {seconds:6.2f} s  {size:7.1f} MB")
            if seconds > TARGET_SECONDS:
                slow.append(name)
    if slow:
        print(f"over {TARGET_SECONDS} s: {', '.join(slow)}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
