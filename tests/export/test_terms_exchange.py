"""The term base in TBX-Basic, CSV and the old tab-separated glossary."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

from reader.core.errors import InputError
from reader.core.terms import Term
from reader.export.terms import (
    parse_csv,
    parse_glossary,
    read_tbx,
    read_terms,
    write_csv,
    write_tbx,
)

FULL = Term(
    "world order",
    ("世界秩序", "国际秩序"),
    ("订单", "命令"),
    "noun",
    "Order as in the way the world is run.\nNot a purchase order.",
    "Ann Reviewer",
    datetime(2026, 12, 6, 10, 30, tzinfo=UTC),
)
BARE = Term("Kremlin", (), ("克林姆林宫",))


def test_a_tbx_round_trip_keeps_every_field() -> None:
    assert read_tbx(write_tbx([FULL, BARE])) == [FULL, BARE]


def test_the_tbx_says_each_renderings_status_as_tbx_basic_does() -> None:
    root = etree.fromstring(write_tbx([FULL]))
    statuses = {
        tig.findtext("term"): tig.findtext("termNote[@type='administrativeStatus']")
        for tig in root.iter("tig")
    }
    assert statuses == {
        "world order": None,
        "世界秩序": "preferredTerm-admn-sts",
        "国际秩序": "admittedTerm-admn-sts",
        "订单": "deprecatedTerm-admn-sts",
        "命令": "deprecatedTerm-admn-sts",
    }
    assert root.findtext(".//termNote[@type='partOfSpeech']") == "noun"
    assert root.findtext(".//transacNote[@type='responsibility']") == "Ann Reviewer"


def test_a_tbx_written_by_another_tool_is_read() -> None:
    other = """<?xml version="1.0"?>
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="c1"><descrip type="definition">Rule by one power.</descrip>
 <langSet xml:lang="en-US"><tig><term>hegemony</term></tig></langSet>
 <langSet xml:lang="fr"><tig><term>hégémonie</term></tig></langSet>
 <langSet xml:lang="zh-CN"><tig><term>霸权</term></tig>
  <tig><term>霸道</term>
   <termNote type="administrativeStatus">notRecommended</termNote></tig></langSet>
</termEntry>
<termEntry id="c2">
 <langSet xml:lang="en-US"><tig><term>no Chinese</term></tig></langSet></termEntry>
</body></text></martif>"""
    assert read_terms(other.encode(), "other.tbx") == [
        Term("hegemony", ("霸权",), ("霸道",), note="Rule by one power.")
    ]
    with pytest.raises(InputError, match=r"bad\.tbx: not a TBX file"):
        read_terms(b"<martif><text><body>", "bad.tbx")
    with pytest.raises(InputError, match="its root is <html>, not <martif> or <tbx>"):
        read_terms(b"<html><body/></html>", "page.tbx")


def test_a_tbx_3_file_is_read_too() -> None:
    v3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
<text><body><conceptEntry id="c1">
 <langSec xml:lang="en"><termSec><term>sanction</term>
  <termNote type="partOfSpeech">noun</termNote></termSec></langSec>
 <langSec xml:lang="zh"><termSec><term>制裁</term></termSec></langSec>
</conceptEntry></body></text></tbx>"""
    assert read_terms(v3.encode(), "v3.tbx") == [Term("sanction", ("制裁",), pos="noun")]


def test_a_csv_round_trip_keeps_every_field_and_spreadsheets_run_no_formula() -> None:
    risky = Term("=cmd", ("-1+1",), note="@SUM")
    text = write_csv([FULL, BARE, risky])
    assert "'=cmd,'-1+1" in text
    assert parse_csv(text) == [FULL, BARE, risky]
    assert read_terms(text.encode("utf-8-sig"), "terms.csv") == [FULL, BARE, risky]


def test_the_old_glossary_file_and_bad_lines_say_where() -> None:
    assert read_terms("# 术语\nsanction\t制裁|惩罚\n".encode("gb18030"), "g.txt") == [
        Term("sanction", ("制裁", "惩罚"))
    ]
    assert parse_glossary("order\t秩序") == [Term("order", ("秩序",))]
    with pytest.raises(InputError, match=r"t\.csv line 2: expected a term and its renderings"):
        read_terms(b"term,renderings\nlonely\n", "t.csv")
    with pytest.raises(InputError, match=r"t\.csv entry 1: .*needs a required or a forbidden"):
        read_terms(b"order,,\n", "t.csv")
    with pytest.raises(InputError, match="'yesterday' is not a date"):
        read_terms("order,秩序,,,,,yesterday\n".encode(), "t.csv")
