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


def test_a_text_says_what_it_repeals_and_editions_of_one_text_match():
    from index.source.metadata import repealed_titles, same_work

    assert repealed_titles(["本条例自2011年11月1日起施行。1987年8月5日国务院发布的《城乡个体工商户管理暂行条例》同时废止。",
                            "本办法施行后，《北京市某某管理办法》（京政发〔2015〕3号）同时废止。"]) == [
        "城乡个体工商户管理暂行条例", "北京市某某管理办法"]
    assert same_work("北京市专利保护和促进条例（2013年修订）", "北京市专利保护和促进条例")
    assert same_work("保障中小企业款项支付条例（2025年修订版）", "保障中小企业款项支付条例")
    assert not same_work("个体工商户条例", "促进个体工商户发展条例")


def test_a_repealed_or_replaced_document_is_for_information_only(tmp_path):
    from datetime import date

    from index.catalog import load_catalog
    from index.build import parse_entry
    from index.facts.deadlines import EXPIRED, deadline_note, measure_status

    (tmp_path / "a.txt").write_text("北京市某某条例\n\n第一条　对企业给予补贴。\n第二条　本条例自2020年1月1日起施行。\n", encoding="utf-8")
    (tmp_path / "documents.toml").write_text('[[document]]\nid = "a"\nfile = "a.txt"\ndistrict = "北京市"\n'
                                             'status = "已被《北京市某某条例》2025年修订版取代"\n', encoding="utf-8")
    [entry] = load_catalog(tmp_path, root_is_resources=False)
    doc = parse_entry(entry)
    assert doc.status == "已被《北京市某某条例》2025年修订版取代"
    measure = {"deadlines": [], "document": {"title": doc.title, "status": doc.status}}
    assert measure_status(measure, date(2026, 12, 4)) == EXPIRED
    assert deadline_note(measure, date(2026, 12, 4)) == "文件已被《北京市某某条例》2025年修订版取代，仅供了解"


def test_the_signature_after_a_last_item_without_a_responsibility_line_is_not_that_items_text():
    """一、…（责任单位：…） … 十二、本措施自印发之日起施行… then 北京市某区人民政府办公室 / 2026年1月2日: the last
    item ended at its own words; the issuer and the date are the signature (read into issuer and signed)."""
    items = "".join(f"{n}、对小微企业给予第{n}项补贴。（责任单位：区商务局）\n" for n in "一二三")
    for signature in ("北京市某区人民政府办公室\n2026年1月2日\n", "北京市某区人民政府办公室\n二〇二六年一月二日\n"):
        doc = parse_text("某区关于支持小微企业的若干措施\n\n为支持小微企业，制定以下措施。\n" + items
                         + "四、本措施自印发之日起施行，有效期至2027年6月30日，由区商务局负责解释。\n" + signature)
        assert doc.measures[-1].text == "本措施自印发之日起施行，有效期至2027年6月30日，由区商务局负责解释。"
        assert (doc.issuer, doc.signed, doc.effective, doc.valid_until) == ("北京市某区人民政府办公室", "2026-01-02",
                                                                             "2026-01-02", "2027-06-30")


def test_the_header_under_the_title_is_read_even_glued_to_the_preamble():
    """Issuer, number and a date in Chinese numerals on lines of their own under the title (no punctuation, so
    read as one sentence with the preamble): each goes to the notice and is read; the preamble starts at 为."""
    doc = parse_text("某区关于促进夜间经济发展的实施方案\n\n北京市某区人民政府办公室\n某政办发〔2026〕7号\n二〇二六年四月八日\n\n"
                     "为繁荣夜间消费，制定本方案。\n" + BODY + "本方案自发布之日起实施。\n")
    assert (doc.issuer, doc.doc_number, doc.signed, doc.effective) == ("北京市某区人民政府办公室", "某政办发〔2026〕7号",
                                                                       "2026-04-08", "2026-04-08")
    assert doc.preamble == ["为繁荣夜间消费，制定本方案。"]
    # the issuer named in the notice's own title, an 办公室 too
    doc = parse_text("北京市某区人民政府办公室关于印发《某区关于促进夜间经济发展的实施方案》的通知\n\n各街道办事处：\n"
                     "现将《某区关于促进夜间经济发展的实施方案》印发给你们，请认真贯彻落实。\n\n"
                     "某区关于促进夜间经济发展的实施方案\n为繁荣夜间消费，制定本方案。\n" + BODY)
    assert doc.issuer == "北京市某区人民政府办公室"


def test_a_regulations_adoption_line_is_not_taken_for_a_header():
    doc = parse_text("某某条例\n\n2011年4月16日中华人民共和国国务院令第596号公布　根据2014年2月19日《国务院关于废止和修改部分"
                     "行政法规的决定》修订\n第一条　为了促进某某，制定本条例。\n第二条　本条例自2011年11月1日起施行。\n")
    assert doc.signed == "2014-02-19" and doc.doc_number == "国务院令第596号"


def test_a_responsibility_line_whose_units_carry_brackets_is_split_off():
    doc = parse_text("某区若干措施\n为支持企业，制定以下措施。\n"
                     "1.对夜间经济示范街区给予支持。（责任单位：区商务局、各街道（乡镇））\n"
                     "2.对专利质押融资给予贴息。（责任单位：区金融办、区市场监管局（区知识产权局））\n")
    assert [(m.text, m.responsible_units) for m in doc.measures] == [
        ("对夜间经济示范街区给予支持。", ["区商务局", "各街道（乡镇）"]),
        ("对专利质押融资给予贴息。", ["区金融办", "区市场监管局（区知识产权局）"])]


def test_the_documents_validity_names_its_sentence_or_the_maintainers_why(tmp_path):
    from index.build import parse_entry
    from index.catalog import CatalogEntry
    from index.records import measure_records

    source = tmp_path / "plan.txt"
    source.write_text("某区若干措施\n为支持企业，制定以下措施。\n" + BODY + "本措施自印发之日起施行，执行至2027年6月30日。\n", encoding="utf-8")
    entry = CatalogEntry(id="p", file=source, district="朝阳区", expected_measures=None, corrections=None,
                         relative_file="plan.txt", source_file=str(source))
    doc = parse_entry(entry)
    assert (doc.valid_until, doc.valid_until_basis) == ("2027-06-30", "本措施自印发之日起施行，执行至2027年6月30日。")
    record = measure_records("p", doc)[0]
    assert record["tag_basis"]["validity"] == {"2027-06-30": "本措施自印发之日起施行，执行至2027年6月30日。"}
    corrected = parse_entry(CatalogEntry(**{**entry.__dict__, "valid_until": "2026-12-31", "correction_why": "区政府提前终止"}))
    assert (corrected.valid_until, corrected.valid_until_basis) == ("2026-12-31", "维护人员更正：区政府提前终止")
