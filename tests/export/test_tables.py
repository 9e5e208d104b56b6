import csv
import io
from dataclasses import replace

from reader.export.formats import FORMATS
from reader.export.markdown import escape, render_markdown
from reader.export.model import ExportDocument
from reader.export.records import FIELDS
from reader.export.tabular import render_csv, render_tsv
from reader.export.wmt import HEADER, render_wmt
from tests.export.sample import XSS


def _rows(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_csv_and_tsv_have_one_row_per_error_with_every_field(doc: ExportDocument) -> None:
    for text, delimiter in ((render_csv(doc), ","), (render_tsv(doc), "\t")):
        rows = _rows(text, delimiter)
        assert list(rows[0]) == list(FIELDS)
        assert [r["number"] for r in rows] == ["1", "2", "3", "4", "5"]
        major = rows[2]
        # Row 2 pairs English paragraphs 2 and 3 with Chinese paragraph 2.
        assert (major["row"], major["source_paragraph"], major["target_paragraph"]) == (
            "2",
            "2",
            "2",
        )
        assert (major["source"], major["target"], major["fix"]) == (
            "share a border",
            "共享边界",
            "接壤",
        )
        assert (major["category"], major["severity"]) == ("Accuracy/Mistranslation", "major")
        assert major["comment"] == XSS and major["annotator"] == "Ann & Bo"
        assert major["time"] == "2024-05-17T09:30:00+00:00"
        assert rows[0]["comment"] == "a | b\nc"  # quoted, the line break kept
        assert rows[4]["target"] == "" and rows[4]["comment"] == "整段漏译"
        omission = rows[4]  # English paragraph 4, untranslated: row 3
        assert (omission["row"], omission["source_paragraph"], omission["target_paragraph"]) == (
            "3",
            "4",
            "",
        )


def test_csv_starts_with_a_bom_for_spreadsheets(doc: ExportDocument) -> None:
    data = FORMATS["csv"].encode(doc, lambda *_: None)
    assert data.startswith(b"\xef\xbb\xbf") and "共享边界".encode() in data


def test_a_cell_that_looks_like_a_formula_is_made_text(doc: ExportDocument) -> None:
    risky = replace(doc.annotations[0], comment='=HYPERLINK("http://x")')
    rows = _rows(render_csv(replace(doc, annotations=(risky,))), ",")
    assert rows[0]["comment"] == '\'=HYPERLINK("http://x")'


def test_markdown_summary_and_error_table(doc: ExportDocument) -> None:
    md = render_markdown(doc)
    lines = md.splitlines()
    assert lines[0] == "# Russia &amp; China &lt;partners&gt;"
    assert "- MQM penalty: 16.1 (766.67 per 1,000 source words; 4 errors, 21 words)" in lines
    table = [line for line in lines if line.startswith("| ") and line[2].isdigit()]
    assert len(table) == 5
    assert "| # | Row | en ¶ | zh ¶ | Source | Target |" in md
    cells = [c.strip() for c in table[2].split(" | ")]
    assert cells[1:4] == ["2", "2", "2"]  # row 2: English and Chinese paragraph 2
    assert cells[4:8] == ["share a border", "共享边界", "Accuracy/Mistranslation", "major"]
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in table[2] and XSS not in md
    assert "a \\| b<br>c" in table[0]  # a pipe cannot end the cell, a newline the row


def test_markdown_escape() -> None:
    assert escape("*bold* [link](x) <b>") == "\\*bold\\* \\[link\\]\\(x\\) &lt;b&gt;"


def test_wmt_layout(doc: ExportDocument) -> None:
    lines = render_wmt(doc).splitlines()
    assert tuple(lines[0].split("\t")) == HEADER
    rows = [dict(zip(HEADER, line.split("\t"), strict=True)) for line in lines[1:]]
    assert len(rows) == 5
    major = next(r for r in rows if r["category"] == "Accuracy/Mistranslation")
    assert major["severity"] == "Major" and major["rater"] == "Ann & Bo"
    assert major["doc_id"] == major["seg_id"] == "2"
    # one side marked per row, as in WMT's data: the translation, the source for an omission
    assert major["source"] == "Beijing and Moscow share a border.  They trade oil and gas."
    assert major["target"] == "北京和莫斯科<v>共享边界</v>，他们买卖石油和天然气。"
    assert major["note"] == "<script>alert(1)</script> | fix: 接壤"
    assert major["system"] == "translation" and major["doc"].endswith(":en-zh")
    omission = rows[-1]
    assert omission["source"] == "<v>This paragraph was left out.</v>" and omission["target"] == ""
    assert omission["severity"] == "Critical"


def test_wmt_writes_no_error_rows_for_clean_segments(doc: ExportDocument) -> None:
    rows = render_wmt(replace(doc, annotations=(), reviewers=("R1", "R2"))).splitlines()[1:]
    assert len(rows) == 6  # three segments, two raters
    assert all(r.split("\t")[-3:] == ["No-error", "No-error", ""] for r in rows)


def test_one_escaping_rule_for_every_tabular_export(doc: ExportDocument) -> None:
    payloads = ['=HYPERLINK("http://x")', "+cmd", "-1+1", "@SUM(A1)", " =1+1"]
    for payload in payloads:
        risky = replace(
            doc, annotations=(replace(doc.annotations[0], comment=payload, annotator=payload),)
        )
        for text, delimiter in ((render_csv(risky), ","), (render_tsv(risky), "\t")):
            assert _rows(text, delimiter)[0]["comment"] == "'" + payload
        wmt = render_wmt(risky).splitlines()[1:]
        raters = [line.split("\t")[4] for line in wmt if "Mistranslation" in line]
        assert raters == ["'" + payload]
