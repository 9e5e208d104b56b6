"""From raw files to a document segmented and aligned, ready to store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from reader.core import formats
from reader.core.decode import decode_bytes
from reader.core.document import (
    Bead,
    BilingualText,
    PreparedDocument,
    SideSource,
    SideText,
    Span,
)
from reader.core.errors import InputError
from reader.core.formats.marked import Marked
from reader.core.markdown import markdown_to_text
from reader.core.mqm import Annotation
from reader.core.sentences import split_sentences
from reader.core.text import (
    LineBreaks,
    bilingual_from_paragraphs,
    line_reading,
    side_from_paragraphs,
    split_paragraphs,
    with_marks,
)

MAX_BYTES = 200 * 1024 * 1024


class ReadFile(NamedTuple):
    marked: list[Marked]  # the paragraphs with their marks (a Word document's bold, italic)
    source: SideSource

    @property
    def paragraphs(self) -> list[str]:
        return [text for text, _ in self.marked]


def read_paragraphs(path: Path, line_breaks: LineBreaks = "auto") -> ReadFile:
    """A file's paragraphs: a Word document's, a web page's or an EPUB book's as they are
    laid out, a text or Markdown file's as its blank lines (and line breaks) divide it."""
    data = read_bytes(path)
    kind = formats.detect(data, path.name)
    if kind == "xliff":
        raise InputError(
            f"{path.name}: an XLIFF file holds both languages; import it alone, with no translation"
        )
    if kind in formats.STRUCTURED:
        marked = formats.read(kind, data, path.name)
        if not marked:
            raise InputError(f"{path.name}: the file holds no text")
        return ReadFile(marked, SideSource(str(path), kind))
    text, encoding = decode_bytes(data, path.name)
    if kind == "markdown":
        text = markdown_to_text(text)
    paragraphs = split_paragraphs(text, line_breaks)
    if not paragraphs:
        raise InputError(f"{path.name}: the file holds no text")
    reading = line_reading(text) if line_breaks == "auto" else line_breaks
    return ReadFile([(p, ()) for p in paragraphs], SideSource(str(path), encoding, reading))


def is_xliff(path: Path) -> bool:
    """Whether the file is a bilingual XLIFF file (told from its first bytes)."""
    if not Path(path).is_file():  # a pipe would block the read; read_bytes says what it is
        return False
    try:
        with Path(path).open("rb") as file:
            head = file.read(formats.PEEK)
    except OSError:
        return False  # read_bytes says what is wrong, in the import's own words
    try:
        return formats.detect(head, Path(path).name) == "xliff"
    except InputError:
        return False


def prepare_xliff(
    path: Path,
    title: str | None = None,
    data: bytes | None = None,
    progress: Callable[[float], None] | None = None,
) -> tuple[PreparedDocument, list[Annotation]]:
    """A CAT tool's XLIFF file (its bytes, if read already) as a document aligned as the file
    is (core.formats.xliff), with the units' notes as remarks; `progress` hears the share of
    the file read."""
    from reader.core.formats import xliff

    data = read_bytes(path) if data is None else data
    bilingual = xliff.read_xliff(data, path.name, progress)
    if {bilingual.source_lang, bilingual.target_lang} != {"en", "zh"}:
        raise InputError(
            f"{path.name}: an XLIFF file of {bilingual.source_lang or '?'}→"
            f"{bilingual.target_lang or '?'}; reader pairs English and Chinese"
        )
    source = SideSource(str(path), "xliff")
    return xliff.prepared(bilingual, title or path.stem, source)


def read_bytes(path: Path) -> bytes:
    """The bytes of a file the user named, or an InputError that says why not."""
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: a folder, not a file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file (a pipe or a device?)")
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path.name}: too large to import (over 200 MB)")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error


def load_bilingual(
    path: Path,
    translation: Path | None = None,
    title: str | None = None,
    line_breaks: LineBreaks = "auto",
) -> tuple[BilingualText, dict[str, SideSource]]:
    """One mixed file is split by script; two files are original and translation."""
    original = read_paragraphs(path, line_breaks)
    paragraphs, source, marked = original.paragraphs, original.source, original.marked
    if translation is None:
        text = bilingual_from_paragraphs(title or _title(paragraphs, path), paragraphs)
        text = replace(
            text,
            source=with_marks(text.source, marked),
            target=text.target and with_marks(text.target, marked),
        )
        if text.source.lang != "en":
            raise InputError(
                f"{path.name} holds no English, only {language_name(text.source.lang)}: "
                "import the English original, with this file as its translation"
            )
        sources = {"source": source, "target": source} if text.target else {"source": source}
        return text, sources
    other = read_paragraphs(translation, line_breaks)
    src_side = with_marks(side_from_paragraphs(paragraphs), marked)
    tgt_side = with_marks(side_from_paragraphs(other.paragraphs), other.marked)
    if src_side.lang == tgt_side.lang:
        raise InputError(
            f"{path.name} and {translation.name} are both in {language_name(src_side.lang)}: "
            "the translation must be in the other language"
        )
    text = BilingualText(title or _title(paragraphs, path), src_side, tgt_side)
    return text, {"source": source, "target": other.source}


def language_name(lang: str) -> str:
    return {"en": "English", "zh": "Chinese"}.get(lang, lang)


def _title(paragraphs: list[str], path: Path) -> str:
    first = paragraphs[0]
    return first if len(first) <= 120 else path.stem


def prepare(
    text: BilingualText,
    sources: dict[str, SideSource],
    corpus_key: str | None = None,
    progress: Callable[[float], None] | None = None,
) -> PreparedDocument:
    """Split sentences, align paragraphs, then sentences inside each paragraph bead."""
    sentences = {"source": _sentences(text.source)}
    if text.target is None:
        # Without a translation every paragraph stands alone.
        beads = tuple(Bead((i,), ()) for i in range(len(text.source.paragraphs)))
        return PreparedDocument(text, sentences, beads, (), sources, corpus_key)
    sentences["target"] = _sentences(text.target)
    # Imported here: the aligner loads numpy and the encoder, which only an import needs.
    from reader.core.align import align_document

    if progress is not None:
        progress(0.0)  # lets the caller cancel before the aligner's long first step
    aligned = align_document(
        text.source.paragraphs,
        text.target.paragraphs,
        src_lang=text.source.lang,
        tgt_lang=text.target.lang,
        progress=progress,
        chapters=(text.source.chapter_starts(), text.target.chapter_starts()),
    )
    return PreparedDocument(
        text,
        sentences,
        aligned.paragraphs,
        aligned.sentences,
        sources,
        corpus_key,
        aligned.chapters,
    )


def _sentences(side: SideText) -> tuple[tuple[Span, ...], ...]:
    return tuple(tuple(split_sentences(para, side.lang)) for para in side.paragraphs)
