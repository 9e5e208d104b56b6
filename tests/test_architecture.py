"""The layering of DEVELOPERS.md, checked by import-linter's contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    code = (
        "import sys, pkgutil, importlib, reader.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'reader.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_window_module_loads_nothing_heavy() -> None:
    """The window shows before the library opens: the database, the aligner's numpy and the
    Chinese tools load later, on the worker thread."""
    heavy = ("sqlalchemy", "numpy", "jieba", "pypinyin", "opencc", "alembic")
    code = (
        "import sys, reader.gui.shell.app\n"
        f"bad = [n for n in sys.modules if n.split('.')[0] in {heavy!r}]\n"
        "print(bad); sys.exit(bool(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
