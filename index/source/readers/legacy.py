"""Formats without a kept reader: Word 97-2003 .doc and WPS .wps go through LibreOffice when it is
installed (converted to .docx, then read as one); OFD, RTF, images and other archives get a message
saying how to convert them."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from index.errors import PolicyDataError
from index.source.readers import SourceText

_TIMEOUT = 120  # seconds; a large .doc converts in a few
_SAVE_AS = "请用 Word 或 WPS 打开后“另存为” .docx 或 PDF（带文字层），再导入"


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (r"C:\Program Files\LibreOffice\program\soffice.exe",
                      r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
                      "/Applications/LibreOffice.app/Contents/MacOS/soffice"):
        if Path(candidate).is_file():
            return candidate
    return None


def read_legacy(data: bytes, name: str, kind: str) -> SourceText:
    if kind == "doc":
        soffice = find_soffice()
        if soffice is None:
            raise PolicyDataError(f"{name}：这是旧版 Word/WPS 文档（.doc/.wps），本机没有安装 LibreOffice，无法直接读取。{_SAVE_AS}。")
        return _convert(data, name, soffice)
    if kind == "ofd":
        raise PolicyDataError(f"{name}：这是 OFD 版式文件，本程序不能直接读取。请用 OFD 阅读器（如数科阅读器）或 WPS 打开后导出为 PDF（带文字层）或 .docx，再导入。")
    if kind == "rtf":
        raise PolicyDataError(f"{name}：这是 RTF 文档，本程序不能直接读取。{_SAVE_AS}。")
    if kind == "image":
        raise PolicyDataError(f"{name}：这是图片，没有文字。请先做文字识别（OCR），把文字存为文本文件或 .docx 后再导入。")
    raise PolicyDataError(f"{name}：这是压缩包或不认识的文件格式，不能导入。请解压后导入其中的 .docx、PDF、网页或文本文件。")


def _convert(data: bytes, name: str, soffice: str) -> SourceText:
    from index.source.readers.docx import read_docx

    with tempfile.TemporaryDirectory(prefix="policy-import-") as folder:
        source = Path(folder) / "source.doc"
        source.write_bytes(data)
        # a private profile: a LibreOffice the user has open would otherwise take the job and return at once
        profile = Path(folder, "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
                   "--outdir", folder, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=_TIMEOUT, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PolicyDataError(f"{name}：用 LibreOffice 转换 .doc 失败（{type(exc).__name__}）。{_SAVE_AS}。") from exc
        converted = Path(folder) / "source.docx"
        if not converted.is_file():
            raise PolicyDataError(f"{name}：LibreOffice 没能转换这个文件（可能已损坏或加密）。{_SAVE_AS}。")
        result = read_docx(converted.read_bytes(), name)
    result.format = "doc"
    result.reader = f"LibreOffice → {result.reader}"
    result.warnings.insert(0, "旧版 Word/WPS 文档已用 LibreOffice 转换为 .docx 后读取，请核对版式复杂处。")
    return result
