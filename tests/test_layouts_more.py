"""Layouts new documents arrive in beyond the corpus: responsibility lines without brackets or with lead and
supporting units, numbering by 第…条, （1）, ①, a single measure, no responsibility lines at all."""
from __future__ import annotations

import re

from index.source.parser import parse_text
from index.paths import resource
from index.source.tokens import cn_number
from tests.kit import HEAD



def _summary(text: str) -> list[tuple[int, str, str | None, str | None]]:
    return [(m.number, m.text, m.units_text, m.subsection) for m in parse_text(text).measures]


def _chaoyang() -> str:
    return resource("documents", "chaoyang-2022-stabilize-economy-draft.txt").read_text(encoding="utf-8")


def test_bare_units_line_of_its_own_leaves_the_measure_text_clean():
    reference = _summary(_chaoyang())
    variant = re.sub(r"（责任单位：([^）]*)）", r"\n责任单位：\1", _chaoyang())
    assert variant.count("\n责任单位：") == 45
    assert _summary(variant) == reference


def test_bare_units_after_the_sentence_on_the_same_line():
    doc = parse_text(HEAD + "1.对小微企业减免3个月房租。责任单位：区国资委、区财政局\n2.对个体工商户发放补贴。责任单位：区商务局\n")
    assert [(m.text, m.responsible_units) for m in doc.measures] == [
        ("对小微企业减免3个月房租。", ["区国资委", "区财政局"]),
        ("对个体工商户发放补贴。", ["区商务局"]),
    ]


def test_lead_and_supporting_units_in_half_width_brackets():
    doc = parse_text(HEAD + "1.设立纾困资金。(牵头单位：区财政局；配合单位：区发展改革委、区金融办)\n"
                            "2.减免房租。（牵头部门：区国资委）\n")
    first, second = doc.measures
    assert first.text == "设立纾困资金。"
    assert first.units_text == "牵头单位：区财政局；配合单位：区发展改革委、区金融办"
    assert first.responsible_units == ["区财政局", "区发展改革委", "区金融办"]
    assert (second.text, second.responsible_units) == ("减免房租。", ["区国资委"])


def test_bare_responsible_department_line():
    doc = parse_text(HEAD + "一、减免房租\n对小微企业减免房租。\n责任部门：区国资委\n二、发放补贴\n对个体工商户发放补贴。\n牵头部门：区商务局\n")
    assert [(m.number, m.title, m.text, m.responsible_units) for m in doc.measures] == [
        (1, "减免房租", "对小微企业减免房租。", ["区国资委"]),
        (2, "发放补贴", "对个体工商户发放补贴。", ["区商务局"]),
    ]


def test_articles_numbered_di_yi_tiao_with_chapters():
    doc = parse_text("北京市某区促进消费办法\n\n第一章　总则\n第一条　为促进消费，制定本办法。\n"
                     "第二章　支持措施\n第二条　对商户给予补贴：（一）租金补贴；（二）贷款贴息。（责任单位：区商务局）\n"
                     "第十一条　对新开门店给予奖励。（责任单位：区商务局、区财政局）\n")
    assert [(m.number, m.section, m.text) for m in doc.measures] == [
        (1, "第一章总则", "为促进消费，制定本办法。"),
        (2, "第二章支持措施", "对商户给予补贴：（一）租金补贴；（二）贷款贴息。"),
        (11, "第二章支持措施", "对新开门店给予奖励。"),
    ]


def test_parts_headed_di_yi_bu_fen_are_sections_not_text_of_the_measure_before():
    # a plan in parts 第一部分 / 第二部分 with measures "1.heading：body": the next part's heading used to be glued to
    # the end of the last measure of the part before ("…计算预留份额。第二部分强化要素保障")
    doc = parse_text(HEAD + "第一部分　推动数字化转型\n1.支持改造：对制造业企业给予补助。（责任单位：区经济和信息化局）\n"
                     "2.扩大采购份额：预留40%的份额面向中小企业。\n第二部分　强化要素保障\n"
                     "3.降低融资成本：对科技型中小企业给予贴息。（责任单位：区金融服务办）\n"
                     "第三篇　附则\n4.本措施自2026年11月1日起施行。\n")
    assert [(m.number, m.section, m.text) for m in doc.measures] == [
        (1, "第一部分推动数字化转型", "支持改造：对制造业企业给予补助。"),
        (2, "第一部分推动数字化转型", "扩大采购份额：预留40%的份额面向中小企业。"),
        (3, "第二部分强化要素保障", "降低融资成本：对科技型中小企业给予贴息。"),
        (4, "第三篇附则", "本措施自2026年11月1日起施行。"),
    ]
    # inside a sentence it is no heading
    doc = parse_text(HEAD + "1.按照本措施第二部分规定的标准给予补贴。\n2.对个体工商户发放补贴。\n")
    assert [m.text for m in doc.measures] == ["按照本措施第二部分规定的标准给予补贴。", "对个体工商户发放补贴。"]
    # nor a sentence that starts a line with it: its text stays the measure's
    doc = parse_text(HEAD + "1.优化服务：区各部门抓好落实。\n第三部分所列事项由区发展改革委牵头，每季度报送进展。\n"
                     "2.对小微企业给予贴息。\n第一篇章已经开启，各单位要抓好落实。\n")
    assert [(m.section, m.text) for m in doc.measures] == [
        (None, "优化服务：区各部门抓好落实。第三部分所列事项由区发展改革委牵头，每季度报送进展。"),
        (None, "对小微企业给予贴息。第一篇章已经开启，各单位要抓好落实。")]


