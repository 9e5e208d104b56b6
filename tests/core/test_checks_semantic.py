"""The checks that read meaning: senses, idioms rendered word by word, drift, homophones.

They need CC-CEDICT, jieba and the sentence encoder, which the package installs; each case has
a twin that must not be flagged.
"""

from __future__ import annotations

import pytest

from reader.core.checks import Finding, Pair, Segment, run_checks
from reader.core.checks.lexicon import lexicon
from reader.core.checks.model import Place


def pair(source: str, target: str, paragraph: int = 0) -> Pair:
    return Pair((Segment(paragraph, 0, source),), (Segment(paragraph, 0, target),))


def check(check_id: str, *pairs: Pair) -> list[Finding]:
    return run_checks(pairs, "en", "zh", only=[check_id])


# --- the lexicon -------------------------------------------------------------------------------


def test_the_lexicon_reads_cedict_both_ways() -> None:
    lex = lexicon()
    assert lex is not None
    assert {"秩序", "命令", "订单"} <= set(lex.renderings("order"))
    assert lex.sense_for("订单", "order").qualifiers == ("purchase",)  # type: ignore[union-attr]
    assert "破冰" in lex.phrases()[("break", "ice")]
    assert lex.sounding_toneless("yi jing")[0] == "已经"
    assert lex.different_senses("订单", "秩序", "order")
    assert not lex.different_senses("顺序", "次序", "order")  # both "sequence"


def test_a_gloss_phrase_is_no_one_word_rendering() -> None:
    lex = lexicon()
    assert lex is not None
    assert "为了" not in lex.renderings("order")  # "in order to"


# --- sense -------------------------------------------------------------------------------------


def test_a_rendering_in_the_wrong_sense_is_named_with_its_sense_and_the_fitting_one() -> None:
    source = "The new world order is taking shape after the war."
    target = "战后新的世界订单正在形成。"
    [finding] = check("sense", pair(source, target))
    assert target[finding.start : finding.end] == "订单"
    assert finding.fix == "秩序"
    assert '"订单" means (purchase) order' in finding.message
    assert finding.related == (
        Place("source", 0, source.index("order"), source.index("order") + 5),
    )
    assert finding.semantic and 0.5 <= finding.confidence <= 1


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The new world order is taking shape after the war.", "战后新的世界秩序正在形成。"),
        ("He placed an order for ten books.", "他下了十本书的订单。"),
        ("She admitted that she had been wrong.", "她承认自己错了。"),
    ],
)
def test_renderings_in_the_right_sense_are_not_flagged(source: str, target: str) -> None:
    assert check("sense", pair(source, target)) == []


# --- literal -----------------------------------------------------------------------------------


def test_an_idiom_rendered_word_by_word() -> None:
    target = "两位领导人试图打破冰。"
    [finding] = check("literal", pair("The two leaders tried to break the ice.", target))
    assert finding.detail == "打破冰" == target[finding.start : finding.end]
    assert finding.fix == "破冰"
    assert '"break the ice" is an idiom rendered word by word' in finding.message


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("The two leaders tried to break the ice.", "两位领导人试图破冰。"),
        ("He fell through the ice.", "他掉进冰里。"),  # no idiom
        ("They made love.", "他们做爱了。"),  # "(idiom)" of a two-word gloss is no English idiom
    ],
)
def test_idioms_rendered_as_idioms_and_plain_words_are_not_flagged(
    source: str, target: str
) -> None:
    assert check("literal", pair(source, target)) == []


# --- homophone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "target", "typo", "fix"),
    [
        ("He has already left.", "他以经走了。", "以经", "已经"),
        ("The weather is fine today.", "今天天汽很好。", "天汽", "天气"),
    ],
)
def test_a_same_sounding_wrong_character(source: str, target: str, typo: str, fix: str) -> None:
    [finding] = check("homophone", pair(source, target))
    assert (finding.detail, finding.fix) == (typo, fix)
    assert target[finding.start : finding.end] == typo
    assert finding.category == "Fluency/Spelling"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("He has already left.", "他已经走了。"),
        ("Chen held me back.", "陈把我拽住。"),  # 把我 sounds like 把握 "to hold"; 我 is "me"
    ],
)
def test_words_that_only_sound_like_others_are_not_flagged(source: str, target: str) -> None:
    assert check("homophone", pair(source, target)) == []


# --- drift -------------------------------------------------------------------------------------

FAITHFUL = [
    ("The farmers planted rice in the spring.", "农民们在春天种了水稻。"),
    ("The teacher opened the window of the classroom.", "老师打开了教室的窗户。"),
    ("My brother bought a new bicycle yesterday.", "我哥哥昨天买了一辆新自行车。"),
    ("The river flows past the old temple.", "河水流过那座古老的寺庙。"),
    ("Children were playing football in the park.", "孩子们在公园里踢足球。"),
    ("The doctor told him to drink more water.", "医生叫他多喝水。"),
    ("We ate dumplings with our grandmother.", "我们和奶奶一起吃饺子。"),
    ("The train to Beijing left very early.", "去北京的火车很早就开走了。"),
    ("She wrote a long letter to her mother.", "她给母亲写了一封长信。"),
    ("The cat slept under the warm table.", "猫睡在暖和的桌子下面。"),
]


def test_a_pair_whose_meaning_drifted_is_listed_with_its_unmatched_words() -> None:
    pairs = [pair(en, zh, i) for i, (en, zh) in enumerate(FAITHFUL)]
    pairs[4] = pair(FAITHFUL[4][0], "股市今天因为利率上涨而下跌。", 4)
    [finding] = check("drift", *pairs)
    assert finding.paragraph == 4 and finding.side == "target"
    assert "football" in finding.message
    assert any(p.side == "source" for p in finding.related)
    assert any(p.side == "target" for p in finding.related)


def test_faithful_pairs_are_not_listed() -> None:
    assert check("drift", *[pair(en, zh, i) for i, (en, zh) in enumerate(FAITHFUL)]) == []


def test_a_long_check_reports_its_progress_and_can_be_stopped_inside() -> None:
    pairs = [pair(en, zh, i) for i, (en, zh) in enumerate(FAITHFUL)]
    pairs.append(pair("The new world order is taking shape.", "新的世界订单正在形成。", 10))
    heard: list[float] = []
    run_checks(pairs, "en", "zh", only=["sense", "numbers"], progress=heard.append)
    assert heard == sorted(heard) and heard[-1] == 1.0
    assert any(0 < share < 1 for share in heard)  # from inside the sense check

    class Stop(Exception):
        pass

    def stop(share: float) -> None:
        if 0 < share < 1:
            raise Stop

    with pytest.raises(Stop):
        run_checks(pairs, "en", "zh", only=["sense", "numbers"], progress=stop)
