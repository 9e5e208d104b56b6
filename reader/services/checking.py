"""Automatic checks of a document's translation (numbers, omissions, punctuation, ...) and
turning what they find into annotations."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from reader.core import mqm
from reader.core.checks import (
    CHECKS,
    CODE_MASK,
    Code,
    Dismissal,
    Finding,
    Pair,
    Progress,
    Segment,
)
from reader.core.document import SideText
from reader.core.errors import InputError
from reader.core.terms import Term
from reader.services.annotations import Annotations
from reader.services.preparing import read_bytes
from reader.services.views import CheckedFinding, DocumentView, SideView
from reader.store import dismissals
from reader.store.engine import Store


class Checks:
    def __init__(
        self,
        store: Store,
        load: Callable[[int], DocumentView],
        annotations: Annotations,
        term_base: Callable[[int], list[Term]],
    ) -> None:
        self._store = store
        self._load = load
        self._annotations = annotations
        self._term_base = term_base

    def run(
        self,
        doc_id: int,
        only: Collection[str] | None = None,
        glossary: Path | None = None,
        progress: Progress | None = None,
    ) -> list[CheckedFinding]:
        """Every finding of the checks (all, or the ids in `only`): findings about meaning
        first, surest first, then the mechanical ones in reading order. Each is marked when an
        annotation of its category already covers its span, and when a reviewer dismissed it.
        The terms check reads the term base (the library's terms and the document's), and
        `glossary`, a TBX, CSV or tab-separated file of more terms, if given;
        `progress(fraction)` may raise to stop the run (Cancelled)."""
        view = self._load(doc_id)
        if view.target is None:
            raise InputError(f"“{view.title}” has no translation to check")
        from reader.core.checks import run_checks  # the checks load numpy and the lexicon

        terms = self._term_base(doc_id)
        if glossary is not None:
            terms += read_glossary(glossary)
        found = run_checks(
            pairs(view), view.source.lang, view.target.lang, only, terms, progress=progress
        )
        return sorted(self._marked(doc_id, view, found), key=_listing_order)

    def dismissals(self, doc_id: int) -> list[Dismissal]:
        """The checks' dismissals (not the cases an adjudication rejected)."""
        with self._store.transaction() as session:
            return [d for d in dismissals.for_document(session, doc_id) if d.check in CHECKS]

    def dismiss(
        self, doc_id: int, findings: Sequence[Finding], everywhere: bool = False
    ) -> list[Dismissal]:
        """Remember the findings as dismissed (one transaction); with `everywhere`, their
        texts are left alone by their checks all over the document (an allow-list)."""
        starts = _side_starts(self._load(doc_id))
        made = []
        for f in findings:
            if everywhere:
                made.append(Dismissal(f.check, None, None, None, f.detail))
            else:
                _, start, end = _span(f, starts)
                made.append(Dismissal(f.check, f.side, start, end, f.detail))
        with self._store.transaction() as session:
            return [dismissals.add(session, doc_id, d) for d in dict.fromkeys(made)]

    def undismiss(self, doc_id: int, ids: Sequence[int]) -> list[Dismissal]:
        """Forget these dismissals (undo); the removed ones, which `redismiss` puts back."""
        with self._store.transaction() as session:
            removed = [dismissals.remove(session, doc_id, i) for i in ids]
        return [d for d in removed if d is not None]

    def redismiss(self, doc_id: int, removed: Sequence[Dismissal]) -> list[Dismissal]:
        """Put removed dismissals back with their ids (redo)."""
        with self._store.transaction() as session:
            return [dismissals.add(session, doc_id, d) for d in removed]

    def flag(
        self, doc_id: int, findings: Sequence[Finding], annotator: str = ""
    ) -> list[mqm.Annotation]:
        """Annotations with the findings' spans, categories and severities, their messages as
        comments and their proposed renderings as fixes; in one transaction, so all of them
        are saved or none."""
        places = [(f.side, f.paragraph, f.start, f.end) for f in findings]
        anchors = self._annotations.span_anchors(doc_id, places)
        drafts = [
            mqm.Annotation(
                f.category, f.severity, (a,), comment=f.message, fix=f.fix, annotator=annotator
            )
            for f, a in zip(findings, anchors, strict=True)
        ]
        return self._annotations.flag_all(doc_id, drafts)

    def mark(self, doc_id: int, findings: Sequence[Finding]) -> list[CheckedFinding]:
        """The findings of an earlier run marked afresh as flagged and dismissed (after an
        annotation or a dismissal changed), without running the checks again."""
        return self._marked(doc_id, self._load(doc_id), findings)

    def _marked(
        self, doc_id: int, view: DocumentView, findings: Sequence[Finding]
    ) -> list[CheckedFinding]:
        starts = _side_starts(view)
        flagged = {
            (anchor.side, a.category, anchor.start, anchor.end)
            for a in self._annotations.for_document(doc_id)
            for anchor in a.anchors
        }
        dismissed = _Dismissed(self.dismissals(doc_id))
        marked = []
        for f in findings:
            side, start, end = _span(f, starts)
            is_flagged = (side, f.category, start, end) in flagged
            marked.append(CheckedFinding(f, is_flagged, dismissed.covers(f, (side, start, end))))
        return marked


