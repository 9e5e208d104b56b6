"""Correcting a document's alignment by hand: the use cases behind the Alignment menu.

Rows are paragraph beads, and sentence beads never cross a row. An edit of rows re-aligns the
sentences of the rows it changed and keeps every other sentence bead as it was. Each call saves
both units in one transaction before it returns, and returns the document as it now is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from typing import Literal

from reader.core.align import align
from reader.core.align import editing as ed
from reader.core.align.editing import AlignmentEditError, Beads, Progress, Side
from reader.core.document import Bead
from reader.core.errors import Conflict
from reader.services.views import DocumentView, SideView
from reader.store import repository
from reader.store.engine import Store

Unit = Literal["paragraph", "sentence"]
Direction = Literal["previous", "next"]
Edit = Callable[[Beads], Beads]


class Alignment:
    def __init__(
        self, store: Store, load: Callable[[int], DocumentView], expected: int | None = None
    ) -> None:
        self._store = store
        self._read = load
        self._expected = expected

    def at(self, version: int) -> Alignment:
        """The same edits, refused (core.errors.Conflict) unless the document's alignment is
        still at `version`: the one its editor saw."""
        return Alignment(self._store, self._read, version)

    def _load(self, doc_id: int) -> DocumentView:
        view = self._read(doc_id)
        if self._expected is not None and view.alignment_version != self._expected:
            raise Conflict(f"the alignment of “{view.title}”", view)
        return view

    # Edits of one bead, by unit ("paragraph" beads are the rows) and index.

    def merge(self, doc_id: int, unit: Unit, index: int) -> DocumentView:
        return self._edit(doc_id, unit, partial(ed.merge, i=index))

    def split(
        self, doc_id: int, unit: Unit, index: int, src_cut: int, tgt_cut: int
    ) -> DocumentView:
        return self._edit(
            doc_id, unit, partial(ed.split, i=index, src_cut=src_cut, tgt_cut=tgt_cut)
        )

    def move(self, doc_id: int, unit: Unit, index: int, side: Side, to: Direction) -> DocumentView:
        """The first unit of a side to the previous bead, or the last one to the next bead."""
        move = ed.move_first_to_previous if to == "previous" else ed.move_last_to_next
        return self._edit(doc_id, unit, partial(move, i=index, side=side))

    def mark_untranslated(self, doc_id: int, unit: Unit, index: int) -> DocumentView:
        return self._edit(doc_id, unit, partial(ed.mark_untranslated, i=index))

    def confirm(self, doc_id: int, unit: Unit, index: int) -> DocumentView:
        return self._edit(doc_id, unit, partial(ed.confirm, i=index))

    def split_row_at_sentence(self, doc_id: int, side: Side, sentence: int) -> DocumentView:
        """Split the row holding a sentence before that sentence's paragraph; the other side is
        cut where the row's sentence beads put the paragraph's first sentence."""
        view = self._load(doc_id)
        row, src_cut, tgt_cut = row_cut(view, side, sentence)
        return self._apply(
            view, "paragraph", partial(ed.split, i=row, src_cut=src_cut, tgt_cut=tgt_cut)
        )

    def rerun(
        self,
        doc_id: int,
        first: int,
        last: int,
        progress: Progress | None = None,
    ) -> DocumentView:
        """Re-run the aligner on rows first..last, keeping the confirmed and edited ones; then
        align the sentences of the rows that changed. `progress` receives 0 to 1."""
        view = self._load(doc_id)
        if view.target is None:
            raise AlignmentEditError(f"“{view.title}” has no translation to align")
        aligner = partial(_align_units, view, "paragraph")
        rows = ed.realign(
            view.paragraph_beads,
            first=first,
            last=last,
            aligner=aligner,
            progress=ed.scaled(progress, 0.0, 0.3),
        )
        sentences = _resentenced(view, rows, ed.scaled(progress, 0.3, 0.7))
        if progress is not None:
            # Also when nothing needed aligning; the last point where a progress callback that
            # raises (Cancel) stops the re-run, so a cancelled re-run saves nothing.
            progress(1.0)
        return self._save(view, rows, sentences)

    def restore(
        self, doc_id: int, paragraph_beads: Sequence[Bead], sentence_beads: Sequence[Bead]
    ) -> DocumentView:
        """Put back an alignment as it was (undo)."""
        view = self._load(doc_id)
        return self._save(view, tuple(paragraph_beads), tuple(sentence_beads))

    # The work.

    def _edit(self, doc_id: int, unit: Unit, edit: Edit) -> DocumentView:
        return self._apply(self._load(doc_id), unit, edit)

    def _apply(
        self, view: DocumentView, unit: Unit, edit: Edit, progress: Progress | None = None
    ) -> DocumentView:
        if view.target is None:
            raise AlignmentEditError(f"“{view.title}” has no translation to align")
        if unit == "paragraph":
            rows = edit(view.paragraph_beads)
            return self._save(view, rows, _resentenced(view, rows, progress))
        return self._save(view, view.paragraph_beads, edit(view.sentence_beads))

    def _save(self, view: DocumentView, rows: Beads, sentences: Beads) -> DocumentView:
        src, tgt = view.source, view.target
        ed.check(rows, len(src.paragraphs), len(tgt.paragraphs) if tgt else 0)
        ed.check(sentences, _count(src), _count(tgt) if tgt else 0)
        if tgt is not None:
            _check_within_rows(view, rows, sentences)
        with self._store.transaction() as session:
            if not repository.claim_alignment(session, view.id, view.alignment_version):
                raise Conflict(f"the alignment of “{view.title}”", self._read(view.id))
            repository.replace_beads(session, view.id, "paragraph", rows)
            repository.replace_beads(session, view.id, "sentence", sentences)
        changed = view.alignment_version + 1
        return replace(
            view, paragraph_beads=rows, sentence_beads=sentences, alignment_version=changed
        )


def row_cut(view: DocumentView, side: Side, sentence: int) -> tuple[int, int, int]:
    """(row, source cut, target cut) that splits a row before a sentence's paragraph.

    The other side's paragraphs that begin in an earlier sentence pair stay in the first part.
    """
    paragraph = _paragraph_of(view, side, sentence)
    row = ed.bead_of(view.paragraph_beads, side, paragraph)
    bead = view.paragraph_beads[row]
    other: Side = "target" if side == "source" else "source"
    cut_pair = _pair_starting(view, side, paragraph)
    before = sum(1 for p in _units(bead, other) if _pair_starting(view, other, p) < cut_pair)
    cut = _units(bead, side).index(paragraph)
    if cut == 0 and before == 0:
        raise AlignmentEditError(
            f"row {row + 1} starts with that sentence's paragraph: a row splits between paragraphs"
        )
    return (row, cut, before) if side == "source" else (row, before, cut)


def _pair_starting(view: DocumentView, side: Side, paragraph: int) -> int:
    """The sentence bead that holds a paragraph's first sentence."""
    first = _sentence_ranges(_side(view, side))[paragraph].start
    return ed.bead_of(view.sentence_beads, side, first)


