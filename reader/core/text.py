"""Paragraph splitting, script detection and the split of a mixed English/Chinese file."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Literal

from reader.core.document import BilingualText, Mark, SideText
from reader.core.errors import InputError

_BLANK_LINES = re.compile(r"\n[ \t\u3000]*\n+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
MAX_WRAP_WIDTH = 120  # columns; longer lines are paragraphs of their own
_LIST_ITEM = re.compile(r"^(?:[-*+•·▪‣◦]|\d{1,3}[.)]|[a-z][.)])\s")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


# How single line breaks (inside a block of lines) are read: "auto" tells per block, "paragraph"
# ends a paragraph at each, "wrap" joins the lines of a block into one paragraph.
LineBreaks = Literal["auto", "paragraph", "wrap"]
LINE_BREAKS: tuple[LineBreaks, ...] = ("auto", "paragraph", "wrap")


def split_paragraphs(text: str, line_breaks: LineBreaks = "auto") -> list[str]:
    """Paragraphs are separated by blank lines; a paragraph's inner spacing is kept verbatim.

    Inside a block, lines that look hard-wrapped are joined (a space between Latin words,
    nothing between Chinese characters); list items and short lines such as table rows stay
    paragraphs of their own. `line_breaks` overrides that reading for every block.
    """
    paragraphs: list[str] = []
    for lines in _blocks(text):
        if _joins(lines, line_breaks):
            paragraphs.append(_join_wrapped(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def line_reading(text: str) -> Literal["paragraph", "wrap"] | None:
    """How "auto" read the text's single line breaks: as paragraph ends, or as the wrapping
    of longer paragraphs (the reading of most such blocks); None when it has none."""
    multi = [lines for lines in _blocks(text) if len(lines) > 1]
    if not multi:
        return None
    wrapped = sum(_is_wrapped(lines) for lines in multi)
    return "wrap" if wrapped * 2 > len(multi) else "paragraph"


def _blocks(text: str) -> list[list[str]]:
    """The text's blocks (between blank lines) as their non-empty lines, stripped."""
    blocks = []
    for block in _BLANK_LINES.split(normalise_newlines(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if lines:
            blocks.append(lines)
    return blocks


def _joins(lines: list[str], line_breaks: LineBreaks) -> bool:
    if line_breaks == "paragraph":
        return len(lines) == 1
    if line_breaks == "wrap":
        return True
    return _is_wrapped(lines)


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return True
    if any(_LIST_ITEM.match(line) for line in lines):
        return False
    # An English line, then its Chinese: a bilingual text laid out line by line, never one
    # paragraph.
    if len({script_of(line) for line in lines} - {None}) > 1:
        return False
    widths = [_width(line) for line in lines[:-1]]
    narrow, wide = min(widths), max(widths)
    # A wrapped paragraph fills each line but the last to roughly the same width, and that
    # width is an editor's (72 or 80 columns), not a whole paragraph's on one line.
    return narrow >= 40 and wide <= MAX_WRAP_WIDTH and narrow >= 0.75 * wide


def _width(line: str) -> int:
    """Display width: a Chinese character takes two columns."""
    return len(line) + len(_CJK.findall(line))


def _join_wrapped(lines: list[str]) -> str:
    joined = lines[0]
    for line in lines[1:]:
        glue = "" if _CJK.match(joined[-1]) and _CJK.match(line[0]) else " "
        joined += glue + line
    return joined


def script_of(text: str) -> str | None:
    """'zh' when Chinese characters dominate, 'en' when Latin letters do, None when neither."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    if cjk == 0 and latin == 0:
        return None
    # One Chinese character carries about as much as four Latin letters.
    return "zh" if cjk * 4 >= latin else "en"


def split_by_language(paragraphs: list[str]) -> dict[str, list[str]]:
    """Group paragraphs by language, keeping order; script-neutral ones follow their neighbour."""
    groups: dict[str, list[str]] = {}
    current: str | None = None
    pending: list[str] = []
    for para in paragraphs:
        lang = script_of(para)
        if lang is None:
            pending.append(para)
            continue
        if pending and current is None:
            groups.setdefault(lang, []).extend(pending)
        elif pending:
            groups.setdefault(current, []).extend(pending)
        pending = []
        current = lang
        groups.setdefault(lang, []).append(para)
    if pending:
        groups.setdefault(current or "en", []).extend(pending)
    return groups


def bilingual_from_paragraphs(title: str, paragraphs: list[str]) -> BilingualText:
    """Build a document from one file's paragraphs: English is the source, Chinese the target."""
    if not paragraphs:
        raise InputError("the file holds no text")
    groups = split_by_language(paragraphs)
    if "en" in groups:
        target = SideText("zh", tuple(groups["zh"])) if "zh" in groups else None
        return BilingualText(title, SideText("en", tuple(groups["en"])), target)
    return BilingualText(title, SideText("zh", tuple(groups["zh"])))


def side_from_paragraphs(paragraphs: list[str]) -> SideText:
    """One side of a two-file import: its language is whichever script dominates."""
    if not paragraphs:
        raise InputError("the file holds no text")
    lang = script_of("".join(paragraphs)) or "en"
    return SideText(lang, tuple(paragraphs))


def with_marks(side: SideText, read: Sequence[tuple[str, tuple[Mark, ...]]]) -> SideText:
    """The side with the marks its paragraphs were read with. The side keeps the order of
    the paragraphs read, though it may hold only some of them (one language of a mixed
    file), so each is looked for after the one before it."""
    if not any(marks for _, marks in read):
        return side
    found: list[tuple[Mark, ...]] = []
    at = 0
    for paragraph in side.paragraphs:
        match = next((k for k in range(at, len(read)) if read[k][0] == paragraph), None)
        found.append(() if match is None else read[match][1])
        at = at if match is None else match + 1
    return replace(side, marks=tuple(found))
