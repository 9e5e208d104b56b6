"""The report in a real browser: headless Chromium (Debian: chromium; pdffonts: poppler-utils)."""

import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.document import Bead, SideText
from reader.export.browser import find_chromium, run_chromium
from reader.export.html import render_html
from reader.export.model import ExportDocument
from reader.export.pdf import render_pdf
from tests.export.sample import XSS

pytestmark = pytest.mark.skipif(find_chromium() is None, reason="needs chromium")


@pytest.fixture
def page(tmp_path: Path, doc: ExportDocument) -> Path:
    path = tmp_path / "report.html"
    path.write_text(render_html(doc), encoding="utf-8")
    return path


def test_chromium_renders_the_report_without_console_errors(page: Path) -> None:
    result = run_chromium(page, "--enable-logging=stderr", "--v=0", "--dump-dom")
    assert result.returncode == 0, result.stderr
    assert not [line for line in result.stderr.splitlines() if ":CONSOLE" in line]
    dom = result.stdout
    assert "买卖石油和天然气。" in dom and "接壤" in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom and XSS not in dom


def test_chromium_takes_a_screenshot(page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = run_chromium(page, f"--screenshot={shot}", "--window-size=1400,1100")
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_pdf_embeds_its_fonts_chinese_included(doc: ExportDocument, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_pdf(doc))
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts = listing.stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # the "emb" column
    cjk = ("WenQuanYi", "NotoSansCJK", "NotoSerifCJK", "SourceHan", "Droid")
    assert any(name in line for line in fonts for name in cjk), listing.stdout
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert "整段漏译" in text.stdout and "接壤" in text.stdout and XSS in text.stdout


def test_an_article_of_eight_paragraphs_prints_on_a_few_numbered_portrait_pages(
    doc: ExportDocument, tmp_path: Path
) -> None:
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    english = tuple(
        " ".join(f"Sentence {n} of paragraph {p} says what the article says." for n in range(6))
        for p in range(8)
    )
    chinese = tuple("这一段的第几句话说出了文章要说的意思。" * 6 for _ in range(8))
    article = replace(
        doc,
        source=SideText("en", english),
        target=SideText("zh", chinese),
        beads=tuple(Bead((i,), (i,)) for i in range(8)),
        annotations=(),
    )
    pdf = tmp_path / "article.pdf"
    pdf.write_bytes(render_pdf(article))
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    pages = int(fields["Pages"])
    assert 2 <= pages <= 3, pages
    width, _, height = fields["Page size"].split()[:3]
    assert float(width) < float(height)  # portrait
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    assert f"Page 1 of {pages}" in text.stdout and f"Page {pages} of {pages}" in text.stdout


def test_a_killed_export_leaves_no_browser_running(page: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; "
        "from reader.export.browser import run_chromium; "
        "run_chromium(Path(sys.argv[1]), '--virtual-time-budget=60000', '--dump-dom')"
    )
    exporter = subprocess.Popen([sys.executable, "-c", code, str(page)])

    def browsers() -> list[int]:
        """Chromium processes started by the exporter (their profile is in its scratch)."""
        found = []
        for entry in Path("/proc").iterdir():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if entry.name.isdigit() and f"{exporter.pid}-chromium-".encode() in cmdline:
                found.append(int(entry.name))
        return found

    deadline = time.monotonic() + 30
    while not browsers() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert browsers(), "the browser never started"
    exporter.kill()
    exporter.wait()
    deadline = time.monotonic() + 10
    while browsers() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert browsers() == []
