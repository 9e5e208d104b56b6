"""The automatic checks through the service: findings on stored documents, flagged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from annotation_docs import add_documents, prepared

from reader.core.document import Bead
from reader.core.errors import Cancelled, InputError
from reader.services.library import Library
from reader.services.views import CheckedFinding

ENGLISH = ("In 2014, the partnership grew.", "It was strong.", "This part was left out.")
CHINESE = ("在2015年,伙伴关系增长了。", "它很强大。")
SENTENCES = (Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), ()))


@pytest.fixture
def checked(empty_url: str) -> Iterator[Library]:
    """One document with a changed number, a half-width comma and an untranslated paragraph."""
    doc = prepared(ENGLISH, CHINESE, SENTENCES)
    add_documents(empty_url, prepared(), type(doc)(doc.text, doc.sentences, SENTENCES, SENTENCES))
    library = Library.open(empty_url, seed=False)
    yield library
    library.close()


def places(found: list[CheckedFinding], check: str) -> list[tuple[str, int, int, int]]:
    return [
        (f.finding.side, f.finding.paragraph, f.finding.start, f.finding.end)
        for f in found
        if f.finding.check == check
    ]


def test_findings_point_at_the_problem_in_its_paragraph(checked: Library) -> None:
    found = checked.checks.run(2)
    assert ("source", 0, 3, 7) in places(found, "numbers")  # "2014" is not in the translation
    assert ("target", 0, 1, 5) in places(found, "numbers")  # "2015" is not in the original
    comma = CHINESE[0].index(",")
    assert places(found, "punctuation") == [("target", 0, comma, comma + 1)]
    assert places(found, "omission") == [("source", 2, 0, len(ENGLISH[2]))]
    assert not any(f.flagged for f in found)
    only = checked.checks.run(2, only=["numbers"])
    assert {f.finding.check for f in only} == {"numbers"}


def test_a_flagged_finding_becomes_an_annotation_and_shows_as_flagged(checked: Library) -> None:
    found = checked.checks.run(2)
    number = next(f.finding for f in found if f.finding.check == "numbers")
    (annotation,) = checked.checks.flag(2, [number], annotator="qa")
    assert (annotation.category, annotation.severity) == (number.category, number.severity)
    assert annotation.comment == number.message and annotation.annotator == "qa"
    (anchor,) = annotation.anchors
    assert (anchor.side, anchor.exact) == ("source", "2014")
    again = checked.checks.run(2)
    assert [f.flagged for f in again] == [f.finding == number for f in again]
    # Several at once are saved together or not at all.
    others = [f.finding for f in again if not f.flagged]
    with pytest.raises(InputError, match="no paragraph 7"):
        checked.checks.flag(2, [others[0], replace(others[1], paragraph=7)])
    assert len(checked.annotations.for_document(2)) == 1
    assert len(checked.checks.flag(2, others)) == len(others)
    assert all(f.flagged for f in checked.checks.run(2))


def test_a_document_without_translation_or_an_unknown_check_is_refused(
    checked: Library, tmp_path: Path
) -> None:
    with pytest.raises(InputError, match="spelling"):
        checked.checks.run(2, only=["spelling"])
    with pytest.raises(InputError, match="no document with id 9"):
        checked.checks.run(9)
    path = tmp_path / "english-only.txt"
    path.write_text("Only English here.\n", "utf-8")
    summary = checked.import_files(path)
    with pytest.raises(InputError, match="has no translation to check"):
        checked.checks.run(summary.id)


def test_a_glossary_in_any_encoding_finds_terms_rendered_otherwise(
    checked: Library, tmp_path: Path
) -> None:
    glossary = tmp_path / "terms.txt"
    # 伙伴关系 is there; "grow" is not "grew" (terms match as written, plurals aside).
    glossary.write_bytes("# 术语表\npartnership\t伙伴关系\ngrow\t扩大\n".encode("gb18030"))
    assert places(checked.checks.run(2, glossary=glossary), "terms") == []
    glossary.write_text("partnership\t合作\n", "utf-8")
    found = checked.checks.run(2, glossary=glossary)
    start = ENGLISH[0].index("partnership")
    assert places(found, "terms") == [("source", 0, start, start + len("partnership"))]
    term = next(f.finding for f in found if f.finding.check == "terms")
    assert term.category == "Terminology/Inappropriate for context"
    assert term.message == '"partnership" is not rendered as 合作.'
    assert places(checked.checks.run(2), "terms") == []  # no glossary, no terms check
    glossary.write_text("partnership 合作\n", "utf-8")
    with pytest.raises(InputError, match=r"terms\.txt line 1: expected a term"):
        checked.checks.run(2, glossary=glossary)
    with pytest.raises(InputError, match="no such file"):
        checked.checks.run(2, glossary=tmp_path / "missing.txt")


def test_the_saker_piece_reports_each_dropped_paragraph_once(library: Library) -> None:
    doc_id = library.default_document_id()
    assert doc_id is not None
    found = library.checks.run(doc_id, only=["omission"])
    assert sorted({p for _, p, _, _ in places(found, "omission")}) == [0, 5, 12, 14, 30]


def test_a_dismissed_finding_stays_dismissed_across_runs_and_undismissing_brings_it_back(
    checked: Library,
) -> None:
    comma = next(f for f in checked.checks.run(2) if f.finding.check == "punctuation")
    assert not comma.dismissed
    [made] = checked.checks.dismiss(2, [comma.finding])
    assert made.id is not None and made.side == "target"
    again = next(f for f in checked.checks.run(2) if f.finding == comma.finding)
    assert again.dismissed
    assert [d.id for d in checked.checks.undismiss(2, [made.id])] == [made.id]
    assert not next(f for f in checked.checks.run(2) if f.finding == comma.finding).dismissed
    checked.checks.redismiss(2, [made])
    assert checked.checks.dismissals(2) == [made]


def test_text_allowed_everywhere_silences_every_finding_with_it(checked: Library) -> None:
    numbers = [f for f in checked.checks.run(2) if f.finding.check == "numbers"]
    target = next(f for f in numbers if f.finding.side == "target")
    checked.checks.dismiss(2, [target.finding], everywhere=True)
    [allowed] = checked.checks.dismissals(2)
    assert (allowed.everywhere, allowed.text) == (True, "2015")
    rerun = {f.finding: f.dismissed for f in checked.checks.run(2) if f.finding.check == "numbers"}
    assert rerun[target.finding] and not all(rerun.values())


def test_findings_about_meaning_come_first_surest_first(checked: Library) -> None:
    found = checked.checks.run(2)
    semantic = [f.finding.semantic for f in found]
    assert semantic == sorted(semantic, reverse=True)
    confidences = [f.finding.confidence for f in found if f.finding.semantic]
    assert confidences == sorted(confidences, reverse=True)


def test_progress_is_reported_and_can_stop_the_run(checked: Library) -> None:
    heard: list[float] = []
    checked.checks.run(2, progress=heard.append)
    assert heard and heard[-1] == 1.0 and heard == sorted(heard)

    def stop(_fraction: float) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        checked.checks.run(2, progress=stop)
