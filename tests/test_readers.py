"""Real documents in: the 朝阳 plan as Word (automatic numbering), as a typeset PDF, as a saved GB2312 web
page and as UTF-16 text reads to the same 45 measures as the plain text; scans and legacy formats are
refused with what to do. Every fixture is generated here (tests/docfixtures.py)."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

import docfixtures as fx
from index.cli import main
from index.errors import PolicyDataError
from index.source.parser import parse_source, parse_text
from index.source.readers import read_source
from index.source.readers.docx import Level, Numbering, chinese_number
from index.source.readers.pdf import SCANNED


def _summary(doc) -> list[tuple]:
    return [(m.number, m.text, m.units_text, m.section, m.subsection) for m in doc.measures]


@pytest.fixture(scope="module")
def reference():
    summary = _summary(parse_text(fx.chaoyang_text()))
    assert len(summary) == 45
    return summary


# ---------------------------------------------------------------- .docx

@pytest.fixture(scope="module")
def docx_bytes():
    return fx.make_docx()


def test_docx_with_automatic_numbering_reads_to_the_same_measures(reference, docx_bytes):
    body = zipfile.ZipFile(io.BytesIO(docx_bytes)).read("word/document.xml").decode("utf-8")
    assert "numPr" in body and "1.严格" not in body and "（一）留抵" not in body  # the numbers are not in the runs
    source = read_source(docx_bytes, "朝阳.docx")
    assert (source.format, source.reader.split()[0]) == ("docx", "zipfile")  # python-docx no longer: see test_hostile_files.py
    assert source.warnings == ["有71段使用Word自动编号，编号不在文字中，已按文件的编号定义还原，请核对措施编号。"]
    assert _summary(parse_source(source)) == reference


def test_docx_headers_and_footers_are_left_out(docx_bytes):
    text = read_source(docx_bytes, "朝阳.docx").text
    assert "北京市朝阳区人民政府文件" not in text and "— 1 —" not in text
    assert text.startswith("朝阳区统筹疫情防控和稳定经济增长的\n实施方案\n（征求意见稿）\n\n为贯彻落实")


def test_docx_with_numbering_typed_as_text(reference):
    source = read_source(fx.make_docx(auto_numbering=False), "typed.docx")
    assert source.warnings == []
    assert _summary(parse_source(source)) == reference


def test_docx_tables_are_read_row_by_row():
    from docx import Document

    document = Document()
    document.add_paragraph("1.对小微企业减免房租。")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate((("序号", "措施"), ("2", "发放补贴"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    assert read_source(out.getvalue(), "t.docx").text == "1.对小微企业减免房租。\n序号\t措施\n2\t发放补贴"


def test_word_number_formats():
    numbering = Numbering()
    fmt = numbering._format
    assert [fmt(11, "chineseCounting"), fmt(3, "chineseCountingThousand"), fmt(2, "ideographTraditional"),
            fmt(12, "decimal"), fmt(3, "decimalEnclosedCircle"), fmt(10, "ideographDigital")] == \
        ["十一", "三", "乙", "12", "③", "一〇"]
    assert [chinese_number(n) for n in (1, 10, 15, 20, 23, 105, 110)] == ["一", "十", "十五", "二十", "二十三", "一百零五", "一百一十"]
    assert fmt(4, "thaiLetters") == "4" and numbering.unknown_formats == {"thaiLetters"}
    assert Level().text == "%1."


def test_docx_without_text_says_it_may_be_a_scan():
    from docx import Document

    out = io.BytesIO()
    Document().save(out)
    with pytest.raises(PolicyDataError, match="空.docx：.docx 中没有文字"):
        read_source(out.getvalue(), "空.docx")


# ---------------------------------------------------------------- .pdf

@pytest.mark.parametrize("style", sorted(fx.PAGE_NUMBER_STYLES))
def test_pdf_with_page_numbers_and_running_headers_reads_to_the_same_measures(reference, style):
    source = read_source(fx.make_pdf(page_numbers=fx.PAGE_NUMBER_STYLES[style]), "朝阳.pdf")
    assert (source.format, source.reader.split()[0]) == ("pdf", "pypdf")
    assert fx.RUNNING_HEADER not in source.text
    assert "— 3 —" not in source.text and "- 3 -" not in source.text and "第3页" not in source.text
    assert "确保2022年6月30日前" in source.text  # wrapped lines joined, also inside numbers
    assert _summary(parse_source(source)) == reference


def test_scanned_pdf_is_refused_not_read_as_nothing():
    with pytest.raises(PolicyDataError) as caught:
        read_source(fx.make_scanned_pdf(), "扫描.pdf")
    assert str(caught.value) == f"扫描.pdf：{SCANNED}"
    assert SCANNED == "扫描件，没有文字层，请先做文字识别（OCR）后再导入"


def test_broken_pdf_is_explained():
    with pytest.raises(PolicyDataError, match="坏.pdf：PDF 文件已损坏"):
        read_source(b"%PDF-1.4\n garbage", "坏.pdf")


# ---------------------------------------------------------------- .html

@pytest.fixture(scope="module")
def html_source():
    return read_source(fx.make_html(), "朝阳.html")


def test_saved_gb2312_page_reads_to_the_same_measures(reference, html_source):
    assert (html_source.format, html_source.encoding, html_source.reader.split()[0]) == ("html", "gb18030", "lxml")
    assert _summary(parse_source(html_source)) == reference


def test_saved_page_keeps_the_article_only(html_source):
    for furniture in ("首页", "当前位置", "字号", "打印", "关闭窗口", "分享到", "相关文章", "京ICP备", "统计代码", "无障碍"):
        assert furniture not in html_source.text, furniture
    assert html_source.text.startswith("朝阳区统筹疫情防控和稳定经济增长的实施方案（征求意见稿）\n\n为贯彻落实")


def test_saved_page_metadata(html_source):
    assert html_source.metadata == {"title": "朝阳区统筹疫情防控和稳定经济增长的实施方案（征求意见稿）",
                                    "published": "2022-06-13", "source": "朝阳区发展改革委"}
    doc = parse_source(html_source)
    assert (doc.published, doc.issuer) == ("2022-06-13", "朝阳区发展改革委")


def test_utf8_page_without_known_container_is_found_by_text_density(reference):
    page = fx.make_html(charset="utf-8").decode("utf-8").replace('id="zoom" class="TRS_Editor"', 'class="wrap"')
    source = read_source(page.encode("utf-8"), "page.htm")
    assert source.encoding == "utf-8" and "京ICP备" not in source.text
    assert _summary(parse_source(source)) == reference


# ---------------------------------------------------------------- text, legacy formats

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom_reads_to_the_same_measures(reference, codec):
    source = read_source(("\ufeff" + fx.chaoyang_text()).encode(codec), "朝阳.txt")
    assert (source.format, source.encoding) == ("text", codec)
    assert _summary(parse_source(source)) == reference


def test_gbk_error_names_the_line_of_the_bad_bytes():
    data = "第一行\n第二行\n第三行".encode("gbk") + b"\x80\x80"
    with pytest.raises(PolicyDataError, match=r"^坏.txt：第3行（字节偏移20）"):
        read_source(data, "坏.txt")


def test_legacy_doc_without_libreoffice_says_how_to_convert(monkeypatch):
    monkeypatch.setattr("index.source.readers.legacy.find_soffice", lambda: None)
    with pytest.raises(PolicyDataError, match=r"旧.doc：这是旧版 Word/WPS 文档.*另存为” .docx 或 PDF"):
        read_source(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "旧.doc")


@pytest.mark.parametrize("head, name, says", [
    (b"PK\x03\x04OFD.xml", "a.ofd", "OFD 版式文件"),
    (b"{\\rtf1\\ansi", "a.rtf", "RTF 文档"),
    (b"\x89PNG\r\n\x1a\n", "a.png", "这是图片"),
])
def test_formats_without_a_reader_say_what_to_do(head, name, says):
    with pytest.raises(PolicyDataError, match=says):
        read_source(head + bytes(64), name)


def test_a_docx_named_doc_is_read_as_docx(docx_bytes):
    assert read_source(docx_bytes, "实为docx.doc").format == "docx"


# ---------------------------------------------------------------- the import command

def test_import_dry_run_json_names_format_and_reader(tmp_path, capsys, docx_bytes):
    path = tmp_path / "朝阳.docx"
    path.write_bytes(docx_bytes)
    assert main(["import", str(path), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["document"]["format"] == "docx"
    assert result["document"]["reader"].startswith("zipfile + lxml ")
    assert len(result["measures"]) == 45
    assert result["document"]["district"] == "朝阳区"


def test_import_of_a_scan_fails_with_the_ocr_message(tmp_path, capsys):
    path = tmp_path / "扫描.pdf"
    path.write_bytes(fx.make_scanned_pdf(1))
    assert main(["import", str(path), "--dry-run", "--json"]) == 1
    assert SCANNED in capsys.readouterr().err


def test_an_imported_docx_is_rebuilt_from_its_kept_copy(tmp_path, monkeypatch, docx_bytes):
    from index.store import Store

    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path / "home"))
    path = tmp_path / "朝阳新.docx"
    path.write_bytes(docx_bytes)
    data = tmp_path / "data"
    assert main(["import", str(path), "--district", "朝阳区", "--title", "朝阳区测试方案", "--data", str(data)]) == 0
    copies = list((tmp_path / "home" / "imports").glob("import-*.docx"))
    assert len(copies) == 1 and copies[0].read_bytes() == docx_bytes
    imported = [m for m in Store(data).measures() if m["document"]["title"] == "朝阳区测试方案"]
    assert len(imported) == 45
