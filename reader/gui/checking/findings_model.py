"""The rows of the Checks panel: findings about meaning one a row, surest first; mechanical
findings of one check in one paragraph grouped under one row ("14 × Half-width punctuation"),
which opens to list them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem

from reader.core.checks.model import Finding
from reader.services.views import CheckedFinding, DocumentView

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# What each check finds, as the Problem column says it; keys are reader.core.checks.CHECKS's.
PROBLEMS = {
    "omission": QT_TRANSLATE_NOOP("ChecksPanel", "Not translated"),
    "addition": QT_TRANSLATE_NOOP("ChecksPanel", "Added in translation"),
    "numbers": QT_TRANSLATE_NOOP("ChecksPanel", "Number missing or changed"),
    "untranslated": QT_TRANSLATE_NOOP("ChecksPanel", "Source text copied untranslated"),
    "punctuation": QT_TRANSLATE_NOOP("ChecksPanel", "Half-width punctuation in Chinese"),
    "brackets": QT_TRANSLATE_NOOP("ChecksPanel", "Unmatched bracket or quotation mark"),
    "repeated": QT_TRANSLATE_NOOP("ChecksPanel", "Repeated word"),
    "spacing": QT_TRANSLATE_NOOP("ChecksPanel", "Stray space"),
    "length": QT_TRANSLATE_NOOP("ChecksPanel", "Unusual length"),
    "consistency": QT_TRANSLATE_NOOP("ChecksPanel", "Same sentence translated differently"),
    "terms": QT_TRANSLATE_NOOP("ChecksPanel", "Term not rendered as the term base says"),
    "sense": QT_TRANSLATE_NOOP("ChecksPanel", "Word in a sense that does not fit"),
    "literal": QT_TRANSLATE_NOOP("ChecksPanel", "Idiom rendered word by word"),
    "drift": QT_TRANSLATE_NOOP("ChecksPanel", "Meaning drifts from the source"),
    "homophone": QT_TRANSLATE_NOOP("ChecksPanel", "Same-sounding wrong character"),
    "codes": QT_TRANSLATE_NOOP("ChecksPanel", "Inline code missing or added"),
}
HEADERS = (  # translated where the model takes them
    QT_TRANSLATE_NOOP("ChecksPanel", "Problem"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Where"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Text"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Severity"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Category"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Status"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Fix"),
    QT_TRANSLATE_NOOP("ChecksPanel", "Why"),
)
STATUS_COLUMN = 5
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the CheckedFinding, on a finding's first column
CHECK_ROLE = Qt.ItemDataRole.UserRole + 2  # the check id, for the filter
CONTEXT = 12  # characters shown on each side of a finding's text


def rows(found: Iterable[CheckedFinding], view: DocumentView | None) -> list[list[QStandardItem]]:
    """Top-level rows in listing order: a finding about meaning alone, mechanical findings of
    a check in a paragraph under one group row where there are several."""
    groups: dict[tuple[str, str, int], list[CheckedFinding]] = {}
    order: list[CheckedFinding | tuple[str, str, int]] = []
    for item in found:
        f = item.finding
        if f.semantic:
            order.append(item)
            continue
        key = (f.check, f.side, f.paragraph)
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(item)
    made = []
    for entry in order:
        if isinstance(entry, CheckedFinding):
            made.append(_row(entry, view))
        elif len(groups[entry]) == 1:
            made.append(_row(groups[entry][0], view))
        else:
            made.append(_group(groups[entry], view))
    return made


def _row(item: CheckedFinding, view: DocumentView | None) -> list[QStandardItem]:
    f = item.finding
    problem = translate("ChecksPanel", PROBLEMS.get(f.check, f.check))
    if f.confidence < 1:
        problem += f" ({f.confidence:.0%})"
    texts = (
        problem,
        _where(f),
        _context(f, view),
        f.severity,
        f.category,
        _status(item),
        f.fix,
        f.evidence,
    )
    cells = [QStandardItem(text) for text in texts]
    cells[0].setData(item, FINDING_ROLE)
    cells[0].setData(f.check, CHECK_ROLE)
    cells[0].setToolTip(f.message)  # the full sentence, in English as the command line gives it
    cells[2].setToolTip(f.detail)
    cells[7].setToolTip(f.evidence)
    return cells


def _group(items: list[CheckedFinding], view: DocumentView | None) -> list[QStandardItem]:
    first = items[0].finding
    problem = translate("ChecksPanel", PROBLEMS.get(first.check, first.check))
    texts = (
        f"{len(items)} × {problem}",
        _where(first),
        " ".join(dict.fromkeys(i.finding.detail for i in items)),
        first.severity,
        first.category,
        _group_status(items),
        "",
        "",
    )
    cells = [QStandardItem(text) for text in texts]
    cells[0].setData(first.check, CHECK_ROLE)
    cells[0].setToolTip(translate("ChecksPanel", "Open to see each one"))
    for item in items:
        cells[0].appendRow(_row(item, view))
    return cells


def _where(f: Finding) -> str:
    side = (
        translate("ChecksPanel", "Original")
        if f.side == "source"
        else translate("ChecksPanel", "Translation")
    )
    return translate("ChecksPanel", "{side} ¶{number}").format(side=side, number=f.paragraph + 1)


def _status(item: CheckedFinding) -> str:
    if item.dismissed:
        return translate("ChecksPanel", "Dismissed")
    return translate("ChecksPanel", "Flagged") if item.flagged else ""


def _group_status(items: list[CheckedFinding]) -> str:
    flagged = sum(i.flagged for i in items)
    dismissed = sum(i.dismissed for i in items)
    parts = []
    if flagged:
        parts.append(translate("ChecksPanel", "{0} flagged").format(flagged))
    if dismissed:
        parts.append(translate("ChecksPanel", "{0} dismissed").format(dismissed))
    return ", ".join(parts)


def _context(finding: Finding, view: DocumentView | None) -> str:
    """The finding's text with a little of what surrounds it, on one line: a lone "," says
    little, "几年中,我们听到" says where."""
    side = None if view is None else view.source if finding.side == "source" else view.target
    if side is None or finding.end - finding.start > 4 * CONTEXT:  # long: its own text says it
        return " ".join(finding.detail.split())
    text = side.paragraphs[finding.paragraph]
    start, end = max(finding.start - CONTEXT, 0), min(finding.end + CONTEXT, len(text))
    before = ("…" if start > 0 else "") + text[start : finding.start]
    after = text[finding.end : end] + ("…" if end < len(text) else "")
    return " ".join(f"{before}【{text[finding.start : finding.end]}】{after}".split())
