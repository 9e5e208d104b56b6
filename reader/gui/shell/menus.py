"""The menu bar: every action the window offers, created in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")
# "&File", and in Chinese "文件(&F)": the marks of a mnemonic, taken out for the toolbar.
MNEMONIC = re.compile(r"\(&\w\)|&(?=\w)")


@dataclass(frozen=True)
class Actions:
    import_document: QAction
    export_document: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    flag_error: QAction
    edit_annotation: QAction
    next_annotation: QAction
    previous_annotation: QAction
    find_similar: QAction
    mqm_weights: QAction
    show_library: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    mark_uncertain: QAction
    about: QAction


def _action(
    window: QMainWindow, text: str, shortcut: QKeySequence | str | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip)
    return action


def build_menus(window: QMainWindow) -> Actions:
    actions = Actions(
        import_document=_action(
            window,
            translate("Menus", "&Import…"),
            "Ctrl+I",
            translate("Menus", "Import a text and, optionally, its translation"),
        ),
        export_document=_action(
            window,
            translate("Menus", "&Export…"),
            "Ctrl+E",
            translate("Menus", "Export the document with its errors, as a report or data"),
        ),
        quit=_action(
            window,
            translate("Menus", "&Quit"),
            QKeySequence.StandardKey.Quit,
            translate("Menus", "Quit reader"),
        ),
        undo=_action(
            window,
            translate("Menus", "&Undo"),
            "Ctrl+Z",
            translate("Menus", "Undo the last change to the annotations"),
        ),
        redo=_action(
            window,
            translate("Menus", "&Redo"),
            "Ctrl+Shift+Z",
            translate("Menus", "Redo the change last undone"),
        ),
        flag_error=_action(
            window,
            translate("Menus", "&Flag Error…"),
            "Ctrl+M",
            translate("Menus", "Flag the selected text as a translation error"),
        ),
        mqm_weights=_action(
            window,
            translate("Menus", "MQM &Weights…"),
            None,
            translate("Menus", "The penalty of each severity, for every score and report"),
        ),
        edit_annotation=_action(
            window,
            translate("Menus", "E&dit Annotation…"),
            "Ctrl+Shift+M",
            translate(
                "Menus", "Change the selected annotation's category, severity, comment or fix"
            ),
        ),
        next_annotation=_action(
            window,
            translate("Menus", "&Next Annotation"),
            "F8",
            translate("Menus", "Select the next annotation and scroll to it"),
        ),
        previous_annotation=_action(
            window,
            translate("Menus", "Pre&vious Annotation"),
            "Shift+F8",
            translate("Menus", "Select the previous annotation and scroll to it"),
        ),
        find_similar=_action(
            window,
            translate("Menus", "Find &Similar…"),
            "Ctrl+Shift+F",
            translate(
                "Menus", "Find the selected annotation's phrase elsewhere and flag it there too"
            ),
        ),
        show_library=_action(
            window,
            translate("Menus", "Show &Library"),
            "Ctrl+L",
            translate("Menus", "Show or hide the document list"),
        ),
        zoom_in=_action(
            window,
            translate("Menus", "Zoom &In"),
            QKeySequence.StandardKey.ZoomIn,
            translate("Menus", "Larger text"),
        ),
        zoom_out=_action(
            window,
            translate("Menus", "Zoom &Out"),
            QKeySequence.StandardKey.ZoomOut,
            translate("Menus", "Smaller text"),
        ),
        zoom_reset=_action(
            window,
            translate("Menus", "&Actual Size"),
            "Ctrl+0",
            translate("Menus", "Default text size"),
        ),
        mark_uncertain=_action(
            window,
            translate("Menus", "Mark &Uncertain Alignments"),
            None,
            translate("Menus", "Flag paragraph pairs the aligner doubts"),
        ),
        about=_action(
            window,
            translate("Menus", "&About reader"),
            None,
            translate("Menus", "Version, licence and attributions"),
        ),
    )
    # Ctrl+Q is what the brief promises on every platform, not only where it is standard.
    actions.quit.setShortcuts([QKeySequence("Ctrl+Q")])
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    for checkable in (actions.show_library, actions.mark_uncertain):
        checkable.setCheckable(True)
    actions.export_document.setEnabled(False)  # until a document is shown
    idle_actions = (
        actions.undo,
        actions.redo,
        actions.flag_error,
        actions.edit_annotation,
        actions.find_similar,
    )
    for idle in idle_actions:
        idle.setEnabled(False)  # until there is something to undo, redo or flag
    _fill(window, actions)
    return actions


def _fill(window: QMainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = _named(bar.addMenu(translate("Menus", "&File")), "file")
    file_menu.addAction(actions.import_document)
    file_menu.addAction(actions.export_document)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = _named(bar.addMenu(translate("Menus", "&Edit")), "edit")
    edit_menu.addAction(actions.undo)
    edit_menu.addAction(actions.redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.flag_error)
    edit_menu.addAction(actions.edit_annotation)
    edit_menu.addAction(actions.find_similar)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.next_annotation)
    edit_menu.addAction(actions.previous_annotation)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.mqm_weights)
    view_menu = _named(bar.addMenu(translate("Menus", "&View")), "view")
    view_menu.addAction(actions.show_library)
    view_menu.addAction(actions.mark_uncertain)
    view_menu.addSeparator()
    for action in (actions.zoom_in, actions.zoom_out, actions.zoom_reset):
        view_menu.addAction(action)
    help_menu = _named(bar.addMenu(translate("Menus", "&Help")), "help")
    help_menu.addAction(actions.about)


def _named(menu: QMenu, name: str) -> QMenu:
    menu.setObjectName(name)
    return menu


# The toolbar's actions (by their names in Actions), each with how to enable it.
ENABLING = {
    "flag_error": QT_TRANSLATE_NOOP(
        "Menus",
        "Select text in a paragraph first: double-click it or press F2, then select the "
        "English, its Chinese rendering, or both.",
    ),
    "undo": QT_TRANSLATE_NOOP("Menus", "Available once a change has been made."),
    "redo": QT_TRANSLATE_NOOP("Menus", "Available once a change has been undone."),
    "find_similar": QT_TRANSLATE_NOOP(
        "Menus", "Select an annotation in the Annotations panel first."
    ),
}


def build_toolbar(window: QMainWindow, actions: Actions) -> QToolBar:
    """The annotation toolbar; tooltips name each action's shortcut."""
    toolbar = QToolBar(translate("Menus", "Annotation Toolbar"), window)
    toolbar.setObjectName("annotation_toolbar")  # saveState needs a name
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for name, enabling in ENABLING.items():
        action: QAction = getattr(actions, name)
        text = MNEMONIC.sub("", action.text())
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        named = f"{text} ({shortcut})" if shortcut else text
        # A greyed button says how to make it work; Qt shows tooltips on disabled buttons.
        how = translate("Menus", enabling)
        action.setToolTip(f"{named}\n{how}")
        action.setIconText(text.removesuffix("…"))  # Qt would leave "(F)" of "标记错误(&F)…"
        toolbar.addAction(action)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
