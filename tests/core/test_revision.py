"""The revised translation: accepted fixes applied in place, the unusable ones reported."""

from __future__ import annotations

import pytest

from reader.core.anchors import anchor
from reader.core.document import SideText
from reader.core.errors import InputError
from reader.core.mqm import Annotation
from reader.core.revision import revise

TARGET = SideText("zh", ("当前订单正在改变。", "俄罗斯和中国是伙伴。"))


def fix(quote: str, new: str, *, accepted: bool = True, nth: int = 0, ann_id: int = 1):
    text = TARGET.text
    start = text.index(quote)
    for _ in range(nth):
        start = text.index(quote, start + 1)
    return Annotation(
        "Accuracy/Mistranslation",
        "major",
        (anchor("target", text, start, start + len(quote)),),
        fix=new,
        fix_accepted=accepted,
        id=ann_id,
    )


def test_accepted_fixes_replace_their_spans_paragraph_by_paragraph() -> None:
    revision = revise(TARGET, [fix("中国", "中华人民共和国", ann_id=2), fix("订单", "秩序")])
    assert revision.paragraphs() == ("当前秩序正在改变。", "俄罗斯和中华人民共和国是伙伴。")
    assert [(c.paragraph, c.start, c.end, c.old, c.new) for c in revision.changes] == [
        (0, 2, 4, "订单", "秩序"),
        (1, 4, 6, "中国", "中华人民共和国"),
    ]
    pieces = [(p.text, p.change is not None) for p in revision.pieces(0)]
    assert pieces == [("当前", False), ("秩序", True), ("正在改变。", False)]


def test_fixes_not_accepted_are_not_applied() -> None:
    revision = revise(TARGET, [fix("订单", "秩序", accepted=False)])
    assert revision.paragraphs() == TARGET.paragraphs and not revision.changes


def test_an_overlapping_or_stale_fix_is_left_out_and_said_why() -> None:
    stale = fix("伙伴", "朋友", ann_id=3)
    moved = SideText("zh", ("当前订单正在改变。", "俄罗斯和中国是朋友。"))
    overlapping = fix("订单正在", "秩序在", ann_id=2)
    revision = revise(moved, [fix("订单", "秩序"), overlapping, stale])
    assert revision.paragraphs() == ("当前秩序正在改变。", "俄罗斯和中国是朋友。")
    assert [(a.id, why) for a, why in revision.skipped] == [
        (2, "it overlaps a fix applied before it"),
        (3, "its text in the translation changed since it was flagged"),
    ]


def test_a_fix_across_paragraphs_is_left_out() -> None:
    text = TARGET.text
    across = Annotation(
        "Accuracy/Mistranslation",
        "major",
        (anchor("target", text, text.index("改变"), text.index("俄罗斯") + 1),),
        fix="x",
        fix_accepted=True,
    )
    assert revise(TARGET, [across]).skipped[0][1] == "it reaches across paragraphs"


def test_only_a_fix_on_the_translation_can_be_accepted() -> None:
    with pytest.raises(InputError, match="only a fix of a span of the translation"):
        Annotation(
            "Accuracy/Omission",
            "major",
            (anchor("source", "The order.", 4, 9),),
            fix="秩序",
            fix_accepted=True,
        )
    with pytest.raises(InputError):
        fix("订单", "")  # no fix to apply
