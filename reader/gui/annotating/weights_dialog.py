"""Edit › MQM Weights…: the penalties every score and report of the library uses."""

from __future__ import annotations

from dataclasses import asdict, fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from reader.core.mqm import MAX_WEIGHT, WMT_WEIGHTS, Weights

LABELS = {  # translated when shown
    "neutral": QT_TRANSLATE_NOOP("WeightsDialog", "&Neutral:"),
    "minor": QT_TRANSLATE_NOOP("WeightsDialog", "M&inor:"),
    "major": QT_TRANSLATE_NOOP("WeightsDialog", "M&ajor:"),
    "critical": QT_TRANSLATE_NOOP("WeightsDialog", "&Critical:"),
    "minor_punctuation": QT_TRANSLATE_NOOP("WeightsDialog", "Minor &punctuation:"),
    "non_translation": QT_TRANSLATE_NOOP("WeightsDialog", "Non-&translation:"),
}


class WeightsDialog(QDialog):
    def __init__(self, current: Weights, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("MQM Weights"))
        self.boxes: dict[str, QDoubleSpinBox] = {}
        layout = QFormLayout(self)
        note = QLabel(
            self.tr(
                "The penalty of one error of each severity, for every score and report of "
                "this library and everyone who shares it. WMT's: major 5, minor 1, minor "
                "punctuation 0.1, non-translation 25."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addRow(note)
        for field in fields(Weights):
            box = QDoubleSpinBox(self)
            box.setRange(0.0, MAX_WEIGHT)
            box.setDecimals(2)
            box.setValue(getattr(current, field.name))
            self.boxes[field.name] = box
            layout.addRow(QCoreApplication.translate("WeightsDialog", LABELS[field.name]), box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            parent=self,
        )
        wmt = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        wmt.setText(self.tr("&WMT's Weights"))
        wmt.clicked.connect(lambda: self.show_weights(WMT_WEIGHTS))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)

    def show_weights(self, weights: Weights) -> None:
        for name, value in asdict(weights).items():
            self.boxes[name].setValue(value)

    def weights(self) -> Weights:
        return Weights(**{name: box.value() for name, box in self.boxes.items()})
