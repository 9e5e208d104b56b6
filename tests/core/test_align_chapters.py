"""Two editions of a book: chapters aligned first, paragraphs only within aligned chapters."""

from __future__ import annotations

from reader.core.align import align_document

ENGLISH = [
    "Chapter One",
    "The current world order is changing quickly.",
    "Russia and China are partners in trade.",
    "Chapter Two",
    "Nobody expected the war to last so long.",
    "The sanctions did not work as planned.",
    "Chapter Three",
    "Their trade grows every year by a tenth.",
    "Oil and gas flow east through new pipelines.",
]
CHINESE = [
    "第一章",
    "当前的世界秩序正在迅速变化。",
    "俄罗斯和中国是贸易伙伴。",
    "第三章",
    "他们的贸易每年增长十分之一。",
    "石油和天然气通过新管道向东输送。",
]


def test_a_chapter_left_out_of_the_translation_is_left_out_whole() -> None:
    aligned = align_document(ENGLISH, CHINESE, chapters=((0, 3, 6), (0, 3)))
    assert [(b.src, b.tgt) for b in aligned.chapters] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    pairs = [(b.src, b.tgt) for b in aligned.paragraphs]
    assert pairs == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
        ((3,), ()),
        ((4,), ()),
        ((5,), ()),
        ((6,), (3,)),
        ((7,), (4,)),
        ((8,), (5,)),
    ]
    left_out = [
        b for b in aligned.sentences if aligned.src_sentences[b.src[0]].paragraph in (3, 4, 5)
    ]
    assert left_out and not any(b.tgt for b in left_out)


def test_without_chapters_on_both_sides_the_whole_text_is_aligned() -> None:
    aligned = align_document(ENGLISH, CHINESE, chapters=((0, 3, 6), ()))
    assert aligned.chapters == ()
    assert len(aligned.paragraphs) >= len(CHINESE)
