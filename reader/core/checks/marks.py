"""The checks of marks and spaces: half-width punctuation, unmatched brackets and quotation
marks, spacing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.checks.model import LATIN, CheckDocument, Found, Side, make_finding, segments_of

# --- 5: punctuation -------------------------------------------------------------------------

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_MARK = re.compile(r"[,;:?!()]")
# Chinese context: Han characters and CJK punctuation (。，（ ...), not the shared “ ” ‘ ’.
_CHINESE = re.compile(f"[{_HAN}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
_SKIPPED = " \t\u00a0" + "".join(_FULL_WIDTH)  # looked through for a mark's neighbours
_CLOSERS = "”’」』）)》\"'"
# A "." right after a Han character at the end of the sentence (closing quotes may follow).
_FINAL_DOT = re.compile(f"(?<=[{_HAN}])\\.(?=[{_CLOSERS}]*$)")


# A list marker: "1)", "(2)" after a space or a stop, "a)", "iv)" only where a list item
# starts (the text's start, or after a stop).
LIST_MARKER = re.compile(
    r"(?:^|(?<=[。；;：:\n]))\s*\(?(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})\)|(?<=\s)\(?\d{1,2}\)"
)


def check_punctuation(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        for side in _chinese_sides(doc):
            for seg in segments_of(pair, side):
                for at, end, mark in _half_width_marks(seg.text):
                    if mark == "()":
                        message = 'Half-width parentheses "( )" in Chinese text: use "（ ）".'
                        mark = seg.text[at:end]
                    else:
                        full = _FULL_WIDTH.get(mark, "。")
                        message = f'Half-width "{mark}" in Chinese text: use "{full}".'
                    a, b = seg.start + at, seg.start + end
                    finding = make_finding("punctuation", side, seg.paragraph, a, b, mark, message)
                    yield index, finding


def _chinese_sides(doc: CheckDocument) -> list[Side]:
    return [side for side in ("source", "target") if doc.is_chinese(side)]


def _half_width_marks(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mark): one finding a problem, so a pair of parentheses is one "()" that
    spans what they enclose. Only marks next to Chinese: 3,000, 10:30, U.S. and "Russia,
    China" stay as they are, and so do list markers such as "1)"."""
    markers = {m.end() - 1 for m in LIST_MARKER.finditer(text)}
    markers |= {m.start() for m in LIST_MARKER.finditer(text) if m.group().startswith("(")}
    found: list[tuple[int, int, str]] = []
    open_at: int | None = None
    for m in _HALF_MARK.finditer(text):
        at, mark = m.start(), m.group()
        if at in markers:
            continue
        if not (_is_chinese(_neighbour(text, at, -1)) or _is_chinese(_neighbour(text, at, 1))):
            continue
        if mark == ")" and open_at is not None:
            found = [item for item in found if item[0] != open_at]
            found.append((open_at, at + 1, "()"))  # detail: the enclosed text
            open_at = None
            continue
        if mark == "(":
            open_at = at
        found.append((at, at + 1, mark))
    found.extend((m.start(), m.end(), ".") for m in _FINAL_DOT.finditer(text))
    return iter(sorted(found))


def _neighbour(text: str, at: int, step: int) -> str:
    """The nearest character before (step -1) or after (step 1) that is neither a space nor
    another half-width mark: in "中国 ,(" both marks sit next to 国."""
    at += step
    while 0 <= at < len(text) and text[at] in _SKIPPED:
        at += step
    return text[at] if 0 <= at < len(text) else ""


def _is_chinese(char: str) -> bool:
    return bool(char) and _CHINESE.match(char) is not None


# --- 6: brackets ----------------------------------------------------------------------------

_PAIRED = {"(": ")", "（": "）", "[": "]", "【": "】", "《": "》", "「": "」", "『": "』"}
_PAIRED |= {"“": "”", "‘": "’"}
_OPENERS = {close: open_ for open_, close in _PAIRED.items()}
_LATIN_CHAR = re.compile(f"[{LATIN}\\d]")
_PARENTHESES = {"（": "(", "）": ")"}  # matched as one kind
_BRACKET = re.compile("[" + re.escape("".join(_PAIRED) + "".join(_OPENERS)) + "]")


