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


def check_punctuation(doc: CheckDocument) -> Iterator[Found]:
    for index, pair in enumerate(doc.pairs):
        for side in _chinese_sides(doc):
            for seg in segments_of(pair, side):
                for at, mark in _half_width_marks(seg.text):
                    full = _FULL_WIDTH.get(mark, "。")
                    message = f'Half-width "{mark}" in Chinese text: use "{full}".'
                    start = seg.start + at
                    finding = make_finding(
                        "punctuation", side, seg.paragraph, start, start + 1, mark, message
                    )
                    yield index, finding


def _chinese_sides(doc: CheckDocument) -> list[Side]:
    return [side for side in ("source", "target") if doc.is_chinese(side)]


def _half_width_marks(text: str) -> Iterator[tuple[int, str]]:
    # Only marks next to Chinese: 3,000, 10:30, U.S. and "Russia, China" stay as they are.
    for m in _HALF_MARK.finditer(text):
        at = m.start()
        if _is_chinese(_neighbour(text, at, -1)) or _is_chinese(_neighbour(text, at, 1)):
            yield at, m.group()
    for m in _FINAL_DOT.finditer(text):
        yield m.start(), "."


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
    matched on its own, so that one stray mark does not unbalance the others."""
    open_at: dict[str, list[int]] = {mark: [] for mark in _PAIRED}
    unmatched: list[int] = []
    for m in _BRACKET.finditer(text):
        mark, at = m.group(), m.start()
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
        for side in ("source", "target"):
            chinese = doc.is_chinese(side)
            for seg in segments_of(pair, side):
                for start, end, message in _bad_spaces(seg.text, chinese):
                    detail = seg.text[start:end]
                    a, b = seg.start + start, seg.start + end
                    yield index, make_finding("spacing", side, seg.paragraph, a, b, detail, message)


def _bad_spaces(text: str, chinese: bool) -> Iterator[tuple[int, int, str]]:
    """A space between Han characters spans them too ("中 国"), so that it can be seen."""
    between_han: set[int] = set()
    if chinese:
        for m in _HAN_SPACE.finditer(text):
            between_han.add(m.start())
            yield m.start() - 1, m.end() + 1, "Space between Chinese characters."
    for m in _MULTI_SPACE.finditer(text):
        if m.start() not in between_han and not _after_sentence_end(text, m.start()):
            yield m.start(), m.end(), f"{m.end() - m.start()} spaces in a row."


def _after_sentence_end(text: str, at: int) -> bool:
    """Two spaces after a full stop are a typing habit, and where the sentence splitter missed
    that end ("did it.  [Aside: ..."), they are between sentences, not inside one."""
    before = text[:at].rstrip(_CLOSERS)
    return before.endswith((".", "!", "?", "…", "。", "！", "？"))
