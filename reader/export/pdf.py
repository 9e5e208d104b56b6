"""The report as PDF: Chromium prints the HTML report, embedding subsets of the fonts it used."""

from __future__ import annotations

from reader.export.browser import run_chromium
from reader.export.html import render_html
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.scratch import scratch_folder


def render_pdf(doc: ExportDocument, progress: Progress = no_progress) -> bytes:
    html = render_html(doc, progress)
    with scratch_folder("pdf") as folder:
        page, pdf = folder / "report.html", folder / "report.pdf"
        page.write_text(html, encoding="utf-8")
        result = run_chromium(page, f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
        if result.returncode != 0 or not pdf.exists() or pdf.stat().st_size == 0:
            last = result.stderr.strip().splitlines()[-1:] or ["no output"]
            raise RuntimeError(f"Chromium could not print the report: {last[0]}")
        return pdf.read_bytes()
