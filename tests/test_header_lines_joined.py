"""The header of a plan read the same whether its lines are parted by blank lines or not (review 34 B3, B4): a web
copy has one line per sentence, and the cleaner joins the header's lines (none ends a sentence) into one; the
masthead, the number, the notice's title, the bare title and the date under it are read from the joined line as from
the parted ones. The issuer signing the foot is read when the date under the title has gone to the notice."""
from __future__ import annotations

import pytest

from index.source.parser import parse_text

MEASURES = ("一、对本区小微企业购置节能设备的，按照购置金额的20%给予补贴。（责任单位：区发展改革委）\n"
            "二、本措施自印发之日起施行，有效期两年。\n")


def _both(lines: list[str]) -> list:
    """The text one line per sentence, and the same with a blank line between lines."""
    return [parse_text("\n".join(lines) + "\n"), parse_text("\n\n".join(lines) + "\n")]


def test_a_date_under_the_title_with_no_blank_lines_is_the_documents_date():
    lines = ["怀柔区支持绿色转型发展的若干措施", "2026年7月16日", "为推动企业绿色转型，结合本区实际，制定以下措施。", *MEASURES.split("\n")[:2]]
    for doc in _both(lines):
        assert doc.title == "怀柔区支持绿色转型发展的若干措施"
        assert doc.signed == "2026-07-16"
        assert doc.preamble == ["为推动企业绿色转型，结合本区实际，制定以下措施。"]
        assert "2026年7月16日" in doc.notice
        assert doc.valid_until == "2028-07-15"


def test_a_notice_then_the_bare_title_then_a_date_in_chinese_numerals():
    lines = ["北京市延庆区人民政府办公室关于印发《延庆区促进冰雪消费的若干措施》的通知", "延庆区促进冰雪消费的若干措施",
             "二〇二六年十月九日", "为扩大冰雪消费，经区政府同意，制定以下措施。", *MEASURES.split("\n")[:2]]
    for doc in _both(lines):
        assert doc.title == "延庆区促进冰雪消费的若干措施"
        assert doc.issuer == "北京市延庆区人民政府办公室"
        assert doc.signed == "2026-10-09"
        assert doc.preamble == ["为扩大冰雪消费，经区政府同意，制定以下措施。"]


def test_a_masthead_and_its_number_on_lines_of_their_own_without_blank_lines():
    lines = ["北京市门头沟区人民政府办公室文件", "门政办发〔2026〕15号",
             "北京市门头沟区人民政府办公室关于印发《门头沟区支持文旅企业发展的若干措施》的通知",
             "各镇人民政府，各街道办事处，区政府各委、办、局：", "经区政府同意，现将《门头沟区支持文旅企业发展的若干措施》印发给你们，请认真贯彻执行。",
             "门头沟区支持文旅企业发展的若干措施", "为支持文旅企业发展，制定以下措施。", *MEASURES.split("\n")[:2]]
    for doc in _both(lines):
        assert doc.doc_number == "门政办发〔2026〕15号"
        assert doc.issuer == "北京市门头沟区人民政府办公室"
        assert doc.title == "门头沟区支持文旅企业发展的若干措施"


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_date_under_the_title_right_before_the_measures_is_not_a_preamble(blank):
    lines = ["北京市密云区人民政府关于印发《密云区支持民宿发展的若干措施》的通知", "密云区支持民宿发展的若干措施", "2026年8月3日",
             *MEASURES.split("\n")[:2]]
    doc = parse_text(blank.join(lines) + "\n")
    assert doc.preamble == []
    assert doc.signed == "2026-08-03"
    assert "2026年8月3日" in doc.notice


def test_the_issuer_signing_the_foot_is_read_when_the_date_under_the_title_went_to_the_notice():
    lines = ["大兴区支持物流企业降本增效的若干措施", "2026年9月1日", "为降低物流企业成本，制定以下措施。", *MEASURES.split("\n")[:2],
             "北京市大兴区人民政府", "2026年9月1日"]
    for doc in _both(lines):
        assert doc.issuer == "北京市大兴区人民政府"
        assert doc.signed == "2026-09-01"
