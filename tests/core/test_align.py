"""The aligner on small hand-made cases (sentence and paragraph units)."""

from __future__ import annotations

import numpy as np
import pytest

from reader.core.align import AlignmentResult, align, embed
from reader.core.align.lexical import MAX_UNIT_CHARS, UnitFeatures
from reader.core.align.scoring import Scorer, Side, Weights
from reader.core.document import Bead

EN = [
    "The old fisherman went down to the sea before dawn.",
    "His boat was small and painted blue.",
    "He caught three large fish that morning.",
    "At noon he sold them at the market in town.",
    "Then he walked home and slept until evening.",
]
ZH = [
    "老渔夫天亮前就下海了。",
    "他的船很小，漆成了蓝色。",
    "那天早上他抓到了三条大鱼。",
    "中午他在镇上的市场把鱼卖了。",
    "然后他走回家，一直睡到傍晚。",
]


def pairs(result: AlignmentResult) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in result.beads]


def check_cover(result: AlignmentResult, n: int, m: int) -> None:
    """Every index of each side exactly once, in order; confidences in [0, 1]."""
    src = [i for b in result.beads for i in b.src]
    tgt = [j for b in result.beads for j in b.tgt]
    assert src == list(range(n))
    assert tgt == list(range(m))
    assert all(0.0 <= b.confidence <= 1.0 for b in result.beads)


def sentence_align(src: list[str], tgt: list[str]) -> AlignmentResult:
    result = align(src, tgt, src_lang="en", tgt_lang="zh", unit="sentence")
    check_cover(result, len(src), len(tgt))
    return result


def test_one_to_one() -> None:
    result = sentence_align(EN, ZH)
    assert pairs(result) == [((i,), (i,)) for i in range(5)]
    assert "length" in result.signals


def test_omission_gives_a_one_zero_bead() -> None:
    zh = ZH[:1] + ZH[2:]  # the translator dropped the sentence about the boat
    result = sentence_align(EN, zh)
    assert ((1,), ()) in pairs(result)
    assert ((2,), (1,)) in pairs(result)


def test_paragraph_omission_even_when_it_shares_words_with_a_neighbour() -> None:
    # as sentences (MAC-tuned) this one is absorbed into a 2-1 merge; paragraphs are stricter
    zh = ZH[:2] + ZH[3:]  # dropped: the three fish (the next paragraph sells "the fish")
    result = align(EN, zh, src_lang="en", tgt_lang="zh", unit="paragraph")
    check_cover(result, 5, 4)
    assert pairs(result) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,))]


def test_addition_gives_a_zero_one_bead() -> None:
    zh = [*ZH[:2], "译者注：这是一个关于天气和政治的长长的脚注，与原文毫无关系。", *ZH[2:]]
    result = sentence_align(EN, zh)
    assert ((), (2,)) in pairs(result)
    assert ((2,), (3,)) in pairs(result)


def test_merge_two_english_sentences_into_one_chinese() -> None:
    zh = [ZH[0], "他的船很小，漆成了蓝色，那天早上他用这条船抓到了三条大鱼。", *ZH[3:]]
    result = sentence_align(EN, zh)
    assert ((1, 2), (1,)) in pairs(result)


def test_split_one_english_sentence_into_two_chinese() -> None:
    en = [
        EN[0],
        "At noon he sold the fish at the market in town, then walked home and slept.",
        EN[4],
    ]
    zh = [
        ZH[0],
        "中午他在镇上的市场把鱼卖了。",
        "然后他走回家睡觉了。",
        "然后他走回家，一直睡到傍晚。",
    ]
    result = sentence_align(en, zh)
    assert ((1,), (1, 2)) in pairs(result)


def test_reordering_inside_a_bead() -> None:
    # the translation swaps the two sentences: only a 2-2 bead can hold them
    zh = [ZH[0], "那天早上他抓到了三条大鱼，", "他的船很小，漆成了蓝色。", *ZH[3:]]
    result = sentence_align(EN, zh)
    assert ((1, 2), (1, 2)) in pairs(result)
    assert ((0,), (0,)) in pairs(result)
    assert ((3,), (3,)) in pairs(result)


def test_two_two_bead_when_clauses_cross() -> None:
    # the first Chinese sentence holds the boat and the dawn; the fish come after it
    en = [
        "The morning was cold and grey.",
        "The old fisherman went down to the sea before dawn and caught three large fish.",
        "His boat was small and painted blue.",
        "At noon he sold them at the market in town.",
    ]
    zh = ["那天早上又冷又阴。", "老渔夫的船很小，漆成了蓝色，他天亮前就下海了。", *ZH[2:4]]
    result = sentence_align(en, zh)
    assert pairs(result) == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


# A short line of speech between a quotation and narration: the embeddings alone attach it to
# the narration that follows; that the quotation closes on both sides puts it with the speech.
SPEECH_ZH = ["老人说：“鱼都卖完了。”", "他回家吃了晚饭，一直睡到天亮。"]
SPEECH_EN = [
    "'All the fish are sold,' said the old man.",
    "'Home now.'",
    "He went home, ate his supper and slept until dawn.",
]


def test_closing_quotes_place_a_short_line_of_speech() -> None:
    result = align(SPEECH_ZH, SPEECH_EN, src_lang="zh", tgt_lang="en", unit="sentence")
    assert pairs(result) == [((0,), (0, 1)), ((1,), (2,))]
    result = sentence_align(SPEECH_EN, SPEECH_ZH)
    assert pairs(result) == [((0, 1), (0,)), ((2,), (1,))]


