"""Encodings and line endings as files really arrive."""
from __future__ import annotations

import pytest

from index.errors import PolicyDataError
from index.source.textio import decode_bytes

SAMPLE = "1.对小微企业减免3个月房屋租金。\n（责任单位：区国资委）\n"


def test_utf8_with_bom_and_crlf():
    decoded = decode_bytes(("\ufeff" + SAMPLE).encode("utf-8").replace(b"\n", b"\r\n"))
    assert decoded.text == SAMPLE
    assert decoded.encoding == "utf-8-sig"


def test_gbk_is_recognised():
    decoded = decode_bytes(SAMPLE.encode("gbk"))
    assert decoded.text == SAMPLE
    assert decoded.encoding == "gb18030"


def test_old_mac_line_endings():
    assert decode_bytes(b"a\rb").text == "a\nb"


def test_undecodable_bytes_name_the_line():
    data = "第一行\n第二行\n".encode("utf-8") + b"\xff\xfe\xfd\x80\x81"
    with pytest.raises(PolicyDataError, match=r"demo.txt：第3行"):
        decode_bytes(data, "demo.txt")
