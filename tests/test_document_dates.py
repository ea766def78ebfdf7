"""A document's title, date, number and period come from its own text (issue 23 item 5)."""
from __future__ import annotations

from index.source.parser import parse_text

BODY = "一、支持措施\n1.对小微企业给予房租补贴。\n2.对新开业门店给予奖励。\n"


def test_a_title_glued_to_the_preamble_is_split():
    doc = parse_text("朝阳区关于促进餐饮零售业加快恢复发展的若干措施\n为进一步稳定市场主体、促进消费恢复，制定以下措施。\n" + BODY)
    assert doc.title == "朝阳区关于促进餐饮零售业加快恢复发展的若干措施"
    assert doc.preamble == ["为进一步稳定市场主体、促进消费恢复，制定以下措施。"]


def test_a_title_without_a_preamble_opener_is_left_whole():
    doc = parse_text("某区关于支持企业发展若干措施的补充说明。\n" + BODY)
    assert doc.title == "某区关于支持企业发展若干措施的补充说明。"


def test_the_date_under_the_issuer_in_arabic_or_chinese_numerals():
    closing = "本措施自印发之日起施行，有效期至2027年6月30日。\n北京市朝阳区人民政府办公室\n2026年6月20日\n"
    doc = parse_text("朝阳区关于支持小微企业的若干措施\n\n为支持小微企业，制定以下措施。\n" + BODY + closing)
    assert (doc.signed, doc.issuer, doc.effective, doc.valid_until) == ("2026-06-20", "北京市朝阳区人民政府办公室",
                                                                         "2026-06-20", "2027-06-30")
    doc = parse_text("海淀区关于支持小微企业的若干措施\n\n为支持小微企业，制定以下措施。\n" + BODY
                     + "本措施自2026年4月1日起施行，有效期两年。\n北京市海淀区经济和信息化局\n二〇二六年三月十五日\n")
    assert (doc.signed, doc.issuer, doc.effective, doc.valid_until) == ("2026-03-15", "北京市海淀区经济和信息化局",
                                                                         "2026-04-01", "2028-03-31")


def test_a_regulation_reads_its_adoption_date_and_entry_into_force():
    doc = parse_text("北京市某某条例\n\n2005年5月20日北京市第十二届人民代表大会常务委员会第二十次会议通过\n"
                     "2013年9月27日北京市第十四届人民代表大会常务委员会第六次会议修订\n"
                     "第一条　为了促进某某，制定本条例。\n第二条　本条例自2014年3月1日起施行。\n")
    assert (doc.signed, doc.effective, doc.valid_until) == ("2013-09-27", "2014-03-01", None)
    assert doc.effective_basis == "本条例自2014年3月1日起施行。"


def test_a_document_number_in_any_bracket_glued_to_the_preamble():
    doc = parse_text("通州区关于促进文化旅游消费的实施方案\n\n京通政办发[2026]3号\n\n为促进消费，制定本方案。\n" + BODY)
    assert doc.doc_number == "京通政办发[2026]3号"
    assert doc.preamble == ["为促进消费，制定本方案。"]
    doc = parse_text("个体工商户条例\n\n2011年4月16日中华人民共和国国务院令第596号公布\n第一条　为了保护个体工商户的合法权益，制定本条例。\n"
                     "第二条　本条例自2011年11月1日起施行。\n")
    assert doc.doc_number == "国务院令第596号"
    assert doc.signed == "2011-04-16"
