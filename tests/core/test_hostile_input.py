"""Property-based probes of every reader of outside input: whatever bytes or text arrive, each
either reads them or refuses them with an InputError (one line for the user), never anything
else. Hypothesis generates the inputs; a failure is shrunk to the smallest one."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import formats
from reader.core.decode import decode_bytes
from reader.core.errors import InputError
from reader.core.markdown import markdown_to_text
from reader.core.text import bilingual_from_paragraphs, split_paragraphs
from reader.export.terms import read_terms
from reader.export.tmx_read import read_tmx
from reader.export.webanno_read import read_webanno

PROBE = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = [
    "The current order.",
    "当前秩序。",
    "\r\n",
    "\n",
    "\r",
    "\n\n",
    "  ",
    "\x1b",
    "\x00",
    "\t",
]
# Text as files hold it: any characters, control ones and mixed line endings included.
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"]),  # lone surrogates cannot be stored
    max_size=400,
) | st.lists(
    st.sampled_from(
        ["The current order.", "当前秩序。", "\r\n", "\n", "\r", "\n\n", "  ", "\x1b", "\x00", "\t"]
    ),
    max_size=40,
).map("".join)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5"]


def refused_or_read(read, data) -> None:
    try:
        read(data)
    except InputError as error:
        assert str(error) and "\n" not in str(error)


@PROBE
@given(st.binary(max_size=600))
def test_random_bytes_decode_or_are_refused(data: bytes) -> None:
    refused_or_read(lambda d: decode_bytes(d, "x.txt"), data)


@PROBE
@given(TEXT, st.sampled_from(ENCODINGS), st.booleans())
def test_text_in_every_encoding_with_or_without_a_mark(text: str, codec: str, mark: bool) -> None:
    try:
        data = text.encode(codec, errors="strict")
    except UnicodeEncodeError:
        return  # a character this encoding cannot hold: not a file anyone could have
    boms = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}
    data = boms.get(codec, b"") + data if mark else data
    refused_or_read(lambda d: decode_bytes(d, "x.txt"), data)


@PROBE
@given(TEXT)
def test_paragraphs_and_markdown_of_any_text(text: str) -> None:
    paragraphs = split_paragraphs(text)
    assert all(p and p == p.strip() for p in paragraphs)
    for mode in ("paragraph", "wrap"):
        split_paragraphs(text, mode)
    split_paragraphs(markdown_to_text(text))
    refused_or_read(lambda t: bilingual_from_paragraphs("T", split_paragraphs(t)), text)


@PROBE
@given(st.binary(max_size=600) | TEXT.map(str.encode))
def test_term_files_read_or_are_refused(data: bytes) -> None:
    refused_or_read(lambda d: read_terms(d, "terms"), data)


@PROBE
@given(st.binary(max_size=600) | TEXT.map(lambda t: f"<tmx><body>{t}</body></tmx>".encode()))
def test_tmx_reads_or_is_refused(data: bytes) -> None:
    refused_or_read(lambda d: read_tmx(d, "fallback"), data)


JSON = st.recursive(
    st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@PROBE
@given(JSON | st.text(max_size=200))
def test_annotation_json_reads_or_is_refused(value: object) -> None:
    text = value if isinstance(value, str) else json.dumps(value)

    def read(text: str) -> None:
        incoming = read_webanno(text, {"source": "en", "target": "zh"})
        assert all(reason and "\n" not in reason for reason in incoming.refused)

    refused_or_read(read, text)


def _read_any_kind(data: bytes) -> None:
    kind = formats.detect(data, "x.txt")
    if kind in formats.STRUCTURED:
        formats.read(kind, data, "x.txt")


SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@settings(PROBE, max_examples=150)
@given(
    st.sampled_from(["bilingual-table.docx", "book-en.epub"]),
    st.floats(min_value=0.0, max_value=1.0),
    st.binary(min_size=1, max_size=64),
)
def test_damaged_word_and_epub_files_read_or_are_refused(name: str, at: float, junk: bytes) -> None:
    data = (SAMPLES / name).read_bytes()
    start = int(at * (len(data) - 1))
    refused_or_read(_read_any_kind, data[:start] + junk + data[start + len(junk) :])


@PROBE
@given(TEXT.map(lambda t: f"<!DOCTYPE html><html><body><p>{t}</p></body></html>".encode()))
def test_web_pages_read_or_are_refused(data: bytes) -> None:
    refused_or_read(_read_any_kind, data)


@pytest.mark.parametrize("size", [1, 100_000])
def test_a_very_long_line(size: int) -> None:
    line = "word " * size
    assert split_paragraphs(line) == [line.strip()]
    refused_or_read(lambda d: decode_bytes(d, "x.txt"), line.encode())
