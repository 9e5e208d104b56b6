"""Bilingual XLIFF from CAT tools: units as rows, segments as sentence pairs, inline codes as
placeholders with marks, translation states as marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.document import Mark, SideSource
from reader.core.errors import InputError
from reader.core.formats import detect
from reader.core.formats.xliff import NOTE_AUTHOR, prepared, read_xliff

SDLXLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="a.docx" source-language="en-US" target-language="zh-CN" datatype="x">
<body>
<trans-unit id="u1">
<source>The current order is changing. Russia and China agree.</source>
<seg-source><mrk mtype="seg" mid="1">The <g id="1">current</g> order is changing.</mrk>
<mrk mtype="seg" mid="2">Russia and China agree.<x id="2"/></mrk></seg-source>
<target><mrk mtype="seg" mid="1">当前<g id="1">订单</g>正在改变。</mrk>
<mrk mtype="seg" mid="2"/></target>
<note>Check the term.</note>
<sdl:seg-defs xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0"><sdl:seg id="1" conf="Draft"/>
<sdl:seg id="2"/></sdl:seg-defs>
</trans-unit>
<group id="g"><trans-unit id="u2"><source>Nobody <ph id="3">&lt;br/&gt;</ph>expected it.</source>
<target>没有人预料到。</target>
</trans-unit><trans-unit id="u3"><source>It grew.</source></trans-unit></group>
</body></file></xliff>""".encode()

XLIFF_20 = """<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh">
<file id="f"><unit id="1"><notes><note>From the client.</note></notes>
<segment state="translated"><source>The <pc id="1">order</pc>.</source>
<target>秩序。</target></segment>
<ignorable><source> </source></ignorable>
<segment><source>It changes.<ph id="2"/></source></segment>
</unit></file></xliff>""".encode()


def test_sdlxliff_segments_groups_and_codes() -> None:
    assert detect(SDLXLIFF, "a.sdlxliff") == "xliff"
    bilingual = read_xliff(SDLXLIFF, "a.sdlxliff")
    assert (bilingual.source_lang, bilingual.target_lang) == ("en", "zh")
    first, group = bilingual.rows
    assert first.source == ["The {1}current{/1} order is changing.", "Russia and China agree.{2/}"]
    assert first.source_marks[0] == (
        Mark(4, 7, "code", '<g id="1">'),
        Mark(14, 18, "code", "</g>"),
    )
    assert first.source_marks[1] == (Mark(23, 27, "code", '<x id="2"/>'),)
    assert first.target == ["当前{1}订单{/1}正在改变。", None]  # the second is untranslated
    assert first.target_marks[0][-1] == Mark(0, 16, "state", "Draft")  # SDLXLIFF's own state
    assert first.notes == ["Check the term."]
    assert group.source == ["Nobody {3/}expected it.", "It grew."]
    assert group.source_marks[0] == (Mark(7, 11, "code", "<br/>"),)  # the tool's markup
    assert group.target == ["没有人预料到。", None]


def test_rows_become_paragraphs_and_segments_sentence_pairs() -> None:
    document, notes = prepared(read_xliff(SDLXLIFF, "a"), "a", SideSource("a", "xliff"))
    assert document.text.source.paragraphs == (
        "The {1}current{/1} order is changing. Russia and China agree.{2/}",
        "Nobody {3/}expected it. It grew.",
    )
    assert [(m.start, m.end) for m in document.text.source.marks[0]] == [(4, 7), (14, 18), (61, 65)]
    assert document.text.target is not None
    assert document.text.target.paragraphs == ("当前{1}订单{/1}正在改变。", "没有人预料到。")
    assert document.text.target.marks[1] == ()
    assert [(b.src, b.tgt) for b in document.sentence_beads] == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((3,), ()),
    ]
    assert [(b.src, b.tgt) for b in document.paragraph_beads] == [((0,), (0,)), ((1,), (1,))]
    (note,) = notes
    assert (note.category, note.severity, note.annotator) == ("Other", "neutral", NOTE_AUTHOR)
    assert note.comment == "Check the term."
    assert note.anchors[0].exact == "当前{1}订单{/1}正在改变。"


def test_xliff_2_units_and_segments() -> None:
    (row,) = read_xliff(XLIFF_20, "b.xlf").rows
    assert row.source == ["The {1}order{/1}.", "It changes.{2/}"]
    assert row.target == ["秩序。", None]
    assert row.target_marks == [(Mark(0, 3, "state", "translated"),), ()]
    assert row.notes == ["From the client."]


