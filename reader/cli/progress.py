"""A progress bar on the terminal for long commands (import, align, check, export).

Drawn on standard error, and only when that is a terminal: piped or redirected output gets
nothing, so scripts read clean lines.
"""

from __future__ import annotations

import shutil
import sys
from types import TracebackType
from typing import TextIO

BAR_WIDTH = 30


class ProgressBar:
    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stderr
        self._label = label
        self._shown = self._stream.isatty()
        self._last = -1  # the percent last drawn: redraw only when it changes

    def __call__(self, fraction: float) -> None:
        """The progress callback of the services: the share done, 0 to 1."""
        if not self._shown:
            return
        percent = max(0, min(100, round(fraction * 100)))
        if percent == self._last:
            return
        self._last = percent
        filled = BAR_WIDTH * percent // 100
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        self._stream.write(f"\r{self._label} [{bar}] {percent:3d}%")
        self._stream.flush()

    def steps(self, done: int, total: int) -> None:
        """The exporters' callback: `done` of `total` steps."""
        self(done / total if total else 1.0)

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        _type: type[BaseException] | None,
        _value: BaseException | None,
        _trace: TracebackType | None,
    ) -> None:
        if self._shown and self._last >= 0:
            # Wipe the bar, so that the command's own lines start at the left edge.
            width = shutil.get_terminal_size((80, 24)).columns
            self._stream.write("\r" + " " * (width - 1) + "\r")
            self._stream.flush()
