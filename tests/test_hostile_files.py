"""Hostile and unlucky files through the readers (issue 20): a saved web page with the browser's comment on
top, a page that lies about its charset, a .docx whose image part claims gigabytes or whose document does,
Word numbering with absurd or non-integer values, a Flate bomb, an AES-encrypted and a deeply nested PDF,
and front matter long enough to show quadratic work. Every file is built here (tests/hostile.py); none is
committed. Each is read to its text or refused with a Chinese message that says what the file is."""
from __future__ import annotations

import logging
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import docfixtures as fx
import hostile as h
from index.cli import main
from index.errors import PolicyDataError
from index.models import ParsedDocument
from index.source import metadata
from index.source.parser import parse_source, parse_text
from index.source.readers import read_source
from index.source.readers import docx as docx_reader
from index.source.readers.docx import Numbering
from index.source.readers.limits import MAX_DOCUMENT_PART_BYTES, MAX_PDF_STREAM_BYTES
from index.source.readers.pdf import ENCRYPTED_AES, SCANNED


def _summary(doc) -> list[tuple]:
    return [(m.number, m.text, m.units_text, m.section, m.subsection) for m in doc.measures]


@pytest.fixture(scope="module")
def reference():
    return _summary(parse_text(fx.chaoyang_text()))


# ---------------------------------------------------------------- saved web pages

@pytest.mark.parametrize("trailing", [False, True], ids=["saved-from-comment", "and-trailing-pi-and-comment"])
def test_a_page_saved_by_a_browser_reads_like_the_page(reference, trailing):
    page = h.saved_page(fx.make_html(charset="utf-8").decode("utf-8"), trailing=trailing)
    assert page.startswith("<!-- saved from url=(0045)https://")
    source = read_source(page.encode("utf-8"), "朝阳.htm")
    assert source.format == "html" and "saved from" not in source.text and "页面生成时间" not in source.text
    assert _summary(parse_source(source)) == reference


def test_a_saved_page_without_an_html_name_is_still_a_page():
    page = h.saved_page(fx.make_html(charset="utf-8").decode("utf-8"))
    assert read_source(page.encode("utf-8"), "下载的文件").format == "html"


@pytest.mark.parametrize("declared, written, read_as", [
    ("utf-16", "utf-8", "utf-8"), ("UTF-16LE", "gbk", "gb18030"), ("iso-8859-1", "utf-8", "utf-8"),
    ("utf-8", "gbk", "gb18030"),
])
def test_a_page_whose_meta_names_a_charset_it_is_not_in_is_read_with_a_warning(reference, declared, written, read_as):
    page = fx.make_html(charset="utf-8").decode("utf-8").replace("charset=utf-8", f"charset={declared}")
    source = read_source(page.encode(written), "朝阳.html")
    shown = "GBK/GB18030" if read_as == "gb18030" else "UTF-8"
    assert (source.encoding, source.warnings) == (
        read_as, [f"网页声明的编码是“{declared.lower()}”，但内容不是这种编码，已按{shown}读取，请核对文字是否正确。"])
    assert _summary(parse_source(source)) == reference


def test_a_page_in_the_charset_it_declares_has_no_charset_warning():
    assert read_source(fx.make_html(charset="utf-8"), "朝阳.html").warnings == []
    assert read_source(fx.make_html(), "朝阳.html").warnings == ["网页是GBK/GB2312编码，已自动转换。"]


# ---------------------------------------------------------------- .docx

def test_a_docx_reads_only_the_parts_its_text_needs():
    """The image part claims 4 GB and cannot even be inflated; it is never opened."""
    source = read_source(h.docx_with_broken_image(4 * 2**30), "图片.docx")
    assert (source.format, source.text) == ("docx", "1.对小微企业减免房租。")


def test_a_document_part_over_the_bound_is_refused_before_it_is_inflated():
    data = h.docx_with_bomb("word/document.xml", MAX_DOCUMENT_PART_BYTES + 1, chunk=b" ")
    assert len(data) < 200_000
    with pytest.raises(PolicyDataError) as caught:
        read_source(data, "炸弹.docx")
    assert str(caught.value) == (
        "炸弹.docx：.docx 中的 word/document.xml 解压后超过64 MB（上限），不是正常的 Word 文档（可能已损坏，或是故意做成的"
        "“压缩炸弹”），未读取。请用 Word 或 WPS 打开后重新“另存为” .docx，再导入；若确是很长的文件，请分成几份再导入。")