def test_xliff_1_2_paired_codes_and_target_states() -> None:
    data = """<xliff version="1.2"><file source-language="en" target-language="zh"><body>
<trans-unit id="1"><source><bpt id="1">&lt;b&gt;</bpt>Bold<ept id="1">&lt;/b&gt;</ept> and
<it id="2" pos="close">&lt;/i&gt;</it>more</source>
<target state="needs-review-translation"><bpt id="1">&lt;b&gt;</bpt>粗<ept id="1">&lt;/b&gt;</ept>
</target>
</trans-unit></body></file></xliff>""".encode()
    (row,) = read_xliff(data, "c.xlf").rows
    assert row.source == ["{1}Bold{/1} and {/2}more"]
    assert [m.value for m in row.source_marks[0]] == ["<b>", "</b>", "</i>"]
    assert row.target == ["{1}粗{/1}"]
    assert row.target_marks[0][-1] == Mark(0, 8, "state", "needs-review-translation")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<xliff version='1.2'><file><body/></file></xliff>", "holds no text"),
        (b"<xliff version='1.2'></xliff>", "no <file>"),
        (b"<xliff version='1.2'><file", "not readable XML"),
    ],
)
def test_bad_xliff_is_one_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_xliff(data, "c.xlf")


def test_the_review_goes_into_the_file_and_every_other_byte_stays() -> None:
    from reader.core.formats.xliff import UnitReview, with_review

    reviewed = with_review(
        SDLXLIFF, {0: UnitReview(("#1 major — fix: «秩序» <&>",), True), 2: UnitReview((), True)}
    )
    note = '<note from="reader">#1 major — fix: «秩序» &lt;&amp;&gt;</note>'
    without = reviewed.replace(note.encode(), b"", 1)
    assert without.replace(b' state="needs-review-translation"', b"") == SDLXLIFF  # nothing else
    # after the unit's own note, before the tool's elements, as the schema orders them
    assert note.encode() + b"\n<sdl:seg-defs" in reviewed
    assert b"<note>Check the term.</note>" + note.encode() in reviewed
    assert reviewed.count(b'state="needs-review-translation"') == 1  # unit 2 has no target


def test_a_rejected_sdlxliff_segment_gets_the_status_trados_shows() -> None:
    from reader.core.formats.xliff import UnitReview, with_review

    reviewed = with_review(SDLXLIFF, {0: UnitReview(("n",), True, frozenset({"1"}))})
    assert b'<sdl:seg id="1" conf="RejectedTranslation"/>' in reviewed
    assert b'<sdl:seg id="2"/>' in reviewed and b"<sdl:seg-defs xmlns" in reviewed
    back = reviewed.replace(b'conf="RejectedTranslation"', b'conf="Draft"')
    back = back.replace(b'<note from="reader">n</note>', b"")
    assert back.replace(b' state="needs-review-translation"', b"") == SDLXLIFF


def test_an_xliff_2_unit_gets_notes_and_is_no_longer_reviewed() -> None:
    from reader.core.formats.xliff import UnitReview, with_review

    reviewed = with_review(XLIFF_20, {0: UnitReview(("a note",), True)}).decode()
    assert '<note>From the client.</note><note category="reader">a note</note></notes>' in (
        reviewed
    )
    assert reviewed.count('state="translated"') == 2  # both segments, one had none


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_the_trados_sample_structure_codes_and_confirmation_levels() -> None:
    bilingual = read_xliff((SAMPLES / "article.sdlxliff").read_bytes(), "article.sdlxliff")
    heading, body, untranslated = bilingual.rows  # the translate="no" unit is no text
    assert heading.target_marks == [(Mark(0, 9, "state", "ApprovedTranslation"),)]
    assert body.source == [
        "The current {pt1}world order{/pt1} is changing.",
        "Few expected it.{1/}",
    ]
    assert [m.value for m in body.source_marks[0]] == ['<cf bold="True">', "</cf>"]
    assert body.source_marks[1] == (Mark(16, 20, "code", '<footnote id="1"/>'),)
    assert [m.value for m in body.target_marks[1]] == ["Draft"]
    assert body.segment_ids == ["2", "3"] and body.units == [2, 2]
    assert untranslated.target == [None]


def test_the_xliff_2_sample_original_data_and_states() -> None:
    bilingual = read_xliff((SAMPLES / "article-2.0.xlf").read_bytes(), "article-2.0.xlf")
    heading, body = bilingual.rows
    assert heading.notes == ["The article's heading."]
    assert [m.value for m in body.source_marks[0]] == ["<em>", "</em>"]
    assert body.source_marks[1] == (Mark(16, 20, "code", "<br/>"),)
    assert body.target == ["当前的{1}世界秩序{/1}正在改变。", None]
    assert body.target_marks[0][-1] == Mark(0, 19, "state", "translated")
