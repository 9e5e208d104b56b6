"""The term base in the files other tools exchange: TBX-Basic (via translate-toolkit), CSV, and
the tab-separated glossary the checks took before there was a term base.

TBX keeps every field: the English term with its part of speech, each Chinese rendering with
its status (preferred or admitted: required; deprecated, superseded or not recommended:
forbidden), the note, and who added the term and when (an origination transaction).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from lxml import etree
from translate.misc.xml_helpers import getXMLlang
from translate.storage import tbx

from reader.core.decode import decode_bytes
from reader.core.errors import InputError
from reader.core.terms import Term
from reader.core.text import normalise_newlines
from reader.export.tabular import FORMULA_STARTS, defused

CSV_FIELDS = ("term", "renderings", "forbidden", "pos", "note", "author", "created")
_ALTERNATIVES = "|"  # between renderings in one cell or column
_REQUIRED, _ADMITTED, _FORBIDDEN = (
    "preferredTerm-admn-sts",
    "admittedTerm-admn-sts",
    "deprecatedTerm-admn-sts",
)
# TBX 3 (ISO 30042:2019) renamed TBX 2's elements and gave them a namespace; the toolkit reads
# TBX 2, so a TBX 3 file is renamed back before it reads it.
_TBX2_NAMES = {
    "tbx": "martif",
    "tbxHeader": "martifHeader",
    "conceptEntry": "termEntry",
    "langSec": "langSet",
    "termSec": "tig",
}
_FORBIDDEN_STATUSES = ("deprecated", "superseded", "notrecommended", "obsolete")


def read_terms(data: bytes, name: str) -> list[Term]:
    """Terms from a TBX, CSV or tab-separated glossary file, told apart by their content;
    InputError naming the file and the line when it cannot be read."""
    head = data[:400].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        return read_tbx(data, name)
    text, _encoding = decode_bytes(data, name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    if "\t" in first or first.lstrip().startswith("#"):
        return parse_glossary(text, name)
    return parse_csv(text, name)


# --- the tab-separated glossary ------------------------------------------------------------


def parse_glossary(text: str, name: str = "glossary") -> list[Term]:
    """Terms from tab-separated lines: the source term, then one or more renderings (further
    columns, or separated by "|"). Blank lines and lines starting with "#" are skipped."""
    terms = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        source, *rest = (column.strip() for column in line.split("\t"))
        renderings = _alternatives(*rest)
        if not source or not renderings:
            raise InputError(
                f"{name} line {number}: expected a term, a tab and its rendering, got {line!r}"
            )
        terms.append(_valid(Term(source, renderings), name, number))
    return terms


# --- CSV -----------------------------------------------------------------------------------


def write_csv(terms: Sequence[Term]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for t in terms:
        created = t.created_at.isoformat() if t.created_at else ""
        row = (t.source, _joined(t.renderings), _joined(t.forbidden), t.pos, t.note, t.author)
        writer.writerow([defused(cell) for cell in (*row, created)])
    return out.getvalue()


def parse_csv(text: str, name: str = "terms.csv") -> list[Term]:
    """Terms from CSV rows in CSV_FIELDS order; a header row naming them is skipped, and the
    columns after the renderings may be left out."""
    try:
        rows = list(csv.reader(io.StringIO(normalise_newlines(text))))
    except csv.Error as error:
        raise InputError(f"{name}: not CSV ({error})") from error
    terms = []
    for number, row in enumerate(rows, 1):
        cells = [_undefused(cell.strip()) for cell in row]
        if not any(cells) or (number == 1 and cells[0].casefold() in {"term", "source"}):
            continue
        if len(cells) < 2:
            raise InputError(f"{name} line {number}: expected a term and its renderings")
        source, renderings, forbidden, pos, note, author, created = (cells + [""] * 7)[:7]
        term = Term(
            source,
            _alternatives(renderings),
            _alternatives(forbidden),
            pos,
            note,
            author,
            _date(created, name, number),
        )
        terms.append(_valid(term, name, number))
    return terms


# --- TBX -----------------------------------------------------------------------------------


def write_tbx(
    terms: Sequence[Term],
    source_lang: str = "en",
    target_lang: str = "zh",
    description: str = "Exported by reader",
) -> bytes:
    """TBX-Basic; `description` says in the header where the terms come from."""
    store = tbx.tbxfile(sourcelanguage=source_lang, targetlanguage=target_lang)
    for paragraph in store.document.getroot().iter("p"):  # the skeleton's one sourceDesc
        paragraph.text = description
    for number, term in enumerate(terms, 1):
        unit = store.addsourceunit(term.source)
        unit.setid(f"t{number}")
        unit.set_target_terms([*term.renderings, *term.forbidden], target_lang)
        _describe(unit, term, source_lang, target_lang)
    return bytes(store)


def read_tbx(data: bytes, name: str = "terms.tbx") -> list[Term]:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise InputError(f"{name}: not a TBX file (the XML is broken: {error})") from error
    found = etree.QName(root).localname
    if found not in ("martif", "tbx"):
        raise InputError(f"{name}: not a TBX file (its root is <{found}>, not <martif> or <tbx>)")
    if found == "tbx":
        data = _as_tbx2(root)
    try:
        store = tbx.tbxfile.parsestring(data)
    except Exception as error:  # the toolkit raises many kinds; all mean "not TBX it reads"
        raise InputError(f"{name}: not a TBX file ({str(error) or 'unexpected layout'})") from error
    terms = []
    for number, unit in enumerate(store.units, 1):
        term = _term(unit, name, number)
        if term is not None:
            terms.append(term)
    return terms


def _as_tbx2(root: Any) -> bytes:
    for node in root.iter(etree.Element):
        local = etree.QName(node).localname
        node.tag = _TBX2_NAMES.get(local, local)
    etree.cleanup_namespaces(root)
    return bytes(etree.tostring(root, encoding="UTF-8"))


def _describe(unit: Any, term: Term, source_lang: str, target_lang: str) -> None:
    """Add what the toolkit has no setter for: statuses, part of speech, note, origination."""
    entry = unit.xmlelement
    if term.note:
        _sub(entry, unit, "note", term.note, before=unit.getlanguageNodes()[0])
    if term.author or term.created_at:
        group = etree.Element(unit.namespaced("transacGrp"))
        _sub(group, unit, "transac", "origination", type="transactionType")
        if term.author:
            _sub(group, unit, "transacNote", term.author, type="responsibility")
        if term.created_at:
            _sub(group, unit, "date", term.created_at.isoformat())
        unit.getlanguageNodes()[0].addprevious(group)
    if term.pos:
        for tig in _tigs(unit, source_lang):
            _sub(tig, unit, "termNote", term.pos, type="partOfSpeech")
    statuses = [_REQUIRED] + [_ADMITTED] * (len(term.renderings) - 1)
    statuses = statuses[: len(term.renderings)] + [_FORBIDDEN] * len(term.forbidden)
    for tig, status in zip(_tigs(unit, target_lang), statuses, strict=True):
        _sub(tig, unit, "termNote", status, type="administrativeStatus")


def _term(unit: Any, name: str, number: int) -> Term | None:
    sources = [t.text.strip() for t in unit.get_source_terms() if t.text.strip()]
    if not sources:
        return None
    targets = [t for t in unit.get_target_terms(_chinese(unit)) if t.text.strip()]
    required = tuple(t.text.strip() for t in targets if not _forbids(t.administrative_status))
    forbidden = tuple(t.text.strip() for t in targets if _forbids(t.administrative_status))
    source_terms = unit.get_source_terms()
    pos = next((n.text for t in source_terms for n in t.notes if n.category == "partOfSpeech"), "")
    author, created = _origination(unit, name, number)
    note = "\n".join(_texts(unit, "note") + _texts(unit, "descrip"))
    if not required and not forbidden:
        return None  # a term with no Chinese side says nothing the checks can enforce
    term = Term(sources[0], required, forbidden, pos, note, author, created)
    return _valid(term, name, number)


def _chinese(unit: Any) -> str | None:
    """The entry's Chinese language tag (the toolkit otherwise takes the first non-source)."""
    langs = [getXMLlang(node) or "" for node in unit.getlanguageNodes()]
    return next((lang for lang in langs if lang.lower().startswith("zh")), None)