def test_an_articles_own_line_of_words_is_its_title_not_glued_to_its_text():
    # "第七条　建设数字经济服务港⏎⏎区科学技术和信息化局…": glued, the text read "…服务港区科学技术和信息化局…"
    doc = parse_text(HEAD + "第一条　建设数字经济服务港\n\n区科学技术和信息化局于2026年底前建成服务港，为企业提供全流程服务。\n"
                     "第二条　对小微企业给予贴息。\n第三条　附则\n")
    assert [(m.number, m.title, m.text) for m in doc.measures] == [
        (1, "建设数字经济服务港", "区科学技术和信息化局于2026年底前建成服务港，为企业提供全流程服务。"),
        (2, None, "对小微企业给予贴息。"),
        (3, None, "附则"),  # its only words stay its text
    ]


def test_parenthesised_arabic_numbering():
    doc = parse_text(HEAD + "（1）对小微企业减免房租。（责任单位：区国资委）\n（2）对个体工商户发放补贴。（责任单位：区商务局）\n")
    assert [(m.number, m.text) for m in doc.measures] == [(1, "对小微企业减免房租。"), (2, "对个体工商户发放补贴。")]


def test_circled_numbering():
    doc = parse_text(HEAD + "①对小微企业减免房租。（责任单位：区国资委）\n②对个体工商户发放补贴。（责任单位：区商务局）\n")
    assert [(m.number, m.text, m.responsible_units) for m in doc.measures] == [
        (1, "对小微企业减免房租。", ["区国资委"]), (2, "对个体工商户发放补贴。", ["区商务局"])]


def test_sub_points_inside_a_measure_stay_its_text():
    doc = parse_text(HEAD + "1.支持范围包括：（1）小微企业；（2）个体工商户。（责任单位：区商务局）\n"
                            "2.对个体工商户发放补贴。（责任单位：区商务局）\n")
    assert [m.text for m in doc.measures] == ["支持范围包括：（1）小微企业；（2）个体工商户。", "对个体工商户发放补贴。"]


def test_a_document_with_exactly_one_measure():
    doc = parse_text(HEAD + "1.对小微企业减免3个月房屋租金。（责任单位：区国资委）\n")
    assert [(m.number, m.text, m.responsible_units) for m in doc.measures] == [
        (1, "对小微企业减免3个月房屋租金。", ["区国资委"])]


def test_a_document_without_responsibility_lines():
    doc = parse_text(HEAD + "1.对小微企业减免房租。\n2.对个体工商户发放补贴。\n本措施自印发之日起施行，有效期至2022年12月31日。\n")
    assert [(m.number, m.text, m.units_text) for m in doc.measures] == [
        (1, "对小微企业减免房租。", None), (2, "对个体工商户发放补贴。", None)]
    assert doc.closing == ["本措施自印发之日起施行，有效期至2022年12月31日。"]
    assert doc.warnings == ["全文没有找到责任单位（如“（责任单位：…）”），措施的责任单位为空。"]


def test_chinese_numbers_beyond_ninety_nine():
    assert [cn_number(t) for t in ("一", "十", "十五", "二十三", "一百", "一百零五", "一百一十二")] == [1, 10, 15, 23, 100, 105, 112]


_FORMULA = "给他人造成经济损失的，依法承担民事赔偿责任；构成犯罪的，依法追究刑事责任。"


