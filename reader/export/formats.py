"""Every export format: its name on the command line, its file suffix and its writer."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from reader.export.model import ExportDocument, Progress

Render = Callable[[ExportDocument, Progress], str | bytes]


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str
    description: str
    render: Render
    # Spreadsheet programs read UTF-8 CSV as a legacy code page unless it starts with a BOM.
    encoding: str = "utf-8"

    def encode(self, doc: ExportDocument, progress: Progress) -> bytes:
        out = self.render(doc, progress)
        return out if isinstance(out, bytes) else out.encode(self.encoding)


def _format(
    name: str, suffix: str, description: str, writer: str, encoding: str = "utf-8"
) -> Format:
    """A format whose writer ("module:function" in reader.export) is imported when first
    used: listing the formats (the command line's help) need not load lxml, Jinja2 and the
    rest."""
    module, function = writer.split(":")

    def render(doc: ExportDocument, progress: Progress) -> str | bytes:
        found: Render = getattr(importlib.import_module(f"reader.export.{module}"), function)
        return found(doc, progress)

    return Format(name, suffix, description, render, encoding)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        _format("html", ".html", "report: one self-contained HTML page", "html:render_html"),
        _format("pdf", ".pdf", "report as PDF (needs Chromium)", "pdf:render_pdf"),
        _format(
            "md",
            ".md",
            "summary and table of errors in Markdown",
            "markdown:render_markdown",
        ),
        _format("csv", ".csv", "one row per error", "tabular:render_csv", "utf-8-sig"),
        _format("tsv", ".tsv", "one row per error, tab-separated", "tabular:render_tsv"),
        _format("json", ".json", "W3C Web Annotation JSON-LD", "webanno:render_webanno"),
        _format(
            "wmt",
            ".tsv",
            "WMT MQM TSV (google/wmt-mqm-human-evaluation)",
            "wmt:render_wmt",
        ),
        _format("tmx", ".tmx", "aligned text as TMX 1.4, errors as notes", "tmx:render_tmx"),
        _format(
            "xliff",
            ".xlf",
            "aligned text as XLIFF 1.2, errors as notes",
            "xliff:render_xliff",
        ),
        _format(
            "xliff-back",
            ".xlf",
            "the XLIFF file the document came from, the review added as notes and states",
            "xliff_back:render_xliff_back",
        ),
        _format(
            "revised-txt",
            ".txt",
            "the translation with the accepted fixes applied",
            "revised:render_revised_txt",
        ),
        _format(
            "revised-docx",
            ".docx",
            "the revised translation in Word, each fix a tracked change with its comment",
            "revised:render_revised_docx",
        ),
        _format(
            "revised-xliff",
            ".xlf",
            "aligned text as XLIFF 1.2 with the revised translation, fixes as notes",
            "revised:render_revised_xliff",
        ),
    )
}
