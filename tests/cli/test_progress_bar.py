"""The progress bar of long commands: drawn on a terminal, wiped when done; silent when piped."""

import io

from reader.cli.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_sees_the_bar_grow_and_then_wiped() -> None:
    terminal = Terminal()
    with ProgressBar("importing", terminal) as bar:
        bar(0.0)
        bar(0.5)
        bar(0.5)  # no change, no redraw
        bar.steps(3, 3)
    out = terminal.getvalue()
    draws = out.split("\r")
    assert "importing [" + "." * 30 + "]   0%" in draws
    assert "importing [" + "#" * 15 + "." * 15 + "]  50%" in draws
    assert sum("50%" in d for d in draws) == 1 and "100%" in out
    assert out.endswith("\r") and draws[-2].strip() == ""  # the last thing drawn is blank


def test_a_pipe_gets_nothing() -> None:
    pipe = io.StringIO()
    with ProgressBar("checking", pipe) as bar:
        bar(0.3)
        bar.steps(1, 2)
    assert pipe.getvalue() == ""
