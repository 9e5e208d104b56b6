"""The name annotations are signed with, asked of the user once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from reader.gui.common import settings


def annotator_name(parent: QWidget) -> str | None:
    """The name annotations are signed with: asked once, then remembered; None if cancelled."""
    name = str(settings.ANNOTATOR.load()).strip()
    if name:
        return name
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("FlagDialog", "Your Name"),
        QCoreApplication.translate(
            "FlagDialog", "Annotations are signed with your name (asked only once):"
        ),
    )
    if not ok or not name.strip():
        return None
    settings.ANNOTATOR.save(name.strip())
    return name.strip()
