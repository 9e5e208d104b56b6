from reader.core.markdown import markdown_to_text
from reader.core.text import (
    bilingual_from_paragraphs,
    script_of,
    split_by_language,
    split_paragraphs,
)


def test_paragraphs_split_on_blank_lines_and_keep_inner_spacing() -> None:
    text = "First  paragraph.\r\n\r\n\r\n  Second one.  \n \nThird。"
    assert split_paragraphs(text) == ["First  paragraph.", "Second one.", "Third。"]


def test_hard_wrapped_lines_are_joined_per_script() -> None:
    english = "This line was wrapped by an editor at a fixed\ncolumn width, as old e-texts are."
    chinese = "这一行中文在编辑器里被硬换行了这一行中文在编辑器里被硬换行了\n所以要接起来。"
    assert split_paragraphs(english) == [english.replace("\n", " ")]
    assert split_paragraphs(chinese) == [chinese.replace("\n", "")]


def test_a_bilingual_text_laid_out_line_by_line_is_never_joined() -> None:
    text = (
        "The current order is changing before our eyes, and everyone can see it.\n"
        "当前的秩序正在我们眼前发生变化，每个人都能看到这一点。\n"
        "China and Russia want a world order of their own making, not one given.\n"
        "中国和俄罗斯想要一个由自己塑造的世界秩序，而不是别人给的。"
    )
    lines = text.split("\n")
    assert split_paragraphs(text) == lines
    doc = bilingual_from_paragraphs("T", split_paragraphs(text))
    assert doc.source.paragraphs == (lines[0], lines[2])
    assert doc.target is not None and doc.target.paragraphs == (lines[1], lines[3])


def test_paragraphs_one_to_a_long_line_are_not_joined() -> None:
    # No blank line anywhere, as many plain-text books are: each line is a paragraph.
    lines = [
        "It was the best of times, it was the worst of times, it was the age of wisdom, it "
        "was the age of foolishness, it was the epoch of belief.",
        "There were a king with a large jaw and a queen with a plain face, on the throne of "
        "England; there were a king with a large jaw and a queen.",
        "It was the year of Our Lord one thousand seven hundred and seventy-five, when "
        "spiritual revelations were conceded to England at that favoured period.",
    ]
    assert split_paragraphs("\n".join(lines)) == lines


def test_list_items_and_short_lines_stay_separate() -> None:
    text = "  • first point of a list\n  • second point\n\nSubscribe\nNotify of\nguest"
    assert split_paragraphs(text) == [
        "• first point of a list",
        "• second point",
        "Subscribe",
        "Notify of",
        "guest",
    ]


def test_script_detection() -> None:
    assert script_of("The current order") == "en"
    assert script_of("当前订单") == "zh"
    assert script_of("艾伦先生为Saker Blog写的") == "zh"
    assert script_of("2024 — ***") is None


def test_mixed_file_is_split_into_english_source_and_chinese_target() -> None:
    paragraphs = ["Title", "First.", "***", "标题", "第一段。", "2024"]
    groups = split_by_language(paragraphs)
    assert groups == {"en": ["Title", "First.", "***"], "zh": ["标题", "第一段。", "2024"]}
    doc = bilingual_from_paragraphs("T", paragraphs)
    assert doc.source.lang == "en" and doc.target is not None and doc.target.lang == "zh"


def test_interleaved_bilingual_paragraphs_are_gathered_by_language() -> None:
    doc = bilingual_from_paragraphs("T", ["One.", "一。", "Two.", "二。"])
    assert doc.source.paragraphs == ("One.", "Two.")
    assert doc.target is not None and doc.target.paragraphs == ("一。", "二。")


def test_markdown_markup_is_removed() -> None:
    source = "# The *current* order\n\nSee [the article](http://x.y) and **bold** `code`.\n\n---\n"
    assert split_paragraphs(markdown_to_text(source)) == [
        "The current order",
        "See the article and bold code.",
    ]


def test_markdown_keeps_blocks_apart_and_joins_a_paragraphs_lines() -> None:
    source = "# T\n\nline one\nline two\n\n中文第一行\n第二行\n\n- item *a*\n- item 2\n\n> quote"
    assert split_paragraphs(markdown_to_text(source)) == [
        "T",
        "line one line two",
        "中文第一行第二行",
        "item a",
        "item 2",
        "quote",
    ]
    assert markdown_to_text("```\ncode\n```\n\n<div>html</div>\n\n![a picture](x.png)") == ""


def test_hostile_markdown_is_read_in_one_pass() -> None:
    # The old regular expressions took seconds for 20,000 "[" and did not finish 200,000;
    # bench/markdown.py times a megabyte of each.
    for hostile in ("[" * 200_000, "**a " * 50_000, "_a " * 60_000):
        assert len(markdown_to_text(hostile)) >= len(hostile) // 2