def quote_side(closes: list[bool]) -> Side:
    return Side({}, np.full(len(closes), 20.0), closes_quote=np.array(closes))


def test_quote_agreement_only_when_both_sides_use_quotes() -> None:
    # a translation that introduces speech with a colon and no marks: the English closing
    # quotes must not score bead ends at all
    en = quote_side([False, True, False, True])
    scorer = Scorer(quote_side([False] * 4), en, Weights(), [(1, 1)])
    assert not scorer.boundary(2, np.arange(5)).any()
    scorer = Scorer(quote_side([False, True, False, False]), en, Weights(), [(1, 1)])
    assert scorer.boundary(2, np.arange(5)).tolist() == pytest.approx([0, -0.15, 0.15, -0.15, 0.15])


@pytest.mark.parametrize(("n", "m"), [(0, 0), (3, 0), (0, 2)])
def test_empty_sides(n: int, m: int) -> None:
    result = align(EN[:n], ZH[:m], unit="sentence")
    check_cover(result, n, m)
    assert all(not b.src or not b.tgt for b in result.beads)


def test_one_paragraph_on_a_side() -> None:
    result = align([" ".join(EN)], ["".join(ZH)], src_lang="en", tgt_lang="zh")
    assert pairs(result) == [((0,), (0,))]
    result = align([" ".join(EN)], [*ZH[:1], "".join(ZH[1:])], src_lang="en", tgt_lang="zh")
    check_cover(result, 1, 2)
    assert pairs(result) == [((0,), (0, 1))]


def test_very_long_paragraphs() -> None:
    en = [" ".join(EN * 40), EN[0], " ".join(EN[1:] * 30)]
    zh = ["".join(ZH * 40), ZH[0], "".join(ZH[1:] * 30)]
    result = align(en, zh, src_lang="en", tgt_lang="zh")
    assert pairs(result) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_zh_as_source_like_mac() -> None:
    result = align(ZH, EN, src_lang="zh", tgt_lang="en", unit="sentence")
    assert pairs(result) == [((i,), (i,)) for i in range(5)]


def test_without_embeddings_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "available", lambda: False)
    result = sentence_align(EN, ZH)
    assert "embedding" not in result.signals
    assert pairs(result) == [((i,), (i,)) for i in range(5)]


def test_progress_is_reported_and_ends_at_one() -> None:
    seen: list[float] = []
    align(EN, ZH, unit="sentence", progress=seen.append)
    assert seen and seen[-1] == 1.0
    assert all(0.0 <= v <= 1.0 for v in seen)


def test_bead_text_form() -> None:
    assert Bead((1, 2), ()).as_text() == "[1,2]:[]"


def test_align_document_nests_sentences_in_paragraph_beads() -> None:
    from reader.core.align import align_document

    en = [
        " ".join(EN[:2]),
        "A paragraph the translator left out entirely. It has two sentences.",
        " ".join(EN[2:]),
    ]
    zh = ["".join(ZH[:2]), "".join(ZH[2:])]
    doc = align_document(en, zh, src_lang="en", tgt_lang="zh")
    assert [(b.src, b.tgt) for b in doc.paragraphs] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert len(doc.src_sentences) == 7 and len(doc.tgt_sentences) == 5
    assert [(b.src, b.tgt) for b in doc.sentences] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), ()),
        ((3,), ()),
        ((4,), (2,)),
        ((5,), (3,)),
        ((6,), (4,)),
    ]
    assert doc.src_sentences[2].paragraph == 1


def test_an_over_long_unit_costs_no_more_than_its_ends() -> None:
    # A book with no sentence ends is one unit: its embedding is read from its opening and
    # closing tokens and its words from its opening, so time and memory stay bounded
    # (bench/long_units.py imports 5 MB).
    if not embed.available():
        pytest.skip("the sentence encoder is not installed")
    long_text = "the current order must change " * 20_000
    runs = embed.RunEmbedder([long_text, long_text[:2000]])
    assert runs._lens is not None and runs._lens[0] == embed.MAX_SENTENCE_TOKENS
    features = UnitFeatures([long_text], "en")
    assert sum(len(unit) for unit in features.en) <= MAX_UNIT_CHARS // 3


def test_a_long_document_is_embedded_by_a_share_of_each_unit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The encoder's cost is in its tokens: a side of 20,000 paragraphs reads about 30 of each
    # (bench/align_scale.py --paragraphs), a short document every token up to 512.
    assert embed.tokens_per_unit(40) == embed.MAX_SENTENCE_TOKENS
    assert embed.tokens_per_unit(20_000) == embed.MIN_UNIT_TOKENS
    assert embed.tokens_per_unit(embed.SIDE_TOKENS // 100) == 100
    if not embed.available():
        pytest.skip("the sentence encoder is not installed")
    monkeypatch.setattr(embed, "SIDE_TOKENS", 200)  # five units: 40 tokens each
    opening, closing = "Russia and China agree. ", "The weather is cold in winter. "
    runs = embed.RunEmbedder([opening * 30 + closing * 30] + ["A short line."] * 4)
    assert runs._lens is not None and runs._lens[0] == 40 and runs._lens[1] < 40
    unit = runs.runs(1)[0]
    about_opening, about_closing = embed.embed([opening.strip(), closing.strip()])
    # both ends are read: the closing counts (the opening alone gives 0.07 here)
    assert float(unit @ about_closing) > 0.3 and float(unit @ about_opening) > 0.5
