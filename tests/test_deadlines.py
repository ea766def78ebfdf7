"""Amounts and deadlines are quoted from the text; status is judged against a given date."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.deadlines import EXPIRED, UNKNOWN, VALID, document_year, extract_amounts, extract_deadlines, measure_status


@pytest.mark.parametrize("text, expected", [
    ("养老、失业、工伤保险费缓缴期限至2022年底，缓缴期间免收滞纳金。", ["2022-12-31"]),
    ("对购置日期在2022年6月1日至12月31日期间内且单车价格不超过30万元的乘用车", ["2022-12-31"]),
    ("延续实施1%的失业保险费率政策到2023年4月30日。", ["2023-04-30"]),
    ("缓缴期限为2022年4月至12月。", ["2022-12-31"]),
    ("2022年底前对报废或转出本市注册登记在本人名下1年以上的乘用车", ["2022-12-31"]),
    ("从2022年4月1日起，将先进制造业按月全额退还增值税增量留抵税额政策范围扩大", []),
])
def test_deadlines(text, expected):
    assert extract_deadlines(text, 2022) == expected


def test_yearless_date_needs_a_year():
    assert extract_deadlines("至6月30日", None) == []
    assert extract_deadlines("至6月30日", 2023) == ["2023-06-30"]


@pytest.mark.parametrize("text, target", [
    ("确保6月30日前符合条件的企业存量留抵税额“应退尽退”。", "2022-06-30"),
    ("6月底前“应付尽付”", "2022-06-30"),
    ("确有支付困难的6月30日前明确还款计划", "2022-06-30"),
    ("确保…等3个项目8月底前专项债券资金基本使用到位", "2022-08-31"),
])
def test_a_date_by_which_one_part_is_done_is_a_target_not_the_end(text, target):
    """Audit §4: CY1/PG1/CP1 (stock refunds), CY13/PG12/CP17 (还款计划), CY31 (专项债券) are not their measure's end."""
    from index.facts.deadlines import extract_targets

    assert extract_deadlines(text, 2022) == []
    assert extract_targets(text, 2022) == [target]


@pytest.mark.parametrize("text", [
    "鼓励对受疫情影响较大的服务业小微企业2022年新申请的银行贷款由政府性融资担保机构提供担保的",
    "支持区内政府性融资担保机构对2022年度新增小微企业融资担保业务",
    "2022年发生担保代偿的，按照代偿贷款本金部分的50%给予风险补偿",
    "对平台企业2022年6月减免的暂停堂食餐饮商户相关费用予以补贴",
])
def test_year_scoped_benefits_end_with_the_year(text):
    """Audit §4: PG8 (2022年新申请…, 2022年度新增), CP11 (2022年发生担保代偿), CP50 (2022年6月减免的…)."""
    assert extract_deadlines(text, 2022) == ["2022-12-31"]


@pytest.mark.parametrize("text, wanted", [
    ("按减免金额的30%给予奖励，最高不超过100万元。", ["按减免金额的30%", "最高不超过100万元"]),
    ("2022年对承租区内各类国有房屋的服务业小微企业和个体工商户减免6个月房屋租金。", ["减免6个月房屋租金"]),
    ("由政府性融资担保机构提供担保的，按0.5%的费率收取担保费", ["按0.5%的费率"]),
    ("市级给予每人1500元一次性扩岗补助", ["每人1500元"]),
])
def test_amounts_are_quoted(text, wanted):
    amounts = extract_amounts(text)
    assert amounts == wanted
    assert all(a in text for a in amounts)


def test_thresholds_are_not_amounts():
    text = "200万元以上的货物和服务采购项目、400万元以上的工程采购项目中适宜由中小企业提供的"
    assert extract_amounts(text) == []


def test_status_against_a_date():
    measure = {"deadlines": ["2022-06-30", "2022-12-31"], "valid_until": "2022-12-31"}
    assert measure_status(measure, date(2022, 7, 1)) == VALID
    assert measure_status(measure, date(2023, 1, 1)) == EXPIRED
    assert measure_status({"deadlines": [], "valid_until": "2022-12-31"}, date(2022, 1, 1)) == VALID
    assert measure_status({"deadlines": [], "valid_until": None, "document": {"valid_until": None}}, date(2022, 1, 1)) == UNKNOWN
    # the rules never read the clock: the app passes its today (issue 23)
    with pytest.raises(TypeError):
        measure_status(measure)


def test_document_year():
    assert document_year({"document": {"id": "chaoyang-2022", "valid_until": None}}) == 2022
    assert document_year({"document": {"published": "2021-05-01"}}) == 2021


