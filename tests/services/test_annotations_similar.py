from annotation_docs import CHINESE, ENGLISH, add_documents, prepared

from reader.core.phrases import find_phrase
from reader.services.library import Library
from reader.services.senses import senses

DOC = 1


def _original(lib: Library):
    src = lib.annotations.quote_anchor(DOC, "source", "the current order", occurrence=0)
    tgt = lib.annotations.quote_anchor(DOC, "target", "当前订单", occurrence=0)
    return lib.annotations.flag(
        DOC, "Accuracy/Mistranslation", "major", [src, tgt], fix="当前秩序", annotator="ann"
    )


def _quotes(occurrence) -> list[tuple[str, int, str]]:
    return [(a.side, a.start, a.exact) for a in occurrence.anchors]


def test_find_similar_pairs_the_phrase_with_its_rendering_per_bead(small: Library) -> None:
    original = _original(small)
    found = small.annotations.find_similar(original.id or 0)
    second_en = ENGLISH[0].rindex("the current order")
    second_zh = CHINESE[0].rindex("当前订单")
    p1_en, p1_zh = len(ENGLISH[0]) + 2, len(CHINESE[0]) + 2
    assert [(o.document_id, o.bead, _quotes(o), o.flagged) for o in found] == [
        (
            1,
            0,
            [("source", second_en, "the current order"), ("target", second_zh, "当前订单")],
            False,
        ),
        # English case-insensitively; "purchase order"/采购订单 are not the phrase.
        (1, 1, [("source", p1_en, "The Current Order"), ("target", p1_zh, "当前订单")], False),
    ]


def test_flag_similar_copies_the_flag_in_one_step(small: Library) -> None:
    original = _original(small)
    found = small.annotations.find_similar(original.id or 0)
    flagged = small.annotations.flag_similar(original.id or 0, found[1:])
    assert len(flagged) == 1
    copy = flagged[0]
    assert (copy.category, copy.severity, copy.fix, copy.annotator) == (
        original.category,
        original.severity,
        "当前秩序",
        "ann",
    )
    assert copy.id != original.id and copy.anchors == found[1].anchors
    assert len(small.annotations.for_document(DOC)) == 2
    again = small.annotations.find_similar(original.id or 0)
    assert [o.flagged for o in again] == [False, True]


def test_find_similar_across_the_library(small_url: str) -> None:
    other = prepared(
        ("In the current order of things, nothing moves.",),
        ("在当前的秩序中，一切都不动。",),
        [prepared().paragraph_beads[0]],
        title="Another",
    )
    (other_id,) = add_documents(small_url, other)
    lib = Library.open(small_url, seed=False)
    original = _original(lib)
    assert {o.document_id for o in lib.annotations.find_similar(original.id or 0)} == {1}
    across = lib.annotations.find_similar(original.id or 0, whole_library=True)
    elsewhere = [o for o in across if o.document_id == other_id]
    assert [_quotes(o) for o in elsewhere] == [[("source", 3, "the current order")]]
    (copy,) = lib.annotations.flag_similar(original.id or 0, elsewhere)
    assert copy.document_id == other_id
    assert lib.annotations.for_document(other_id) == [copy]
    lib.close()


def test_a_phrase_matches_whole_words_and_any_case() -> None:
    text = "Order, border, ORDER and orders; 当前订单和订单"
    assert [text[s.start : s.end] for s in find_phrase(text, "order")] == ["Order", "ORDER"]
    assert [s.start for s in find_phrase(text, "订单")] == [35, 38]
    assert find_phrase(text, "  ") == []


def test_senses_tell_a_purchase_order_from_the_social_order() -> None:
    rows = senses("当前订单，当前秩序。")
    words = [row.word for row in rows]
    assert words == ["当前", "订单", "秩序"]  # each word once, in text order
    by_word = {row.word: row for row in rows}
    assert by_word["订单"].pinyin == "dìng dān"
    assert "(purchase) order" in by_word["订单"].glosses
    assert by_word["秩序"].pinyin == "zhì xù"
    assert {"social order", "the state (of society)"} <= set(by_word["秩序"].glosses)


def test_senses_give_every_reading_the_contextual_one_first() -> None:
    rows = [row for row in senses("银行") if row.word == "银行"]
    assert rows[0].pinyin == "yín háng" and "bank" in rows[0].glosses
    readings = [row.pinyin for row in senses("行") if row.word == "行"]
    assert {"xíng", "háng"} <= set(readings)
    assert senses("no Chinese here") == []
    # A particle shows the reading it has here only, not its rare senses (的 dī "a taxi").
    particle = [row for row in senses("当前的订单") if row.word == "的"]
    assert [row.pinyin for row in particle] == ["de"]
    assert not any("taxi" in gloss for row in particle for gloss in row.glosses)
