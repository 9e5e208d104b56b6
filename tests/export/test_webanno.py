import json
from dataclasses import replace

import pytest

from reader.core.errors import InputError
from reader.export.model import ExportDocument
from reader.export.webanno import CONTEXT, render_webanno
from reader.export.webanno_read import read_webanno
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
    assert back == [replace(a, id=None) for a in annotations]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),
        ('{"type": "Annotation", "body": [], "target": []}', "unknown MQM category"),
        ('[{"type": "Note"}]', "item 1 is not an Annotation"),
        (
            '{"type": "Annotation", "body": {"purpose": "classifying", "value": "Other"},'
            ' "target": {"source": "urn:x:elsewhere"}}',
            "names neither side",
        ),
    ],
)
def test_bad_input_is_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_webanno(text)
