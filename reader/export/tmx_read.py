"""Read a TMX file as an aligned document: each translation unit becomes one paragraph bead.

A TMX of several languages gives its English and Chinese; of Chinese variants, the one in the
preferred script (zh-Hans, zh-CN… or zh-Hant, zh-TW…) is taken whatever their order. Inline
codes (<bpt>, <ept>, <ph>, <it>, <ut>) are formatting of the tool that wrote the file, not
words of the text, and are left out. Annotations our own export wrote come back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from translate.storage import tmx

from reader.core.anchors import Anchor, anchor, reanchor
from reader.core.document import PARAGRAPH_SEPARATOR, Bead, BilingualText, SideText
from reader.core.errors import InputError
from reader.core.mqm import Annotation
from reader.core.text import normalise_newlines
from reader.export.tmx import ANNOTATION_PROP, TITLE_PROP

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
INLINE_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
WANTED = ("en", "zh")  # the languages a document pairs, when a file holds more
Script = Literal["simplified", "traditional"]
_TRADITIONAL_TAGS = ("hant", "tw", "hk", "mo")
_SIMPLIFIED_TAGS = ("hans", "cn", "sg")


@dataclass(frozen=True)
class AlignedText:
    text: BilingualText
    beads: tuple[Bead, ...]
    annotations: tuple[Annotation, ...] = ()
    notices: tuple[str, ...] = ()  # what was left out, for the user


def read_tmx(data: bytes, default_title: str, script: Script = "simplified") -> AlignedText:
    try:
        store = tmx.tmxfile.parsestring(data)
    except Exception as error:  # lxml and the toolkit raise many kinds; all mean "not TMX"
        raise InputError(f"not a TMX file ({_why(error)})") from error
    header = store.document.getroot().find("header")
    src_lang = _primary((header.get("srclang") if header is not None else None) or "")
    units = [_Unit(unit, script) for unit in store.units]
    langs = {lang for unit in units for lang in unit.texts}
    src_lang, tgt_lang, notices = _pair(src_lang, langs)
    reader = _Reader(src_lang, tgt_lang)
    for unit in units:
        reader.add(unit)
    if not reader.source:
        raise InputError("the TMX file holds no text in its source language")
    notices += _variants_note(units, script)
    text = BilingualText(
        _title(header) or default_title,
        SideText(src_lang, tuple(reader.source)),
        SideText(tgt_lang, tuple(reader.target)),
    )
    return AlignedText(text, tuple(reader.beads), reader.annotations(text), tuple(notices))


def _pair(src_lang: str, langs: set[str]) -> tuple[str, str, list[str]]:
    """The source and target languages, and a notice of any left out."""
    notices = []
    if len(langs) > 2 and set(WANTED) <= langs:
        others = sorted(langs - set(WANTED))
        notices.append(f"left out this file's text in {', '.join(others)}: a document pairs two")
        langs = set(WANTED)
        src_lang = src_lang if src_lang in WANTED else "en"
    if not src_lang or src_lang == "*all*" or src_lang not in langs:
        src_lang = min(langs, default="")
    targets = sorted(langs - {src_lang})
    if not src_lang or len(targets) != 1:
        raise InputError(f"a TMX of two languages is needed; found {sorted(langs) or 'none'}")
    return src_lang, targets[0], notices


class _Unit:
    """One <tu>: each language's text (one variant per language) and our annotations."""

    def __init__(self, unit: tmx.tmxunit, script: Script) -> None:
        self.texts: dict[str, str] = {}
        self.variants: dict[str, list[str]] = {}  # language → tags seen, for the notice
        ranked: dict[str, int] = {}
        for node in unit.getlanguageNodes():
            tag = (node.get(XML_LANG) or node.get("lang") or "").replace("_", "-").lower()
            lang = _primary(tag)
            if not lang:
                continue
            self.variants.setdefault(lang, []).append(tag)
            rank = _script_rank(tag, script)
            if lang not in ranked or rank < ranked[lang]:
                ranked[lang] = rank
                seg = node.find(unit.namespaced(unit.textNode))
                self.texts[lang] = "".join(_seg_text(seg)) if seg is not None else ""
        element = unit.xmlelement
        self.annotations = [
            prop.text or "" for prop in element.iter("prop") if prop.get("type") == ANNOTATION_PROP
        ]


def _script_rank(tag: str, script: Script) -> int:
    """0 for a Chinese tag in the preferred script, 1 for one that names none, 2 for the other
    script; other languages rank alike (the first variant stays)."""
    subtags = tag.split("-")[1:]
    if subtags and any(s in _TRADITIONAL_TAGS for s in subtags):
        return 0 if script == "traditional" else 2
    if subtags and any(s in _SIMPLIFIED_TAGS for s in subtags):
        return 0 if script == "simplified" else 2
    return 1


def _seg_text(element: Any) -> Iterator[str]:
    """The words of a <seg>: its text and that of <hi> inside it, not the inline codes."""
    if element.text:
        yield element.text
    for child in element:
        name = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
        if name not in INLINE_CODES and isinstance(child.tag, str):
            yield from _seg_text(child)
        if child.tail:
            yield child.tail


def _variants_note(units: list[_Unit], script: Script) -> list[str]:
    both = any(
        {_script_rank(tag, script) for tag in unit.variants.get("zh", [])} >= {0, 2}
        for unit in units
    )
    return [f"took the {script} Chinese where the file has both scripts"] if both else []


class _Reader:
    """Paragraphs and beads in reading order, and our annotations' records."""

    def __init__(self, src_lang: str, tgt_lang: str) -> None:
        self.langs = {"source": src_lang, "target": tgt_lang}
        self.source: list[str] = []
        self.target: list[str] = []
        self.beads: list[Bead] = []
        self._records: list[str] = []

    def add(self, unit: _Unit) -> None:
        src = _paragraphs(unit.texts.get(self.langs["source"], ""))
        tgt = _paragraphs(unit.texts.get(self.langs["target"], ""))
        self._records += unit.annotations
        if not (src or tgt):
            return
        self.beads.append(Bead(_run(len(self.source), len(src)), _run(len(self.target), len(tgt))))
        self.source += src
        self.target += tgt

    def annotations(self, text: BilingualText) -> tuple[Annotation, ...]:
        """Our exported annotations whose spans are found in the text again."""
        sides = {"source": text.source.text, "target": text.target.text if text.target else ""}
        found = (_annotation(record, sides) for record in self._records)
        return tuple(a for a in found if a is not None)


def _annotation(record: str, sides: dict[str, str]) -> Annotation | None:
    """An annotation from its record, or None when it does not fit the text (edited since):
    its spans are found by their quotes, at their old places where those still hold them."""
    try:
        fields = json.loads(record)
        anchors = []
        for span in fields.pop("spans"):
            old = Anchor(**{k: span[k] for k in ("side", "start", "end", "exact")})
            text = sides[old.side]
            new = reanchor(text, replace(old, prefix=span.get("prefix", "")))
            if new is None:
                return None
            anchors.append(anchor(old.side, text, new.start, new.end))  # with its context
        for name in ("created_at", "modified_at"):
            fields[name] = datetime.fromisoformat(fields[name]) if fields.get(name) else None
        return Annotation(anchors=tuple(anchors), **fields)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _why(error: Exception) -> str:
    """The parser's complaint, or what it means when it has none to give (its root is not
    <tmx>: translate-toolkit asserts it)."""
    return str(error) or "its root element is not <tmx>"


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
