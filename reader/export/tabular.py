"""CSV and TSV of the errors, one row each, for spreadsheets."""

from __future__ import annotations

import csv
import io

from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.records import FIELDS, records

# A cell that starts with one of these is run as a formula by spreadsheet programs; a leading
# apostrophe makes them show it as text (OWASP's advice against CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def render_csv(doc: ExportDocument, progress: Progress = no_progress) -> str:
    return _render(doc, progress, ",")


def render_tsv(doc: ExportDocument, progress: Progress = no_progress) -> str:
    return _render(doc, progress, "\t")


def _render(doc: ExportDocument, progress: Progress, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(FIELDS)
    rows = records(Layout(doc))
    for record in rows:
        writer.writerow([defused(value) for value in record.values()])
    progress(len(rows), len(rows))
    return out.getvalue()


def defused(value: str) -> str:
    """The cell as text a spreadsheet shows, never runs: a leading apostrophe before what a
    spreadsheet would take for a formula, spaces before it included (" =1+1")."""
    return "'" + value if value.lstrip(" ").startswith(FORMULA_STARTS) else value