def test_a_numbering_part_over_its_bound_is_refused():
    with pytest.raises(PolicyDataError, match=r"^编号.docx：.docx 中的 word/numbering.xml 解压后超过8 MB（上限）"):
        read_source(h.docx_with_bomb("word/numbering.xml", 9 * 2**20, chunk=b" "), "编号.docx")


def test_the_text_of_a_docx_is_bounded(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_TEXT_CHARS", 1000)
    body = "".join(h.paragraph(f"第{i}段，对小微企业减免房租。") for i in range(200))
    with pytest.raises(PolicyDataError, match=r"^长.docx：文件的文字超过1000万字（上限），不像是一份政策文件"):
        read_source(h.docx_package(h.document_xml(body)), "长.docx")


def _numbered(start: str, fmt: str, *, ilvl: str = "0", level_ilvl: str = "0", paragraphs: int = 2) -> bytes:
    body = "".join(h.paragraph(f"对小微企业减免房租{i}。", ("1", ilvl)) for i in range(paragraphs))
    return h.docx_package(h.document_xml(body), numbering=h.numbering_xml([(level_ilvl, start, fmt, "%1.")]))


@pytest.mark.parametrize("start, fmt", [("1e11", "lowerLetter"), ("99999999", "lowerLetter"),
                                        ("100000000000", "lowerRoman"), ("-5", "decimal"), ("1.5", "decimal")])
def test_numbering_starts_out_of_range_are_reported_and_replaced_by_word_default(start, fmt):
    source = read_source(_numbered(start, fmt), "编号.docx")
    first = {"lowerLetter": "a", "lowerRoman": "i", "decimal": "1"}[fmt]
    second = {"lowerLetter": "b", "lowerRoman": "ii", "decimal": "2"}[fmt]
    assert source.text == f"{first}.对小微企业减免房租0。\n{second}.对小微企业减免房租1。"
    shown = start if len(start) <= 12 else start[:12] + "…"
    assert source.warnings[1:] == [f"Word自动编号的定义中有不合规的值（起始值“{shown}”），已按Word的默认值处理，请核对措施编号。"]


@pytest.mark.parametrize("ilvl, level_ilvl", [("x", "0"), ("1.5", "0"), ("0", "x"), ("99", "0")])
def test_numbering_levels_that_are_not_levels_are_reported_not_raised(ilvl, level_ilvl):
    source = read_source(_numbered("1", "decimal", ilvl=ilvl, level_ilvl=level_ilvl), "级别.docx")
    bad = ilvl if ilvl != "0" else level_ilvl
    assert source.text == "对小微企业减免房租0。\n对小微企业减免房租1。"
    assert source.warnings == [f"Word自动编号的定义中有不合规的值（级别“{bad}”），已按Word的默认值处理，请核对措施编号。"]


def test_numbers_beyond_what_a_format_can_write_are_written_in_digits():
    numbering = Numbering()
    assert [numbering._format(780, "lowerLetter"), numbering._format(781, "lowerLetter"),
            numbering._format(3999, "upperRoman"), numbering._format(10**8, "lowerRoman")] == \
        ["z" * 30, "781", "MMMCMXCIX", "100000000"]
    assert numbering.unknown_formats == {"lowerLetter", "lowerRoman"}


def test_entities_in_a_docx_are_not_expanded():
    laughs = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              f'<w:document xmlns:w="{h.W_NS}"><w:body><w:p><w:r><w:t>1.减免房租&c;</w:t></w:r></w:p></w:body></w:document>')
    assert read_source(h.docx_package(laughs), "实体.docx").text == "1.减免房租"


# ---------------------------------------------------------------- PDF

def test_a_flate_bomb_pdf_is_refused_as_what_it_is():
    data = h.flate_bomb_pdf(MAX_PDF_STREAM_BYTES + 2**20)
    assert len(data) < 100_000
    with pytest.raises(PolicyDataError) as caught:
        read_source(data, "炸弹.pdf")
    assert str(caught.value) == (
        "炸弹.pdf：PDF 中的压缩数据异常：解压后超过16 MB（上限）或无法解压完，文件可能已损坏，或是故意做成的“压缩炸弹”，未读取。"
        "请重新下载或重新导出 PDF 后再导入")
    assert SCANNED not in str(caught.value)


def test_an_aes_encrypted_pdf_is_refused_as_encrypted_not_as_a_scan():
    pytest.importorskip("pypdf")
    try:
        import cryptography  # noqa: F401
        pytest.skip("with an AES implementation installed the file would be read")
    except ImportError:
        pass
    with pytest.raises(PolicyDataError) as caught:
        read_source(h.aes_pdf(["1. Rent relief for small firms, three months."]), "加密.pdf")
    assert str(caught.value) == f"加密.pdf：{ENCRYPTED_AES}"
    assert "加密" in ENCRYPTED_AES and "扫描件" not in ENCRYPTED_AES