def _units(bead: Bead, side: Side) -> tuple[int, ...]:
    return bead.src if side == "source" else bead.tgt


def _resentenced(view: DocumentView, rows: Beads, progress: Progress | None) -> Beads:
    """Sentence beads of unchanged rows kept; those of new or changed rows aligned afresh,
    except the confirmed and edited sentence beads that lie wholly inside one of them."""
    unchanged = {_key(row) for row in view.paragraph_beads}
    changed = [row for row in rows if _key(row) not in unchanged]
    aligner = partial(_align_units, view, "sentence")
    out: list[Bead] = []
    for row, before in zip(rows, _sentence_beads_by_row(view, rows), strict=True):
        if _key(row) in unchanged:
            out += before
            continue
        src, tgt = _row_sentences(view, row)
        done = changed.index(row)
        share = ed.scaled(progress, done / len(changed), 1 / len(changed))
        out += ed.align_around(before, src, tgt, aligner, share)
    return tuple(out)


RowKey = tuple[tuple[int, ...], tuple[int, ...]]


def _key(row: Bead) -> RowKey:
    return row.src, row.tgt


def _sentence_beads_by_row(view: DocumentView, rows: Beads) -> list[list[Bead]]:
    """The document's sentence beads that touch each of the given rows (one may touch two)."""
    row_of = _rows_of_sentences(view, rows)
    out: list[list[Bead]] = [[] for _ in rows]
    for bead in view.sentence_beads:
        found = {row_of["source", s] for s in bead.src} | {row_of["target", t] for t in bead.tgt}
        for row in sorted(found):
            out[row].append(bead)
    return out


