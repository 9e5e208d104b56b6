"""Light and dark: the application's style and palette, switched while the program runs."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")
Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# A dark Fusion palette: light grey text on near-black, muted blue selection.
DARK_COLORS = {
    Role.Window: QColor(45, 45, 45),
    Role.WindowText: QColor(222, 222, 222),
    Role.Base: QColor(30, 30, 30),
    Role.AlternateBase: QColor(52, 52, 52),
    Role.ToolTipBase: QColor(60, 60, 60),
    Role.ToolTipText: QColor(222, 222, 222),
    Role.PlaceholderText: QColor(150, 150, 150),
    Role.Text: QColor(222, 222, 222),
    Role.Button: QColor(53, 53, 53),
    Role.ButtonText: QColor(222, 222, 222),
    Role.BrightText: QColor(255, 110, 110),
    Role.Light: QColor(80, 80, 80),
    Role.Midlight: QColor(64, 64, 64),
    Role.Mid: QColor(48, 48, 48),
    Role.Dark: QColor(24, 24, 24),
    Role.Shadow: QColor(10, 10, 10),
    Role.Highlight: QColor(42, 110, 190),
    Role.HighlightedText: QColor(255, 255, 255),
    Role.Link: QColor(110, 170, 255),
    Role.LinkVisited: QColor(180, 150, 255),
}
DARK_DISABLED = {
    Role.WindowText: QColor(120, 120, 120),
    Role.Text: QColor(120, 120, 120),
    Role.ButtonText: QColor(120, 120, 120),
    Role.Highlight: QColor(70, 70, 70),
    Role.HighlightedText: QColor(160, 160, 160),
}


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """The colour `amount` (0 to 1) of the way from base to over."""

    def mix(a: int, b: int) -> int:
        return round(a * (1 - amount) + b * amount)

    return QColor(
        mix(base.red(), over.red()), mix(base.green(), over.green()), mix(base.blue(), over.blue())
    )


# One colour each for the reviewers of a document, told apart at a glance (Okabe–Ito's)
REVIEWER_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442")


def reviewer_colour(name: str) -> QColor:
    """The same colour for the same reviewer in every window and every run."""
    index = sum(name.encode("utf-8")) % len(REVIEWER_COLOURS)
    return QColor(REVIEWER_COLOURS[index])


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in DARK_COLORS.items():
        palette.setColor(role, color)
    for role, color in DARK_DISABLED.items():
        palette.setColor(Group.Disabled, role, color)
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether text is drawn light on dark (by default in the application's palette)."""
    window = (palette or QApplication.palette()).color(Role.Window)
    return window.lightness() < 128


@cache
def _platform_style() -> str:
    """The style Qt chose for this platform; read before the first switch to Fusion."""
    return QApplication.style().name()


def apply_theme(theme: str) -> None:
    """System follows the platform; Light uses the platform's palette if that is light, Fusion's
    own light one if not; Dark is Fusion with a dark palette (the platform's dark palettes differ
    too much from one another to rely on)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    platform = _platform_style()
    if theme == "dark":
        _set_style(app, "fusion")
        app.setPalette(dark_palette())
        return
    _set_style(app, platform)
    app.setPalette(QPalette())  # with no roles of its own it resolves to the platform's palette
    if theme == "light" and is_dark():
        _set_style(app, "fusion")
        app.setPalette(app.style().standardPalette())


def _set_style(app: QApplication, name: str) -> None:
    if app.style().name().lower() != name.lower():  # a new style repolishes every widget
        app.setStyle(name)
