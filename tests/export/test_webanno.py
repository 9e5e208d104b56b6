import json
from dataclasses import replace

import pytest

from reader.core.errors import InputError
from reader.core.mqm import CATEGORIES, Annotation
from reader.export.model import ExportDocument
from reader.export.webanno import CONTEXT, render_webanno
from reader.export.webanno_read import WHOLE_SIDE, read_webanno
from tests.export.sample import XSS


def test_web_annotation_structure(doc: ExportDocument) -> None:
    data = json.loads(render_webanno(doc))
    assert data["@context"] == CONTEXT == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 5
    items = data["first"]["items"]
    major = items[0]
    assert major["type"] == "Annotation" and major["id"].endswith(":annotation:1")
    assert major["creator"] == {"type": "Person", "name": "Ann & Bo"}
    assert major["created"] == "2024-05-17T09:30:00+00:00"
    bodies = {b["purpose"]: b["value"] for b in major["body"]}
    assert bodies == {
        "classifying": "Accuracy/Mistranslation",
        "assessing": "major",
        "commenting": XSS,
        "editing": "接壤",
        "tagging": "status:open",
    }
    source, target = major["target"]
    assert source["source"] == "urn:x-reader:document:7:source"
    assert target["source"] == "urn:x-reader:document:7:target"
    quote, position = target["selector"]
    assert quote == {
        "type": "TextQuoteSelector",
        "exact": "共享边界",
        "prefix": "当前秩序必须改变。\n\n北京和莫斯科",
        "suffix": "，他们买卖石油和天然气。",
    }
    assert position == {"type": "TextPositionSelector", "start": 17, "end": 21}


def test_chinese_is_written_as_text_not_escapes(doc: ExportDocument) -> None:
    assert "共享边界" in render_webanno(doc)


def test_what_is_written_reads_back_the_same(doc: ExportDocument) -> None:
    resolved = replace(doc.annotations[1], status="resolved")
    accepted = replace(doc.annotations[0], fix_accepted=True)
    annotations = (accepted, resolved, *doc.annotations[2:])
    back = read_webanno(render_webanno(replace(doc, annotations=annotations)))
    assert back.annotations == [replace(a, id=None) for a in annotations] and not back.refused


def test_the_page_has_an_id(doc: ExportDocument) -> None:
    page = json.loads(render_webanno(doc))["first"]
    assert page["id"].startswith("urn:x-reader:document:7") and page["partOf"]


def test_not_json_or_not_annotations_is_refused_whole() -> None:
    for text, message in (("{", "not JSON"), ("3", "not a Web Annotation document")):
        with pytest.raises(InputError, match=message):
            read_webanno(text)


LANGUAGES = {"source": "en", "target": "zh"}


def _read_one(item: dict) -> Annotation:
    incoming = read_webanno(json.dumps({"type": "Annotation", **item}), LANGUAGES)
    assert not incoming.refused, incoming.refused
    (annotation,) = incoming.annotations
    return annotation


def test_what_other_tools_write_is_read() -> None:
    quote_only = _read_one(
        {
            "body": [
                {"purpose": "classifying", "value": "mistranslation"},
                {"purpose": "assessing", "value": "Major"},
            ],
            "target": {
                "source": "http://example.org/article-zh",
                "selector": {"type": "TextQuoteSelector", "exact": "当前订单"},
            },
        }
    )
    assert (quote_only.category, quote_only.severity) == ("Accuracy/Mistranslation", "major")
    (anchor,) = quote_only.anchors
    assert (anchor.side, anchor.exact) == ("target", "当前订单")  # placed by its script

    unclassified = _read_one(
        {
            "bodyValue": "Reads oddly.",
            "target": {
                "source": "urn:x-reader:document:7:source",
                "selector": {"type": "TextPositionSelector", "start": 4, "end": 17},
            },
        }
    )
    assert (unclassified.category, unclassified.severity) == ("Other", "neutral")
    assert unclassified.comment == "Reads oddly."
    assert unclassified.anchors[0].exact == "" and unclassified.anchors[0].end == 17

    whole = _read_one(
        {"body": {"type": "TextualBody", "value": "Too formal"}, "target": "x#target"}
    )
    assert whole.anchors[0].end == WHOLE_SIDE and whole.comment == "Too formal"


def test_bad_items_are_listed_and_the_good_ones_kept() -> None:
    good = {"type": "Annotation", "target": "doc#source", "bodyValue": "fine"}
    items = [
        good,
        {"type": "Note"},
        {"type": "Annotation", "target": "http://elsewhere.org/page", "bodyValue": "x"},
        {**good, "body": {"purpose": "assessing", "value": "huge"}},
        {**good, "body": {"purpose": "classifying", "value": "Nonsense"}},
        {"type": "Annotation", "bodyValue": "no target"},
    ]
    incoming = read_webanno(json.dumps({"type": "AnnotationPage", "items": items}), LANGUAGES)
    assert len(incoming.annotations) == 1
    assert incoming.refused == [
        "item 2 is not an Annotation",
        "item 3: target 'http://elsewhere.org/page' names neither side of this document",
        "item 4: unknown severity 'huge'",
        "item 5: unknown MQM category 'Nonsense' (one of: " + ", ".join(CATEGORIES) + ")",
        "item 6: no target",
    ]
