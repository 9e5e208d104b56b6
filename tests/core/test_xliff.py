"""Bilingual XLIFF from CAT tools: units as rows, segments as sentence pairs, codes left out."""

from __future__ import annotations

import pytest

from reader.core.document import SideSource
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
    assert first.source == ["The current order is changing.", "Russia and China agree."]
    assert first.target == ["当前订单正在改变。", None]  # the second is untranslated
    assert first.notes == ["Check the term."]
    assert group.source == ["Nobody expected it.", "It grew."]  # <ph>'s code left out
    assert group.target == ["没有人预料到。", None]


def test_rows_become_paragraphs_and_segments_sentence_pairs() -> None:
    document, notes = prepared(read_xliff(SDLXLIFF, "a"), "a", SideSource("a", "xliff"))
    assert document.text.source.paragraphs == (
        "The current order is changing. Russia and China agree.",
        "Nobody expected it. It grew.",
    )
    assert document.text.target is not None
    assert document.text.target.paragraphs == ("当前订单正在改变。", "没有人预料到。")
    assert [(b.src, b.tgt) for b in document.sentence_beads] == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((3,), ()),
    ]
    assert [(b.src, b.tgt) for b in document.paragraph_beads] == [((0,), (0,)), ((1,), (1,))]
    (note,) = notes
    assert (note.category, note.severity, note.annotator) == ("Other", "neutral", NOTE_AUTHOR)
    assert note.comment == "Check the term." and note.anchors[0].exact == "当前订单正在改变。"


def test_xliff_2_units_and_segments() -> None:
    (row,) = read_xliff(XLIFF_20, "b.xlf").rows
    assert row.source == ["The order.", "It changes."] and row.target == ["秩序。", None]
    assert row.notes == ["From the client."]


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
    first = SDLXLIFF.index(b"</trans-unit>")
    without = reviewed.replace(note.encode(), b"", 1)
    assert without.replace(b' state="needs-review-translation"', b"") == SDLXLIFF  # nothing else
    assert reviewed.index(note.encode()) == first + len(b' state="needs-review-translation"')
    assert reviewed.count(b'state="needs-review-translation"') == 1  # unit 2 has no target


def test_an_xliff_2_unit_gets_notes_and_is_no_longer_reviewed() -> None:
    from reader.core.formats.xliff import UnitReview, with_review

    reviewed = with_review(XLIFF_20, {0: UnitReview(("a note",), True)}).decode()
    assert '<note>From the client.</note><note category="reader">a note</note></notes>' in (
        reviewed
    )
    assert reviewed.count('state="translated"') == 2  # both segments, one had none
