import json
from pathlib import Path

from reader.launch import main

EN = [
    "Russia and China have formed a partnership.",
    "They say it has no limits.",
    "This sentence was never translated into Chinese at all, by anyone.",
    "The new world order will be multipolar.",
]
ZH = ["俄罗斯和中国建立了伙伴关系。", "他们说这种关系没有限制。", "新的世界秩序将是多极的。"]


def _files(tmp_path: Path) -> tuple[Path, Path]:
    src, tgt = tmp_path / "en.txt", tmp_path / "zh.txt"
    src.write_text("\n".join(EN) + "\n", "utf-8")
    tgt.write_text("\n".join(ZH) + "\n", "gb18030")
    return src, tgt


def test_presplit_lines_align_and_print_beads(tmp_path: Path, capsys) -> None:
    src, tgt = _files(tmp_path)
    assert main(["align", "--presplit", str(src), str(tgt)]) == 0
    beads = capsys.readouterr().out.split()
    assert beads[0] == "[0]:[0]" and beads[-1] == "[3]:[2]"
    # Every unit of each side stands in exactly one bead.
    assert len(beads) in (3, 4)


def test_paragraph_alignment_finds_the_dropped_paragraph(tmp_path: Path, capsys) -> None:
    src, tgt = tmp_path / "en.txt", tmp_path / "zh.txt"
    src.write_text("\n\n".join(EN), "utf-8")
    tgt.write_text("\n\n".join(ZH), "utf-8")
    assert main(["align", str(src), str(tgt), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    pairs = [(b["src"], b["tgt"]) for b in result["beads"]]
    assert pairs == [([0], [0]), ([1], [1]), ([2], []), ([3], [2])]
    assert "length" in result["signals"]
    assert all(0 <= b["confidence"] <= 1 for b in result["beads"])


def test_missing_file_exits_2(tmp_path: Path, capsys) -> None:
    src, _ = _files(tmp_path)
    assert main(["align", str(src), str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
