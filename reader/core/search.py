"""Finding a phrase in a document's paragraphs: plain text, not patterns, in code points.

str.casefold and str.find, not re.IGNORECASE: on a 10,000-paragraph book they are several
times faster, which is what lets the find bar search as the user types.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

# Scripts from here on (CJK radicals, kana, Han, Hangul...) are written without spaces, so
# "whole word" means nothing in them: they never glue a match to a word.
_SPACELESS_SCRIPTS = "\u2e80"


class Match(NamedTuple):
    paragraph: int
    start: int  # code points into the paragraph
    end: int


def find_all(
    paragraphs: Sequence[str],
    query: str,
    *,
    match_case: bool = False,
    whole_word: bool = False,
) -> list[Match]:
    """Every occurrence of query in the paragraphs, in order (overlapping ones are skipped).

    Ignoring case is Unicode full case folding ("STRASSE" finds "Straße"). A whole word has no
    letter or digit of a spaced script (Latin, Greek, Cyrillic...) right before or after it.
    """
    if not query.strip():
        return []
    needle = query if match_case else query.casefold()
    found = []
    for number, text in enumerate(paragraphs):
        for start, end in _occurrences(text, needle, match_case):
            if not whole_word or _stands_alone(text, start, end):
                found.append(Match(number, start, end))
    return found


def _occurrences(text: str, needle: str, match_case: bool) -> Iterator[tuple[int, int]]:
    haystack = text if match_case else text.casefold()
    origin = None
    if len(haystack) != len(text):  # a letter folded into several ("ß" into "ss")
        origin = [i for i, char in enumerate(text) for _ in char.casefold()]
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        yield (at, end) if origin is None else (origin[at], origin[end - 1] + 1)
        at = haystack.find(needle, end)


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    # Only an edge of the query that is itself part of a word can be glued to a neighbour.
    glued_before = _word_char(before) and _word_char(text[start])
    glued_after = _word_char(after) and _word_char(text[end - 1])
    return not (glued_before or glued_after)


def _word_char(char: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_") and char < _SPACELESS_SCRIPTS
