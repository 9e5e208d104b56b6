"""The revised translation written as text, as Word with tracked changes, and as XLIFF."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from reader.core.errors import InputError
from reader.export.formats import FORMATS
from reader.export.model import ExportDocument
from reader.export.revised import (
    render_revised_docx,
    render_revised_txt,
    render_revised_xliff,
)
from tests.export.sample import TARGET, _both

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XLIFF = "{urn:oasis:names:tc:xliff:document:1.2}"


@pytest.fixture
def revised(doc: ExportDocument) -> ExportDocument:
    border, punctuation, *rest = doc.annotations
    accepted = replace(border, fix_accepted=True)  # 共享边界 → 接壤
    comma = _both("Fluency/Punctuation", "minor", "", "他们", fix="它们", fix_accepted=True, id=9)
    return replace(doc, annotations=(accepted, punctuation, *rest, comma))


def test_text_applies_only_the_accepted_fixes(revised: ExportDocument) -> None:
    assert render_revised_txt(revised) == (
        "当前秩序必须改变。\n\n北京和莫斯科接壤，它们买卖石油和天然气。\n"
    )
    nothing_accepted = render_revised_txt(replace(revised, annotations=()))
    assert nothing_accepted == "\n\n".join(TARGET.paragraphs) + "\n"


def test_word_has_each_fix_as_a_tracked_change_with_its_comment(
    revised: ExportDocument,
) -> None:
    with zipfile.ZipFile(io.BytesIO(render_revised_docx(revised))) as docx:
        body = ET.fromstring(docx.read("word/document.xml"))
        comments = ET.fromstring(docx.read("word/comments.xml"))
    deleted = [t.text for t in body.iter(f"{W}delText")]
    inserted = ["".join(t.text or "" for t in ins.iter(f"{W}t")) for ins in body.iter(f"{W}ins")]
    assert deleted == ["共享边界", "他们"] and inserted == ["接壤", "它们"]
    authors = [ins.get(f"{W}author") for ins in body.iter(f"{W}ins")]
    assert authors == ["Ann & Bo", "reviewer"]  # an unnamed reviewer still has a name
    texts = ["".join(t.text or "" for t in c.iter(f"{W}t")) for c in comments]
    assert texts[0] == "Accuracy/Mistranslation (major): <script>alert(1)</script>"
    ids = [e.get(f"{W}id") for e in body.iter() if e.tag in (f"{W}ins", f"{W}del")]
    ids += [c.get(f"{W}id") for c in comments]
    assert len(ids) == len(set(ids)) == 6  # Word needs them unique
    # what Word shows with every change accepted is the revised text
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    assert paragraphs[:2] == ["当前秩序必须改变。", "北京和莫斯科接壤，它们买卖石油和天然气。"]


def test_xliff_carries_the_revised_target_and_a_note_per_fix(revised: ExportDocument) -> None:
    root = ET.fromstring(render_revised_xliff(revised))
    units = list(root.iter(f"{XLIFF}trans-unit"))
    targets = [u.findtext(f"{XLIFF}target") for u in units]
    assert targets[1] == "北京和莫斯科接壤，它们买卖石油和天然气。"
    notes = [n.text for n in units[1].iter(f"{XLIFF}note")]
    assert notes[0].startswith("revised «共享边界» → «接壤», Accuracy/Mistranslation major")
    assert len(notes) == 2 and not list(units[0].iter(f"{XLIFF}note"))


def test_a_document_without_translation_is_refused(doc: ExportDocument) -> None:
    for name in ("revised-txt", "revised-docx", "revised-xliff"):
        with pytest.raises(InputError, match="no translation to revise"):
            FORMATS[name].encode(replace(doc, target=None), lambda done, total: None)


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="needs LibreOffice (bash scripts/setup --test installs it)",
)
def test_libreoffice_opens_the_word_file_with_its_changes_and_comments(
    revised: ExportDocument, tmp_path: Path
) -> None:
    path = tmp_path / "revised.docx"
    path.write_bytes(render_revised_docx(revised))
    profile = f"-env:UserInstallation=file://{tmp_path / 'profile'}"  # no shared state
    convert = ["soffice", profile, "--headless", "--convert-to", "odt", "--outdir", str(tmp_path)]
    subprocess.run(
        [*convert, str(path)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    with zipfile.ZipFile(tmp_path / "revised.odt") as odt:
        content = odt.read("content.xml").decode("utf-8")
    assert content.count("<text:changed-region") == 4  # two deletions, two insertions
    assert "Accuracy/Mistranslation (major): &lt;script&gt;" in content
    assert "Fluency/Punctuation (minor)" in content
