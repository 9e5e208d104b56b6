"""The XLIFF files reader writes validate against the OASIS schemas (XLIFF 1.2 strict, 2.0),
which scripts/setup --test unpacks from Debian's copy (in Symfony's translation component)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import lxml.etree
import pytest

from reader.export.model import ExportDocument
from reader.export.revised import render_revised_xliff
from reader.export.xliff import render_xliff
from reader.services import exporting
from reader.services.library import Library

SCHEMAS = Path(sys.prefix) / "share" / "xliff-schemas"
SAMPLES = Path(__file__).resolve().parents[1] / "samples"
XSD = "{http://www.w3.org/2001/XMLSchema}"

pytestmark = pytest.mark.skipif(
    not (SCHEMAS / "xliff-core-1.2-strict.xsd").exists(),
    reason="the OASIS XLIFF schemas are unpacked by scripts/setup --test",
)


@cache
def schema(name: str) -> lxml.etree.XMLSchema:
    """An OASIS schema, its import of xml.xsd read from beside it, not from the web."""
    tree = lxml.etree.parse(str(SCHEMAS / name))
    for imported in tree.iter(f"{XSD}import"):
        imported.set("schemaLocation", (SCHEMAS / "xml.xsd").as_uri())
    return lxml.etree.XMLSchema(tree)


def assert_valid(data: bytes, name: str) -> None:
    checker = schema(name)
    assert checker.validate(lxml.etree.fromstring(data)), checker.error_log.last_error


def test_the_schema_refuses_what_it_should() -> None:
    broken = b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><body/></xliff>'
    assert not schema("xliff-core-1.2-strict.xsd").validate(lxml.etree.fromstring(broken))


def test_the_xliff_and_revised_exports_validate(doc: ExportDocument) -> None:
    assert_valid(render_xliff(doc), "xliff-core-1.2-strict.xsd")
    assert_valid(render_revised_xliff(doc), "xliff-core-1.2-strict.xsd")


def flagged_and_written_back(library: Library, path: Path, out: Path) -> bytes:
    doc_id = library.import_files(path, again=True).id
    view = library.load_document(doc_id)
    assert view.target is not None
    word = view.target.paragraphs[-1][:2]
    anchor = library.annotations.quote_anchor(doc_id, "target", word)
    library.annotations.flag(doc_id, "Accuracy/Mistranslation", "major", (anchor,), comment="x")
    return exporting.export_document(library, doc_id, "xliff-back", out).read_bytes()


def test_a_1_2_file_stays_valid_with_the_review_written_into_it(
    library: Library, tmp_path: Path, doc: ExportDocument
) -> None:
    exported = tmp_path / "job.xlf"  # a valid XLIFF 1.2 file of our own, as a tool's
    exported.write_bytes(render_xliff(doc))
    back = flagged_and_written_back(library, exported, tmp_path / "back.xlf")
    assert b'<note from="reader">' in back and b"needs-review-translation" in back
    assert_valid(back, "xliff-core-1.2-strict.xsd")


def test_a_2_0_file_stays_valid_with_the_review_written_into_it(
    library: Library, tmp_path: Path
) -> None:
    source = SAMPLES / "article-2.0.xlf"
    assert_valid(source.read_bytes(), "xliff-core-2.0.xsd")
    back = flagged_and_written_back(library, source, tmp_path / "back.xlf")
    assert b'<note category="reader">' in back
    assert_valid(back, "xliff-core-2.0.xsd")
