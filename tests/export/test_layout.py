from dataclasses import replace

from reader.core.anchors import anchor
from reader.core.mqm import Annotation
from reader.export.highlight import Mark, Piece, pieces
from reader.export.layout import Layout
from reader.export.model import ExportDocument
from reader.export.stats import summarise
from tests.export.sample import SOURCE, TARGET


def test_overlapping_marks_cut_the_text_and_keep_the_gravest_severity() -> None:
    out = pieces("北京和莫斯科共享边界", 10, [Mark(13, 18, 1, "neutral"), Mark(16, 20, 2, "major")])
    assert out == [
        Piece("北京和"),
        Piece("莫斯科", "neutral", (1,)),
        Piece("共享", "major", (1, 2), ends=(1,)),
        Piece("边界", "major", (2,), ends=(2,)),
    ]


def test_a_zero_width_mark_is_an_empty_piece_at_its_place() -> None:
    assert pieces("abc", 0, [Mark(0, 0, 3, "minor"), Mark(2, 2, 4, "major")]) == [
        Piece("", "minor", (3,), (3,)),
        Piece("ab"),
        Piece("", "major", (4,), (4,)),
        Piece("c"),
    ]


def test_marks_outside_the_paragraph_are_ignored_and_spanning_ones_clipped() -> None:
    assert pieces("abc", 100, [Mark(0, 10, 1, "minor")]) == [Piece("abc")]
    assert pieces("abc", 100, [Mark(90, 101, 1, "minor")]) == [
        Piece("a", "minor", (1,), (1,)),
        Piece("bc"),
    ]


def test_annotations_are_placed_in_their_bead_in_reading_order(doc: ExportDocument) -> None:
    layout = Layout(doc)
    assert [s.index for s in layout.segments] == [0, 1, 2]
    assert layout.segments[2].spans["target"] is None  # the omitted paragraph
    assert [a.id for a in layout.annotations_in(layout.segments[1])] == [4, 1, 2]
    assert [(i, a.id) for i, a in layout.placed] == [(0, 5), (1, 4), (1, 1), (1, 2), (2, 3)]
    assert layout.segment_text(layout.segments[1], "source") == "\n\n".join(SOURCE.paragraphs[1:3])


def test_an_orphan_is_listed_last_and_not_counted(doc: ExportDocument) -> None:
    gone = replace(anchor("target", TARGET.text, 0, 2), orphaned=True)
    orphan = Annotation("Other", "major", (gone,))
    layout = Layout(replace(doc, annotations=(*doc.annotations, orphan)))
    assert layout.placed[-1] == (None, orphan)
    assert summarise((orphan,), SOURCE.paragraphs).score.errors == 0


def test_summary_counts_and_wmt_score(doc: ExportDocument) -> None:
    summary = summarise(doc.annotations, doc.source.paragraphs)
    # major 5 + minor punctuation 0.1 + critical 10 + minor 1; the neutral one weighs nothing.
    assert summary.score.penalty == 16.1
    assert summary.score.words == 21
    assert summary.counts["Accuracy/Omission"]["critical"] == 1
    assert summary.severity_totals == {"neutral": 1, "minor": 2, "major": 1, "critical": 1}


def test_a_span_in_another_bead_is_still_marked_where_it_is(doc: ExportDocument) -> None:
    src = anchor("source", SOURCE.text, 4, 11)  # "current", bead 0
    tgt = anchor("target", TARGET.text, 11, 14)  # "北京和", bead 1
    astray = Annotation("Other", "minor", (src, tgt))
    layout = Layout(replace(doc, annotations=(astray,)))
    first, second = layout.segments[:2]
    assert layout.annotations_in(first) == [astray] and layout.annotations_in(second) == []
    assert layout.spans_in(second, "target") == [astray]
    assert layout.spans_in(first, "target") == []
