"""A CAT tool's inline codes: not words to any check, and checked to come back whole."""

from __future__ import annotations

from pathlib import Path

from reader.services.checking import pairs
from reader.services.library import Library

XLIFF = """<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="a.docx" source-language="en" target-language="zh-CN" datatype="x"><body>
<trans-unit id="1"><source>Sales rose by <g id="1">30</g> per cent.<x id="2"/></source>
<target>销售额增长了<g id="1">30</g>％。<x id="3"/></target></trans-unit>
<trans-unit id="2"><source>The <g id="4">new</g> order.</source>
<target>新秩序。</target></trans-unit>
</body></file></xliff>"""


def test_codes_are_masked_for_the_checks_and_each_must_come_back(
    library: Library, tmp_path: Path
) -> None:
    path = tmp_path / "job.xlf"
    path.write_text(XLIFF, "utf-8")
    doc_id = library.import_files(path).id
    first = pairs(library.load_document(doc_id))[0]
    masked = first.source[0].text.replace("\ufffc" * 4, "<4>").replace("\ufffc" * 3, "<3>")
    assert masked == "Sales rose by <3>30<4> per cent.<4>"  # {1}, {/1}, {2/} masked
    assert [c.token for c in first.target[0].codes] == ["{1}", "{/1}", "{3/}"]
    found = library.checks.run(doc_id)
    assert not [f for f in found if f.finding.check in {"numbers", "brackets", "untranslated"}]
    codes = sorted((f.finding.side, f.finding.detail) for f in found if f.finding.check == "codes")
    assert codes == [
        ("source", "{/4}"),
        ("source", "{2/}"),
        ("source", "{4}"),
        ("target", "{3/}"),
    ]
    view = library.load_document(doc_id)
    missing = next(f.finding for f in found if f.finding.detail == "{2/}")
    assert view.source.paragraphs[missing.paragraph][missing.start : missing.end] == "{2/}"
    assert missing.message == "Inline code {2/} is missing from the translation."
