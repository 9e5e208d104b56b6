"""Flagging mistranslations: the annotation use cases that the GUI and the CLI call.

Every change is its own transaction, committed before the call returns (SQLite runs in WAL
mode), so a confirmed annotation survives the program being killed. Callers get frozen
core.mqm.Annotation values, never database rows.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace
from pathlib import Path

from reader.core import mqm
from reader.core.adjudication import REJECTED, Case, cases, kept, merged
from reader.core.agreement import Agreement, document_agreement
from reader.core.anchors import Anchor, anchor, quote_anchor
from reader.core.checks.model import Dismissal
from reader.core.document import Bead, SideText
from reader.core.errors import Conflict, InputError
from reader.services import anchoring, reimporting, similar
from reader.services.reimporting import ReimportReport
from reader.services.similar import Occurrence
from reader.services.views import DocumentScore
from reader.store import annotations as rows
from reader.store import dismissals, repository, settings
from reader.store.engine import Store

Values = str | Collection[str] | None


class Annotations:
    def __init__(self, store: Store) -> None:
        self._store = store

    # Anchors: from what the user selected or typed to code-point spans of a side's text.

    def quote_anchor(
        self,
        doc_id: int,
        side: str,
        quote: str,
        *,
        paragraph: int | None = None,
        occurrence: int | None = None,
    ) -> Anchor:
        """Find the quote on a side (or in one paragraph of it, counted from 0).

        A quote found more than once is refused unless `occurrence` (0 for the first) picks one.
        """
        with self._store.transaction() as session:
            side_text = anchoring.side_text(session, doc_id, side)
        within = _paragraph_range(side_text, paragraph) if paragraph is not None else None
        return quote_anchor(side, side_text.text, quote, within=within, occurrence=occurrence)

    def span_anchor(
        self, doc_id: int, side: str, paragraph: int, start: int = 0, end: int | None = None
    ) -> Anchor:
        """A span given in code points within one paragraph; by default the whole paragraph
        (an omitted paragraph is flagged on its source paragraph, with no target span)."""
        return self.span_anchors(doc_id, [(side, paragraph, start, end)])[0]

    def span_anchors(
        self, doc_id: int, spans: Sequence[tuple[str, int, int, int | None]]
    ) -> list[Anchor]:
        """span_anchor for many (side, paragraph, start, end) at once, each side read once."""
        with self._store.transaction() as session:
            texts = {side: anchoring.side_text(session, doc_id, side) for side, *_ in spans}
        return [_span(texts[side], side, *place) for side, *place in spans]

    # Changes.

    def flag(
        self,
        doc_id: int,
        category: str,
        severity: str,
        anchors: Sequence[Anchor],
        *,
        comment: str = "",
        fix: str = "",
        annotator: str = "",
    ) -> mqm.Annotation:
        """Record a new error; `anchors` holds a source span, a target span, or both."""
        draft = mqm.Annotation(category, severity, tuple(anchors), comment, fix, annotator)
        return self.flag_all(doc_id, [draft])[0]

    def flag_all(self, doc_id: int, drafts: Sequence[mqm.Annotation]) -> list[mqm.Annotation]:
        """Record new errors in one transaction: all of them, or none if one is refused."""
        with self._store.transaction() as session:
            return [
                rows.add(
                    session,
                    doc_id,
                    replace(d, anchors=anchoring.checked(session, doc_id, d.anchors)),
                )
                for d in drafts
            ]

    def update(self, annotation: mqm.Annotation) -> mqm.Annotation:
        """Store every field and span of an edited annotation (built with dataclasses.replace
        from one read from the store). Refused (core.errors.Conflict) if someone changed or
        deleted it since it was read: its version is no longer the annotation's."""
        if annotation.id is None:
            raise InputError("only a stored annotation (one with an id) can be updated")
        with self._store.transaction() as session:
            stored = _found(rows.get(session, annotation.id), annotation.id, annotation.version)
            assert stored.document_id is not None  # every stored annotation has one
            anchors = anchoring.checked(session, stored.document_id, annotation.anchors)
            expected = annotation.version or None
            updated = rows.replace(session, replace(annotation, anchors=anchors), expected)
            return _found(updated, annotation.id)

    def resolve(self, ann_id: int, expected: int | None = None) -> mqm.Annotation:
        """Resolve; with `expected`, only if the annotation is still at that version."""
        return self._set_status(ann_id, "resolved", expected)

    def reopen(self, ann_id: int, expected: int | None = None) -> mqm.Annotation:
        return self._set_status(ann_id, "open", expected)

    def accept_fix(
        self, ann_id: int, accepted: bool = True, expected: int | None = None
    ) -> mqm.Annotation:
        """Accept the fix for the revised translation (or withdraw the acceptance)."""
        with self._store.transaction() as session:
            stored = _found(rows.get(session, ann_id), ann_id, expected)
            changed = rows.replace(session, replace(stored, fix_accepted=accepted), expected)
            return _found(changed, ann_id)

    def delete(self, ann_id: int, expected: int | None = None) -> mqm.Annotation:
        """Delete; the returned value given to `restore` brings it back (undo)."""
        with self._store.transaction() as session:
            return _found(rows.remove(session, ann_id, expected), ann_id)

    def restore(self, annotation: mqm.Annotation) -> mqm.Annotation:
        """Re-insert a deleted annotation with its id, times and spans."""
        if annotation.id is None or annotation.document_id is None:
            raise InputError("only an annotation that was stored (it has an id) can be restored")
        with self._store.transaction() as session:
            if rows.exists_id(session, annotation.id):
                raise InputError(f"annotation {annotation.id} exists; it was not deleted")
            anchors = anchoring.checked(session, annotation.document_id, annotation.anchors)
            return rows.add(session, annotation.document_id, replace(annotation, anchors=anchors))

    def _set_status(self, ann_id: int, status: str, expected: int | None) -> mqm.Annotation:
        with self._store.transaction() as session:
            return _found(rows.set_status(session, ann_id, status, expected), ann_id)

    # Reading.

    def get(self, ann_id: int) -> mqm.Annotation:
        with self._store.transaction() as session:
            return _found(rows.get(session, ann_id), ann_id)

    def for_document(
        self,
        doc_id: int,
        *,
        category: Values = None,
        severity: Values = None,
        annotator: Values = None,
        status: Values = None,
    ) -> list[mqm.Annotation]:
        """The document's annotations in the order they were made; each filter takes one value
        or several (any of them matches)."""
        which = rows.Filter(*map(_values, (category, severity, annotator, status)))
        with self._store.transaction() as session:
            anchoring.side_ids(session, doc_id)
            return rows.for_document(session, doc_id, which)

    def orphaned(self, doc_id: int) -> list[mqm.Annotation]:
        """Annotations whose text a re-import changed so that their quote was not found again."""
        with self._store.transaction() as session:
            anchoring.side_ids(session, doc_id)
            return rows.for_document(session, doc_id, rows.Filter(orphaned=True))

    def score(self, doc_id: int) -> DocumentScore:
        """MQM penalty over the English words of the source, with the library's weights.

        Open and resolved annotations count (resolving says the translator dealt with it, not
        that the error was never there); orphans do not, their text is gone.
        """
        with self._store.transaction() as session:
            sides = anchoring.side_texts(session, doc_id)
            beads = repository.beads(session, doc_id, "paragraph")
            flagged = rows.for_document(session, doc_id, rows.Filter(orphaned=False))
            weights = settings.mqm_weights(session)
        return _score(sides["source"], sides.get("target"), beads, flagged, weights)

    def agreement(self, doc_id: int, reviewers: Sequence[str] = ()) -> Agreement:
        """How far the document's reviewers agree (core.agreement): the named ones, or every
        reviewer who flagged something (not the notes a file came with)."""
        with self._store.transaction() as session:
            sides = anchoring.side_texts(session, doc_id)
            beads = repository.beads(session, doc_id, "paragraph")
            flagged = rows.for_document(session, doc_id)  # its orphans: left out there
            weights = settings.mqm_weights(session)
        return document_agreement(
            flagged, sides["source"], sides.get("target"), beads, weights, reviewers
        )

    # Adjudication.

    def adjudication(self, doc_id: int) -> list[Case]:
        """The cases the reviewers' annotations make that are still to settle."""
        with self._store.transaction() as session:
            flagged = rows.for_document(session, doc_id)
            rejected = [
                (d.side, d.start, d.end)
                for d in dismissals.for_document(session, doc_id)
                if d.check == REJECTED and d.side and d.start is not None and d.end is not None
            ]
        return cases(flagged, rejected)

    def adjudicate(
        self, doc_id: int, case: Case, decision: str, chosen: mqm.Annotation | None = None
    ) -> mqm.Annotation | None:
        """Settle a case: "keep" the chosen annotation, "merge" them all into one, or
        "reject" the case; the kept or merged annotation, reviewed by ADJUDICATED."""
        if decision == "keep":
            if chosen is None or chosen not in case.annotations:
                raise InputError("keep which annotation? Choose one of the case's")
            return self.flag_all(doc_id, [kept(chosen)])[0]
        start, end = case.span
        with self._store.transaction() as session:
            text = anchoring.side_text(session, doc_id, case.side).text
            if decision == "merge":
                whole = anchor(case.side, text, start, end)
                return rows.add(session, doc_id, merged(case, whole))
            if decision == "reject":
                side = "source" if case.side == "source" else "target"
                rejection = Dismissal(REJECTED, side, start, end, text[start:end])
                dismissals.add(session, doc_id, rejection)
                return None
        raise InputError(f"unknown decision {decision!r}: keep, merge or reject")

    # Find similar, re-import.

    def find_similar(self, ann_id: int, *, whole_library: bool = False) -> list[Occurrence]:
        """Other places where the annotation's source phrase or target rendering occurs."""
        return similar.find(self._store, self.get(ann_id), whole_library)

    def flag_similar(self, ann_id: int, occurrences: Sequence[Occurrence]) -> list[mqm.Annotation]:
        """Flag the chosen occurrences like the original, all in one transaction."""
        return similar.flag(self._store, self.get(ann_id), occurrences)

    def reimport(self, doc_id: int, path: Path, translation: Path | None = None) -> ReimportReport:
        """Replace the document's text from changed files and re-anchor its annotations."""
        return reimporting.reimport(self._store, doc_id, path, translation)


