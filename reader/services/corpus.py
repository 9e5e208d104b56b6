"""The bundled corpus: where it is and how it seeds an empty library."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reader.core.document import BilingualText, SideSource, SideText
from reader.core.text import split_paragraphs


@dataclass(frozen=True)
class CorpusEntry:
    key: str
    title: str
    author: str
    source: str
    languages: tuple[str, ...]
    files: dict[str, Path]


def corpus_dir() -> Path:
    """Inside a built wheel the corpus is package data; in a checkout it sits at the top."""
    packaged = Path(__file__).resolve().parents[1] / "_corpus"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parents[2] / "corpus"


@lru_cache(maxsize=4)
def _manifest(folder: Path) -> dict[str, Any]:
    """The folder's manifest, read once: every start consults it twice (documents, terms)."""
    return tomllib.loads((folder / "manifest.toml").read_text("utf-8"))


def entries(folder: Path | None = None) -> list[CorpusEntry]:
    folder = folder or corpus_dir()
    manifest = _manifest(folder)
    return [
        CorpusEntry(
            key=item["key"],
            title=item["title"],
            author=item.get("author", ""),
            source=item.get("source", ""),
            languages=tuple(item["languages"]),
            files={lang: folder / name for lang, name in item["files"].items()},
        )
        for item in manifest["document"]
    ]


def starter_terms(folder: Path | None = None) -> Path | None:
    """The term base that comes with the corpus, if the manifest names one."""
    folder = folder or corpus_dir()
    name = _manifest(folder).get("terms", {}).get("file")
    return folder / name if name else None


def bilingual(entry: CorpusEntry) -> tuple[BilingualText, dict[str, SideSource]]:
    sides, sources = [], {}
    for role, lang in zip(("source", "target"), entry.languages, strict=False):
        path = entry.files[lang]
        sides.append(SideText(lang, tuple(split_paragraphs(path.read_text("utf-8")))))
        sources[role] = SideSource(f"corpus/{path.parent.name}/{path.name}", "utf-8")
    metadata = {"author": entry.author, "origin": entry.source}
    target = sides[1] if len(sides) > 1 else None
    return BilingualText(entry.title, sides[0], target, metadata), sources
