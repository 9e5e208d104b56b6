"""A Markdown summary and table of errors, for an e-mail, a wiki or an issue tracker."""

from __future__ import annotations

import re

from reader.export.layout import Layout
from reader.export.model import ExportDocument, Progress, no_progress
from reader.export.records import records
from reader.export.stats import summarise

# Characters that Markdown would read as markup; each is shown literally after a backslash.
_MARKUP = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def escape(text: str) -> str:
    """Literal text in a table cell: no markup, no raw HTML, one line."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(r"\\\1", text)
    return re.sub(r"\s*\n\s*", "<br>", text.strip())


def render_markdown(doc: ExportDocument, progress: Progress = no_progress) -> str:
    layout = Layout(doc)
    summary = summarise(doc.annotations, doc.source.paragraphs, doc.weights)
    langs = " → ".join(s.lang for s in (doc.source, doc.target) if s is not None)
    lines = [
        f"# {escape(doc.title)}",
        "",
        f"- Reviewers: {escape(', '.join(doc.reviewer_names)) or '—'}",
        f"- Date: {doc.date:%Y-%m-%d}",
        f"- Languages: {langs}",
        f"- MQM penalty: {summary.score.penalty:.1f} "
        f"({summary.score.per_thousand_words:.2f} per 1,000 source words; "
        f"{summary.score.errors} errors, {summary.score.words:,} words)",
        "",
        "## Errors by category and severity",
        "",
    ]
    severities = list(summary.severity_totals)
    lines += [
        "| Category | " + " | ".join(severities) + " | Total |",
        "|---|" + "---:|" * (len(severities) + 1),
    ]
    for category, row in summary.counts.items():
        cells = " | ".join(str(n) for n in row.values())
        lines.append(f"| {escape(category)} | {cells} | {sum(row.values())} |")
    totals = " | ".join(str(n) for n in summary.severity_totals.values())
    lines += [f"| **Total** | {totals} | {summary.total} |", "", "## Errors", ""]
    langs = {role: side.lang for role in ("source", "target") if (side := doc.side(role))}
    lines += [
        f"| # | Row | {langs['source']} ¶ | {langs.get('target', '')} ¶ | Source | Target | "
        "Category | Severity | Comment | Fix | Annotator |",
        "|---:|---:|---:|---:|---|---|---|---|---|---|---|",
    ]
    rows = records(layout)
    for record in rows:
        number, row, en, zh, source, target, category, severity, comment, fix, who, *_ = (
            record.values()
        )
        cells = (source, target, category, severity, comment, fix, who)
        lines.append(f"| {number} | {row} | {en} | {zh} | " + " | ".join(map(escape, cells)) + " |")
    progress(len(rows), len(rows))
    return "\n".join(lines) + "\n"
