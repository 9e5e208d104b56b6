"""Two texts in two columns on a terminal, Chinese characters counted as two cells wide."""

from __future__ import annotations

import shutil
import unicodedata
from itertools import zip_longest

from reader.services.views import DocumentView

GUTTER = " │ "
NOT_TRANSLATED = "[not translated]"
ADDED = "[added in translation]"
NO_LINE_START = frozenset("，、。．；：？！）］｝〕〉》」』】〗”’…—·%,.;:?!)]}")
NO_LINE_END = frozenset("（［｛〔〈《「『【〖“‘")


def cell_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text: str, width: int) -> list[str]:
    """Wrap at spaces for Latin text and anywhere between Chinese characters."""
    lines: list[str] = []
    line, used = "", 0
    for word in _tokens(text):
        size = sum(map(cell_width, word))
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used, word = "", 0, word.lstrip()
            size = sum(map(cell_width, word))
        line += word
        used += size
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _tokens(text: str) -> list[str]:
    """Words with their leading space; each wide character is a token of its own, except that
    closing punctuation keeps to the character before it and opening punctuation to the one
    after it, so no line starts with "，" or ends with "《" (Chinese line-breaking rules)."""
    tokens: list[str] = []
    for ch in text:
        if tokens and (ch in NO_LINE_START or tokens[-1][-1] in NO_LINE_END):
            tokens[-1] += ch
        elif cell_width(ch) == 2 or not tokens or ch == " " or cell_width(tokens[-1][-1]) == 2:
            tokens.append(ch)
        else:
            tokens[-1] += ch
    return tokens


def pad(line: str, width: int) -> str:
    return line + " " * (width - sum(map(cell_width, line)))


def side_by_side(view: DocumentView, width: int | None = None) -> str:
    total = width or shutil.get_terminal_size((120, 40)).columns
    column = max(20, (total - len(GUTTER)) // 2)
    if view.target is None:
        return "\n\n".join([view.title, *view.source.paragraphs]) + "\n"
    out = [view.title, "=" * min(total, 80)]
    for bead in view.paragraph_beads:
        left = [view.source.paragraphs[i] for i in bead.src] or [ADDED]
        right = [view.target.paragraphs[j] for j in bead.tgt] or [NOT_TRANSLATED]
        left_lines = [ln for p in left for ln in wrap(p, column)]
        right_lines = [ln for p in right for ln in wrap(p, column)]
        for a, b in zip_longest(left_lines, right_lines, fillvalue=""):
            out.append(pad(a, column) + GUTTER + b)
        out.append("")
    return "\n".join(out).rstrip() + "\n"
