"""Hostile and unlucky files, built at test time (nothing of this is committed): .docx packages written
part by part (a huge image part, a bomb of a document.xml, numbering with absurd values), PDFs written
object by object (a Flate bomb, AES encryption, dictionaries nested deeper than any parser recurses),
saved web pages with the comment a browser writes, or a charset they do not have.

Each builder takes the size of what it builds, so a test can build a small one and a hand run the real
thing (tests/fuzz_readers.py, the measurements in the note of issue 20)."""
from __future__ import annotations

import hashlib
import io
import struct
import zipfile
import zlib

from desktop.selftest_docs import raw_pdf  # the same PDF writer as the self-test's

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# ---------------------------------------------------------------- .docx, part by part

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/numbering.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>'
)
PACKAGE_RELS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_RELS}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'
)


def paragraph(text: str, num: tuple[str, str] | None = None) -> str:
    """<w:p> with one run; num = (numId, ilvl) as written in the file (any text, valid or not)."""
    from xml.sax.saxutils import escape, quoteattr

    ppr = f"<w:pPr><w:numPr><w:ilvl w:val={quoteattr(num[1])}/><w:numId w:val={quoteattr(num[0])}/></w:numPr></w:pPr>" \
        if num else ""
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"


def document_xml(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>')


def numbering_xml(levels: list[tuple[str, str, str, str]], start_override: str | None = None) -> str:
    """One list (abstractNum 1, num 1): levels as (ilvl, start, numFmt, lvlText), all text as written."""
    from xml.sax.saxutils import quoteattr

    lvls = "".join(f"<w:lvl w:ilvl={quoteattr(i)}><w:start w:val={quoteattr(s)}/><w:numFmt w:val={quoteattr(f)}/>"
                   f"<w:lvlText w:val={quoteattr(t)}/></w:lvl>" for i, s, f, t in levels)
    override = f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>' \
        if start_override is not None else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}">'
            f'<w:abstractNum w:abstractNumId="1">{lvls}</w:abstractNum>'
            f'<w:num w:numId="1"><w:abstractNumId w:val="1"/>{override}</w:num></w:numbering>')


def docx_package(document: str | bytes, *, numbering: str | None = None, parts: dict[str, bytes] | None = None,
                 document_rels: str | None = None) -> bytes:
    """A .docx as Word writes one, with only the parts given: document.xml, optionally numbering.xml and
    other parts (an image…) related from the document."""
    rels = [f'<Relationship Id="rIdN" Type="{REL}/numbering" Target="numbering.xml"/>'] if numbering else []
    for i, part in enumerate(parts or {}):
        rels.append(f'<Relationship Id="rIdP{i}" Type="{REL}/image" Target="{part.removeprefix("word/")}"/>')
    rels_xml = document_rels or (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                 f'<Relationships xmlns="{PKG_RELS}">{"".join(rels)}</Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", PACKAGE_RELS)
        package.writestr("word/document.xml", document)
        package.writestr("word/_rels/document.xml.rels", rels_xml)
        if numbering:
            package.writestr("word/numbering.xml", numbering)
        for part, data in (parts or {}).items():
            package.writestr(part, data)
    return out.getvalue()


def deflate_member(name: str, chunk: bytes, size: int, head: bytes = b"", tail: bytes = b"") -> tuple[zipfile.ZipInfo, bytes]:
    """A zip member of `head`, `size` bytes of `chunk` repeated and `tail`, deflated as a stream (never
    held whole)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc, parts, left = zlib.crc32(head), [compressor.compress(head)], size
    block = chunk * max(1, (1 << 20) // len(chunk))
    while left > 0:
        piece = block[:left]
        crc = zlib.crc32(piece, crc)
        parts.append(compressor.compress(piece))
        left -= len(piece)
    crc = zlib.crc32(tail, crc)
    parts += [compressor.compress(tail), compressor.flush()]
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.CRC = len(head) + size + len(tail), crc
    return info, b"".join(parts)


def docx_with_bomb(member: str, size: int, *, chunk: bytes = b"\0", body: str | None = None, head: bytes = b"",
                   tail: bytes = b"") -> bytes:
    """A small .docx one of whose parts (`member`, related from the document when it is not the document
    itself) inflates to `size` bytes. The zip is written by hand, so the bomb is never held inflated."""
    body = body if body is not None else paragraph("1.对小微企业减免房租。")
    normal = {
        "[Content_Types].xml": CONTENT_TYPES.encode(),
        "_rels/.rels": PACKAGE_RELS.encode(),
        "word/document.xml": document_xml(body.replace("</w:p>", '<w:r><w:drawing><a:blip xmlns:a="x" r:embed="rIdImg"/>'
                                                       '</w:drawing></w:r></w:p>', 1)).encode(),
        "word/_rels/document.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_RELS}">'
            f'<Relationship Id="rIdImg" Type="{REL}/image" Target="media/image1.png"/>'
            f'<Relationship Id="rIdNum" Type="{REL}/numbering" Target="numbering.xml"/>'
            f'<Relationship Id="rIdSty" Type="{REL}/styles" Target="styles.xml"/></Relationships>').encode(),
    }
    return _raw_zip([(name, data) for name, data in normal.items() if name != member] + [(member, (chunk, size, head, tail))])


def _raw_zip(members: list[tuple[str, bytes | tuple[bytes, int, bytes, bytes]]]) -> bytes:
    """A zip whose members are bytes, or (chunk, size, head, tail) for a streamed bomb."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in members:
            if isinstance(data, bytes):
                package.writestr(name, data)
                continue
            info, compressed = deflate_member(name, *data)
            info.compress_size = len(compressed)
            info.header_offset = out.tell()
            out.write(info.FileHeader())
            out.write(compressed)
            package.filelist.append(info)
            package.NameToInfo[name] = info
            package.start_dir = out.tell()
    return out.getvalue()


def docx_with_broken_image(size: int = 4 * 2**30) -> bytes:
    """A .docx whose document shows an image part that claims `size` bytes and cannot be inflated at all:
    a reader that loads every part fails on it (or eats `size` bytes of memory), one that reads only the
    text never opens it."""
    body = document_xml(paragraph("1.对小微企业减免房租。").replace(
        "</w:p>", '<w:r><w:drawing><a:blip xmlns:a="x" r:embed="rIdP0"/></w:drawing></w:r></w:p>', 1))
    data = docx_package(body, parts={"word/media/image1.png": b"\x89PNG" + bytes(64)})
    # the member's bytes become garbage that still claims to be deflate, and its sizes claim `size`
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        info = package.getinfo("word/media/image1.png")
    raw = bytearray(data)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start:start + info.compress_size] = b"\xff" * info.compress_size
    return bytes(raw)


