"""View › Reviewers: a check box for each reviewer of the shown document, in the colour the
annotations panel shows them in; a reviewer unticked leaves the text and the panel (not the
score, which is the document's)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.core.mqm import Annotation
from reader.gui.common.menus import menu_named
from reader.gui.common.theme import reviewer_colour

translate = QCoreApplication.translate
SWATCH = 12  # pixels


class Reviewers(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.hidden: set[str] = set()
        self.menu = QMenu(translate("Reviewers", "&Reviewers"), window)
        self.menu.setToolTipsVisible(True)
        menu_named(window, "view").addMenu(self.menu)
        self.menu.setEnabled(False)

    def visible(self, annotations: Sequence[Annotation]) -> list[Annotation]:
        """The annotations of the reviewers shown; the menu lists every reviewer of them."""
        self._list(sorted({a.annotator for a in annotations if a.annotator}))
        return [a for a in annotations if a.annotator not in self.hidden]

    def _list(self, names: list[str]) -> None:
        if [action.text() for action in self.menu.actions()] == names:
            return
        self.menu.clear()
        for name in names:
            action = QAction(_swatch(name), name, self.menu)
            action.setCheckable(True)
            action.setChecked(name not in self.hidden)
            action.toggled.connect(lambda shown, name=name: self.show_reviewer(name, shown))
            self.menu.addAction(action)
        self.menu.setEnabled(bool(names))

    def show_reviewer(self, name: str, shown: bool) -> None:
        if shown:
            self.hidden.discard(name)
        else:
            self.hidden.add(name)
        self.window.refresh_annotations()  # type: ignore[attr-defined]


def _swatch(name: str) -> QIcon:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(reviewer_colour(name))
    return QIcon(pixmap)
