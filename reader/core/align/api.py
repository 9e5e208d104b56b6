"""The aligner's public entry points."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.core.align import embed, lexical
from reader.core.align.engine import Known, Params, align_units
from reader.core.align.scoring import Weights
from reader.core.chapters import chapter_runs
from reader.core.document import Bead, Span
from reader.core.sentences import split_sentences

Unit = Literal["paragraph", "sentence"]
PARAGRAPH_SHARE = 0.2  # of align_document's progress
Progress = Callable[[float], None]


@dataclass(frozen=True)
class AlignmentResult:
    beads: tuple[Bead, ...]
    signals: tuple[str, ...]


def align(
    src: Sequence[str],
    tgt: Sequence[str],
    *,
    src_lang: str = "en",
    tgt_lang: str = "zh",
    unit: Unit = "paragraph",
    progress: Progress | None = None,
    params: Params | None = None,
    known: tuple[Known, Known] | None = None,
) -> AlignmentResult:
    """Align two sequences of units (sentences or paragraphs) into monotone beads.

    Every index of each side is in exactly one bead, in order. Beads may be 0-1 or 1-0
    (additions, omissions) or join several units on either side. `known` is what the caller
    computed already for each side's units (engine.Known).
    """
    params = params or (Params() if unit == "sentence" else PARAGRAPH_PARAMS)
    result = align_units(src, tgt, src_lang, tgt_lang, params, progress, known)
    return AlignmentResult(tuple(result.beads), result.signals)


# Paragraphs are long and rarely merged; dropped paragraphs are the common problem, so a
# merge must clearly beat "pair one, drop the other" (per_extra) and dropping is not penalised.
PARAGRAPH_PARAMS = Params(
    max_bead=5,
    max_side=4,
    weights=Weights(
        lexical=1.0, skip=0.0, per_extra=0.1, size_power=0.0, margin=0.5, quote_end=0.0
    ),
)


@dataclass(frozen=True)
class SentenceRef:
    """A sentence of one side: its paragraph and its code-point span in that paragraph."""

    paragraph: int
    span: Span


@dataclass(frozen=True)
class DocumentAlignment:
    paragraphs: tuple[Bead, ...]  # indices are paragraph numbers
    sentences: tuple[Bead, ...]  # indices are global sentence numbers of each side
    src_sentences: tuple[SentenceRef, ...]
    tgt_sentences: tuple[SentenceRef, ...]
    signals: tuple[str, ...]
    chapters: tuple[Bead, ...] = ()  # of chapter numbers, when aligned chapter by chapter


def align_document(
    src_paragraphs: Sequence[str],
    tgt_paragraphs: Sequence[str],
    *,
    src_lang: str = "en",
    tgt_lang: str = "zh",
    progress: Progress | None = None,
    chapters: tuple[tuple[int, ...], tuple[int, ...]] = ((), ()),
) -> DocumentAlignment:
    """Paragraph beads first, then sentence beads inside each paragraph bead.

    Sentences never cross a paragraph bead, so a dropped paragraph gives 1-0 sentence beads.
    The encoder reads each side's sentences once, in large batches: a paragraph is embedded
    as the run of its sentences, and each bead's sentences are a slice of the same sums.
    `chapters` are the paragraphs that start a chapter on each side (a book's): given on both
    (and more than one on either), chapters are aligned first and paragraphs only within
    aligned chapters.
    """
    src_refs = _sentence_refs(src_paragraphs, src_lang)
    tgt_refs = _sentence_refs(tgt_paragraphs, tgt_lang)
    src_by_para = _by_paragraph(src_refs, len(src_paragraphs))
    tgt_by_para = _by_paragraph(tgt_refs, len(tgt_paragraphs))
    lexical_on = {src_lang, tgt_lang} == {"en", "zh"} and lexical.available()
    src = _Sentences([_text(src_paragraphs, r) for r in src_refs], src_lang, lexical_on)
    tgt = _Sentences([_text(tgt_paragraphs, r) for r in tgt_refs], tgt_lang, lexical_on)
    # Paragraphs first, a fifth of the work: reporting from inside it keeps a Cancel prompt
    # on a long book, whose paragraph pass alone takes a while.
    sides = _Side(src_paragraphs, src, src_by_para), _Side(tgt_paragraphs, tgt, tgt_by_para)
    para = _paragraph_pass(
        sides,
        (src_lang, tgt_lang),
        None if progress is None else lambda done: progress(PARAGRAPH_SHARE * done),
        chapters,
    )
    sentence_beads: list[Bead] = []
    signals = set(para.signals)
    for k, bead in enumerate(para.beads):
        src_ids = [i for p in bead.src for i in src_by_para[p]]
        tgt_ids = [j for p in bead.tgt for j in tgt_by_para[p]]
        inner = align(
            [src.texts[i] for i in src_ids],
            [tgt.texts[j] for j in tgt_ids],
            src_lang=src_lang,
            tgt_lang=tgt_lang,
            unit="sentence",
            known=(src.some(src_ids), tgt.some(tgt_ids)),
        )
        signals |= set(inner.signals) if src_ids and tgt_ids else set()
        sentence_beads += [
            Bead(tuple(src_ids[i] for i in b.src), tuple(tgt_ids[j] for j in b.tgt), b.confidence)
            for b in inner.beads
        ]
        if progress is not None:
            progress(PARAGRAPH_SHARE + (1 - PARAGRAPH_SHARE) * (k + 1) / len(para.beads))
    order = [s for s in ("embedding", "lexical", "length") if s in signals]
    return DocumentAlignment(
        para.beads, tuple(sentence_beads), src_refs, tgt_refs, tuple(order), para.chapters
    )


@dataclass(frozen=True)
class _Side:
    paragraphs: Sequence[str]
    sentences: _Sentences
    by_paragraph: list[list[int]]

    def known(self, paragraphs: Sequence[int]) -> Known:
        return self.sentences.paragraphs([self.by_paragraph[p] for p in paragraphs])


@dataclass(frozen=True)
class _ParagraphPass:
    beads: tuple[Bead, ...]
    signals: tuple[str, ...]
    chapters: tuple[Bead, ...] = ()


def _paragraph_pass(
    sides: tuple[_Side, _Side],
    langs: tuple[str, str],
    progress: Progress | None,
    chapters: tuple[tuple[int, ...], tuple[int, ...]],
) -> _ParagraphPass:
    """The paragraph beads: of the whole text, or chapter by chapter where both sides have
    chapters (the chapters' own beads come with them)."""
    src, tgt = sides
    runs = [
        chapter_runs(chapters[0], len(src.paragraphs)),
        chapter_runs(chapters[1], len(tgt.paragraphs)),
    ]
    if not (chapters[0] and chapters[1]) or max(len(runs[0]), len(runs[1])) < 2:
        whole = [range(len(src.paragraphs))], [range(len(tgt.paragraphs))]
        result = _align_runs(sides, whole, Bead((0,), (0,)), langs, progress)
        return _ParagraphPass(result.beads, result.signals)
    chapter_pass = align(
        ["\n".join(src.paragraphs[p] for p in run) for run in runs[0]],
        ["\n".join(tgt.paragraphs[p] for p in run) for run in runs[1]],
        src_lang=langs[0],
        tgt_lang=langs[1],
        known=(_joined(src, runs[0]), _joined(tgt, runs[1])),
    )
    beads: list[Bead] = []
    signals = set(chapter_pass.signals)
    for k, chapter in enumerate(chapter_pass.beads):
        result = _align_runs(sides, runs, chapter, langs, None)
        beads += result.beads
        signals |= set(result.signals)
        if progress is not None:
            progress((k + 1) / len(chapter_pass.beads))
    return _ParagraphPass(tuple(beads), tuple(signals), chapter_pass.beads)


def _joined(side: _Side, runs: list[range]) -> Known:
    return side.sentences.paragraphs(
        [[i for p in run for i in side.by_paragraph[p]] for run in runs]
    )


def _align_runs(
    sides: tuple[_Side, _Side],
    runs: Sequence[list[range]],
    chapter: Bead,
    langs: tuple[str, str],
    progress: Progress | None,
) -> AlignmentResult:
    """The paragraph beads of one bead of chapters (paragraph numbers of the whole side)."""
    src_ids = [p for c in chapter.src for p in runs[0][c]]
    tgt_ids = [p for c in chapter.tgt for p in runs[1][c]]
    if not (src_ids and tgt_ids):  # a chapter left out of the translation, or added to it
        lone = [Bead((p,), ()) for p in src_ids] + [Bead((), (q,)) for q in tgt_ids]
        return AlignmentResult(tuple(lone), ())
    src, tgt = sides
    inner = align(
        [src.paragraphs[p] for p in src_ids],
        [tgt.paragraphs[q] for q in tgt_ids],
        src_lang=langs[0],
        tgt_lang=langs[1],
        progress=progress,
        known=(src.known(src_ids), tgt.known(tgt_ids)),
    )
    beads = tuple(
        Bead(tuple(src_ids[i] for i in b.src), tuple(tgt_ids[j] for j in b.tgt), b.confidence)
        for b in inner.beads
    )
    return AlignmentResult(beads, inner.signals)


class _Sentences:
    """One side's sentences, read once: their token sums for the encoder and their tokens for
    the lexical signal. A paragraph is the run of its sentences; a bead's sentences a slice."""

    def __init__(self, texts: list[str], lang: str, lexical_on: bool) -> None:
        self.texts = texts
        self.sums = embed.token_sums(texts)
        self.tokens = lexical.unit_tokens(texts, lang) if lexical_on else None

    def paragraphs(self, by_paragraph: list[list[int]]) -> Known:
        if any(not ids for ids in by_paragraph):
            return Known()  # a paragraph with no sentence (all blank) is read whole
        tokens = self.tokens
        return Known(
            self.sums.joined(by_paragraph) if self.sums is not None else None,
            [[t for i in ids for t in tokens[i]] for ids in by_paragraph] if tokens else None,
        )

    def some(self, ids: list[int]) -> Known:
        if not ids:
            return Known()
        return Known(
            self.sums.take(ids) if self.sums is not None else None,
            [self.tokens[i] for i in ids] if self.tokens is not None else None,
        )


def _sentence_refs(paragraphs: Sequence[str], lang: str) -> tuple[SentenceRef, ...]:
    return tuple(
        SentenceRef(p, span)
        for p, text in enumerate(paragraphs)
        for span in split_sentences(text, lang)
    )


def _by_paragraph(refs: Sequence[SentenceRef], n: int) -> list[list[int]]:
    out: list[list[int]] = [[] for _ in range(n)]
    for index, ref in enumerate(refs):
        out[ref.paragraph].append(index)
    return out


def _text(paragraphs: Sequence[str], ref: SentenceRef) -> str:
    return paragraphs[ref.paragraph][ref.span.start : ref.span.end]
