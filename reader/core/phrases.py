"""Finding every place a phrase occurs, as "find similar" needs it."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.document import Span

_LATIN_WORD_CHAR = re.compile(r"[0-9A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=256)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Case-insensitive; a Latin edge must be a word edge ("order" is not in "border").

    Chinese has no spaces, so a Chinese edge matches anywhere. IGNORECASE keeps offsets intact,
    where casefolding the text would not ("ß" becomes "ss").
    """
    body = re.escape(phrase)
    if _LATIN_WORD_CHAR.match(phrase[:1]):
        body = r"(?<!\w)" + body
    if _LATIN_WORD_CHAR.match(phrase[-1:]):
        body += r"(?!\w)"
    return re.compile(body, re.IGNORECASE)


def find_phrase(text: str, phrase: str) -> list[Span]:
    """Every occurrence of the phrase in text, in order; none for an empty phrase."""
    if not phrase.strip():
        return []
    return [Span(m.start(), m.end()) for m in phrase_pattern(phrase).finditer(text)]
