"""The word list as a CSV file that Anki (2.1.55 and later) imports without questions asked.

The header lines tell Anki the separator, the note type (Basic, which every Anki has), the
deck, and the columns, named after Basic's fields so that Anki maps them itself: the word on
the front; its pinyin, meaning and sentence pair on the back; a tag. Fields are HTML, the
text escaped, so that a "<" in a meaning shows as written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from html import escape

from reader.core.word_list import SavedWord

NOTE_TYPE = "Basic"
DECK = "reader words"
TAG = "reader"
COLUMNS = ("Front", "Back", "Tags")


def anki_csv(words: Iterable[SavedWord]) -> str:
    out = io.StringIO()
    out.write(f"#separator:comma\n#html:true\n#notetype:{NOTE_TYPE}\n#deck:{DECK}\n")
    writer = csv.writer(out, lineterminator="\n")
    out.write("#columns:")
    writer.writerow(COLUMNS)
    writer.writerows((escape(w.word), _back(w), TAG) for w in words)
    return out.getvalue()


def _back(word: SavedWord) -> str:
    """Pinyin and meaning, then the sentence pair it was saved from and where."""
    lines = [escape(word.pinyin), escape(word.gloss)]
    example = [escape(text) for text in (word.chinese, word.english) if text]
    if example:
        lines += ["", *example]
    if word.document_title:
        lines.append(f"<small>{escape(word.document_title)}</small>")
    return "<br>".join(lines).replace("\n", "<br>")
