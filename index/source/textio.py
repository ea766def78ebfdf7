"""Read policy text files in the encodings they really arrive in (UTF-8 with or without BOM, GBK/GB18030,
UTF-16 with a BOM as Windows Notepad saves "Unicode")."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from index.errors import PolicyDataError, reading_reason

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be" or "gb18030"


def decode_bytes(data: bytes, name: str = "<bytes>") -> DecodedText:
    """Decode raw bytes; line endings become LF. Raises PolicyDataError naming the line of the bad bytes."""
    for bom, encoding, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                raise _bad_encoding(name, body, exc, codec) from exc
            break
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("gb18030"), "gb18030"
            except UnicodeDecodeError as gbk_error:
                # Name the bytes where the more plausible reading broke down: a GBK file fails UTF-8 at
                # its first Chinese character (line 1) but GBK only where it is really damaged.
                worst = max(utf8_error, gbk_error, key=lambda e: e.start)
                raise _bad_encoding(name, data, worst, worst.encoding) from gbk_error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=encoding)


def read_bytes(path: Path, name: str | None = None) -> bytes:
    """A file's bytes, or a PolicyDataError that names it (as `name`) and says why in Chinese. The one
    place a source document is read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PolicyDataError(f"{name or path}：无法读取文件（{reading_reason(exc)}）。请检查文件是否存在、是否有读取权限。") from exc


def read_text(path: Path) -> DecodedText:
    return decode_bytes(read_bytes(path), str(path))


def _bad_encoding(name: str, data: bytes, exc: UnicodeDecodeError, codec: str) -> PolicyDataError:
    if codec.startswith("utf-16"):
        # count line breaks in characters, not bytes: a UTF-16 "\n" is two bytes
        line = data[: exc.start].decode(codec, errors="replace").count("\n") + 1
        what = "不是有效的UTF-16编码，文件可能已损坏"
    else:
        line = data[: exc.start].count(b"\n") + 1
        what = "既不是UTF-8也不是GBK/GB18030编码，无法识别"
    return PolicyDataError(f"{name}：第{line}行（字节偏移{exc.start}）{what}。请用文本编辑器另存为UTF-8后再导入。")


def read_toml(path: Path, what: str, fix: str) -> dict:
    """A maintainer's TOML table file (catalogue, corrections, taxonomy), or a PolicyDataError that
    names the file, what it is, and how to fix it. The one place such a file is read."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyDataError(f"{path}：无法读取{what}（{reading_reason(exc)}）。") from exc
    except UnicodeDecodeError as exc:
        raise PolicyDataError(f"{path}：{what}不是 UTF-8 编码，请另存为 UTF-8。") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyDataError(f"{path}：{what}格式错误（{exc}）。{fix}") from exc
