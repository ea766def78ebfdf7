"""Title, issuer, date and number read from the text whatever shape its head and foot take (issue 23 item 5):
a date standing on its own line under the title (Arabic or Chinese numerals, after the issuer's name or alone),
the date above the issuer at the end, the issuer's name alone closing the text, a notice titled without 关于,
and a 管理委员会 issuing it. The date counts: the text's validity (有效期两年) runs from it."""
from __future__ import annotations

from index.source.parser import parse_text

TITLE = "延庆区关于扶持民宿和乡村餐饮经营主体的若干措施"
PREAMBLE = "为帮助乡村经营主体渡过淡季，结合本区实际，制定以下措施。"
BODY = ("一、对在本区登记的乡村民宿给予每间客房800元改造补贴。（责任单位：区文化和旅游局）\n\n"
        "二、对新开业的乡村餐馆给予一次性补贴5000元。（责任单位：区商务局）\n\n"
        "三、本措施自发布之日起实施，有效期两年。")


def _doc(*lines: str):
    return parse_text("\n\n".join(lines) + "\n")


def test_a_date_alone_under_the_title_is_the_documents_date():
    doc = _doc(TITLE, "2026年5月8日", PREAMBLE, BODY)
    assert (doc.title, doc.signed, doc.valid_until) == (TITLE, "2026-05-08", "2028-05-07")
    assert doc.preamble == [PREAMBLE]  # the preamble no longer opens with the date


def test_a_date_in_chinese_numerals_under_the_title_is_read():
    doc = _doc(TITLE, "二〇二六年五月八日", PREAMBLE, BODY)
    assert (doc.signed, doc.preamble) == ("2026-05-08", [PREAMBLE])


def test_the_issuer_then_the_date_under_the_title():
    doc = _doc(TITLE, "北京市延庆区人民政府办公室", "2026年5月8日", PREAMBLE, BODY)
    assert (doc.issuer, doc.signed, doc.preamble) == ("北京市延庆区人民政府办公室", "2026-05-08", [PREAMBLE])


def test_the_date_above_the_issuer_at_the_end():
    doc = _doc(TITLE, PREAMBLE, BODY, "2026年5月8日", "北京市延庆区人民政府办公室")
    assert (doc.issuer, doc.signed, doc.valid_until) == ("北京市延庆区人民政府办公室", "2026-05-08", "2028-05-07")
    assert doc.measures[-1].text == "本措施自发布之日起实施，有效期两年。"


def test_the_issuers_name_alone_closing_the_text():
    doc = _doc(TITLE, PREAMBLE, BODY, "北京市延庆区人民政府办公室")
    assert doc.issuer == "北京市延庆区人民政府办公室"
    assert doc.measures[-1].text == "本措施自发布之日起实施，有效期两年。"
    assert doc.signed is None  # no date written: none made up


def test_a_notice_titled_with_its_issuer_and_without_guanyu():
    doc = _doc(f"北京市延庆区人民政府办公室印发《{TITLE}》的通知", "延政办发〔2026〕9号",
               f"各乡镇人民政府，各街道办事处：经区政府同意，现将《{TITLE}》印发给你们，请认真贯彻落实。",
               "北京市延庆区人民政府办公室", "2026年5月8日", TITLE, PREAMBLE, BODY)
    assert (doc.title, doc.issuer, doc.doc_number, doc.signed) == (TITLE, "北京市延庆区人民政府办公室", "延政办发〔2026〕9号", "2026-05-08")


def test_a_management_committee_issuing_a_notice():
    doc = _doc(f"中关村科学城管理委员会关于印发《{TITLE}》的通知", f"现将《{TITLE}》印发给你们，请遵照执行。",
               "2026年5月8日", TITLE, PREAMBLE, BODY)
    assert (doc.title, doc.issuer) == (TITLE, "中关村科学城管理委员会")


def test_an_adoption_line_under_a_regulations_title_stays_in_the_preamble():
    adopted = "2021年3月5日北京市某区人民代表大会常务委员会第九次会议通过"
    doc = _doc("北京市某区促进就业条例", adopted, "第一条　为了促进就业，制定本条例。", "第二条　本条例自公布之日起施行。")
    assert doc.notice == [] and doc.preamble == [adopted]


def test_a_date_that_starts_a_sentence_under_the_title_is_not_taken_off_it():
    line = "2026年6月1日起施行的新规定，对经营主体提出了更高要求。"
    doc = _doc(TITLE, line, BODY)
    assert doc.preamble == [line] and doc.notice == []


def test_a_labelled_publication_date_under_the_title():
    doc = _doc(TITLE, "发布日期：2026年5月8日", PREAMBLE, BODY)
    assert (doc.published, doc.valid_until, doc.preamble) == ("2026-05-08", "2028-05-07", [PREAMBLE])


def test_a_date_with_its_issue_word_under_the_title():
    doc = _doc(TITLE, "2026年5月8日印发", PREAMBLE, BODY)
    assert (doc.signed, doc.preamble) == ("2026-05-08", [PREAMBLE])


def test_a_publication_note_after_the_signature_goes_with_it():
    doc = _doc(TITLE, PREAMBLE, BODY, "北京市延庆区人民政府办公室 2026年5月8日", "（此件公开发布）")
    assert (doc.issuer, doc.signed) == ("北京市延庆区人民政府办公室", "2026-05-08")
    assert doc.measures[-1].text == "本措施自发布之日起实施，有效期两年。"
    assert doc.closing[-1] == "（此件公开发布）"


def test_a_publication_note_without_a_signature_is_left_where_it_is():
    doc = _doc(TITLE, PREAMBLE, BODY, "（此件主动公开）")
    assert doc.measures[-1].text.endswith("有效期两年。（此件主动公开）") and doc.closing == []


def test_a_masthead_and_number_above_the_title_go_to_the_notice():
    doc = _doc("北京市延庆区人民政府办公室文件", "延政办发〔2026〕9号", TITLE, PREAMBLE, BODY,
               "北京市延庆区人民政府办公室", "2026年5月8日印发")
    assert (doc.title, doc.doc_number, doc.issuer, doc.signed) == (TITLE, "延政办发〔2026〕9号", "北京市延庆区人民政府办公室", "2026-05-08")
    assert doc.measures[-1].text == "本措施自发布之日起实施，有效期两年。"


def test_a_title_that_starts_with_a_bodys_name_and_文件_is_no_masthead():
    title = "北京市延庆区档案局文件材料归档管理办法"
    doc = _doc(title, PREAMBLE, BODY)
    assert doc.title == title and doc.notice == []
