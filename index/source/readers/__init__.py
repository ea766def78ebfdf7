"""Read a policy document in whatever form it arrives (text, .docx, .pdf, saved web page, legacy Office)
into the plain text the parser understands. One module per format; `read_source` picks by content first
(a .doc that is really a .docx is read as one), then by the file name."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from index.errors import PolicyDataError
from index.source.textio import read_bytes


@dataclass
class SourceText:
    text: str
    format: str  # "text", "docx", "pdf", "html", "doc"
    reader: str  # the library that read it, with its version: "pypdf 7.1.0", "zipfile + lxml 6.1.3"
    encoding: str | None = None  # of a text or web page source; None for binary formats
    warnings: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)  # "published", "source", "title" where the source says


def sniff_format(data: bytes, name: str) -> str:
    head = data[:2048].lstrip()
    suffix = Path(name).suffix.lower()
    if data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and suffix == ".pdf"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or suffix == ".docx":
            return "docx"
        if b"OFD.xml" in data[:65536] or suffix == ".ofd":
            return "ofd"
        return "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # OLE2 compound file: Word 97-2003 .doc, WPS .wps
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data[:4] in (b"\x89PNG", b"GIF8") or data[:3] == b"\xff\xd8\xff" or data[:4] in (b"II*\x00", b"MM\x00*"):
        return "image"
    if suffix in (".html", ".htm", ".shtml", ".mht", ".xhtml"):
        return "html"
    lowered = head.lower().removeprefix(b"\xef\xbb\xbf")
    if lowered.startswith((b"<!doctype html", b"<html", b"<?xml", b"<!--")) and b"<html" in data[:4096].lower():
        return "html"
    return "text"


def read_source(source: Path | bytes, name: str | None = None) -> SourceText:
    """Read a file (or its bytes, named `name` in messages) into text; PolicyDataError says what to do."""
    if isinstance(source, Path):
        name = name or str(source)
        data = read_bytes(source, name)
    else:
        data, name = source, name or "<bytes>"
    kind = sniff_format(data, name)
    if kind == "text":
        from index.source.readers.text import read_text_source
        return read_text_source(data, name)
    if kind == "docx":
        from index.source.readers.docx import read_docx
        return read_docx(data, name)
    if kind == "pdf":
        from index.source.readers.pdf import read_pdf
        return read_pdf(data, name)
    if kind == "html":
        from index.source.readers.html import read_html
        return read_html(data, name)
    from index.source.readers.legacy import read_legacy
    return read_legacy(data, name, kind)


__all__ = ["PolicyDataError", "SourceText", "read_source", "sniff_format"]
