"""A bilingual XLIFF file from a CAT tool (1.2 with SDLXLIFF's segments, or 2.0) as rows.

The file is aligned already: each unit (a 2.0 <unit>, a 1.2 <group> of trans-units, or a
1.2 <trans-unit> on its own) is a row of the document, and each segment in it a sentence
pair: SDLXLIFF's <mrk mtype="seg"> segments, 2.0's <segment>s, or a 1.2 trans-unit in a
group. A segment with no target is untranslated. Inline codes are formatting of the tool,
not words: each is a short placeholder in the text ({1}, {/1}, {2/}) with a "code" mark over
it, which the app shows as a code and the checks do not read as words; the words inside a
paired code (<g>, <pc>) are kept. The units' notes, and each translation's state (a
"state" mark), come with the rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from reader.core.anchors import anchor
from reader.core.document import (
    Bead,
    BilingualText,
    Mark,
    PreparedDocument,
    SideSource,
    SideText,
    Span,
)
from reader.core.errors import InputError
from reader.core.formats.marked import Marked, MarkedText
from reader.core.mqm import Annotation

NS_12 = "urn:oasis:names:tc:xliff:document:1.2"
NS_20 = "urn:oasis:names:tc:xliff:document:2.0"
# Codes whose content is the tool's native markup, not text of the document
CODE_CONTENT = frozenset({"ph", "bpt", "ept", "it", "sub"})
ORDINAL = "{urn:x-reader}ordinal"  # a unit's place among the file's units, as read


@dataclass
class Row:
    """One unit: its segments on each side (None: untranslated) with their marks (inline
    codes; a translation's state), its notes, and for each segment the place in the file of
    the element that holds it (the how-manieth unit)."""

    source: list[str] = field(default_factory=list)
    target: list[str | None] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    units: list[int] = field(default_factory=list)
    source_marks: list[tuple[Mark, ...]] = field(default_factory=list)
    target_marks: list[tuple[Mark, ...]] = field(default_factory=list)
    segment_ids: list[str] = field(default_factory=list)  # an SDLXLIFF segment's mid, else ""

    def add(self, source: Marked, target: Marked | None, state: str = "", mid: str = "") -> None:
        self.segment_ids.append(mid)
        self.source.append(source[0])
        self.source_marks.append(source[1])
        translated = target is not None and target[0].strip()
        self.target.append(target[0] if translated else None)
        marks = target[1] if translated else ()
        if translated and state:
            marks = (*marks, Mark(0, len(target[0]), "state", state))
        self.target_marks.append(marks)


@dataclass(frozen=True)
class Bilingual:
    source_lang: str  # primary subtags: "en", "zh"
    target_lang: str
    rows: list[Row]


def read_xliff(
    data: bytes, name: str, progress: Callable[[float], None] | None = None
) -> Bilingual:
    """The file's rows; `progress` hears the share of its units read (it may raise to stop)."""
    import lxml.etree

    try:
        root = lxml.etree.fromstring(data, parser=lxml.etree.XMLParser(resolve_entities=False))
    except lxml.etree.LxmlError as error:
        raise InputError(f"{name}: not readable XML ({error})") from error
    if _local(root) != "xliff":
        raise InputError(f"{name}: not an XLIFF file (its root is <{_local(root)}>)")
    if root.get("version", "").startswith("2"):
        source, target = root.get("srcLang", ""), root.get("trgLang", "")
        units = list(root.iter(f"{{{NS_20}}}unit"))
        rows = list(_reported((_unit_20(u, n) for n, u in enumerate(units)), len(units), progress))
    else:
        files = root.findall(f"{{{NS_12}}}file") or root.findall("file")
        if not files:
            raise InputError(f"{name}: an XLIFF file with no <file>")
        source = files[0].get("source-language", "")
        target = files[0].get("target-language", "")
        units = [e for e in root.iter() if _local(e) == "trans-unit"]
        for n, unit in enumerate(units):
            unit.set(ORDINAL, str(n))  # in our copy of the tree only
        read = (row for f in files for row in _rows_12(f))
        rows = list(_reported(read, len(units), progress))
    rows = [row for row in rows if any(map(_worded, row.source, row.source_marks))]
    if not rows:
        raise InputError(f"{name}: the XLIFF file holds no text")
    return Bilingual(_primary(source), _primary(target), rows)


REPORT_EVERY = 500  # units read between two reports of progress


def _reported(
    rows: Iterator[Row], units: int, progress: Callable[[float], None] | None
) -> Iterator[Row]:
    """The rows, telling progress how far into the file's units they have come."""
    reported = 0
    for row in rows:
        if progress is not None and row.units and row.units[-1] >= reported + REPORT_EVERY:
            reported = row.units[-1]
            progress(reported / units)
        yield row


def _rows_12(file: Any) -> Iterator[Row]:
    """A <group> whose children are trans-units is one row; a trans-unit outside one, a row."""
    body = next((c for c in file if _local(c) == "body"), None)
    if body is None:
        return
    yield from _walk_12(body, _sdl_tags(file))


def _walk_12(parent: Any, natives: Natives) -> Iterator[Row]:
    for child in parent:
        name = _local(child)
        if name == "trans-unit":
            yield _trans_unit(child, natives)
        elif name == "group":
            units = [c for c in child if _local(c) == "trans-unit"]
            if units and len(units) == len([c for c in child if _local(c) != "note"]):
                yield _merged([_trans_unit(u, natives) for u in units], _notes(child))
            else:
                yield from _walk_12(child, natives)


def _merged(rows: list[Row], notes: list[str]) -> Row:
    merged = Row(notes=list(notes))
    for row in rows:
        for name, values in vars(row).items():
            getattr(merged, name).extend(values)
    return merged


def _trans_unit(unit: Any, natives: Natives) -> Row:
    row = _trans_unit_segments(unit, natives)
    row.units = [int(unit.get(ORDINAL))] * len(row.source)
    return row


def _trans_unit_segments(unit: Any, natives: Natives) -> Row:
    row = Row(notes=_notes(unit))
    if unit.get("translate") == "no":  # the tool's structure (SDLXLIFF's), not text
        return row
    source = _child(unit, "seg-source")
    if source is None:
        source = _child(unit, "source")
    target = _child(unit, "target")
    state = target.get("state", "") if target is not None else ""
    state = state or _attribute(unit, "status")  # memoQ's mq:status
    marks = _segments(source, natives) if source is not None else {}
    if marks:  # SDLXLIFF and others: <mrk mtype="seg" mid="…"> segments
        targets = _segments(target, natives) if target is not None else {}
        confirmed = _sdl_confirmations(unit)
        for mid, text in marks.items():
            row.add(text, targets.get(mid), confirmed.get(mid, state), mid)
        return row
    row.add(
        _text(source, natives) if source is not None else ("", ()),
        _text_or_none(target, natives),
        state,
    )
    return row


def _segments(element: Any, natives: Natives) -> dict[str, Marked]:
    return {
        mark.get("mid", str(n)): _text(mark, natives)
        for n, mark in enumerate(element.iter(), 1)
        if _local(mark) == "mrk" and mark.get("mtype") == "seg"
    }


def _attribute(element: Any, name: str) -> str:
    """An attribute of the element in any namespace (a tool's own)."""
    return next((v for k, v in element.attrib.items() if k.rsplit("}", 1)[-1] == name), "")


def _worded(text: str, marks: tuple[Mark, ...]) -> bool:
    """Whether a segment holds words, not only inline codes."""
    for mark in sorted(marks, key=lambda m: m.start, reverse=True):
        if mark.kind == "code":
            text = text[: mark.start] + text[mark.end :]
    return bool(text.strip())


def _sdl_confirmations(unit: Any) -> dict[str, str]:
    """SDLXLIFF's state of each segment: <sdl:seg id="mid" conf="Translated"/>."""
    return {
        seg.get("id", ""): seg.get("conf", "")
        for seg in unit.iter()
        if _local(seg) == "seg" and seg.get("conf")
    }


def _unit_20(unit: Any, ordinal: int) -> Row:
    row = Row(notes=[n.text or "" for n in unit.iter(f"{{{NS_20}}}note") if (n.text or "").strip()])
    natives = {
        f"data:{data.get('id')}": data.text or ""
        for data in unit.iter(f"{{{NS_20}}}data")
        if data.get("id")
    }
    for segment in unit.iter(f"{{{NS_20}}}segment"):
        source, target = _child(segment, "source"), _child(segment, "target")
        row.add(
            _text(source, natives) if source is not None else ("", ()),
            _text_or_none(target, natives),
            segment.get("state", ""),
        )
        row.units.append(ordinal)
    return row


# Inline codes. A code in the text is a placeholder: {1} opens a pair, {/1} closes it, {1/}
# stands alone. Its mark's value is the tool's markup it stands for (<b>): held in the code
# itself, or by reference (Natives), else the code's own tag.
Natives = dict[str, str]  # markup by reference: "data:ID" (2.0), "tag:ID", "tag:/ID" (SDLXLIFF)
_OPENING = frozenset({"bpt", "bx", "sc"})
_CLOSING = frozenset({"ept", "ex", "ec"})
_ALONE = frozenset({"x", "ph"})
_PAIRED = frozenset({"g", "pc"})  # codes around words, which are kept


def _text(element: Any, natives: Natives) -> Marked:
    built = MarkedText()
    _inside(element, built, natives)
    return built.text(lambda text: " ".join(text.split()))


def _text_or_none(element: Any | None, natives: Natives) -> Marked | None:
    return None if element is None else _text(element, natives)


def _inside(element: Any, built: MarkedText, natives: Natives) -> None:
    if element.text:
        built.add(element.text)
    for child in element:
        if isinstance(child.tag, str):
            _inline(child, built, natives)
        if child.tail:
            built.add(child.tail)


def _inline(element: Any, built: MarkedText, natives: Natives) -> None:
    name = _local(element)
    ref = element.get("rid") or element.get("startRef") or element.get("id") or "?"
    if name in _PAIRED:
        opening = _native(natives, element, "dataRefStart", "") or _start_tag(element)
        built.add(f"{{{ref}}}", ("code", opening))
        _inside(element, built, natives)
        closing = _native(natives, element, "dataRefEnd", "/") or f"</{name}>"
        built.add(f"{{/{ref}}}", ("code", closing))
    elif name in CODE_CONTENT | _OPENING | _CLOSING | _ALONE:
        markup = _native(natives, element, "dataRef", "") or _markup(element)
        built.add(_placeholder(name, ref, element.get("pos")), ("code", markup))
    else:  # a marker (<mrk>), whose words are the text's
        _inside(element, built, natives)


def _placeholder(name: str, ref: str, pos: str | None) -> str:
    if name in _OPENING or (name == "it" and pos == "open"):
        return f"{{{ref}}}"
    if name in _CLOSING or name == "it":
        return f"{{/{ref}}}"
    return f"{{{ref}/}}"


def _native(natives: Natives, element: Any, data_ref: str, tag_prefix: str) -> str:
    """The markup a code refers to: 2.0's original data, or SDLXLIFF's tag definition."""
    data = element.get(data_ref)
    if data is not None:
        return natives.get(f"data:{data}", "")
    return natives.get(f"tag:{tag_prefix}{element.get('id')}", "")


def _sdl_tags(file: Any) -> Natives:
    """SDLXLIFF's tag definitions in the file's header: <tag id="pt1"><bpt>…</bpt><ept>…"""
    natives: Natives = {}
    for tag in file.iter():
        if _local(tag) != "tag" or not tag.get("id"):
            continue
        for part in tag:
            prefix = "/" if _local(part) == "ept" else ""
            if _local(part) in {"bpt", "ept", "ph", "st"} and part.text:
                natives.setdefault(f"tag:{prefix}{tag.get('id')}", part.text)
    return natives


def _markup(element: Any) -> str:
    """What a code stands for: the native markup it holds (<b>), else its own tag."""
    native = "".join(element.itertext()).strip()
    return native or _start_tag(element)


def _start_tag(element: Any) -> str:
    attributes = "".join(f' {k.rsplit("}", 1)[-1]}="{v}"' for k, v in element.attrib.items())
    empty = not len(element) and not element.text
    return f"<{_local(element)}{attributes}{'/' if empty else ''}>"


def _notes(element: Any) -> list[str]:
    return [
        " ".join((c.text or "").split())
        for c in element
        if _local(c) == "note" and (c.text or "").strip()
    ]


def _child(element: Any, name: str) -> Any | None:
    return next((c for c in element if _local(c) == name), None)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-")[0].lower()


NOTE_AUTHOR = "XLIFF note"  # who the annotations made of a file's notes are by


def prepared(
    bilingual: Bilingual, default_title: str, source: SideSource
) -> tuple[PreparedDocument, list[Annotation]]:
    """The rows as a document, aligned as the file is, and the notes as remarks."""
    built = _Document(bilingual.source_lang, bilingual.target_lang)
    for row in bilingual.rows:
        built.add(row)
    first = built.paragraphs["source"][0]
    text = BilingualText(
        first if len(first) <= TITLE_LENGTH else default_title,
        built.side("source", bilingual.source_lang),
        built.side("target", bilingual.target_lang),
    )
    document = PreparedDocument(
        text,
        {role: tuple(spans) for role, spans in built.spans.items()},
        tuple(built.paragraph_beads),
        tuple(built.sentence_beads),
        {"source": source, "target": source},
    )
    return document, built.notes(text)


TITLE_LENGTH = 120  # a first row this short is the title, as for any import


class _Document:
    """Paragraphs, sentence spans and beads of both sides, built row by row."""

    def __init__(self, source_lang: str, target_lang: str) -> None:
        self.joiner = {"source": _joiner(source_lang), "target": _joiner(target_lang)}
        self.paragraphs: dict[str, list[str]] = {"source": [], "target": []}
        self.spans: dict[str, list[tuple[Span, ...]]] = {"source": [], "target": []}
        self.paragraph_beads: list[Bead] = []
        self.sentence_beads: list[Bead] = []
        self.sentences = {"source": 0, "target": 0}
        self._notes: list[tuple[str, int, str]] = []  # side, paragraph, note
        # per side and paragraph, the unit (its place in the file) and the segment id of
        # each sentence
        self.units: dict[str, list[list[tuple[int, str]]]] = {"source": [], "target": []}
        self.marks: dict[str, list[tuple[Mark, ...]]] = {"source": [], "target": []}

    def add(self, row: Row) -> None:
        places = list(zip(row.units, row.segment_ids, strict=True))
        segments = [
            (s, t, u, sm, tm)
            for s, t, u, sm, tm in zip(
                row.source, row.target, places, row.source_marks, row.target_marks, strict=True
            )
            if _worded(s, sm)
        ]
        src = self._paragraph("source", [(s, sm) for s, _, _, sm, _ in segments])
        translated = [(t, tm) for _, t, _, _, tm in segments if t is not None]
        tgt = self._paragraph("target", translated)
        self.units["source"].append([u for _, _, u, _, _ in segments])
        if tgt is not None:
            self.units["target"].append([u for _, t, u, _, _ in segments if t is not None])
        assert src is not None  # read_xliff keeps only rows with source text
        self.paragraph_beads.append(Bead((src,), (tgt,) if tgt is not None else ()))
        for _, translation, *_ in segments:
            sentence = self.sentences["source"]
            self.sentences["source"] += 1
            if translation is None:
                self.sentence_beads.append(Bead((sentence,), ()))
            else:
                self.sentence_beads.append(Bead((sentence,), (self.sentences["target"],)))
                self.sentences["target"] += 1
        side, index = ("target", tgt) if tgt is not None else ("source", src)
        self._notes += [(side, index, note) for note in row.notes]

    def _paragraph(self, role: str, segments: list[tuple[str, tuple[Mark, ...]]]) -> int | None:
        if not segments:
            return None
        joiner, spans, marks, at = self.joiner[role], [], [], 0
        for segment, segment_marks in segments:
            spans.append(Span(at, at + len(segment)))
            marks += [replace(m, start=m.start + at, end=m.end + at) for m in segment_marks]
            at += len(segment) + len(joiner)
        self.paragraphs[role].append(joiner.join(text for text, _ in segments))
        self.spans[role].append(tuple(spans))
        self.marks[role].append(tuple(marks))
        return len(self.paragraphs[role]) - 1

    def side(self, role: str, lang: str) -> SideText:
        marks = tuple(self.marks[role]) if any(self.marks[role]) else ()
        return SideText(lang, tuple(self.paragraphs[role]), marks)

    def notes(self, text: BilingualText) -> list[Annotation]:
        """Each note as an unclassified remark on its row's translation (or its original)."""
        found = []
        for role, index, note in self._notes:
            side = text.source if role == "source" else text.target
            assert side is not None
            start = side.paragraph_starts()[index]
            whole = anchor(role, side.text, start, start + len(side.paragraphs[index]))
            remark = Annotation("Other", "neutral", (whole,), comment=note, annotator=NOTE_AUTHOR)
            found.append(remark)
        return found


def _joiner(lang: str) -> str:
    """What separates two sentences of a paragraph: a space in English, nothing in Chinese."""
    return "" if lang == "zh" else " "


@dataclass(frozen=True)
class UnitReview:
    """What the review adds to one unit of the file: notes, whether it needs review, and
    which of its SDLXLIFF segments (mids) the reviewer rejects."""

    notes: tuple[str, ...]
    needs_review: bool
    rejected: frozenset[str] = frozenset()


class Units:
    """Where a document imported from this file has each unit's sentences."""

    def __init__(self, bilingual: Bilingual) -> None:
        self._built = _Document(bilingual.source_lang, bilingual.target_lang)
        for row in bilingual.rows:
            self._built.add(row)
        self.paragraphs = {role: tuple(texts) for role, texts in self._built.paragraphs.items()}

    def of(self, role: str, paragraph: int, offset: int) -> tuple[int, str] | None:
        """The unit (its place in the file) and the segment id (SDLXLIFF's mid, else "") of
        the sentence at `offset` of a paragraph."""
        if paragraph >= len(self._built.spans[role]):
            return None
        spans, units = self._built.spans[role][paragraph], self._built.units[role][paragraph]
        return next(
            (u for span, u in zip(spans, units, strict=True) if offset < span.end), units[-1]
        )


def with_review(original: bytes, reviews: dict[int, UnitReview]) -> bytes:
    """The file with the review's notes and states in its units, every other byte as it was.

    XLIFF 1.2: a <note from="reader"> before the unit's end (or its <alt-trans>), and
    state="needs-review-translation" on the target of a unit with an open major or critical
    error; SDLXLIFF also gets conf="RejectedTranslation" on such a segment's <sdl:seg>, the
    status Trados shows. 2.0: the notes in the unit's <notes>, and state="translated" (not
    reviewed) on its segments.
    """
    text, encoding = _decoded(original)
    version2 = bool(re.search(r"<(?:[\w.-]+:)?xliff\b[^>]*\bversion=[\"']2", text))
    name = "unit" if version2 else "trans-unit"
    starts = list(re.finditer(rf"<(([\w.-]+:)?){name}\b[^>]*>", text))
    edits: list[tuple[int, int, str]] = []  # start, end, replacement
    for ordinal, start in enumerate(starts):
        review = reviews.get(ordinal)
        if review is None:
            continue
        prefix = start.group(1)
        end = text.index(f"</{prefix}{name}", start.end())
        body = (start.end(), end)
        if version2:
            edits += _review_20(text, body, prefix, review)
        else:
            edits += _review_12(text, body, prefix, review)
    for begin, finish, replacement in sorted(edits, reverse=True):
        text = text[:begin] + replacement + text[finish:]
    return text.encode(encoding)


def _review_12(
    text: str, body: tuple[int, int], prefix: str, review: UnitReview
) -> list[tuple[int, int, str]]:
    edits = []
    inside = text[body[0] : body[1]]
    notes = "".join(
        f'<{prefix}note from="reader">{_escaped(n)}</{prefix}note>' for n in review.notes
    )
    at = body[0] + _notes_place(inside, prefix)
    edits.append((at, at, notes))
    if review.needs_review:
        target = re.search(rf"<{re.escape(prefix)}target\b[^>]*?(/?)>", inside)
        if target:
            edits.append(
                _state(body[0] + target.start(), target.group(0), "needs-review-translation")
            )
    for seg in re.finditer(r"<[\w.-]+:seg(?=[\s/>])[^>]*?/?>", inside):
        mid = re.search(r"\sid=([\"'])(.*?)\1", seg.group(0))
        if mid and mid.group(2) in review.rejected:
            at = body[0] + seg.start()
            edits.append(_state(at, seg.group(0), "RejectedTranslation", attribute="conf"))
    return edits


# What a 1.2 trans-unit holds before its notes may end (alt-trans and other tools' elements,
# such as SDLXLIFF's <sdl:seg-defs>, come after them)
_BEFORE_NOTES = "target|seg-source|source|note|context-group|count-group|prop-group"


def _notes_place(inside: str, prefix: str) -> int:
    """Where in a trans-unit's body its new notes go, as the schema orders its elements."""
    alt = re.search(rf"<{re.escape(prefix)}alt-trans\b", inside)
    region = inside[: alt.start()] if alt else inside
    ends = [
        m.end()
        for m in re.finditer(
            rf"</{re.escape(prefix)}(?:{_BEFORE_NOTES})\s*>|<{re.escape(prefix)}(?:{_BEFORE_NOTES})\b[^>]*/>",
            region,
        )
    ]
    return max(ends) if ends else len(region)


def _review_20(
    text: str, body: tuple[int, int], prefix: str, review: UnitReview
) -> list[tuple[int, int, str]]:
    edits = []
    inside = text[body[0] : body[1]]
    notes = "".join(
        f'<{prefix}note category="reader">{_escaped(n)}</{prefix}note>' for n in review.notes
    )
    existing = re.search(rf"</{re.escape(prefix)}notes\s*>", inside)
    if existing:
        at = body[0] + existing.start()
        edits.append((at, at, notes))
    elif notes:
        edits.append((body[0], body[0], f"<{prefix}notes>{notes}</{prefix}notes>"))
    if review.needs_review:
        for segment in re.finditer(rf"<{re.escape(prefix)}segment\b[^>]*?(/?)>", inside):
            edits.append(_state(body[0] + segment.start(), segment.group(0), "translated"))
    return edits


def _state(at: int, tag: str, state: str, attribute: str = "state") -> tuple[int, int, str]:
    """The start tag with its state attribute set (added when it had none)."""
    if re.search(rf"\s{attribute}=([\"']).*?\1", tag):
        new = re.sub(rf"(\s{attribute}=)([\"']).*?\2", rf'\g<1>"{state}"', tag, count=1)
    else:
        closing = "/>" if tag.endswith("/>") else ">"
        new = f'{tag[: -len(closing)]} {attribute}="{state}"{closing}'
    return at, at + len(tag), new


def _escaped(note: str) -> str:
    return note.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _decoded(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding to write it back in (its BOM's, or its declared)."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                          (b"\xfe\xff", "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding), encoding
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([\w.-]+)", data)
    encoding = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError) as error:
        raise InputError(f"the XLIFF file cannot be read back ({error})") from error
