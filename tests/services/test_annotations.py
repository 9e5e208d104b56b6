from dataclasses import replace
from datetime import UTC

import pytest
from annotation_docs import CHINESE, ENGLISH, add_documents, prepared

from reader.core.anchors import Anchor
from reader.core.errors import Conflict, InputError
from reader.core.mqm import Annotation
from reader.services.library import Library

DOC = 1


def flag_order(lib: Library, **fields: str) -> Annotation:
    """The issue's example: "the current order" rendered 当前订单 (a purchase order)."""
    src = lib.annotations.quote_anchor(DOC, "source", "the current order", occurrence=0)
    tgt = lib.annotations.quote_anchor(DOC, "target", "当前订单", paragraph=0, occurrence=0)
    return lib.annotations.flag(
        DOC,
        fields.get("category", "Accuracy/Mistranslation"),
        fields.get("severity", "major"),
        [src, tgt],
        comment=fields.get("comment", "order of society, not a purchase order"),
        fix="当前秩序",
        annotator=fields.get("annotator", "ann"),
    )


def test_flag_links_a_source_and_a_target_span(small: Library) -> None:
    flagged = flag_order(small)
    assert flagged.id is not None and flagged.document_id == DOC and flagged.status == "open"
    src, tgt = flagged.anchors
    assert (src.side, src.start, src.end, src.exact) == ("source", 35, 52, "the current order")
    assert (tgt.side, tgt.exact, tgt.suffix[:3]) == ("target", "当前订单", "中有利")
    assert flagged.created_at is not None and flagged.created_at.tzinfo == UTC
    assert small.annotations.get(flagged.id) == flagged
    # A second session sees the same thing: nothing was held back in memory.
    other = Library.open(small.url, seed=False)
    assert other.annotations.get(flagged.id) == flagged
    other.close()


def test_flag_all_saves_every_draft_or_none(small: Library) -> None:
    src = small.annotations.quote_anchor(DOC, "source", "the current order", occurrence=0)
    good = Annotation("Accuracy/Mistranslation", "major", (src,))
    stale = replace(good, anchors=(replace(src, exact="the current world order"),))
    with pytest.raises(InputError, match="does not read"):
        small.annotations.flag_all(DOC, [good, stale])
    assert small.annotations.for_document(DOC) == []
    saved = small.annotations.flag_all(DOC, [good, good])
    assert [a.anchors for a in saved] == [(src,), (src,)]
    assert small.annotations.for_document(DOC) == saved


def test_an_omission_has_a_source_span_only(small: Library) -> None:
    whole = small.annotations.span_anchor(DOC, "source", 2)  # the 1-0 bead's paragraph
    flagged = small.annotations.flag(DOC, "Accuracy/Omission", "critical", [whole])
    assert flagged.anchor_on("target") is None
    assert flagged.anchors[0].exact == ENGLISH[2]
    part = small.annotations.span_anchor(DOC, "source", 1, 4, 17)
    assert part.exact == "Current Order"


def test_edit_resolve_reopen(small: Library) -> None:
    flagged = flag_order(small)
    edited = small.annotations.update(replace(flagged, severity="critical", comment="worse"))
    assert (edited.severity, edited.comment, edited.created_at) == (
        "critical",
        "worse",
        flagged.created_at,
    )
    assert edited.modified_at is not None and flagged.modified_at is not None
    assert edited.modified_at > flagged.modified_at
    assert small.annotations.resolve(flagged.id or 0).status == "resolved"
    assert small.annotations.get(flagged.id or 0).status == "resolved"
    reopened = small.annotations.reopen(flagged.id or 0)
    assert reopened.status == "open"
    # Moving a span: the new one is re-read from the text.
    moved = small.annotations.update(replace(reopened, anchors=(Anchor("source", 58, 71, ""),)))
    assert moved.anchors == (small.annotations.span_anchor(DOC, "source", 0, 58, 71),)
    assert moved.anchors[0].exact == "current order"


def test_an_edit_made_on_an_older_version_is_refused_with_theirs(small: Library) -> None:
    mine = flag_order(small)
    theirs = small.annotations.update(replace(mine, comment="theirs"))  # another reviewer
    assert theirs.version > mine.version
    with pytest.raises(Conflict, match="changed by someone else") as refused:
        small.annotations.update(replace(mine, comment="mine"))
    assert refused.value.theirs == theirs
    for change in (
        lambda: small.annotations.resolve(mine.id or 0, mine.version),
        lambda: small.annotations.accept_fix(mine.id or 0, True, mine.version),
        lambda: small.annotations.delete(mine.id or 0, mine.version),
    ):
        with pytest.raises(Conflict):
            change()
    assert small.annotations.get(mine.id or 0) == theirs  # nothing was saved
    small.annotations.delete(mine.id or 0, theirs.version)
    with pytest.raises(Conflict, match="deleted by someone else") as gone:
        small.annotations.update(replace(theirs, comment="too late"))
    assert gone.value.theirs is None


def test_delete_then_restore_brings_back_the_same_annotation(small: Library) -> None:
    first, second = flag_order(small), flag_order(small, severity="minor")
    deleted = small.annotations.delete(second.id or 0)
    assert deleted == second
    assert small.annotations.for_document(DOC) == [first]
    with pytest.raises(InputError, match="no annotation"):
        small.annotations.get(second.id or 0)
    restored = small.annotations.restore(deleted)
    assert replace(restored, version=second.version) == second
    assert restored.version > second.version  # a change like any other
    assert small.annotations.for_document(DOC) == [first, restored]
    with pytest.raises(InputError, match="exists"):
        small.annotations.restore(deleted)


