"""Turn the bytes of a text file into a str, whatever common encoding it was saved in."""

from __future__ import annotations

import codecs
import re

from reader.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters no text file means: the C0 controls but tab, line and page breaks, and
# DEL. (C1 controls count towards "binary" only: a legacy code page read as Latin-1 has them.)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_ANY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# The encodings a byte-order mark names, as a person knows them.
_NAMES = {"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}
# Legacy encodings a reviewer meets in practice, in the order we trust them when several decode.
_CANDIDATES = ["gb18030", "big5", "utf_16_le", "utf_16_be", "cp1252", "latin_1"]
# Detectors report subsets; decoding with the superset loses nothing.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030", "big5hkscs": "big5"}


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding). Raise InputError for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    encoding = _detect(data)
    if encoding is None:
        raise InputError(f"{name}: not a text file, or in an encoding that cannot be recognised")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        # A byte-order mark names the encoding, but the bytes after it do not follow it.
        named = _NAMES.get(encoding, encoding)
        raise InputError(
            f"{name}: marked as {named} text, but its bytes do not follow {named}: "
            "the file is damaged or not text"
        ) from error
    if _looks_binary(text):
        raise InputError(f"{name}: not a text file (it contains binary data)")
    stray = _CONTROL.search(text)
    if stray is not None:
        line = text.count("\n", 0, stray.start()) + 1
        raise InputError(
            f"{name}: line {line} holds a control character ({_control_name(stray.group())}), "
            "which no text shows: remove it and import again"
        )
    return text, encoding


def _control_name(char: str) -> str:
    return {"\x00": "NUL", "\x1b": "ESC", "\x07": "BEL", "\x08": "BS"}.get(
        char, f"U+{ord(char):04X}"
    )


def _detect(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    nuls = data.count(b"\x00") > max(2, len(data) // 200)  # a stray one is reported later
    if not nuls:
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            pass
    # After UTF-8: ASCII read as UTF-16 would pass for Chinese too.
    chinese = _chinese_utf16(data)
    if chinese or nuls:
        return chinese  # None for binary
    from charset_normalizer import from_bytes  # here: only a file in a legacy encoding needs it

    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        return None
    return _SUPERSETS.get(best.encoding, best.encoding)


def _utf16_without_bom(data: bytes) -> str | None:
    """Text in UTF-16 has a NUL in nearly every other byte when it is mostly ASCII."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    for encoding, ratio, other in (
        ("utf-16-le", odd_nuls, even_nuls),
        ("utf-16-be", even_nuls, odd_nuls),
    ):
        if ratio > 0.3 and other < 0.05:
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _chinese_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark holding Chinese: few NUL bytes to tell it by, but read
    in the right byte order it is mostly Han characters (tried after UTF-8, which such bytes
    almost never are)."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if not ch.isspace()]
        han = sum(1 for ch in letters if _HAN.match(ch))
        if letters and han >= 0.6 * len(letters) and not _CONTROL.search(text):
            return encoding
    return None


def _looks_binary(text: str) -> bool:
    """Control characters or replacement marks in more than a trace mean it was not text.
    The whole text is read (a regular expression's count, linear), not its start alone."""
    limit = max(2, len(text) // 200)
    return len(_ANY_CONTROL.findall(text)) > limit or text.count("\ufffd") > limit
