"""The status bar: the open document's title, languages and paragraph counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from reader.core.mqm import MqmScore
from reader.gui.common.languages import language_name, language_pair
from reader.gui.parallel.parallel_model import reading_rows
from reader.services.views import DocumentView

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def counts_text(view: DocumentView) -> str:
    """'English 52 · Chinese 48 paragraphs in 53 rows'."""
    sides = [view.source] if view.target is None else [view.source, view.target]
    counts = " · ".join(f"{language_name(side.lang)} {len(side.paragraphs)}" for side in sides)
    return translate("DocumentStatusBar", "{counts} paragraphs in {rows} rows").format(
        counts=counts, rows=len(reading_rows(view))
    )


class DocumentStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source_lang = "en"  # the shown document's, which numbers its paragraphs
        self.title = QLabel(self)
        self.counts = QLabel(self)
        self.languages = QLabel(self)
        self.score = QLabel(self)
        self.score.setToolTip(
            self.tr("MQM penalty (WMT weights), total and per 1,000 source words")
        )
        self.paragraph_score = QLabel(self)
        self.paragraph_score.setToolTip(
            self.tr("The selected row's source paragraph: MQM penalty and per 1,000 of its words")
        )
        for label in (self.paragraph_score, self.score, self.counts, self.languages):
            label.setContentsMargins(8, 0, 8, 0)
        for label in (self.title, self.paragraph_score, self.score, self.counts, self.languages):
            # Labels shrink rather than widen the window when their text grows; they still
            # take the width their text wants when there is room.
            label.setMinimumWidth(1)
        # The title yields to transient messages; counts and languages stay put.
        self.addWidget(self.title, 1)
        self.addPermanentWidget(self.paragraph_score)
        self.addPermanentWidget(self.score)
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.languages)

    def show_document(self, view: DocumentView) -> None:
        self.title.setText(view.title)
        self.counts.setText(counts_text(view))
        langs = (view.source.lang,) if view.target is None else (view.source.lang, view.target.lang)
        self.languages.setText(language_pair(langs))
        self._source_lang = view.source.lang

    def show_score(self, score: MqmScore) -> None:
        if score.errors == 1:
            errors = self.tr("1 error")
        else:
            errors = self.tr("{count} errors").format(count=score.errors)
        text = self.tr("MQM {penalty} · {per_thousand}/1,000 words · {errors}")
        self.score.setText(
            text.format(
                penalty=f"{score.penalty:g}",
                per_thousand=f"{score.per_thousand_words:.1f}",
                errors=errors,
            )
        )

    def show_paragraph_score(self, index: int | None, score: MqmScore | None) -> None:
        """'en ¶9: MQM 5 · 86/1,000 words' for source paragraph index 8; blank without one."""
        self.paragraph_score.setText(
            ""
            if index is None or score is None
            else paragraph_text(self._source_lang, index, score)
        )


def paragraph_text(lang: str, index: int, score: MqmScore) -> str:
    """One source paragraph's score, numbered from 1 as a reader counts and every report
    cites it (en ¶9)."""
    text = translate(
        "DocumentStatusBar", "{lang} ¶{number}: MQM {penalty} · {per_thousand}/1,000 words"
    )
    return text.format(
        lang=lang,
        number=index + 1,
        penalty=f"{score.penalty:g}",
        per_thousand=f"{score.per_thousand_words:,.0f}",
    )
