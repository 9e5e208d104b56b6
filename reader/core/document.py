"""Plain value objects that describe a bilingual document, shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field

# The separator used to rebuild a side's full text from its paragraphs; paragraph offsets and
# (later) annotation offsets count code points in that joined text.
PARAGRAPH_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Bead:
    """One alignment unit: contiguous runs of source and target indices (either may be empty)."""

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    confidence: float = 1.0
    # "auto" from the aligner, "confirmed" or "edited" by a person (see core.align.editing).
    status: str = "auto"

    @property
    def shape(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"

    def as_text(self) -> str:
        """The `[src ids]:[tgt ids]` form that align_eval.py reads."""
        src = ",".join(map(str, self.src))
        tgt = ",".join(map(str, self.tgt))
        return f"[{src}]:[{tgt}]"


@dataclass(frozen=True)
class Span:
    """A half-open range of code points [start, end)."""

    start: int
    end: int


@dataclass(frozen=True)
class Mark:
    """What a paragraph shows beyond its words, over a span of it (code points): bold or
    italic type, a CAT tool's inline code (a placeholder such as "{1}" in the text; `value`
    is its markup), the state a CAT tool gave a translated segment (`value`), or the start
    of a book's chapter (over its first paragraph; `value` is the chapter's title)."""

    start: int
    end: int
    kind: str  # one of MARK_KINDS
    value: str = ""


MARK_KINDS = ("bold", "italic", "code", "state", "chapter")


def chapter_starts(marks: tuple[tuple[Mark, ...], ...]) -> tuple[int, ...]:
    """The paragraphs whose marks say a chapter starts there."""
    return tuple(p for p, found in enumerate(marks) if any(m.kind == "chapter" for m in found))


@dataclass(frozen=True)
class SideText:
    """One language of a document as a list of paragraphs."""

    lang: str
    paragraphs: tuple[str, ...]
    # The marks of each paragraph, in order; empty when the side has none at all.
    marks: tuple[tuple[Mark, ...], ...] = ()

    def chapter_starts(self) -> tuple[int, ...]:
        """The paragraphs that start a chapter (a book's), by their "chapter" marks."""
        return chapter_starts(self.marks)

    @property
    def text(self) -> str:
        return PARAGRAPH_SEPARATOR.join(self.paragraphs)

    def paragraph_starts(self) -> list[int]:
        """Code-point offset of each paragraph in `text`."""
        starts, pos = [], 0
        for para in self.paragraphs:
            starts.append(pos)
            pos += len(para) + len(PARAGRAPH_SEPARATOR)
        return starts


@dataclass(frozen=True)
class BilingualText:
    """What an import produces before it is stored: a source side and an optional target side."""

    title: str
    source: SideText
    target: SideText | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SideSource:
    """Where a side came from: shown to the user and kept for re-imports."""

    filename: str = ""
    encoding: str = "utf-8"
    # How its single line breaks were read ("paragraph" or "wrap"); None: it had none.
    line_reading: str | None = None


@dataclass(frozen=True)
class PreparedDocument:
    """A document segmented and aligned, ready to be stored in one transaction."""

    text: BilingualText
    # Per side ("source", "target"): the sentence spans of each paragraph.
    sentences: dict[str, tuple[tuple[Span, ...], ...]]
    paragraph_beads: tuple[Bead, ...]
    sentence_beads: tuple[Bead, ...] = ()
    sources: dict[str, SideSource] = field(default_factory=dict)
    corpus_key: str | None = None
    # A book's chapters as aligned (beads of chapter numbers), when aligned chapter by chapter.
    chapters: tuple[Bead, ...] = ()