def test_filters(small: Library) -> None:
    a = flag_order(small, annotator="ann")
    b = flag_order(small, severity="minor", annotator="bob")
    c = flag_order(small, category="Fluency/Register", severity="minor", annotator="bob")
    small.annotations.resolve(c.id or 0)
    ids = lambda **f: [x.id for x in small.annotations.for_document(DOC, **f)]  # noqa: E731
    assert ids() == [a.id, b.id, c.id]
    assert ids(severity="minor") == [b.id, c.id]
    assert ids(annotator="bob", status="open") == [b.id]
    assert ids(category="Accuracy/Mistranslation") == [a.id, b.id]
    assert ids(severity=["major", "critical"], status=("open",)) == [a.id]
    assert ids(status="resolved") == [c.id]
    assert ids(annotator="nobody") == []


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: a.flag(DOC, "Accuracy/Nonsense", "major", [_src()]), "unknown MQM category"),
        (lambda a: a.flag(DOC, "Other", "huge", [_src()]), "unknown severity"),
        (lambda a: a.flag(DOC, "Other", "minor", []), "needs a span"),
        (lambda a: a.flag(DOC, "Other", "minor", [_src(), _src()]), "one span per side"),
        (lambda a: a.flag(DOC, "Other", "minor", [Anchor("source", 5, 999, "")]), "outside"),
        (lambda a: a.flag(DOC, "Other", "minor", [Anchor("source", 0, 4, "Odd")]), "read"),
        (lambda a: a.flag(42, "Other", "minor", [_src()]), "no document"),
        (lambda a: a.quote_anchor(DOC, "source", "the current order"), "occurs 2 times"),
        (lambda a: a.quote_anchor(DOC, "target", "秩序"), "not in the target"),
        (lambda a: a.quote_anchor(DOC, "source", "order", paragraph=7), "no paragraph 7"),
        (lambda a: a.quote_anchor(DOC, "source", "Even", occurrence=3), "only 1 times"),
        (lambda a: a.get(999), "no annotation"),
        (lambda a: a.for_document(42), "no document"),
    ],
)
def test_bad_input_is_one_clear_error(small: Library, call, message: str) -> None:
    with pytest.raises(InputError, match=message):
        call(small.annotations)
    assert small.annotations.for_document(DOC) == []


def _src() -> Anchor:
    return Anchor("source", 0, 4, "Even")


def test_quote_within_a_paragraph_and_case_sensitive(small: Library) -> None:
    second = small.annotations.quote_anchor(DOC, "source", "the current order", occurrence=1)
    assert second.start == ENGLISH[0].rindex("the current order")
    in_p1 = small.annotations.quote_anchor(DOC, "source", "Current Order", paragraph=1)
    assert in_p1.start == len(ENGLISH[0]) + 2 + 4
    tgt = small.annotations.quote_anchor(DOC, "target", "采购订单")
    assert tgt.start == len(CHINESE[0]) + 2 + CHINESE[1].index("采购订单")


def test_offsets_count_code_points_past_a_character_outside_the_bmp(empty_url: str) -> None:
    url = empty_url
    english = ("The 𠀀 sign precedes the current order.",)
    chinese = ("𠀀号在当前订单之前。",)
    add_documents(url, prepared(english, chinese, [prepared().paragraph_beads[0]]))
    lib = Library.open(url, seed=False)
    src = lib.annotations.quote_anchor(DOC, "source", "the current order")
    tgt = lib.annotations.quote_anchor(DOC, "target", "当前订单")
    assert (src.start, tgt.start) == (20, 3)  # UTF-16 would count 21 and 4
    flagged = lib.annotations.flag(DOC, "Accuracy/Mistranslation", "major", [src, tgt])
    stored = lib.annotations.get(flagged.id or 0)
    assert english[0][stored.anchors[0].start : stored.anchors[0].end] == "the current order"
    assert chinese[0][stored.anchors[1].start : stored.anchors[1].end] == "当前订单"
    assert stored.anchors[1].prefix == "𠀀号在"
    lib.close()


def test_scores_are_the_wmt_weights_over_source_words(small: Library) -> None:
    # Words: paragraph 0 has 16, paragraph 1 has 8, paragraph 2 has 5; 29 in all.
    flag_order(small)  # major: 5 in paragraph 0
    omitted = small.annotations.span_anchor(DOC, "source", 2)
    small.annotations.flag(DOC, "Accuracy/Omission", "critical", [omitted])  # 10 in paragraph 2
    stop = small.annotations.quote_anchor(DOC, "target", "。", paragraph=1)
    small.annotations.flag(DOC, "Fluency/Punctuation", "minor", [stop])  # 0.1, via bead 1
    not_translated = small.annotations.quote_anchor(DOC, "source", "purchase")
    small.annotations.flag(DOC, "Non-translation", "minor", [not_translated])  # 25
    neutral = small.annotations.flag(DOC, "Other", "neutral", [_src()])  # counts for nothing
    small.annotations.resolve(neutral.id or 0)

    result = small.annotations.score(DOC)
    assert (result.total.words, result.total.errors) == (29, 4)
    assert result.total.penalty == pytest.approx(40.1)
    assert result.total.per_thousand_words == pytest.approx(40.1 * 1000 / 29)
    paragraphs = [(p.penalty, p.words, p.errors) for p in result.paragraphs]
    assert paragraphs == [(5, 16, 1), (pytest.approx(25.1), 8, 2), (10, 5, 1)]
    assert result.paragraphs[2].per_thousand_words == pytest.approx(2000)


def test_score_of_a_document_without_annotations(small: Library) -> None:
    result = small.annotations.score(DOC)
    assert (result.total.penalty, result.total.errors, result.total.words) == (0, 0, 29)
    assert len(result.paragraphs) == 3