def read_glossary(path: Path) -> list[Term]:
    """The terms of a TBX, CSV or tab-separated glossary file; InputError naming the file if
    it is bad."""
    from reader.export.terms import read_terms  # translate-toolkit loads only when needed

    return read_terms(read_bytes(path), path.name)


def pairs(view: DocumentView) -> list[Pair]:
    """The document's sentence beads as pairs of sentence texts with their places."""
    src = _segments(view.source)
    tgt = _segments(view.target) if view.target else []
    return [
        Pair(tuple(src[i] for i in bead.src), tuple(tgt[j] for j in bead.tgt))
        for bead in view.sentence_beads
    ]


def _segments(side: SideView) -> list[Segment]:
    found = []
    for p, (text, spans) in enumerate(zip(side.paragraphs, side.sentences, strict=True)):
        marks = [m for m in side.marks_of(p) if m.kind == "code"]
        codes = [Code(m.start, m.end, text[m.start : m.end]) for m in marks]
        for span in spans:
            inside = tuple(c for c in codes if span.start <= c.start and c.end <= span.end)
            words = list(text[span.start : span.end])
            for code in inside:
                words[code.start - span.start : code.end - span.start] = CODE_MASK * len(code.token)
            found.append(Segment(p, span.start, "".join(words), inside))
    return found


class _Dismissed:
    def __init__(self, items: list[Dismissal]) -> None:
        self._spans = {(d.check, d.side, d.start, d.end) for d in items if not d.everywhere}
        self._texts = {(d.check, d.text.casefold()) for d in items if d.everywhere}

    def covers(self, finding: Finding, span: tuple[str, int, int]) -> bool:
        if (finding.check, finding.detail.casefold()) in self._texts:
            return True
        return (finding.check, *span) in self._spans


def _listing_order(item: CheckedFinding) -> tuple[int, float]:
    """Meaning before mechanics, surest first; the sort is stable, so ties keep reading order."""
    f = item.finding
    return (0, -f.confidence) if f.semantic else (1, 0.0)


def _span(finding: Finding, starts: dict[str, list[int]]) -> tuple[str, int, int]:
    """The finding as (side, start, end) in the side's whole text, as annotations keep their
    spans."""
    offset = starts[finding.side][finding.paragraph]
    return finding.side, offset + finding.start, offset + finding.end


def _side_starts(view: DocumentView) -> dict[str, list[int]]:
    return {"source": _starts(view.source), "target": _starts(view.target)}


def _starts(side: SideView | None) -> list[int]:
    """Where each paragraph begins in the side's whole text, where annotation spans count."""
    return SideText(side.lang, side.paragraphs).paragraph_starts() if side else []
