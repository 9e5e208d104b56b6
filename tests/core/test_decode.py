import pytest

from reader.core.decode import decode_bytes
from reader.core.errors import InputError

TEXT = "The current order 当前的世界秩序 — “quoted” text.\n\n第二段。"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_unicode_encodings_are_recognised(encoded: bytes, expected: str) -> None:
    text, encoding = decode_bytes(encoded)
    assert encoding == expected
    assert text.lstrip("\ufeff") == TEXT


ZH_SIMPLIFIED = (
    "俄罗斯和中国必须珍视他们的友谊，因为这是现在这个想象中的新世界秩序的关键。"
    "一个新的世界秩序将建立在尊重和平等的基础上。" * 3
)
ZH_TRADITIONAL = (
    "俄羅斯和中國必須珍視他們的友誼，因為這是現在這個想像中的新世界秩序的關鍵。"
    "一個新的世界秩序將建立在尊重和平等的基礎上。" * 3
)


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_simplified_chinese_legacy_encodings(codec: str) -> None:
    text, encoding = decode_bytes(ZH_SIMPLIFIED.encode(codec))
    assert text == ZH_SIMPLIFIED
    assert encoding == "gb18030"


def test_big5_is_recognised() -> None:
    text, encoding = decode_bytes(ZH_TRADITIONAL.encode("big5"))
    assert text == ZH_TRADITIONAL
    assert encoding.startswith("big5")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n \t", "empty"),
        (bytes(range(256)) * 8, "not a text file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "not a text file"),
        # A byte-order mark before bytes that do not follow it: said for a person, not a codec.
        (b"\xff\xfe\x00\x00garbage\xff\xff\xff\xff", "marked as UTF-32 text, but its bytes"),
        (b"\xef\xbb\xbfabc\xff\xfe", "marked as UTF-8 text, but its bytes do not follow UTF-8"),
        # One stray control character, far past the start: refused, with where it is.
        (b"Plain text.\n" * 5000 + b"An \x1b[31mescape.\n", r"line 5001 holds .*\(ESC\)"),
        (b"Plain text.\n" * 3000 + b"A NUL\x00 here.\n", r"line 3001 holds .*\(NUL\)"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_bytes(data, "x.txt")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_a_byte_order_mark(codec: str) -> None:
    text = "当前的秩序正在改变。\n中国和俄罗斯想要一个新的世界秩序。\n" * 40
    assert decode_bytes(text.encode(codec), "zh.txt") == (text, codec)
    english = "The current order is changing, and everyone can see it.\n" * 40
    assert decode_bytes(english.encode("utf-8"), "en.txt") == (english, "utf-8")
