"""Read a TMX file as an aligned document: each translation unit becomes one paragraph bead."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from translate.storage import lisa, tmx

from reader.core.document import PARAGRAPH_SEPARATOR, Bead, BilingualText, SideText
from reader.core.errors import InputError
from reader.core.text import normalise_newlines
from reader.export.tmx import TITLE_PROP

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class AlignedText:
    text: BilingualText
    beads: tuple[Bead, ...]


def read_tmx(data: bytes, default_title: str) -> AlignedText:
    try:
        store = tmx.tmxfile.parsestring(data)
    except Exception as error:  # lxml and the toolkit raise many kinds; all mean "not TMX"
        raise InputError(f"not a TMX file ({_why(error)})") from error
    header = store.document.getroot().find("header")
    src_lang = _primary((header.get("srclang") if header is not None else None) or "")
    pairs = [_texts(unit, src_lang) for unit in store.units]
    langs = {lang for pair in pairs for lang in pair}
    if not src_lang or src_lang == "*all*":
        src_lang = min(langs, default="")
    targets = sorted(langs - {src_lang})
    if not src_lang or len(targets) != 1:
        raise InputError(f"a TMX of two languages is needed; found {sorted(langs) or 'none'}")
    tgt_lang = targets[0]
    source: list[str] = []
    target: list[str] = []
    beads: list[Bead] = []
    for pair in pairs:
        src, tgt = _paragraphs(pair.get(src_lang, "")), _paragraphs(pair.get(tgt_lang, ""))
        if src or tgt:
            beads.append(Bead(_run(len(source), len(src)), _run(len(target), len(tgt))))
            source += src
            target += tgt
    if not source:
        raise InputError("the TMX file holds no text in its source language")
    title = _title(header) or default_title
    return AlignedText(
        BilingualText(title, SideText(src_lang, tuple(source)), SideText(tgt_lang, tuple(target))),
        tuple(beads),
    )


def _why(error: Exception) -> str:
    """The parser's complaint, or what it means when it has none to give (its root is not
    <tmx>: translate-toolkit asserts it)."""
    return str(error) or "its root element is not <tmx>"


def _texts(unit: tmx.tmxunit, src_lang: str) -> dict[str, str]:
    """Each language's text in one unit, languages reduced to their primary subtag."""
    texts: dict[str, str] = {}
    for node in unit.getlanguageNodes():
        lang = _primary(node.get(XML_LANG) or node.get("lang") or "")
        seg = node.find(unit.namespaced(unit.textNode))
        if lang and lang not in texts:
            texts[lang] = lisa.getText(seg, "preserve") if seg is not None else ""
    return texts


def _primary(lang: str) -> str:
    """ "zh-CN" and "ZH_cn" are both "zh": the document model keeps primary language tags."""
    return lang.replace("_", "-").split("-")[0].lower()


def _paragraphs(text: str) -> list[str]:
    blocks = normalise_newlines(text).split(PARAGRAPH_SEPARATOR)
    return [block.strip() for block in blocks if block.strip()]


def _run(start: int, length: int) -> tuple[int, ...]:
    return tuple(range(start, start + length))


def _title(header: Any) -> str:
    if header is None:
        return ""
    prop = next((p for p in header.iter("prop") if p.get("type") == TITLE_PROP), None)
    return (prop.text or "").strip() if prop is not None else ""
