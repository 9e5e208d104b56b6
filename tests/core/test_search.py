from reader.core.search import Match, find_all

PARAGRAPHS = ["The order of the world.", "A new World Order?", "当前秩序，国际秩序。"]


def test_ignores_case_by_default_and_reports_code_points() -> None:
    assert find_all(PARAGRAPHS, "order") == [Match(0, 4, 9), Match(1, 12, 17)]


def test_match_case() -> None:
    assert find_all(PARAGRAPHS, "Order", match_case=True) == [Match(1, 12, 17)]
    assert find_all(PARAGRAPHS, "world", match_case=True) == [Match(0, 17, 22)]


def test_chinese() -> None:
    assert find_all(PARAGRAPHS, "秩序") == [Match(2, 2, 4), Match(2, 7, 9)]


def test_whole_word_refuses_parts_of_english_words_only() -> None:
    paragraphs = ["There, the other: the.", "在the之后"]
    assert find_all(paragraphs, "the", whole_word=True) == [
        Match(0, 7, 10),
        Match(0, 18, 21),
        Match(1, 1, 4),  # Chinese letters around it do not make it part of a word
    ]
    assert len(find_all(paragraphs, "the")) == 5
    assert find_all(["当前秩序"], "秩序", whole_word=True) == [Match(0, 2, 4)]
    assert find_all(["a co-operation"], "co-", whole_word=True) == [Match(0, 2, 5)]


def test_full_case_folding_keeps_offsets_in_the_original_text() -> None:
    text = "Die Straße, die STRASSE, ein Stück."
    assert find_all([text], "strasse") == [Match(0, 4, 10), Match(0, 16, 23)]
    assert find_all([text], "stück") == [Match(0, 29, 34)]
    assert text[29:34] == "Stück"


def test_blank_queries_find_nothing() -> None:
    assert find_all(PARAGRAPHS, "") == []
    assert find_all(PARAGRAPHS, "   ") == []


def test_spaces_inside_a_query_count() -> None:
    assert find_all(PARAGRAPHS, "of the") == [Match(0, 10, 16)]
    assert find_all(PARAGRAPHS, " order") == [Match(0, 3, 9), Match(1, 11, 17)]


def test_overlapping_occurrences_are_counted_once() -> None:
    assert find_all(["aaaa"], "aa") == [Match(0, 0, 2), Match(0, 2, 4)]