def test_corpus_deadlines_and_amounts(data_dir):
    from index.store import Store

    measures = {m["id"]: m for m in Store(data_dir).measures()}
    assert measures["chaoyang-2022/2"]["deadlines"] == ["2022-12-31"]
    assert measures["chaoyang-2022/1"]["deadlines"] == []  # 6/30 closes the stock refunds only
    assert measures["chaoyang-2022/1"]["eligibility"]["clauses"][0]["targets"] == ["2022-06-30"]
    for measure_id in ("pinggu-2022/1", "changping-2022/1", "chaoyang-2022/13", "pinggu-2022/12", "changping-2022/17",
                       "chaoyang-2022/31"):
        assert measures[measure_id]["deadlines"] == [], measure_id
    assert measures["pinggu-2022/8"]["deadlines"] == ["2022-12-31"]
    assert measures["changping-2022/11"]["deadlines"] == ["2022-12-31"]
    assert measures["beijing-2022-manufacturing/7"]["deadlines"] == ["2022-12-31", "2023-04-30"]
    assert "减免6个月房屋租金" in measures["chaoyang-2022/4"]["amounts"]
    assert "最高不超过100万元" in measures["chaoyang-2022/4"]["amounts"]
    assert "按0.5%的费率" in measures["chaoyang-2022/8"]["amounts"]
    assert "每人1500元" in measures["chaoyang-2022/39"]["amounts"]
    assert "减免3个月房屋租金" in measures["pinggu-2022/4"]["amounts"]
    for m in measures.values():
        assert all(a in m["text"] for a in m["amounts"]), m["id"]
        # every measure of these 2022 documents has expired by 2024
        assert measure_status(m, date(2024, 1, 1)) in (EXPIRED, UNKNOWN)
    assert measure_status(measures["chaoyang-2022/4"], date(2022, 6, 1)) == VALID


def test_a_benefit_scoped_to_a_year_ends_with_that_year():
    from index.facts.deadlines import extract_deadlines

    text = "2022年对承租区内各类国有产权房屋的在区注册或在区纳税中小微企业和个体工商户减免3个月房屋租金。"
    assert extract_deadlines(text, 2022) == ["2022-12-31"]
    assert extract_deadlines("今明两年本区国有企业招用高校毕业生实现一定比例的增长。", 2022) == []


def test_a_date_that_does_not_exist_is_not_a_deadline():
    from index.facts.deadlines import measure_status
    from index.source.metadata import iso

    assert iso("2022", "2", "30") is None
    assert measure_status({"deadlines": ["2022-02-30"]}, date(2022, 1, 1)) == "未注明期限"


def test_the_deadline_note_says_whose_date_it_is():
    from datetime import date

    from index.facts.deadlines import deadline_note

    today = date(2022, 7, 1)
    assert deadline_note({"deadlines": ["2022-06-30"]}, today) == "本条期限至2022-06-30，已过期：不能再承诺办理，仅供了解"
    assert deadline_note({"deadlines": [], "valid_until": "2022-12-31"}, today) == "文件有效期至2022-12-31，目前有效"
    assert deadline_note({"deadlines": []}, today) == "原文未注明期限，请向责任单位确认是否仍在执行"


# ───────────────────────────── issue 23: the ways official texts write time ─────────────────────────────

@pytest.mark.parametrize("text, ends", [
    ("申报截止时间为2026年6月30日。", ["2026-06-30"]),
    ("申请截止时间为2027年3月31日。", ["2027-03-31"]),
    ("截止日期：2026年11月30日。", ["2026-11-30"]),
    ("受理时间截至二〇二六年八月三十一日。", ["2026-08-31"]),
    ("企业须于2027年1月15日前完成报名。", ["2027-01-15"]),
    ("符合条件的企业于2027年9月30日前申报。", ["2027-09-30"]),
    ("2026年12月31日前向区商务局提出申请。", ["2026-12-31"]),
    ("消费券使用期限至2026年9月30日止。", ["2026-09-30"]),
    ("贴息期限自2026年1月1日起至2026年12月31日止。", ["2026-12-31"]),
    ("政策执行至2027年底。", ["2027-12-31"]),
    ("申报时间为2026年10月8日—11月20日。", ["2026-11-20"]),
    ("对2026年度新增的专精特新企业给予奖励。", ["2026-12-31"]),
    ("有需求的企业年底前申报。", ["2026-12-31"]),
    ("企业应在上半年完成申报。", ["2026-06-30"]),
    ("本措施自2026年7月1日起施行，有效期2年。", ["2028-06-30"]),
    ("本方案自发布之日起实施，有效期三年。", ["2029-03-14"]),
    ("本条自发布之日起1年内有效。", ["2027-03-14"]),
    ("於二〇二六年十二月三十一日前提交申请材料。".replace("於", "于"), ["2026-12-31"]),
    ("申报时间：２０２６年５月１日至６月３０日。", ["2026-06-30"]),
])
def test_the_ways_texts_write_an_end(text, ends):
    assert extract_deadlines(text, 2026, "2026-03-15") == ends


