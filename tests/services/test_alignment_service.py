"""Editing a stored alignment: saved at once, sentence beads of untouched rows left alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reader.core.align import editing as ed
from reader.core.align.editing import CONFIRMED, EDITED, AlignmentEditError
from reader.core.document import Bead
from reader.core.errors import Conflict, InputError
from reader.services.library import Library
from reader.services.views import DocumentView, SideView

# The Saker piece: rows 3 and 4 pair source paragraphs 3 and 4 with target paragraphs 2 and 3.
MERGED_ROW = 3


@pytest.fixture
def saker(library: Library) -> DocumentView:
    doc_id = library.default_document_id()
    assert doc_id is not None
    return library.load_document(doc_id)


def reopened(db_url: str, doc_id: int) -> DocumentView:
    library = Library.open(db_url, seed=False)
    try:
        return library.load_document(doc_id)
    finally:
        library.close()


def first_sentence(side: SideView, paragraph: int) -> int:
    return sum(len(spans) for spans in side.sentences[:paragraph])


def sentences_of(view: DocumentView, rows: range) -> set[tuple[str, int]]:
    """Every (side, sentence number) in the paragraphs of the given rows."""
    out: set[tuple[str, int]] = set()
    for row in rows:
        bead = view.paragraph_beads[row]
        for name, side, paragraphs in (
            ("source", view.source, bead.src),
            ("target", view.target, bead.tgt),
        ):
            assert side is not None
            for p in paragraphs:
                start = first_sentence(side, p)
                out |= {(name, start + k) for k in range(len(side.sentences[p]))}
    return out


def untouched(view: DocumentView, rows: range) -> list[Bead]:
    """The sentence beads outside the given rows, in order."""
    inside = sentences_of(view, rows)
    return [
        b
        for b in view.sentence_beads
        if not ({("source", s) for s in b.src} | {("target", t) for t in b.tgt}) & inside
    ]


def test_merge_is_saved_at_once_and_leaves_other_rows_sentences_alone(
    library: Library, saker: DocumentView, db_url: str
) -> None:
    view = library.alignment.merge(saker.id, "paragraph", MERGED_ROW)
    merged = Bead((3, 4), (2, 3), 1.0, EDITED)
    assert view.paragraph_beads[MERGED_ROW] == merged
    assert len(view.paragraph_beads) == len(saker.paragraph_beads) - 1
    stored = reopened(db_url, saker.id)
    assert stored.paragraph_beads == view.paragraph_beads
    assert stored.sentence_beads == view.sentence_beads
    assert untouched(stored, range(MERGED_ROW, MERGED_ROW + 1)) == untouched(
        saker, range(MERGED_ROW, MERGED_ROW + 2)
    )
    inside = sentences_of(stored, range(MERGED_ROW, MERGED_ROW + 1))
    assert inside == sentences_of(saker, range(MERGED_ROW, MERGED_ROW + 2))


@pytest.mark.parametrize(("side", "paragraph"), [("source", 4), ("target", 3)])
def test_split_at_a_sentence_undoes_a_merge(
    library: Library, saker: DocumentView, side: str, paragraph: int
) -> None:
    library.alignment.merge(saker.id, "paragraph", MERGED_ROW)
    texts = saker.source if side == "source" else saker.target
    assert texts is not None
    sentence = first_sentence(texts, paragraph)
    view = library.alignment.split_row_at_sentence(saker.id, side, sentence)  # type: ignore[arg-type]
    assert [(b.src, b.tgt) for b in view.paragraph_beads] == [
        (b.src, b.tgt) for b in saker.paragraph_beads
    ]
    assert view.paragraph_beads[MERGED_ROW].status == EDITED
    with pytest.raises(AlignmentEditError, match="splits between paragraphs"):
        library.alignment.split_row_at_sentence(saker.id, side, sentence + 1)  # type: ignore[arg-type]


def test_mark_untranslated_and_confirm_rows(
    library: Library, saker: DocumentView, db_url: str
) -> None:
    library.alignment.mark_untranslated(saker.id, "paragraph", 2)
    library.alignment.confirm(saker.id, "paragraph", 0)
    stored = reopened(db_url, saker.id)
    assert stored.paragraph_beads[2:4] == (Bead((2,), (), 1.0, EDITED), Bead((), (1,), 1.0, EDITED))
    assert stored.paragraph_beads[0].status == CONFIRMED
    assert stored.paragraph_beads[0].src == saker.paragraph_beads[0].src
    assert untouched(stored, range(2, 4)) == untouched(saker, range(2, 3))


def second_sentence_bead_of_a_row(view: DocumentView) -> int:
    """The second sentence bead of the first row whose first two sentence beads are 1-1."""
    for row in range(len(view.paragraph_beads)):
        inside = sentences_of(view, range(row, row + 1))
        beads = [
            k
            for k, b in enumerate(view.sentence_beads)
            if ("source", (b.src or (-1,))[0]) in inside
        ]
        if len(beads) >= 2 and all(view.sentence_beads[k].shape == "1-1" for k in beads[:2]):
            return beads[1]
    raise AssertionError("no row with two 1-1 sentence beads")


def test_sentence_edits_stay_inside_their_row(
    library: Library, saker: DocumentView, db_url: str
) -> None:
    second = second_sentence_bead_of_a_row(saker)
    view = library.alignment.move(saker.id, "sentence", second, "source", "previous")
    before = saker.sentence_beads
    assert view.sentence_beads[second - 1].src == before[second - 1].src + before[second].src
    assert view.sentence_beads[second].src == ()
    assert view.paragraph_beads == saker.paragraph_beads
    assert reopened(db_url, saker.id).sentence_beads == view.sentence_beads
    first_of_row = second - 1
    with pytest.raises(AlignmentEditError, match="may not cross rows"):
        library.alignment.merge(saker.id, "sentence", first_of_row - 1)
    assert reopened(db_url, saker.id).sentence_beads == view.sentence_beads


def test_a_row_edit_keeps_the_checked_sentence_beads_inside_the_new_row(
    library: Library, saker: DocumentView
) -> None:
    second = second_sentence_bead_of_a_row(saker)
    row = ed.bead_of(saker.paragraph_beads, "source", _paragraph(saker, second))
    # An edit the aligner would not make: the row's second source sentence joins the first.
    library.alignment.move(saker.id, "sentence", second, "source", "previous")
    # And a confirmed sentence pair in the next row.
    cut = first_sentence(saker.source, saker.paragraph_beads[row + 1].src[0])
    confirmed = ed.bead_of(saker.sentence_beads, "source", cut)
    checked = library.alignment.confirm(saker.id, "sentence", confirmed).sentence_beads
    assert [b.status for b in checked[second - 1 : second + 1]] == [EDITED, EDITED]
    assert checked[confirmed].status == CONFIRMED
    merged = library.alignment.merge(saker.id, "paragraph", row)
    split = library.alignment.split_row_at_sentence(saker.id, "source", cut)
    for view in (merged, split):
        assert view.sentence_beads[second - 1 : second + 1] == checked[second - 1 : second + 1]
        assert view.sentence_beads[confirmed] == checked[confirmed]


def _paragraph(view: DocumentView, sentence_bead: int) -> int:
    """The source paragraph of a sentence bead's first source sentence."""
    first = view.sentence_beads[sentence_bead].src[0]
    return next(
        p for p in range(len(view.source.sentences)) if first_sentence(view.source, p + 1) > first
    )


