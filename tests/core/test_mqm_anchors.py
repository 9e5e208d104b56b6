import pytest

from reader.core.anchors import anchor, reanchor
from reader.core.errors import InputError
from reader.core.mqm import WMT_WEIGHTS, Annotation, Weights, score, weight

TEXT = "Even for those who have a stake in the current order, the current order must change."


def _flag(category: str, severity: str) -> Annotation:
    return Annotation(category, severity, (anchor("source", TEXT, 0, 4),))


def test_wmt_weights() -> None:
    assert weight(_flag("Accuracy/Mistranslation", "major")) == 5
    assert weight(_flag("Accuracy/Mistranslation", "minor")) == 1
    assert weight(_flag("Accuracy/Mistranslation", "critical")) == 10
    assert weight(_flag("Fluency/Punctuation", "minor")) == 0.1
    assert weight(_flag("Fluency/Punctuation", "major")) == 5
    assert weight(_flag("Non-translation", "major")) == 25
    assert weight(_flag("Other", "neutral")) == 0


def test_document_score_and_per_thousand_words() -> None:
    flags = [_flag("Accuracy/Mistranslation", "major"), _flag("Fluency/Punctuation", "minor")]
    result = score([*flags, _flag("Other", "neutral")], words=500)
    assert result.penalty == pytest.approx(5.1)
    assert result.errors == 2
    assert result.per_thousand_words == pytest.approx(10.2)
    assert score([], 0).per_thousand_words == 0


def test_unknown_category_or_severity_is_refused() -> None:
    with pytest.raises(ValueError, match="category"):
        _flag("Accuracy/Whatever", "major")
    with pytest.raises(ValueError, match="severity"):
        _flag("Other", "catastrophic")


def test_anchor_quotes_its_span_with_context() -> None:
    start = TEXT.index("the current order")
    a = anchor("target", TEXT, start, start + 17, context=10)
    assert (a.exact, a.prefix, a.suffix) == ("the current order", " stake in ", ", the curr")


def test_reanchor_follows_an_edit_before_the_span() -> None:
    second = TEXT.rindex("the current order")
    old = anchor("source", TEXT, second, second + 17)
    edited = "NEW WORDS. " + TEXT
    new = reanchor(edited, old)
    assert new is not None and new.start == second + 11 and new.exact == old.exact


def test_reanchor_picks_the_occurrence_whose_context_matches() -> None:
    first = TEXT.index("the current order")
    old = anchor("source", TEXT, first, first + 17)
    edited = TEXT.replace("must change", "must really change")
    new = reanchor(edited, old)
    assert new is not None and new.start == first


def test_reanchor_reports_an_orphan_when_the_quote_is_gone() -> None:
    old = anchor("source", TEXT, 0, 4)
    assert reanchor(TEXT.replace("Even", "Odd"), old) is None


def test_span_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        anchor("source", "short", 2, 10)


def test_weights_are_wmts_unless_set_and_stay_in_range() -> None:
    major = _flag("Accuracy/Mistranslation", "major")
    comma = _flag("Fluency/Punctuation", "minor")
    left = _flag("Non-translation", "minor")
    assert [weight(a) for a in (major, comma, left)] == [5.0, 0.1, 25.0]
    house = Weights(major=3.0, minor_punctuation=0.0, non_translation=10.0)
    assert [weight(a, house) for a in (major, comma, left)] == [3.0, 0.0, 10.0]
    assert score([major, comma], 100, house).penalty == 3.0
    assert Weights() == WMT_WEIGHTS
    with pytest.raises(InputError, match="minor is -1"):
        Weights(minor=-1.0)
