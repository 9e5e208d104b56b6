"""Turn the bytes of a text file into a str, whatever common encoding it was saved in."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from reader.core.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
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
    return text, encoding


def _detect(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if b"\x00" in data:
        return None
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
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


def _looks_binary(text: str) -> bool:
    """Control characters or replacement marks in more than a trace mean it was not text."""
    sample = text[:20000]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"
    )
    limit = max(2, len(sample) // 200)
    return controls > limit or sample.count("\ufffd") > limit
