"""An Office Open XML package (.docx) read as the zip it is: the parts found through the package's
relationships (_rels/.rels → the main document → its numbering and styles), and each part inflated as a
stream that stops at a bound, so that a 4 MB file whose parts claim gigabytes is refused after reading
at most the bound. Nothing else in the package (images, fonts, embedded objects) is ever opened.

XML comes out as iterparse events (no DTD loaded, no entity resolved, nothing fetched from the network,
libxml2's own depth bound kept) and the caller keeps only the elements it is reading.
"""
from __future__ import annotations

import io
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Iterator

from index.errors import PolicyDataError
from index.source.readers.limits import MAX_PART_MARKUP, MAX_SMALL_PART_BYTES, MAX_ZIP_MEMBERS, megabytes

_RESAVE = "请用 Word 或 WPS 打开后重新“另存为” .docx，再导入"


class PartTooLarge(Exception):
    def __init__(self, part: str, limit: int):
        super().__init__(part)
        self.part, self.limit = part, limit


class TooMuchMarkup(Exception):
    def __init__(self, part: str, limit: int):
        super().__init__(part)
        self.part, self.limit = part, limit


class _Bounded(io.RawIOBase):
    """A zip member as a stream that raises PartTooLarge once more than `limit` bytes came out, and
    TooMuchMarkup once more than MAX_PART_MARKUP tags did."""

    def __init__(self, member, part: str, limit: int):
        self._member, self._part, self._limit, self._read, self._marks = member, part, limit, 0, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        size = 1 << 16 if size is None or size < 0 else min(size, 1 << 16)
        data = self._member.read(size)
        self._read += len(data)
        if self._read > self._limit:
            raise PartTooLarge(self._part, self._limit)
        self._marks += data.count(b"<")
        if self._marks > MAX_PART_MARKUP:
            raise TooMuchMarkup(self._part, MAX_PART_MARKUP)
        return data

    def close(self) -> None:
        self._member.close()
        super().close()


class Package:
    """The zip of a .docx; `name` is the file as messages call it."""

    def __init__(self, data: bytes, name: str):
        self.name = name
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, IndexError, struct.error,
                NotImplementedError, RuntimeError) as exc:
            raise PolicyDataError(f"{name}：不是有效的 .docx 文件（压缩包已损坏或不完整）。{_RESAVE}。") from exc
        members = self.zip.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            raise PolicyDataError(f"{name}：.docx 里有{len(members)}个部件，超过上限{MAX_ZIP_MEMBERS}个，不是正常的 Word 文档。"
                                  f"{_RESAVE}。")
        # part names are case-insensitive in a package (OPC), zip names are not
        self._names = {info.filename.lower(): info.filename for info in members}

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc) -> None:
        self.zip.close()

    def has(self, part: str | None) -> bool:
        return part is not None and part.lower() in self._names

    def open(self, part: str, limit: int = MAX_SMALL_PART_BYTES) -> _Bounded:
        """The part's bytes as a stream of at most `limit` bytes (PartTooLarge beyond)."""
        info = self.zip.getinfo(self._names[part.lower()])
        if info.flag_bits & 0x1:
            raise PolicyDataError(f"{self.name}：.docx 已加密（需要密码）。请用 Word 或 WPS 打开后另存为不加密的 .docx，再导入。")
        if info.file_size > limit:  # what the zip itself declares: refused before inflating anything
            raise PartTooLarge(part, limit)
        return _Bounded(self.zip.open(info), part, limit)

    def related(self, source: str | None, kind: str) -> str | None:
        """The part that `source` ("" for the package itself) relates to with a relationship type ending
        in /`kind` (officeDocument, numbering, styles), or None."""
        if source is None:
            return None
        folder, base = posixpath.split(source)
        rels = posixpath.join(folder, "_rels", f"{base}.rels")
        if not self.has(rels):
            return None
        for element in children(self.open(rels), 2):
            if (element.tag.rsplit("}", 1)[-1] == "Relationship" and (element.get("Type") or "").endswith("/" + kind)
                    and element.get("TargetMode") != "External" and element.get("Target")):
                target = element.get("Target")
                path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                path = posixpath.normpath(path)
                return path if self.has(path) else None
        return None


def children(stream: io.RawIOBase, depth: int, *, max_elements: int | None = None) -> Iterator:
    """The elements at `depth` (1 = the root) of an XML stream, each when it is complete; once the caller
    has it, it is cleared, so memory holds one such element at a time. More than `max_elements` inside one
    of them raises BlockTooLarge."""
    from lxml import etree

    level, inside = 0, 0
    with stream:
        events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, load_dtd=False,
                                 no_network=True, huge_tree=False, remove_comments=True, remove_pis=True)
        for event, element in events:
            if event == "start":
                level += 1
                if level > depth:
                    inside += 1
                    if max_elements is not None and inside > max_elements:
                        raise BlockTooLarge(max_elements)
                continue
            level -= 1
            if level > depth - 1:
                continue  # inside an element of `depth`: kept until that one is complete
            if level == depth - 1:
                yield element
                inside = 0
            # whatever ended at `depth` or above it is done with: a million empty siblings of the body
            # must not pile up either
            element.clear()
            parent = element.getparent()
            while element.getprevious() is not None and parent is not None:
                del parent[0]


class BlockTooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(limit)
        self.limit = limit


def damaged(name: str, part: str | None, exc: BaseException) -> PolicyDataError:
    """The message for a package that breaks while being read: its zip, its inflation or its XML."""
    from lxml import etree

    where = f"中的 {part} " if part else ""
    if isinstance(exc, PartTooLarge):
        return PolicyDataError(f"{name}：.docx 中的 {exc.part} 解压后超过{megabytes(exc.limit)}（上限），不是正常的 Word 文档"
                               f"（可能已损坏，或是故意做成的“压缩炸弹”），未读取。{_RESAVE}；若确是很长的文件，请分成几份再导入。")
    if isinstance(exc, TooMuchMarkup):
        return PolicyDataError(f"{name}：.docx 中的 {exc.part} 有{exc.limit // 10_000}万个以上的 XML 标记（上限），不是正常的 Word 文档"
                               f"（可能已损坏，或是故意做成的），未读取。{_RESAVE}；若确是很长的文件，请分成几份再导入。")
    if isinstance(exc, BlockTooLarge):
        return PolicyDataError(f"{name}：.docx {where}有一个段落或表格含{exc.limit}个以上的元素，超过上限，不是正常的 Word 文档。"
                               f"{_RESAVE}。")
    if isinstance(exc, etree.XMLSyntaxError):
        line = f"第{exc.lineno}行" if getattr(exc, "lineno", None) else ""
        return PolicyDataError(f"{name}：.docx {where}已损坏（XML 格式错误{('，' + line) if line else ''}）。{_RESAVE}。")
    if isinstance(exc, NotImplementedError):
        return PolicyDataError(f"{name}：.docx 使用了本程序不支持的压缩方式。{_RESAVE}。")
    if isinstance(exc, (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError)):
        return PolicyDataError(f"{name}：.docx {where}已损坏，无法解压（文件不完整或被改动过）。{_RESAVE}。")
    return PolicyDataError(f"{name}：.docx 文件已损坏，无法读取。{_RESAVE}。")