def test_a_legal_formula_closing_two_articles_is_not_read_as_a_scrambled_source():
    """Issue 23 item 7: a regulation repeats its liability formula in two articles (and holds enumerated
    items （一）（二）); one sentence recurring is not a collection out of order, a repeated run of text is."""
    text = ("北京市某某促进条例\n\n第一章　总则\n第一条　为了促进某某，制定本条例。\n第二章　法律责任\n"
            "第二条　有下列情形之一的，责令改正：\n（一）未按规定制定制度的；\n（二）拒绝提供资料的。\n"
            f"第三条　违反本条例规定，弄虚作假的，没收违法所得。{_FORMULA}\n"
            f"第四条　服务机构违反本条例规定，欺骗当事人的，处以罚款。{_FORMULA}\n"
            "第五条　本条例自2020年1月1日起施行。\n")
    doc = parse_text(text)
    assert not doc.scrambled
    assert not any("原文顺序混乱" in w for w in doc.warnings)
    assert [m.number for m in doc.measures] == [1, 2, 3, 4, 5]
    assert doc.measures[1].text == "有下列情形之一的，责令改正：（一）未按规定制定制度的；（二）拒绝提供资料的。"
    assert doc.measures[3].text.endswith(_FORMULA)
    # a run of two sentences repeated is still a collection out of order
    repeated = text.replace("第五条　本条例自2020年1月1日起施行。\n",
                            f"第五条　服务机构违反本条例规定，欺骗当事人的，处以罚款。{_FORMULA}\n第六条　本条例自2020年1月1日起施行。\n")
    assert parse_text(repeated).scrambled


def test_the_regulation_with_enumerated_items_reads_to_its_45_articles():
    import os
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parent.parent
    folder = Path(os.environ.get("POLICY_BROWSER_REALDOCS", root.parent / "shared" / "realdocs"))
    files = sorted(folder.glob("北京市促进科技成果转化条例*.md"))
    if not files:
        pytest.skip("the real regulations are not on this machine")
    doc = parse_text(files[0].read_text(encoding="utf-8"))
    assert not doc.scrambled
    assert [m.number for m in doc.measures] == list(range(1, 46))
    assert doc.measures[40].text.endswith("公示科技成果转化奖励和报酬情况的。")


def test_measures_numbered_afresh_under_each_part_are_read_in_order():
    """（一）（二） restarting under each 一、 (Word's multilevel lists do it) is not a source out of order:
    the measures are numbered 1…N in reading order, with a warning; a real step back still is."""
    text = (HEAD + "一、降低成本\n（一）给予房租补贴。（责任单位：区商务局）\n（二）给予贷款贴息。（责任单位：区金融办）\n"
            "二、开拓市场\n（一）给予展位费补贴。（责任单位：区商务局）\n（二）给予人才补贴。（责任单位：区人才局）\n"
            "（三）给予上市奖励。（责任单位：区金融办）\n")
    doc = parse_text(text)
    assert not doc.scrambled
    assert [(m.number, m.section, m.text) for m in doc.measures] == [
        (1, "一、降低成本", "给予房租补贴。"), (2, "一、降低成本", "给予贷款贴息。"), (3, "二、开拓市场", "给予展位费补贴。"),
        (4, "二、开拓市场", "给予人才补贴。"), (5, "二、开拓市场", "给予上市奖励。")]
    assert any("各部分内各自从头编起" in w for w in doc.warnings)
    stepped_back = text.replace("（三）给予上市奖励", "（一）给予上市奖励")
    assert parse_text(stepped_back).scrambled


def test_a_regulation_of_articles_is_not_warned_for_having_no_responsible_units():
    """A regulation names no 责任单位 per article: importing one warned "全文没有找到责任单位" every time."""
    doc = parse_text("北京市促进小店发展条例\n第一条 为了促进小店发展，制定本条例。\n第二条 对小型微型企业减免房屋租金。\n"
                     "第三条 本条例自2021年1月1日起施行。\n")
    assert [m.number for m in doc.measures] == [1, 2, 3]
    assert not any("责任单位" in w for w in doc.warnings)


def test_an_article_heading_typed_with_the_look_alike_zhu_is_an_article():
    # 笫 for 第: a frequent typo of copied legal texts; the article is read, and labelled 第…条
    doc = parse_text("北京市某区支持商贸企业若干规定\n\n第一条　为支持商贸企业发展，制定本规定。\n"
                     "笫二条　对新设门店的商贸企业给予一次性补贴。（责任单位：区商务局）\n"
                     "第三条　对年销售额增长的商贸企业给予奖励。（责任单位：区商务局）\n")
    assert [(m.number, m.text) for m in doc.measures] == [
        (1, "为支持商贸企业发展，制定本规定。"),
        (2, "对新设门店的商贸企业给予一次性补贴。"),
        (3, "对年销售额增长的商贸企业给予奖励。"),
    ]
    assert "笫二条" not in doc.measures[0].text + doc.measures[1].text
