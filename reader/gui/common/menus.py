"""Finding the window's menus by name, so that each feature adds its actions to them."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget


def menu_named(window: QWidget, name: str) -> QMenu:
    """A menu of the menu bar by object name ("file", "edit", "view", "help", or one a feature
    added), so features can add their actions without knowing the (translated) titles."""
    menu = window.findChild(QMenu, name)  # menu-bar menus and those parented to the window
    if menu is None:
        raise KeyError(name)
    return menu