def check_brackets(doc: CheckDocument) -> Iterator[Found]:
    # Quotations span sentences, so each paragraph is checked whole, once.
    for side in ("source", "target"):
        for paragraph, text in doc.paragraphs(side).items():
            for at in _unmatched_marks(text):
                mark = text[at]
                index = doc.pair_at(side, paragraph, at)
                message = f'Unmatched "{mark}".'
                yield index, make_finding("brackets", side, paragraph, at, at + 1, mark, message)


def _unmatched_marks(text: str) -> list[int]:
    """Offsets of opening marks never closed and of closing marks never opened; each kind is
    matched on its own, so that one stray mark does not unbalance the others. Half- and
    full-width parentheses close each other: "（…)" is a punctuation problem, not two
    unmatched marks. List markers ("1)", "(a)") are no brackets."""
    open_at: dict[str, list[int]] = {mark: [] for mark in _PAIRED}
    unmatched: list[int] = []
    markers = {at for m in LIST_MARKER.finditer(text) for at in range(m.start(), m.end())}
    for m in _BRACKET.finditer(text):
        mark, at = _PARENTHESES.get(m.group(), m.group()), m.start()
        if at in markers:
            continue
        after_latin = _LATIN_CHAR.match(text, at + 1) is not None
        if mark == "’" and after_latin:
            continue  # an apostrophe: don’t, China’s, al.’s, ’90s
        if mark in _PAIRED:
            open_at[mark].append(at)
        elif open_at[_OPENERS[mark]]:
            open_at[_OPENERS[mark]].pop()
        elif mark != "’" or not _LATIN_CHAR.match(text[at - 1 : at]):
            unmatched.append(at)  # but "the nations’ leaders" has an apostrophe
    unmatched.extend(at for stack in open_at.values() for at in stack)
    return sorted(unmatched)


# --- 8: spacing -----------------------------------------------------------------------------

_SPACES = " \t\u00a0\u3000"
_HAN_SPACE = re.compile(f"(?<=[{_HAN}])[{_SPACES}]+(?=[{_HAN}])")
_MULTI_SPACE = re.compile(f"[{_SPACES}]{{2,}}")


def check_spacing(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        # Runs of spaces in a translation whose source has them too copy its layout.
        source_runs = any(_MULTI_SPACE.search(seg.text) for seg in pair.source)
        for side in ("source", "target"):
            chinese = doc.is_chinese(side)
            runs_fine = side == "target" and source_runs
            for seg in segments_of(pair, side):
                for start, end, message in _bad_spaces(seg.text, chinese, runs_fine):
                    detail = seg.text[start:end]
                    a, b = seg.start + start, seg.start + end
                    yield index, make_finding("spacing", side, seg.paragraph, a, b, detail, message)


def _bad_spaces(text: str, chinese: bool, runs_fine: bool) -> Iterator[tuple[int, int, str]]:
    """A space between Han characters spans them too ("中 国"), so that it can be seen."""
    between_han: set[int] = set()
    if chinese:
        for m in _HAN_SPACE.finditer(text):
            between_han.add(m.start())
            yield m.start() - 1, m.end() + 1, "Space between Chinese characters."
    for m in () if runs_fine else _MULTI_SPACE.finditer(text):
        if m.start() not in between_han and not _after_sentence_end(text, m.start()):
            yield m.start(), m.end(), f"{m.end() - m.start()} spaces in a row."


def _after_sentence_end(text: str, at: int) -> bool:
    """Two spaces after a full stop are a typing habit, and where the sentence splitter missed
    that end ("did it.  [Aside: ..."), they are between sentences, not inside one."""
    before = text[:at].rstrip(_CLOSERS)
    return before.endswith((".", "!", "?", "…", "。", "！", "？"))
