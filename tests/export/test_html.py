from dataclasses import replace
from html.parser import HTMLParser

from reader.core.document import SideText
from reader.export.html import render_html
from reader.export.model import ExportDocument
from tests.export.sample import XSS


class Outline(HTMLParser):
    """Tags, attributes and text of a page, as a browser would parse them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._open: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def named(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


def test_report_structure(doc: ExportDocument) -> None:
    page = Outline(render_html(doc))
    text = "".join(page.text)
    assert page.named("meta", charset="utf-8")
    assert "Russia & China <partners>" in text  # the title, escaped in the markup
    assert "Ann & Bo, 李华" in text and "2024-05-17" in text
    assert "16.1" in text and "766.67" in text  # penalty and per 1,000 words
    assert len(page.named("svg")) == 1 and page.named("rect")
    assert len(page.named("tr", id="p1")) == 1 and len(page.named("tr", id="p3")) == 1
    # Rows are numbered, and each paragraph shows its own side's number: English ¶2 and ¶3
    # share row 2, the untranslated ¶4 is row 3.
    numbers = [text for text in page.text if text.startswith("¶")]
    assert numbers == ["¶1", "¶1", "¶2", "¶3", "¶2", "¶4"]
    assert len(page.named("td", **{"class": "missing"})) == 1
    assert "Omitted: not translated" in text
    assert {a["class"] for a in page.named("mark")} >= {
        "sev-minor",
        "sev-major",
        "sev-neutral",
        "sev-critical",
    }
    assert "接壤" in text and "整段漏译" in text and "北京和莫斯科" in text
    assert len(page.named("td", lang="zh")) == 2


def test_user_text_is_escaped_not_run(doc: ExportDocument) -> None:
    html = render_html(doc)
    page = Outline(html)
    assert not page.named("script") and XSS not in html
    assert XSS in "".join(page.text)
    assert "<partners>" not in html


def test_self_contained_no_network_no_script(doc: ExportDocument) -> None:
    html = render_html(doc)
    page = Outline(html)
    assert not page.named("link") and not page.named("img") and not page.named("script")
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html


def test_progress_is_reported_up_to_the_end(doc: ExportDocument) -> None:
    calls: list[tuple[int, int]] = []
    render_html(doc, lambda done, total: calls.append((done, total)))
    assert calls[-1] == (3, 3) and all(total == 3 for _, total in calls)


def test_a_document_without_translation_has_one_text_column(doc: ExportDocument) -> None:
    first = SideText("en", doc.source.paragraphs[:1])
    alone = replace(doc, source=first, target=None, beads=doc.beads[:1], annotations=())
    page = Outline(render_html(alone))
    assert len(page.named("col", **{"class": "side"})) == 1
    assert "No errors were flagged." in "".join(page.text)


def test_two_reviewers_get_an_agreement_section(doc: ExportDocument) -> None:
    page = Outline(render_html(doc))
    text = " ".join(page.text)
    assert "Agreement between reviewers" in text
    assert "Ann & Bo – 李华" in text  # escaped, and named in the pair's row
    assert page.named("table", **{"class": "counts agreement"})
    alone = replace(doc, annotations=tuple(a for a in doc.annotations if a.annotator == "李华"))
    assert "Agreement between reviewers" not in render_html(alone)


def test_the_weights_said_are_the_librarys(doc: ExportDocument) -> None:
    from reader.core.mqm import Weights

    assert "Weights as in WMT: minor 1, major 5" in render_html(doc)
    custom = render_html(replace(doc, weights=Weights(major=4)))
    assert "Weights: minor 1, major 4, critical 10" in custom


def test_a_reviewer_whose_every_flag_lost_its_text_is_in_no_agreement(
    doc: ExportDocument,
) -> None:
    lost = tuple(
        replace(a, anchors=tuple(replace(x, orphaned=True) for x in a.anchors))
        if a.annotator == "李华"
        else a
        for a in doc.annotations
    )
    page = render_html(replace(doc, annotations=lost))  # once refused: "needs two reviewers"
    assert "Agreement between reviewers" not in page