def _found(found: mqm.Annotation | None, ann_id: int, known: int | None = None) -> mqm.Annotation:
    """The annotation; missing, a Conflict if the caller knew a version of it (someone
    deleted it since), else an InputError."""
    if found is None:
        if known:
            raise Conflict(f"annotation {ann_id}", None)
        raise InputError(f"no annotation with id {ann_id}")
    return found


def _span(side_text: SideText, side: str, paragraph: int, start: int, end: int | None) -> Anchor:
    lo, hi = _paragraph_range(side_text, paragraph)
    end = hi - lo if end is None else end
    if not 0 <= start < end <= hi - lo:
        raise InputError(f"span {start}-{end} is outside paragraph {paragraph} ({side})")
    return anchor(side, side_text.text, lo + start, lo + end)


def _paragraph_range(side: SideText, index: int) -> tuple[int, int]:
    """Where paragraph `index` begins and ends in the side's full text."""
    if not 0 <= index < len(side.paragraphs):
        raise InputError(
            f"no paragraph {index} on the {side.lang} side: it has {len(side.paragraphs)} "
            "(counted from 0)"
        )
    start = side.paragraph_starts()[index]
    return start, start + len(side.paragraphs[index])


def _score(
    source: SideText,
    target: SideText | None,
    beads: Sequence[Bead],
    flagged: Sequence[mqm.Annotation],
    weights: mqm.Weights,
) -> DocumentScore:
    placed: list[list[mqm.Annotation]] = [[] for _ in source.paragraphs]
    place = mqm.paragraph_placer(source, target, beads)
    for annotation in flagged:
        index = place(annotation)
        if index is not None:
            placed[index].append(annotation)
    return DocumentScore(
        total=mqm.score(flagged, mqm.word_count(source.text), weights),
        paragraphs=tuple(
            mqm.score(group, mqm.word_count(text), weights)
            for group, text in zip(placed, source.paragraphs, strict=True)
        ),
    )


def _values(value: Values) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)
