"""Aligning two text files outside the library: the `reader align` use case."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reader.core.align import AlignmentResult, align
from reader.core.decode import decode_bytes
from reader.core.sentences import split_sentences
from reader.core.text import normalise_newlines, script_of
from reader.services.preparing import read_bytes, read_paragraphs


def read_units(path: Path, unit: str, presplit: bool) -> tuple[list[str], str]:
    """The units of a file and its language: lines as given, paragraphs, or sentences."""
    if presplit:
        text, _ = decode_bytes(read_bytes(path), path.name)
        units = normalise_newlines(text).removesuffix("\n").split("\n")
    else:
        paragraphs = read_paragraphs(path).paragraphs
        units = paragraphs if unit == "paragraph" else _sentences(paragraphs)
    lang = script_of("".join(units)) or "en"
    return units, lang


def _sentences(paragraphs: list[str]) -> list[str]:
    lang = script_of("".join(paragraphs)) or "en"
    return [p[s.start : s.end] for p in paragraphs for s in split_sentences(p, lang)]


def align_files(
    src: Path,
    tgt: Path,
    *,
    unit: str = "paragraph",
    presplit: bool = False,
    progress: Callable[[float], None] | None = None,
) -> AlignmentResult:
    src_units, src_lang = read_units(src, unit, presplit)
    tgt_units, tgt_lang = read_units(tgt, unit, presplit)
    kind = "sentence" if presplit or unit == "sentence" else "paragraph"
    return align(
        src_units, tgt_units, src_lang=src_lang, tgt_lang=tgt_lang, unit=kind, progress=progress
    )
