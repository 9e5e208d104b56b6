"""A book cut into a document per chapter: each chapter of the original with the chapter (or
chapters) of the translation aligned with it, and the paragraph and sentence beads inside."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from reader.core.document import Bead, BilingualText, PreparedDocument, SideText
from reader.core.errors import InputError

TITLE_LENGTH = 120  # a chapter's first paragraph this short names it, if its mark does not


def chapter_runs(starts: tuple[int, ...], count: int) -> list[range]:
    """The paragraphs of each chapter, from the paragraphs that start one (text before the
    first chapter is a chapter of its own)."""
    cuts = sorted({0, *(s for s in starts if 0 < s < count), count}) if count else [0]
    return [range(a, b) for a, b in pairwise(cuts)]


def documents(prepared: PreparedDocument, book: str) -> list[PreparedDocument]:
    """The document of each bead of chapters (prepared.chapters), in order; a book without a
    translation gives a document per chapter."""
    text = prepared.text
    src_runs = chapter_runs(text.source.chapter_starts(), len(text.source.paragraphs))
    if len(src_runs) < 2:
        raise InputError("the book has no chapters to make documents of")
    if text.target is None:
        pairs: tuple[Bead, ...] = tuple(Bead((c,), ()) for c in range(len(src_runs)))
        tgt_runs: list[range] = []
    elif prepared.chapters:
        pairs = prepared.chapters
        tgt_runs = chapter_runs(text.target.chapter_starts(), len(text.target.paragraphs))
    else:
        raise InputError(
            "the translation has no chapters to pair with the original's: import both "
            "editions as EPUB books, or import the book as one document"
        )
    return [
        _part(prepared, book, _paragraphs(pair.src, src_runs), _paragraphs(pair.tgt, tgt_runs))
        for pair in pairs
    ]


def _paragraphs(chapters: tuple[int, ...], runs: list[range]) -> range:
    return range(runs[chapters[0]].start, runs[chapters[-1]].stop) if chapters else range(0)


@dataclass(frozen=True)
class _Cut:
    """What a part takes of one side of the book: paragraphs, and their sentences' numbers."""

    role: str
    paragraphs: range
    sentences: range


def _cut(prepared: PreparedDocument, role: str, paragraphs: range) -> _Cut:
    counts = [len(spans) for spans in prepared.sentences[role]]
    first = sum(counts[: paragraphs.start])
    return _Cut(
        role, paragraphs, range(first, first + sum(counts[paragraphs.start : paragraphs.stop]))
    )


def _part(prepared: PreparedDocument, book: str, src: range, tgt: range) -> PreparedDocument:
    # The first cut is the part's original: the book's, or a chapter only the translation has.
    cuts = [_cut(prepared, role, run) for role, run in (("source", src), ("target", tgt)) if run]
    sides = [_side(prepared, cut) for cut in cuts]
    if len(cuts) == 2:
        beads = _within(prepared.paragraph_beads, cuts, lambda cut: cut.paragraphs)
        sentence_beads = _within(prepared.sentence_beads, cuts, lambda cut: cut.sentences)
    else:
        beads, sentence_beads = tuple(Bead((p,), ()) for p in range(len(cuts[0].paragraphs))), ()
    roles = ("source", "target")
    text = BilingualText(
        f"{book} — {_title(sides[0])}",
        sides[0],
        sides[1] if len(sides) == 2 else None,
        prepared.text.metadata,
    )
    return PreparedDocument(
        text,
        {
            role: prepared.sentences[cut.role][cut.paragraphs.start : cut.paragraphs.stop]
            for role, cut in zip(roles, cuts, strict=False)
        },
        beads,
        sentence_beads,
        {
            role: prepared.sources[cut.role]
            for role, cut in zip(roles, cuts, strict=False)
            if cut.role in prepared.sources
        },
    )


def _side(prepared: PreparedDocument, cut: _Cut) -> SideText:
    side = prepared.text.source if cut.role == "source" else prepared.text.target
    assert side is not None  # a cut is made only of a side that is there
    run = slice(cut.paragraphs.start, cut.paragraphs.stop)
    return SideText(side.lang, side.paragraphs[run], side.marks[run] if side.marks else ())


def _within(
    beads: tuple[Bead, ...], cuts: list[_Cut], units: Callable[[_Cut], range]
) -> tuple[Bead, ...]:
    """The beads inside the two cuts, numbered from the cuts' starts."""
    src, tgt = units(cuts[0]), units(cuts[1])
    return tuple(
        Bead(
            tuple(i - src.start for i in b.src),
            tuple(j - tgt.start for j in b.tgt),
            b.confidence,
            b.status,
        )
        for b in beads
        if (b.src or b.tgt) and all(i in src for i in b.src) and all(j in tgt for j in b.tgt)
    )


def _title(side: SideText) -> str:
    """The chapter's title, as its mark gives it, else its first paragraph if short."""
    marks = side.marks[0] if side.marks else ()
    named = next((m.value for m in marks if m.kind == "chapter" and m.value), "")
    first = side.paragraphs[0]
    return named or (first if len(first) <= TITLE_LENGTH else first[:TITLE_LENGTH] + "…")