def test_a_pdf_of_deeply_nested_dictionaries_is_refused_quietly():
    class Seen(logging.Handler):
        def __init__(self):
            super().__init__(logging.DEBUG)
            self.records = []

        def emit(self, record):
            self.records.append(record)

    seen, root = Seen(), logging.getLogger()
    level = root.level
    root.addHandler(seen)
    root.setLevel(logging.DEBUG)
    try:
        with pytest.raises(PolicyDataError) as caught:
            read_source(h.nested_pdf(3000), "嵌套.pdf")
    finally:
        root.removeHandler(seen)
        root.setLevel(level)
    message = str(caught.value)
    assert re.fullmatch(r"嵌套.pdf：PDF 中读不到文字，文件结构有\d+处错误（可能已损坏）。请重新下载或重新导出 PDF 后再导入；"
                        r"如是扫描件，请先做文字识别（OCR）后再导入。", message)
    # pypdf's thousands of complaints never reach the log's handlers (nor stderr): one summary record of ours
    assert [r for r in seen.records if r.name.startswith("pypdf")] == []
    summaries = [r for r in seen.records if r.getMessage().startswith("pypdf noted ")]
    assert len(summaries) == 1 and "嵌套.pdf" in summaries[0].getMessage()


def test_a_simple_text_pdf_is_still_read():
    assert read_source(h.text_pdf(["1. Rent relief for small firms."]), "t.pdf").text == "1. Rent relief for small firms.\n"


def test_too_many_pages_are_refused_before_reading_them(monkeypatch):
    from index.source.readers import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 3)
    with pytest.raises(PolicyDataError, match=r"^页.pdf：PDF 有4页，超过上限3页，不像是一份政策文件，未读取。"):
        read_source(h.text_pdf(["1. Rent relief for small firms."], pages=4), "页.pdf")


# ---------------------------------------------------------------- front matter: linear work

def _split_front_reference(front: list[str]) -> tuple[str | None, int | None]:
    """The definition: the first sentence starting with a 《title》 cited in the text before it."""
    for i, sentence in enumerate(front):
        for candidate in metadata._BOOK_TITLE.findall("".join(front[:i])):
            if sentence.startswith(candidate):
                return candidate, i
    return None, None


_pieces = st.sampled_from(["《关于支持小微企业的若干措施》", "关于支持小微企业的若干措施", "《", "》", "为了", "印发",
                           "《朝阳区稳增长实施方案》", "朝阳区稳增长实施方案。", "减免房租", "。"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_pieces, max_size=6).map("".join), max_size=12))
def test_the_cited_then_bare_title_is_the_one_the_definition_gives(front):
    assert metadata._cited_then_bare(front) == _split_front_reference(front)


def test_split_front_scans_the_front_matter_once(monkeypatch):
    """200,000 unnumbered sentences: the text scanned for 《titles》 is about as long as the text itself,
    not once per sentence (which never ended for an 18 MB file)."""
    scanned = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def findall(self, text):
            scanned.append(len(text))
            return self.pattern.findall(text)

        def finditer(self, text):
            scanned.append(len(text))
            return self.pattern.finditer(text)

    monkeypatch.setattr(metadata, "_BOOK_TITLE", Counting(metadata._BOOK_TITLE))
    front = [f"第{i}句，对小微企业减免房租。" for i in range(200_000)]
    doc = ParsedDocument()
    metadata.split_front(doc, front, None)
    total = sum(len(s) for s in front)
    assert sum(scanned) <= 2 * total + 82 * len(front)
    assert len(doc.preamble) == len(front)


# ---------------------------------------------------------------- the import command

