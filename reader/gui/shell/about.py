"""Help > About: what the program is, its licence, and the attributions its data requires."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

import reader

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# CC BY-SA 4.0 requires this attribution wherever CC-CEDICT data is shown.
CEDICT_ATTRIBUTION = (
    'Chinese dictionary data: <a href="https://www.mdbg.net/chinese/dictionary?page=cc-cedict">'
    "CC-CEDICT</a>, licensed under "
    '<a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.'
)


def about_text() -> str:
    what = translate(
        "About",
        "Read an English text beside its Chinese translation, paragraph by paragraph, "
        "and find what was mistranslated.",
    )
    licence = translate(
        "About", "Licensed under the GNU General Public License, version 3 or later."
    )
    # The attribution stays in English: it is the wording the licence asks for.
    return (
        f"<h3>reader {reader.__version__}</h3>"
        f"<p>{what}</p><p>{licence}</p><p>{CEDICT_ATTRIBUTION}</p>"
    )


def show_about(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About reader"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # window-modal without a nested event loop
    return box
