"""The word list as a CSV file that Anki (2.1.55 and later) imports without questions asked.

The header lines tell Anki the separator, that fields are plain text (not HTML) and the column
names, which Anki matches to the fields of the chosen note type.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from reader.core.word_list import SavedWord

COLUMNS = ("Word", "Pinyin", "Meaning", "Chinese", "English", "Source")


def anki_csv(words: Iterable[SavedWord]) -> str:
    out = io.StringIO()
    out.write("#separator:comma\n#html:false\n")
    writer = csv.writer(out, lineterminator="\n")
    out.write("#columns:")
    writer.writerow(COLUMNS)
    writer.writerows(
        (w.word, w.pinyin, w.gloss, w.chinese, w.english, w.document_title) for w in words
    )
    return out.getvalue()