@pytest.mark.parametrize("kind, says", [
    ("bomb.docx", "解压后超过64 MB（上限）"),
    ("levels.docx", None),
    ("bomb.pdf", "PDF 中的压缩数据异常"),
    ("nested.pdf", "PDF 中读不到文字，文件结构有"),
    ("saved.htm", None),
])
def test_the_import_command_reads_or_refuses_each_in_one_chinese_line(tmp_path, capsys, kind, says):
    make = {
        "bomb.docx": lambda: h.docx_with_bomb("word/document.xml", MAX_DOCUMENT_PART_BYTES + 1, chunk=b" "),
        "levels.docx": lambda: _numbered("1e11", "lowerLetter", ilvl="x"),
        "bomb.pdf": lambda: h.flate_bomb_pdf(MAX_PDF_STREAM_BYTES + 2**20),
        "nested.pdf": lambda: h.nested_pdf(3000),
        "saved.htm": lambda: h.saved_page(fx.make_html(charset="utf-8").decode("utf-8")).encode("utf-8"),
    }[kind]
    path = tmp_path / kind
    path.write_bytes(make())
    code = main(["import", str(path), "--dry-run"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Error" not in err
    if says is None:
        assert code == 0, err
    else:
        assert code == 1 and says in err
        assert len(err.strip().splitlines()) == 1


def test_the_notice_title_pattern_never_spans_more_than_a_title():
    """`关于印发《` repeated through a 500 KB line made the unbounded lazy match scan to the end from every
    one of them (50 s, found by tests/fuzz_readers.py); a title is at most 200 characters."""
    assert metadata.title_from_notice(["关于印发《" + "长" * 201 + "》的通知"]) is None
    assert metadata.title_from_notice(["关于印发《" + "长" * 200 + "》的通知"]) == "长" * 200
    assert metadata.title_from_notice(["关于印发《" * 3 + "朝阳区稳增长实施方案》的通知"]) == "关于印发《关于印发《朝阳区稳增长实施方案"


def test_a_pdf_beyond_pypdfs_structure_bounds_is_refused_as_what_it_is():
    with pytest.raises(PolicyDataError) as caught:
        read_source(h.wide_pdf(100_001), "宽.pdf")
    assert str(caught.value) == ("宽.pdf：PDF 文件结构超出本程序的处理上限（对象过多、嵌套过深或引用成环），文件可能已损坏，未读取。"
                                 "请重新下载或重新导出 PDF 后再导入")


def test_the_content_read_from_a_pdf_is_bounded(monkeypatch):
    """Content and the fonts' character maps, counted page by page (pypdf parses the maps again on each)."""
    from index.source.readers import pdf

    monkeypatch.setattr(pdf, "MAX_PDF_CONTENT_BYTES", 300)
    data = h.text_pdf(["1. Rent relief for small firms, three months of it."], pages=5)
    with pytest.raises(PolicyDataError, match=r"^多.pdf：PDF 的页面内容（连同字体的字符表）超过0 MB（上限）"):
        read_source(data, "多.pdf")


def test_a_part_is_held_a_chunk_at_a_time_whatever_its_depth():
    """Elements beside the body (a million empty ones fit in 64 MB) are dropped as they end, like blocks;
    what is held is what the parser took from one 64 KB chunk of the stream, not the part."""
    import io

    from index.source.readers.zipparts import children

    many = 200_000
    xml = b"<a>" + b"<x/>" * many + b"<body>" + b"<p><r/></p>" * 1000 + b"</body>" + b"<x/>" * many + b"<z><y/></z></a>"
    held = []
    for element in children(io.BytesIO(xml), 3):
        root = element.getroottree().getroot()
        held.append(len(root) + len(element.getparent()))
    assert len(held) == 1001  # the 1000 paragraphs and <y/>
    assert max(held) < 65536 // len(b"<x/>") + 10 < many


def test_the_markup_of_a_part_is_bounded(monkeypatch):
    """64 MB of empty elements parse for minutes; the tags are counted as the part is inflated."""
    from index.source.readers import zipparts

    monkeypatch.setattr(zipparts, "MAX_PART_MARKUP", 1000)
    body = "".join(h.paragraph(f"第{i}段，对小微企业减免房租。") for i in range(200))
    with pytest.raises(PolicyDataError) as caught:
        read_source(h.docx_package(h.document_xml(body)), "标记.docx")
    assert str(caught.value) == ("标记.docx：.docx 中的 word/document.xml 有0万个以上的 XML 标记（上限），不是正常的 Word 文档"
                                 "（可能已损坏，或是故意做成的），未读取。请用 Word 或 WPS 打开后重新“另存为” .docx，再导入；"
                                 "若确是很长的文件，请分成几份再导入。")


def test_a_zip_of_a_version_python_cannot_read_is_a_damaged_docx():
    """Found by tests/fuzz_readers.py (seed 4, case 1206): zipfile raises NotImplementedError for it."""
    data = bytearray(h.docx_package(h.document_xml(h.paragraph("1.减免房租。"))))
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 179  # "version needed to extract": 17.9
    with pytest.raises(PolicyDataError) as caught:
        read_source(bytes(data), "版本.docx")
    assert str(caught.value) == ("版本.docx：不是有效的 .docx 文件（压缩包已损坏或不完整）。"
                                 "请用 Word 或 WPS 打开后重新“另存为” .docx，再导入。")
