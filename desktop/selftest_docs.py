"""Two tiny policy documents the self-test imports (a .docx and a PDF with a text layer), written by
hand at run time: the frozen bundle carries neither python-docx's templates nor reportlab, and a
committed binary could not be regenerated. Pure functions, no Qt."""
from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

LINES = [
    "北京市朝阳区支持小微企业纾困的若干措施",
    "",
    "一、减轻经营负担",
    "1.对承租区属国有房屋的小微企业免除3个月房租。（责任单位：区国资委）",
    "2.对小微企业新增贷款给予贴息，贴息比例不超过50%。（责任单位：区金融办）",
    "二、稳定就业岗位",
    "3.小微企业吸纳应届高校毕业生的，每人给予一次性补贴1000元。（责任单位：区人力社保局）",
]
MEASURES = 3  # what both files must read to

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def tiny_docx(lines: list[str] = LINES) -> bytes:
    """The smallest package Word and python-docx open: content types, the package relationship and
    word/document.xml, one paragraph a line (no styles part: reading must not need the templates)."""
    paragraphs = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>" for line in lines)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>{paragraphs}'
            '</w:body></w:document>'),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text.encode("utf-8"))
    return out.getvalue()


def tiny_pdf(lines: list[str] = LINES) -> bytes:
    """A one-page A4 PDF whose text layer is these lines: a Type0 font with Identity-H encoding whose
    glyph ids are the characters' code points, and a ToUnicode map saying so (what a reader extracts
    by). No font program is embedded, so a viewer shows boxes; only the text layer matters here."""
    size, pitch, left, top = 12, 22, 72, 770
    body = ["BT", f"/F1 {size} Tf"]
    y = top
    for line in lines:
        if line:
            glyphs = "".join(f"{ord(ch):04X}" for ch in line)  # BMP only, as Chinese policy text is
            body.append(f"1 0 0 1 {left} {y} Tm <{glyphs}> Tj")
        y -= pitch
    body.append("ET")
    content = "\n".join(body).encode("ascii")
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def "
            b"/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange "
            b"1 beginbfrange <0000> <FFFF> <0000> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SelfTestCJK /Encoding /Identity-H /DescendantFonts [6 0 R] "
        b"/ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SelfTestCJK /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /SelfTestCJK /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>",
    ]
    return raw_pdf(objects, version=b"1.4")


def raw_pdf(objects: list[bytes], *, trailer_extra: bytes = b"", version: bytes = b"1.7") -> bytes:
    """A PDF of numbered objects (1 is the catalog) with a correct cross-reference table (also what the
    tests build their hostile PDFs with)."""
    out = io.BytesIO()
    out.write(b"%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n" % version)
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref))
    return out.getvalue()
