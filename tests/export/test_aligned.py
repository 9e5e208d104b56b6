import xml.etree.ElementTree as ET
from dataclasses import replace

from reader.core.document import Bead, SideText
from reader.export.model import ExportDocument
from reader.export.tmx import render_tmx
from reader.export.tmx_read import read_tmx
from reader.export.xliff import render_xliff
from tests.export.sample import BEADS, SOURCE, TARGET, XSS

XML = "{http://www.w3.org/XML/1998/namespace}"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


def test_tmx_has_one_unit_per_bead_with_errors_as_notes(doc: ExportDocument) -> None:
    root = ET.fromstring(render_tmx(doc))
    assert root.get("version") == "1.4"
    header = root.find("header")
    assert header.get("srclang") == "en" and header.get("segtype") == "paragraph"
    units = root.findall("body/tu")
    assert [u.get("tuid") for u in units] == ["1", "2", "3"]
    segs = [[(v.get(f"{XML}lang"), v.findtext("seg")) for v in u.findall("tuv")] for u in units]
    assert segs[0] == [("en", SOURCE.paragraphs[0]), ("zh", TARGET.paragraphs[0])]
    assert segs[1][0][1] == "Beijing and Moscow share a border.\n\nThey trade oil and gas."
    assert segs[2] == [("en", SOURCE.paragraphs[3])]  # the omitted paragraph: no target
    notes = [n.text for n in units[1].findall("note")]
    assert len(notes) == 3 and any(XSS in n and "接壤" in n for n in notes)


def test_tmx_reads_back_as_the_same_beads(doc: ExportDocument) -> None:
    aligned = read_tmx(render_tmx(doc), "fallback")
    assert aligned.beads == BEADS
    assert aligned.text.source == SOURCE and aligned.text.target == TARGET
    assert aligned.text.title == doc.title


def test_a_foreign_tmx_with_region_tags_and_no_title() -> None:
    data = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" segtype="sentence" datatype="plaintext"
 o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="en-US"><seg>Hello.</seg></tuv>
<tuv xml:lang="zh-CN"><seg>你好。</seg></tuv></tu>
<tu><tuv xml:lang="zh-CN"><seg>多出来的</seg></tuv></tu></body></tmx>""".encode()
    aligned = read_tmx(data, "greeting")
    assert aligned.text.title == "greeting"
    assert (aligned.text.source.lang, aligned.text.target.lang) == ("en", "zh")
    assert aligned.text.target.paragraphs == ("你好。", "多出来的")
    assert [b.shape for b in aligned.beads] == ["1-1", "0-1"]


MEMORY = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en" segtype="sentence" datatype="plaintext"
 o-tmf="x" adminlang="en" creationtool="x" creationtoolversion="1"/>
<body><tu>
<tuv xml:lang="de"><seg>Die Ordnung.</seg></tuv>
<tuv xml:lang="zh-Hant"><seg>當前<bpt i="1">&lt;b&gt;</bpt>秩序<ept i="1">&lt;/b&gt;</ept>。
</seg></tuv>
<tuv xml:lang="en"><seg>The <bpt i="1">&lt;b&gt;</bpt>order<ept i="1">&lt;/b&gt;</ept>.
<ph x="2">{1}</ph></seg></tuv>
<tuv xml:lang="zh-Hans"><seg>当前<hi>秩序</hi>。</seg></tuv>
</tu></body></tmx>""".encode()


def test_a_memory_of_more_languages_gives_english_and_the_preferred_chinese() -> None:
    aligned = read_tmx(MEMORY, "m")
    assert (aligned.text.source.lang, aligned.text.target.lang) == ("en", "zh")
    assert aligned.text.source.paragraphs == ("The order.",)  # no inline codes as text
    assert aligned.text.target.paragraphs == ("当前秩序。",)  # zh-Hans, though listed later
    assert aligned.notices == (
        "left out this file's text in de: a document pairs two",
        "took the simplified Chinese where the file has both scripts",
    )
    traditional = read_tmx(MEMORY, "m", "traditional")
    assert traditional.text.target.paragraphs == ("當前秩序。",)


