"""A short name a document gives its parties (issue 23, "whose benefit"): "对本区中小微企业和个体工商户（以下统称经营主体）…"
makes 经营主体 mean exactly those parties from there on, in the same measure and in the measures after it, so a large
enterprise is not offered what the text gives its 经营主体; the same for 以下简称 / 以下称 / 统称为 / 所称…是指 of any
receiver term. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.definitions import defined_terms, expanded
from index.facts.eligibility import INELIGIBLE, eligible
from index.records import measure_records
from index.source.parser import parse_text

TODAY = date(2026, 12, 4)
DISTRICT = "延庆区"
SMALL = {"district": DISTRICT, "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}


def _plan(*measures: str) -> dict[int, dict]:
    """The records of a plan of `measures` (numbered 一、二、…), as the build makes them."""
    numbers = "一二三四五六七八九十"
    body = "\n\n".join(f"{numbers[i]}、{text}" for i, text in enumerate(measures))
    raw = ("延庆区关于支持商贸服务业经营主体纾困发展的若干措施\n\n为稳定商贸服务业经营主体预期，结合本区实际，制定以下措施。\n\n"
           f"{body}\n\n延庆区商务局\n2026年3月1日\n")
    doc = parse_text(raw, district=DISTRICT)
    return {r["number"]: r for r in measure_records("test-defined-terms", doc)}


def _status(profile: dict, measure: dict) -> str:
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


def test_the_definitions_a_text_gives_in_its_usual_wordings():
    assert defined_terms("对本区中小微企业和个体工商户（以下统称经营主体）新获得的贷款给予贴息。") == \
        [("经营主体", "中小微企业和个体工商户")]
    assert defined_terms("支持在本区登记的小型微型企业（以下简称“小微企业”）吸纳就业。") == \
        [("小微企业", "在本区登记的小型微型企业")]
    assert defined_terms("科技型中小企业、专精特新中小企业（下称企业）") == [("企业", "科技型中小企业、专精特新中小企业")]
    assert defined_terms("本措施所称市场主体，是指在本区注册的小微企业和个体工商户。") == \
        [("市场主体", "在本区注册的小微企业和个体工商户")]
    assert defined_terms("小型微型企业和个体工商户统称为小微主体。") == [("小微主体", "小型微型企业和个体工商户")]
    # a short name of a document or of a body names no party the way a receiver is named
    assert defined_terms("依据《北京市促进中小企业发展条例》（以下简称《条例》）制定。") == []


def test_a_short_name_is_read_only_where_it_stands_as_a_name_of_its_own():
    terms = [("企业", "小型微型企业")]
    assert expanded("本区企业可以申请", terms) == "本区小型微型企业可以申请"
    assert expanded("大型企业、国有企业不享受", terms) == "大型企业、国有企业不享受"
    assert expanded("经营主体", [("经营主体", "中小微企业和个体工商户")]) == "中小微企业和个体工商户"
    assert expanded("农业经营主体", [("经营主体", "中小微企业和个体工商户")]) == "农业经营主体"
    # narrowed by a trade, it is still the defined parties, of that trade
    assert expanded("餐饮经营主体", [("经营主体", "中小微企业和个体工商户")]) == "餐饮中小微企业和个体工商户"


def test_the_defining_measure_is_for_the_parties_named_in_full_not_every_business():
    records = _plan("开展贷款贴息。对本区中小微企业和个体工商户（以下统称经营主体）2026年内新获得的500万元以下经营贷款，"
                    "按照贷款利息的40%给予贴息。")
    first = records[1]
    assert first["sizes"] == ["中型", "小型", "微型"], first["eligibility"]["clauses"]
    assert _status(LARGE, first) == INELIGIBLE
    assert _status(SMALL, first) != INELIGIBLE and _status(SHOP, first) != INELIGIBLE


def test_a_later_measure_naming_the_short_name_is_for_the_parties_it_stands_for():
    records = _plan(
        "减免房屋租金。在本区承租非国有房屋的小型微型企业和个体工商户（以下简称小微主体），按照月租金的10%给予补贴。",
        "补贴担保费用。区融资担保公司为小微主体提供贷款担保的，担保费由区财政全额承担，小微主体无需缴纳担保费。",
        "实行包容审慎监管。经营主体首次发生轻微违法行为并及时改正的，不予行政处罚。")
    second = records[2]
    assert second["kind"] == "benefit"
    assert set(second["entity_types"]) == {"企业", "个体工商户"} and second["sizes"] == ["小型", "微型"]
    assert _status(LARGE, second) == INELIGIBLE
    assert _status(SMALL, second) != INELIGIBLE and _status(SHOP, second) != INELIGIBLE
    # a party the text never gave a short name keeps its own meaning (经营主体 here is every business)
    third = records[3]
    assert third["kind"] == "right" and _status(LARGE, third) != INELIGIBLE


def test_a_right_of_a_later_measure_given_to_the_short_name_is_not_the_large_firms():
    records = _plan(
        "支持首贷。对本区中小企业和个体工商户（以下统称经营主体）首次获得的银行贷款，给予贴息。",
        "实行首违不罚。经营主体首次发生清单所列轻微违法行为，危害后果轻微并及时改正的，依法不予行政处罚。")
    second = records[2]
    assert second["kind"] == "right"
    assert _status(LARGE, second) == INELIGIBLE
    assert _status(SMALL, second) != INELIGIBLE and _status(SHOP, second) != INELIGIBLE


def test_a_definition_stated_as_what_the_text_means_by_the_word():
    records = _plan("本措施所称市场主体，是指在本区注册的小微企业和个体工商户。",
                    "奖励吸纳就业。市场主体新招用本区户籍劳动力并签订1年以上劳动合同的，每人给予一次性补贴3000元。")
    second = records[2]
    assert second["kind"] == "benefit"
    assert _status(LARGE, second) == INELIGIBLE
    assert _status(SHOP, second) != INELIGIBLE


def test_only_short_names_of_parties_defined_by_words_of_their_own_are_read():
    # a body ("登记机关"), and a party defined by the items of a list, are not read as words to put in its place
    assert defined_terms("本条例所称登记机关，是指县级以上地方人民政府承担市场主体登记工作的部门。") == []
    assert defined_terms("本条例所称市场主体，是指以营利为目的从事经营活动的下列自然人、法人及非法人组织：") == []


def test_a_name_that_reads_a_status_the_definition_does_not_keeps_its_own_reading():
    # "专精特新中小企业" defined as "经…认定并在有效期内的企业": the name says the status and the size, the words do not
    records = _plan("本措施所称专精特新中小企业，是指经市经济和信息化局认定并在有效期内的企业。",
                    "奖励专精特新企业。对首次被认定为专精特新中小企业的，给予一次性奖励20万元。")
    second = records[2]
    assert second["sizes"] == ["中型", "小型", "微型"], second["eligibility"]["clauses"]
    assert _status(LARGE, second) == INELIGIBLE


def test_a_short_name_given_in_the_preamble_holds_for_every_measure():
    raw = ("延庆区关于支持小微经营主体发展的若干措施\n\n为支持本区小型微型企业和个体工商户（以下统称经营主体）稳定经营，"
           "结合本区实际，制定以下措施。\n\n一、补贴用工。经营主体新招用本区户籍劳动力的，每人给予一次性补贴2000元。\n\n"
           "二、附则。本措施自印发之日起施行。\n\n延庆区商务局\n2026年3月1日\n")
    doc = parse_text(raw, district=DISTRICT)
    assert doc.preamble
    first = {r["number"]: r for r in measure_records("test-defined-terms", doc)}[1]
    assert first["kind"] == "benefit"
    assert _status(LARGE, first) == INELIGIBLE
    assert _status(SHOP, first) != INELIGIBLE


def test_a_condition_in_the_definition_is_asked_where_the_short_name_receives():
    records = _plan("支持稳岗。对在本区连续经营满1年的小型微型企业（以下简称小微主体）不裁员的，给予稳岗补贴。",
                    "补贴用工。小微主体新招用本区户籍劳动力的，每人给予一次性补贴2000元。")
    [clause] = records[2]["eligibility"]["clauses"]
    assert any("连续经营满1年" in q for q in clause["ask"]), clause["ask"]
    assert _status(SMALL, records[2]) == "maybe"