def _origination(unit: Any, name: str, number: int) -> tuple[str, datetime | None]:
    for group in unit.xmlelement.iterchildren(unit.namespaced("transacGrp")):
        kind = group.find(unit.namespaced("transac"))
        if kind is None or (kind.text or "").strip() != "origination":
            continue
        who = group.find(unit.namespaced("transacNote"))
        when = group.find(unit.namespaced("date"))
        author = (who.text or "").strip() if who is not None else ""
        return author, _date((when.text or "") if when is not None else "", name, number)
    return "", None


def _texts(unit: Any, tag: str) -> list[str]:
    """The texts of the concept-level elements of this tag."""
    return [
        " ".join(node.itertext()).strip()
        for node in unit.xmlelement.iterchildren(unit.namespaced(tag))
        if "".join(node.itertext()).strip()
    ]


def _tigs(unit: Any, lang: str) -> list[Any]:
    return [
        tig
        for language in unit.getlanguageNodes()
        if getXMLlang(language) == lang
        for tig in language.iterchildren(unit.namespaced("tig"))
    ]


def _sub(parent: Any, unit: Any, tag: str, text: str, before: Any = None, **attrs: str) -> Any:
    node = etree.Element(unit.namespaced(tag), **attrs)
    node.text = text
    if before is not None:
        before.addprevious(node)
    else:
        parent.append(node)
    return node


def _forbids(status: str | None) -> bool:
    plain = (status or "").replace("-", "").replace(" ", "").lower()
    return plain.startswith(_FORBIDDEN_STATUSES)


# --- shared --------------------------------------------------------------------------------


def _alternatives(*cells: str) -> tuple[str, ...]:
    return tuple(r.strip() for cell in cells for r in cell.split(_ALTERNATIVES) if r.strip())


def _joined(texts: Sequence[str]) -> str:
    return f" {_ALTERNATIVES} ".join(texts)


def _undefused(cell: str) -> str:
    """The cell as written before defused() guarded it."""
    guarded = cell.startswith("'") and cell[1:].lstrip(" ").startswith(FORMULA_STARTS)
    return cell[1:] if guarded else cell


def _date(text: str, name: str, number: int) -> datetime | None:
    if not text.strip():
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise InputError(f"{name} entry {number}: {text.strip()!r} is not a date") from error


def _valid(term: Term, name: str, number: int) -> Term:
    try:
        return term.validated()
    except InputError as error:
        raise InputError(f"{name} entry {number}: {error}") from error
