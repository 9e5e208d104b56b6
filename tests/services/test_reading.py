"""The word under the pointer, with its pinyin in context and every CC-CEDICT reading."""

import subprocess
import sys

from reader.services import reading
from reader.services.reading import Reading

ORDER = "当前秩序在变化。"


def test_word_info_of_zhixu() -> None:
    info = reading.word_info(ORDER, 3)
    assert info is not None
    assert (info.text, info.start, info.end, info.pinyin) == ("秩序", 2, 4, "zhì xù")
    assert info.readings == (
        Reading(
            "秩序",
            "秩序",
            "zhì xù",
            ("order (orderly)", "order (sequence)", "social order", "the state (of society)",
             "CL:個|个[ge4]"),
        ),
    )  # fmt: skip
    assert info.meaning.startswith("order (orderly); order (sequence); social order")


def test_xing_alone_lists_every_reading_the_one_heard_first() -> None:
    info = reading.word_info("行", 0)
    assert info is not None and info.pinyin == "xíng"
    pinyins = [r.pinyin for r in info.readings]
    assert pinyins[0] == "xíng" and "háng" in pinyins
    assert any("row" in r.glosses for r in info.readings if r.pinyin == "háng")
    assert info.meaning.startswith("xíng: to walk; to go") and " | háng: row" in info.meaning


def test_the_reading_in_context_comes_first() -> None:
    bank = reading.word_info("他在银行行走", 3)
    walk = reading.word_info("他在银行行走", 4)
    assert bank is not None and walk is not None
    assert (bank.text, bank.pinyin, bank.readings[0].traditional) == ("银行", "yín háng", "銀行")
    assert "bank" in bank.readings[0].glosses
    assert (walk.text, walk.pinyin) == ("行走", "xíng zǒu")


def test_a_word_the_dictionary_lacks_narrows_to_the_known_word_under_the_offset() -> None:
    text = "观念正在发生变化"  # jieba: 发生变化, which CC-CEDICT does not have
    change = reading.word_info(text, 7)
    happen = reading.word_info(text, 4)
    assert change is not None and (change.text, change.start, change.end) == ("变化", 6, 8)
    assert happen is not None and (happen.text, happen.pinyin) == ("发生", "fā shēng")


def test_traditional_text_finds_the_same_entry() -> None:
    info = reading.word_info("當前訂單", 3)
    assert info is not None and (info.text, info.pinyin) == ("訂單", "dìng dān")
    assert info.readings[0].simplified == "订单" and info.meaning == "(purchase) order"


def test_no_word_on_punctuation_latin_text_or_outside() -> None:
    assert reading.word_info(ORDER, 7) is None  # 。
    assert reading.word_info("the 秩序", 1) is None
    assert reading.word_info(ORDER, 8) is None
    assert reading.word_info("", 0) is None


def test_ruby_and_script_pass_through() -> None:
    assert [s.pinyin for s in reading.ruby("银行")] == ["yín", "háng"]
    assert reading.to_script("秩序变化", "traditional") == "秩序變化"


def test_nothing_loads_at_import_and_warm_up_loads_everything() -> None:
    code = (
        "import sys\n"
        "from reader.services import reading\n"
        "from reader.core import cedict\n"
        "heavy = ('jieba', 'pypinyin', 'opencc')\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in heavy], 'loaded at import'\n"
        "reading.warm_up()\n"
        "import jieba\n"
        "assert jieba.dt.initialized and cedict.dictionary.cache_info().currsize == 1\n"
        "assert all(m in sys.modules for m in heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
