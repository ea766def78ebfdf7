"""Plain text: UTF-8, GBK/GB18030, UTF-16 with a BOM (index/source/textio.py does the decoding)."""
from __future__ import annotations

from index.source.readers import SourceText
from index.source.textio import decode_bytes


def read_text_source(data: bytes, name: str) -> SourceText:
    decoded = decode_bytes(data, name)
    warnings = []
    if decoded.encoding == "gb18030":
        warnings.append("文件是GBK/GB18030编码，已自动转换。")
    elif decoded.encoding.startswith("utf-16"):
        warnings.append("文件是UTF-16编码，已自动转换。")
    return SourceText(decoded.text, "text", "textio", encoding=decoded.encoding, warnings=warnings)