def test_our_tmx_names_its_format_and_keeps_the_review(doc: ExportDocument) -> None:
    data = render_tmx(doc)
    assert ET.fromstring(data).find("header").get("o-tmf") == "reader"
    back = read_tmx(data, "t")
    assert sorted((a.category, a.fix, a.anchors) for a in back.annotations) == sorted(
        (a.category, a.fix, a.anchors) for a in doc.annotations
    )
    seg = "<seg>北京和莫斯科"
    edited = data.replace(f"{seg}共享边界".encode(), f"{seg}有共同的边界".encode())
    assert len(read_tmx(edited, "t").annotations) == 3  # two lost their quoted text


def test_xliff_12_has_one_unit_per_bead_with_errors_as_notes(doc: ExportDocument) -> None:
    root = ET.fromstring(render_xliff(doc))
    assert root.tag == f"{XLIFF}xliff" and root.get("version") == "1.2"
    file = root.find(f"{XLIFF}file")
    assert (file.get("source-language"), file.get("target-language")) == ("en", "zh")
    units = file.findall(f"{XLIFF}body/{XLIFF}trans-unit")
    assert [u.get("id") for u in units] == ["1", "2", "3"]
    assert units[1].findtext(f"{XLIFF}target") == TARGET.paragraphs[1]
    assert units[2].find(f"{XLIFF}target") is None  # nothing translated
    notes = [n.text for n in units[1].findall(f"{XLIFF}note")]
    assert len(notes) == 3 and any("共享边界" in n for n in notes)
    assert b"document:1.1" not in render_xliff(doc)


def test_xliff_states_follow_the_open_errors_and_no_source_is_empty(doc: ExportDocument) -> None:
    def units(document: ExportDocument) -> list[ET.Element]:
        root = ET.fromstring(render_xliff(document))
        return root.findall(f"{XLIFF}file/{XLIFF}body/{XLIFF}trans-unit")

    def states(document: ExportDocument) -> list[tuple[str | None, str | None]]:
        return [
            (u.get("approved"), u.find(f"{XLIFF}target").get("state"))
            for u in units(document)
            if u.find(f"{XLIFF}target") is not None
        ]

    # Row 1 has an open minor error, row 2 an open major one; row 3 was left untranslated.
    assert states(doc) == [("no", "translated"), ("no", "needs-review-translation")]
    resolved = tuple(replace(a, status="resolved") for a in doc.annotations)
    assert states(replace(doc, annotations=resolved)) == [("yes", "translated")] * 2
    assert units(doc)[2].get("approved") in (None, "no")
    # A paragraph added in translation joins the next unit's target: no unit without a source.
    added = SideText("zh", ("多出来的一段。", *TARGET.paragraphs))
    shifted = (Bead((), (0,)), Bead((0,), (1,)), Bead((1, 2), (2,)), Bead((3,), ()))
    with_added = units(replace(doc, target=added, beads=shifted, annotations=()))
    assert all(u.findtext(f"{XLIFF}source") for u in with_added)
    assert with_added[0].findtext(f"{XLIFF}target") == "多出来的一段。\n\n" + TARGET.paragraphs[0]
    assert "added in translation" in with_added[0].findtext(f"{XLIFF}note")


def test_control_characters_in_comments_are_shown_not_lost_in_xml(doc: ExportDocument) -> None:
    hostile = replace(doc.annotations[0], comment="before\x1bafter\x00end")
    risky = replace(doc, annotations=(hostile, *doc.annotations[1:]))
    for render in (render_xliff, render_tmx):
        notes = [n.text for n in ET.fromstring(render(risky)).iter() if n.tag.endswith("note")]
        assert any("before␛after␀end" in (note or "") for note in notes), render