# ---------------------------------------------------------------- PDF, object by object

def stream(data: bytes, extra: bytes = b"", *, compress: bool = False) -> bytes:
    if compress:
        data = zlib.compress(data, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_pdf(lines: list[str], *, pages: int = 1, compress: bool = True) -> bytes:
    """ASCII text on `pages` pages (Helvetica), the simplest PDF with a text layer."""
    content = b"BT /F1 12 Tf 72 760 Td 14 TL " + b" ".join(
        b"(%s) '" % line.encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)") for line in lines) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)), pages),
               FONT, stream(content, compress=compress)]
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents 4 0 R >>")
    return raw_pdf(objects)


def flate_bomb_pdf(size: int = 200 * 2**20, pages: int = 1) -> bytes:
    """A page whose content stream is a few hundred KB of deflate that inflates to `size` bytes of spaces;
    the same stream on every page."""
    compressor = zlib.compressobj(9)
    parts, left, block = [], size, b" " * (1 << 20)
    while left > 0:
        parts.append(compressor.compress(block[:left]))
        left -= min(left, len(block))
    parts.append(compressor.flush())
    data = b"".join(parts)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)), pages),
               FONT, b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"]
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents 4 0 R >>")
    return raw_pdf(objects)


def nested_pdf(depth: int = 100_000) -> bytes:
    """A page whose resources are a dictionary nested `depth` deep."""
    nested = b"<< /A " * depth + b"1" + b" >>" * depth
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + nested +
               b" /Contents 4 0 R >>", stream(b"BT /F1 12 Tf 72 760 Td (Hello) Tj ET")]
    return raw_pdf(objects)


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def aes_pdf(lines: list[str]) -> bytes:
    """AES-128 (V4/R4, AESV2), with an empty user password as most encrypted government PDFs have (they
    only forbid copying or printing): anyone may open it, but only with an AES implementation. The U and O
    entries are computed as the standard says (algorithms 2, 3, 5); the content is not really encrypted,
    it only has to be where a reader without AES gives up."""
    file_id = hashlib.md5(b"policy").digest()
    owner_key = hashlib.md5(_PAD).digest()
    for _ in range(50):
        owner_key = hashlib.md5(owner_key).digest()
    o_value = _rc4(owner_key, _PAD)
    for i in range(1, 20):
        o_value = _rc4(bytes(b ^ i for b in owner_key), o_value)
    permissions = -3904
    digest = hashlib.md5(_PAD + o_value + struct.pack("<i", permissions) + file_id).digest()
    for _ in range(50):
        digest = hashlib.md5(digest[:16]).digest()
    key = digest[:16]
    u_value = _rc4(key, hashlib.md5(_PAD + file_id).digest())
    for i in range(1, 20):
        u_value = _rc4(bytes(b ^ i for b in key), u_value)
    u_value += bytes(16)
    content = b"BT /F1 12 Tf 72 760 Td 14 TL " + b" ".join(b"(%s) '" % line.encode() for line in lines) + b" ET"
    iv = bytes(16)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", FONT,
               stream(iv + content.ljust((len(content) // 16 + 1) * 16, b" ")),
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
               b" /Contents 4 0 R >>",
               b"<< /Filter /Standard /V 4 /R 4 /Length 128 /P %d /O <%s> /U <%s> /StmF /StdCF /StrF /StdCF"
               b" /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> >>"
               % (permissions, o_value.hex().encode(), u_value.hex().encode())]
    return raw_pdf(objects, trailer_extra=b"/Encrypt 6 0 R /ID [<%s> <%s>] " % (file_id.hex().encode(), file_id.hex().encode()))


# ---------------------------------------------------------------- saved web pages

SAVED_FROM = "<!-- saved from url=(0045)https://www.bjchy.gov.cn/zwgk/zcwj/4028805a.html -->\n"


def saved_page(page: str, *, trailing: bool = True) -> str:
    """A page as a browser's "save as" writes it: the saved-from comment above the doctype, and here also a
    processing instruction and a comment after the closing tag, where some CMSs leave theirs."""
    return SAVED_FROM + page + ("\n<?php echo 'x'; ?>\n<!-- 页面生成时间 0.031 秒 -->\n" if trailing else "")


def wide_pdf(entries: int = 100_001) -> bytes:
    """A page whose resources dictionary has `entries` keys (pypdf stops at 100,000)."""
    wide = b"<< " + b"".join(b"/K%d 1 " % i for i in range(entries)) + b">>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources " + wide + b" /Contents 4 0 R >>",
               stream(b"BT /F1 12 Tf 72 760 Td (Hello) Tj ET")]
    return raw_pdf(objects)
