"""Automatic checks of a document's translation (numbers, omissions, punctuation, ...) and
turning what they find into annotations."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from reader.core import mqm
from reader.core.checks import Finding, Pair, Segment, Term, parse_glossary, run_checks
from reader.core.decode import decode_bytes
from reader.core.document import SideText
from reader.core.errors import InputError
from reader.services.annotations import Annotations
from reader.services.preparing import read_bytes
from reader.services.views import CheckedFinding, DocumentView, SideView


class Checks:
    def __init__(self, load: Callable[[int], DocumentView], annotations: Annotations) -> None:
        self._load = load
        self._annotations = annotations

    def run(
        self, doc_id: int, only: Collection[str] | None = None, glossary: Path | None = None
    ) -> list[CheckedFinding]:
        """Every finding of the checks (all, or the ids in `only`) in reading order, each marked
        when an annotation of its category already covers its span. `glossary` is a text file of
        terms and their renderings (see reader.core.checks.parse_glossary)."""
        view = self._load(doc_id)
        if view.target is None:
            raise InputError(f"“{view.title}” has no translation to check")
        terms = read_glossary(glossary) if glossary is not None else []
        found = run_checks(pairs(view), view.source.lang, view.target.lang, only, terms)
        flagged = {
            (anchor.side, a.category, anchor.start, anchor.end)
            for a in self._annotations.for_document(doc_id)
            for anchor in a.anchors
        }
        starts = {"source": _starts(view.source), "target": _starts(view.target)}
        return [CheckedFinding(f, _place(f, starts) in flagged) for f in found]

    def flag(
        self, doc_id: int, findings: Sequence[Finding], annotator: str = ""
    ) -> list[mqm.Annotation]:
        """Annotations with the findings' spans, categories and severities, their messages as
        comments; in one transaction, so all of them are saved or none."""
        places = [(f.side, f.paragraph, f.start, f.end) for f in findings]
        anchors = self._annotations.span_anchors(doc_id, places)
        drafts = [
            mqm.Annotation(f.category, f.severity, (a,), comment=f.message, annotator=annotator)
            for f, a in zip(findings, anchors, strict=True)
        ]
        return self._annotations.flag_all(doc_id, drafts)


def read_glossary(path: Path) -> list[Term]:
    """A glossary file in any encoding import reads; InputError naming the file if it is bad."""
    text, _encoding = decode_bytes(read_bytes(path), path.name)
    try:
        return parse_glossary(text)
    except InputError as error:
        raise InputError(f"{path.name}: {error}") from error


def pairs(view: DocumentView) -> list[Pair]:
    """The document's sentence beads as pairs of sentence texts with their places."""
    src = _segments(view.source)
    tgt = _segments(view.target) if view.target else []
    return [
        Pair(tuple(src[i] for i in bead.src), tuple(tgt[j] for j in bead.tgt))
        for bead in view.sentence_beads
    ]


def _segments(side: SideView) -> list[Segment]:
    return [
        Segment(p, span.start, text[span.start : span.end])
        for p, (text, spans) in enumerate(zip(side.paragraphs, side.sentences, strict=True))
        for span in spans
    ]


def _starts(side: SideView | None) -> list[int]:
    """Where each paragraph begins in the side's whole text, where annotation spans count."""
    return SideText(side.lang, side.paragraphs).paragraph_starts() if side else []


def _place(finding: Finding, starts: dict[str, list[int]]) -> tuple[str, str, int, int]:
    """The finding as (side, category, start, end) in the side's whole text, as annotations
    keep their spans."""
    offset = starts[finding.side][finding.paragraph]
    return finding.side, finding.category, offset + finding.start, offset + finding.end