@pytest.mark.parametrize("text", [
    "对2025年度营业收入首次突破1亿元的企业给予奖励。",  # the year of a figure, not of the benefit
    "对2025年度认定的专精特新企业给予奖励。",
    "应当自收到发票之日起30日内支付款项。",  # a payment term, not a date
    "在营业执照有效期内，有关行政机关依法吊销行政许可的。",
    "有效期自动顺延。",
])
def test_what_is_not_an_end(text):
    assert extract_deadlines(text, 2026, "2026-03-15") == []


def test_starts_and_the_sentence_of_each_date():
    from index.facts.deadlines import extract_starts, time_basis

    assert extract_starts("本条例自二〇二七年一月一日起施行。", None) == ["2027-01-01"]
    assert extract_starts("从2022年4月1日起，将先进制造业按月全额退还增值税增量留抵税额政策范围扩大", 2022) == ["2022-04-01"]
    text = "对新开业门店给予补贴。申报截止时间为2026年6月30日。自2026年7月1日起，标准提高至5万元。"
    assert time_basis(text, 2026) == {"deadlines": {"2026-06-30": "申报截止时间为2026年6月30日。"},
                                      "starts": {"2026-07-01": "自2026年7月1日起，标准提高至5万元。"}}


def test_a_regulation_in_force_without_expiry_and_one_not_yet_in_force():
    from index.facts.deadlines import NOT_YET, deadline_note

    regulation = {"deadlines": [], "valid_until": None, "tag_basis": {"effective": {"2020-01-01": "本条例自2020年1月1日起施行。"}},
                  "document": {"id": "x", "title": "北京市促进科技成果转化条例", "signed": "2019-11-27"}}
    assert measure_status(regulation, date(2026, 12, 4)) == VALID
    assert deadline_note(regulation, date(2026, 12, 4)) == "现行有效：自2020-01-01起施行，未规定有效期，被修订或废止前一直有效"
    assert measure_status(regulation, date(2019, 12, 1)) == NOT_YET
    assert deadline_note(regulation, date(2019, 12, 1)) == "自2020-01-01起施行，目前尚未施行：施行后才能办理"
    repealed = {**regulation, "document": {**regulation["document"], "status": "已废止"}}
    assert measure_status(repealed, date(2026, 12, 4)) == EXPIRED
    # a plan that states no end: 未注明期限, and once its year is over the note asks to confirm it
    plan = {"deadlines": [], "valid_until": None, "document": {"id": "p", "title": "某区若干措施", "signed": "2022-06-10"}}
    assert measure_status(plan, date(2026, 12, 4)) == UNKNOWN
    assert deadline_note(plan, date(2026, 12, 4)) == "文件印发于2022年，未写期限，请向责任单位确认是否仍在执行"
    assert deadline_note(plan, date(2022, 7, 1)) == "原文未注明期限，请向责任单位确认是否仍在执行"


def test_bundled_plans_without_an_end_are_not_offered_outright_in_december_2026(data_dir):
    from index.facts.eligibility import ELIGIBLE, eligible, ordered
    from index.store import Store

    measures = Store(data_dir).measures()
    profile = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
               "situations": [], "confirmed": {}}
    results = ordered(profile, eligible(profile, measures, date(2026, 12, 4)))
    assert [r["id"] for r in results if r["group"] == ELIGIBLE] == []
    unknown = [r for r in results if r["deadline_status"] == UNKNOWN and r["status"] != "ineligible"]
    assert unknown and all(r["deadline_note"] == "文件印发于2022年，未写期限，请向责任单位确认是否仍在执行" for r in unknown)


def test_a_window_every_year_is_not_an_end():
    assert extract_deadlines("个体工商户应当于每年1月1日至6月30日，向登记机关报送年度报告。", 2014) == []
    assert extract_deadlines("申报时间为每年3月，截止时间为2026年3月31日。", 2026) == ["2026-03-31"]


@pytest.mark.parametrize("text, ends", [
    ("申报工作于2026年6月30日截止。", ["2026-06-30"]),
    ("请于2026年7月15日前将申报材料报送区商务局，逾期不予受理。", ["2026-07-15"]),
    ("2026年6月30日（含）前提交申请。", ["2026-06-30"]),
    ("本政策2027年12月31日到期。", ["2027-12-31"]),
])
def test_more_ways_to_write_an_end(text, ends):
    assert extract_deadlines(text, 2026) == ends


def test_a_date_a_business_must_qualify_by_ends_the_measure_unless_it_was_past_when_issued():
    """对…前签订合同的: contracts signed until then qualify, so a newcomer cannot after it (the measure's end);
    in a text issued after that date it is a condition on who, not an end (changed on purpose: before, it was
    never an end, so a 2026 plan's "对2026年12月31日前获得…受理的企业" showed no end at all)."""
    text = "对2026年6月30日前签订租赁合同的给予补贴。"
    assert extract_deadlines(text, 2026, "2026-03-15") == ["2026-06-30"]
    assert extract_deadlines(text, 2026, "2026-08-01") == []
