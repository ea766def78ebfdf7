"""Read policy text files in the encodings they really arrive in (UTF-8 with or without BOM, GBK/GB18030)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from index.errors import PolicyDataError


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig" or "gb18030"


def decode_bytes(data: bytes, name: str = "<bytes>") -> DecodedText:
    """Decode raw bytes; line endings become LF. Raises PolicyDataError naming the bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, body = "utf-8-sig", data[3:]
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _bad_encoding(name, body, exc) from exc
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("gb18030"), "gb18030"
            except UnicodeDecodeError:
                raise _bad_encoding(name, data, utf8_error) from utf8_error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=encoding)


def read_text(path: Path) -> DecodedText:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PolicyDataError(f"{path}: 无法读取文件（{exc.strerror}）。请检查文件是否存在、是否有读取权限。") from exc
    return decode_bytes(data, str(path))


def _bad_encoding(name: str, data: bytes, exc: UnicodeDecodeError) -> PolicyDataError:
    line = data[: exc.start].count(b"\n") + 1
    return PolicyDataError(
        f"{name}：第{line}行（字节偏移{exc.start}）既不是UTF-8也不是GBK/GB18030编码，无法识别。"
        "请用文本编辑器另存为UTF-8后再导入。"
    )
