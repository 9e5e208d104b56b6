"""A lead reviewer settles two reviewers' annotations: keep, merge or reject each case."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.adjudication import ADJUDICATED
from reader.core.errors import InputError
from reader.services import exporting
from reader.services.library import Library


def flag(library: Library, who: str, quote: str, severity: str, category: str = "Other") -> None:
    notes = library.annotations
    notes.flag(1, category, severity, (notes.quote_anchor(1, "target", quote),), annotator=who,
               comment=f"{who} saw it")  # fmt: skip


def test_cases_are_settled_one_by_one_into_an_adjudicated_set(
    library: Library, tmp_path: Path
) -> None:
    flag(library, "Ada", "当前订单", "major", "Accuracy/Mistranslation")
    flag(library, "Ben", "订单", "minor", "Accuracy/Mistranslation")  # overlaps Ada's
    flag(library, "Ben", "艾伦先生", "minor")  # Ben's alone
    flag(library, "Ada", "Saker Blog", "minor")  # Ada's alone
    found = library.annotations.adjudication(1)
    assert [c.reviewers for c in found] == [("Ben",), ("Ada",), ("Ada", "Ben")]  # text order
    shared = next(c for c in found if len(c.reviewers) == 2)
    assert not shared.agreed
    merged = library.annotations.adjudicate(1, shared, "merge")
    assert merged is not None and merged.annotator == ADJUDICATED
    assert merged.anchors[0].exact == "当前订单" and merged.severity == "major"
    assert merged.comment == "Ada: Ada saw it; Ben: Ben saw it"
    rest = library.annotations.adjudication(1)
    assert len(rest) == 2 and shared not in rest  # settled cases are not asked again
    alone = rest[0]
    kept = library.annotations.adjudicate(1, alone, "keep", alone.annotations[0])
    assert kept is not None and kept.annotator == ADJUDICATED
    assert library.annotations.adjudicate(1, rest[1], "reject") is None
    assert library.annotations.adjudication(1) == []
    assert library.checks.dismissals(1) == []  # a rejection is no check's dismissal
    out = exporting.export_document(
        library, 1, "json", tmp_path / "a.json", annotators=(ADJUDICATED,)
    )
    assert out.read_text("utf-8").count('"type": "Annotation"') == 2
    with pytest.raises(InputError, match="keep which"):
        library.annotations.adjudicate(1, shared, "keep")
