"""Every export format: its name on the command line, its file suffix and its writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reader.export.html import render_html
from reader.export.markdown import render_markdown
from reader.export.model import ExportDocument, Progress
from reader.export.pdf import render_pdf
from reader.export.tabular import render_csv, render_tsv
from reader.export.tmx import render_tmx
from reader.export.webanno import render_webanno
from reader.export.wmt import render_wmt
from reader.export.xliff import render_xliff


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    description: str
    render: Callable[[ExportDocument, Progress], str | bytes]
    # Spreadsheet programs read UTF-8 CSV as a legacy code page unless it starts with a BOM.
    encoding: str = "utf-8"

    def encode(self, doc: ExportDocument, progress: Progress) -> bytes:
        out = self.render(doc, progress)
        return out if isinstance(out, bytes) else out.encode(self.encoding)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("html", ".html", "report: one self-contained HTML page", render_html),
        Format("pdf", ".pdf", "report as PDF (needs Chromium)", render_pdf),
        Format("md", ".md", "summary and table of errors in Markdown", render_markdown),
        Format("csv", ".csv", "one row per error", render_csv, "utf-8-sig"),
        Format("tsv", ".tsv", "one row per error, tab-separated", render_tsv),
        Format("json", ".json", "W3C Web Annotation JSON-LD", render_webanno),
        Format("wmt", ".tsv", "WMT MQM TSV (google/wmt-mqm-human-evaluation)", render_wmt),
        Format("tmx", ".tmx", "aligned text as TMX 1.4, errors as notes", render_tmx),
        Format("xliff", ".xlf", "aligned text as XLIFF 1.2, errors as notes", render_xliff),
    )
}
