"""A saved web page: the article's own text, the site's menus, sidebars and footers left out.

trafilatura finds the main text; when it finds none (a page that is all text, or too short
for its measures), every text block of the body is read instead.
"""

from __future__ import annotations

import logging

from reader.core.formats.blocks import text_blocks

# trafilatura reports its own choices as warnings, which would reach the command line's output
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def paragraphs(data: bytes) -> list[str]:
    import lxml.html
    import trafilatura

    main = trafilatura.extract(
        data, output_format="xml", include_comments=False, include_tables=True, favor_recall=True
    )
    if main:
        tree = lxml.etree.fromstring(main.encode("utf-8"))
        for heading in tree.iter("head"):  # trafilatura's name for a heading
            heading.tag = "h2"
        return list(text_blocks(tree))
    try:
        root = lxml.html.fromstring(data)
    except (lxml.etree.ParserError, ValueError):
        return []
    body = root.find("body")
    return list(text_blocks(body if body is not None else root))