def _check_within_rows(view: DocumentView, rows: Beads, sentences: Beads) -> None:
    row_of = _rows_of_sentences(view, rows)
    for bead in sentences:
        found = {row_of["source", s] for s in bead.src} | {row_of["target", t] for t in bead.tgt}
        if len(found) > 1:
            raise AlignmentEditError(
                f"a sentence bead may not cross rows {min(found) + 1} and {max(found) + 1}: "
                "merge the rows first"
            )


def _rows_of_sentences(view: DocumentView, rows: Beads) -> dict[tuple[str, int], int]:
    """The row of each (side, sentence number)."""
    where: dict[tuple[str, int], int] = {}
    ranges = {side: _sentence_ranges(_side(view, side)) for side in ("source", "target")}
    for index, row in enumerate(rows):
        for side, paragraphs in (("source", row.src), ("target", row.tgt)):
            for p in paragraphs:
                where.update(((side, s), index) for s in ranges[side][p])
    return where


def _row_sentences(view: DocumentView, row: Bead) -> tuple[tuple[int, ...], tuple[int, ...]]:
    src_ranges = _sentence_ranges(view.source)
    tgt_ranges = _sentence_ranges(_side(view, "target"))
    src = tuple(s for p in row.src for s in src_ranges[p])
    tgt = tuple(t for p in row.tgt for t in tgt_ranges[p])
    return src, tgt


def _align_units(
    view: DocumentView,
    unit: Unit,
    src: tuple[int, ...],
    tgt: tuple[int, ...],
    progress: Progress | None,
) -> Sequence[Bead]:
    """The aligner on units of the document given by their global indices."""
    target = _side(view, "target")
    texts = _sentence_texts if unit == "sentence" else _paragraph_texts
    src_texts, tgt_texts = texts(view.source), texts(target)
    return align(
        [src_texts[i] for i in src],
        [tgt_texts[j] for j in tgt],
        src_lang=view.source.lang,
        tgt_lang=target.lang,
        unit=unit,
        progress=progress,
    ).beads


def _paragraph_texts(side: SideView) -> tuple[str, ...]:
    return side.paragraphs


def _sentence_texts(side: SideView) -> list[str]:
    return [
        text[span.start : span.end]
        for text, spans in zip(side.paragraphs, side.sentences, strict=True)
        for span in spans
    ]


def _sentence_ranges(side: SideView) -> list[range]:
    """The global sentence numbers of each paragraph of a side."""
    out, start = [], 0
    for spans in side.sentences:
        out.append(range(start, start + len(spans)))
        start += len(spans)
    return out


def _paragraph_of(view: DocumentView, side: Side, sentence: int) -> int:
    for paragraph, numbers in enumerate(_sentence_ranges(_side(view, side))):
        if sentence in numbers:
            return paragraph
    raise AlignmentEditError(f"there is no {side} sentence {sentence + 1}")


def _count(side: SideView) -> int:
    return sum(len(spans) for spans in side.sentences)


def _side(view: DocumentView, side: Side) -> SideView:
    found = view.source if side == "source" else view.target
    if found is None:
        raise AlignmentEditError(f"“{view.title}” has no translation")
    return found
