"""A term of the term base."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from reader.core.errors import InputError

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    """A source term and how a translation must (and must not) render it.

    The term matches case-insensitively as whole words, with a plural ending on its last word;
    any one of `renderings` in the translation of its sentence keeps it, and each of
    `forbidden` there is an error.
    """

    source: str
    renderings: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()
    pos: str = ""  # part of speech, as TBX-Basic names it ("noun", "verb", ...)
    note: str = ""
    author: str = ""
    created_at: datetime | None = None
    document_id: int | None = None  # None: the whole library's; else one document's only
    id: int | None = None

    @property
    def key(self) -> tuple[str, ...]:
        return term_key(self.source)

    def validated(self) -> Term:
        """The term with its texts tidied; InputError if it cannot be matched or enforced."""
        source = " ".join(self.source.split())
        if not term_key(source):
            raise InputError(f"a term needs a word to match, got {self.source!r}")
        renderings, forbidden = _tidy(self.renderings), _tidy(self.forbidden)
        if not renderings and not forbidden:
            raise InputError(f"“{source}” needs a required or a forbidden rendering")
        clash = set(renderings) & set(forbidden)
        if clash:
            both = "、".join(sorted(clash))
            raise InputError(f"“{source}”: {both} is both required and forbidden")
        return replace(
            self,
            source=source,
            renderings=renderings,
            forbidden=forbidden,
            pos=self.pos.strip(),
            note=self.note.strip(),
            author=self.author.strip(),
        )


def term_key(text: str) -> tuple[str, ...]:
    """The words a term is matched by: "World  Order" and "world-order" are ("world", "order")."""
    return tuple(word.casefold() for word in _WORD.findall(text))


def _tidy(texts: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(" ".join(t.split()) for t in texts if t.strip()))
