"""The dialog that adds or edits a term: the English term, the renderings it needs and the ones
it must not have, its part of speech and note, and whether it is every document's or this one's."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from reader.core.terms import Term
from reader.gui.common.fonts import reading_font

translate = QCoreApplication.translate
SEPARATOR = "|"  # between renderings in one field, as in the files the term base exchanges
PARTS_OF_SPEECH = ("", "noun", "proper noun", "verb", "adjective", "adverb", "other")


class TermDialog(QDialog):
    def __init__(
        self,
        term: Term,
        document_id: int | None,
        parent: QWidget | None = None,
        editing: bool = False,
    ) -> None:
        """`term` fills the fields (empty for a new one); `document_id` is the shown document,
        which the scope choice offers."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Term") if editing else self.tr("Add Term"))
        self._term, self._document_id = term, document_id
        self.source = QLineEdit(term.source, self)
        self.source.setPlaceholderText("world order")
        self.renderings = self._chinese_field(term.renderings, "世界秩序 | 国际秩序")
        self.forbidden = self._chinese_field(term.forbidden, "订单")
        self.pos = QComboBox(self)
        self.pos.setEditable(True)
        self.pos.addItems(PARTS_OF_SPEECH)
        self.pos.setCurrentText(term.pos)
        self.note = QLineEdit(term.note, self)
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("Every document"), None)
        own = term.document_id if term.document_id is not None else document_id
        if own is not None:  # an edited term stays with its document
            self.scope.addItem(self.tr("This document only"), own)
        self.scope.setCurrentIndex(0 if term.document_id is None else 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()
        for field in (self.source, self.renderings, self.forbidden):
            field.textChanged.connect(self._update_ok)
        self._update_ok()

    def _chinese_field(self, texts: tuple[str, ...], example: str) -> QLineEdit:
        field = QLineEdit(f" {SEPARATOR} ".join(texts), self)
        field.setFont(reading_font("zh", self.font().pointSizeF()))
        field.setPlaceholderText(example)
        return field

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Term:"), self.source)
        form.addRow(self.tr("&Required rendering:"), self.renderings)
        form.addRow(self.tr("&Forbidden rendering:"), self.forbidden)
        form.addRow(self.tr("&Part of speech:"), self.pos)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Applies to:"), self.scope)
        self.renderings.setToolTip(self.tr("Separate several renderings with |; any one will do"))
        self.forbidden.setToolTip(self.tr("Separate several with |; each is reported where used"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def _update_ok(self) -> None:
        ready = bool(self.source.text().strip()) and bool(
            _texts(self.renderings.text()) or _texts(self.forbidden.text())
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def term(self) -> Term:
        """The term as the fields say, keeping the id, author and time of the one edited."""
        return replace(
            self._term,
            source=self.source.text(),
            renderings=_texts(self.renderings.text()),
            forbidden=_texts(self.forbidden.text()),
            pos=self.pos.currentText(),
            note=self.note.text(),
            document_id=self.scope.currentData(),
        )


def _texts(field: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in field.split(SEPARATOR) if t.strip())
