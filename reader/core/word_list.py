"""A word saved for study, with the sentence pair it was met in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SavedWord:
    word: str
    pinyin: str  # tone marks, as read in the sentence
    gloss: str  # the English meaning(s)
    chinese: str  # the Chinese sentence the word was met in
    english: str  # its English counterpart
    document_id: int | None = None
    document_title: str = ""  # empty once the document is gone
    id: int | None = None
    created_at: datetime | None = None