def test_rerun_keeps_confirmed_and_edited_rows_and_reports_progress(
    library: Library, saker: DocumentView
) -> None:
    library.alignment.confirm(saker.id, "paragraph", 1)
    library.alignment.merge(saker.id, "paragraph", MERGED_ROW)
    edited = library.alignment.merge(saker.id, "paragraph", 6)
    fractions: list[float] = []
    last = len(edited.paragraph_beads) - 1
    view = library.alignment.rerun(saker.id, 0, last, fractions.append)
    assert view.paragraph_beads[1].status == CONFIRMED
    assert view.paragraph_beads[MERGED_ROW] == edited.paragraph_beads[MERGED_ROW]
    assert view.paragraph_beads[6] == edited.paragraph_beads[6]
    # The stretch after the kept rows is aligned afresh, as the aligner first did.
    assert [(b.src, b.tgt) for b in view.paragraph_beads[7:]] == [
        (b.src, b.tgt) for b in saker.paragraph_beads[9:]
    ]
    assert fractions and fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)


def test_restore_puts_the_alignment_back(
    library: Library, saker: DocumentView, db_url: str
) -> None:
    library.alignment.merge(saker.id, "paragraph", 0)
    library.alignment.mark_untranslated(saker.id, "sentence", 5)
    library.alignment.restore(saker.id, saker.paragraph_beads, saker.sentence_beads)
    assert reopened(db_url, saker.id) == replace(saker, alignment_version=3)  # 3 changes


def test_an_alignment_edit_on_an_older_version_is_refused(
    library: Library, saker: DocumentView
) -> None:
    seen = saker.alignment_version
    theirs = library.alignment.merge(saker.id, "paragraph", 0)  # another reviewer's edit
    assert theirs.alignment_version == seen + 1
    with pytest.raises(Conflict, match="changed by someone else") as refused:
        library.alignment.at(seen).mark_untranslated(saker.id, "paragraph", 3)
    assert refused.value.theirs == library.load_document(saker.id)
    undone = library.alignment.at(seen + 1).restore(
        saker.id, saker.paragraph_beads, saker.sentence_beads
    )
    assert undone.alignment_version == seen + 2


def test_bad_requests_are_input_errors_and_save_nothing(
    library: Library, saker: DocumentView, db_url: str
) -> None:
    last = len(saker.paragraph_beads) - 1
    with pytest.raises(InputError, match="last one"):
        library.alignment.merge(saker.id, "paragraph", last)
    with pytest.raises(InputError, match="no bead 999"):
        library.alignment.confirm(saker.id, "sentence", 998)
    with pytest.raises(InputError, match="do not cover"):
        library.alignment.restore(saker.id, saker.paragraph_beads[1:], saker.sentence_beads)
    assert reopened(db_url, saker.id) == saker


def test_a_document_without_translation_cannot_be_aligned(library: Library) -> None:
    alone = next(d for d in library.list_documents() if len(d.languages) == 1)
    with pytest.raises(InputError, match="no translation"):
        library.alignment.merge(alone.id, "paragraph", 0)
