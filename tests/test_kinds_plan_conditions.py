"""What a district plan's measure offers must hold on documents nobody tuned for (issue 23, h-kinds13):
a measure's heading sentence ("给予…补贴。") is the title of the grant the next sentence details with its conditions,
never an offer of its own; the conditions a receiver phrase states inline (营业额…以下, 正常经营满N个月, 无严重失信记录,
首次申请 …) make the grant asked, with all of them in the question; a rent relief a landlord deducts directly (免申即享)
is the tenant's benefit; a status the grant rewards newly attaining (首次认定为专精特新…) is asked of a visitor that may
attain it. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from index.facts.measure_heading import fold_heading
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "通州区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
TECH = {**RESTAURANT, "size": "微型", "industries": ["信息技术"], "traits": ["科技型中小企业"]}


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, text, doc_id="test-plan-conditions", district=DISTRICT, today=TODAY)


HEADED = ("给予小微零售门店装修补贴。对在本区开业满2年、上年度营业额不超过500万元的小微零售企业和零售类个体工商户，"
          "按照装修费用的30%给予补贴，每家最高5万元。")


def test_a_heading_sentence_is_the_title_of_the_grant_its_next_sentence_details_not_an_offer_of_its_own():
    r = _judge(SHOP, HEADED)
    assert r["status"] == MAYBE, r["reasons"]  # (the heading alone offered it: 可以申请)
    # every condition the receiver phrase states is asked, not only the turnover read as a size bound
    assert "是否满足本条写明的条件：“在本区开业满2年、上年度营业额不超过500万元”？" in r["missing"]
    m = annotated_measure(HEADED, "test-plan-conditions", district=DISTRICT)
    clauses = m["eligibility"]["clauses"]
    assert [c["basis"][:5] for c in clauses] == ["对在本区开"]
    assert "资金补贴奖励" in clauses[0]["benefit_types"]


def test_a_heading_nothing_details_stays_and_a_first_sentence_with_a_receiver_is_no_heading():
    only = {"basis": "给予餐饮门店补贴。", "benefit_types": ["资金补贴奖励"]}
    other = {"basis": "对…，提供免费培训。", "benefit_types": ["培训服务"]}
    assert fold_heading([only, other], "给予餐饮门店补贴。对…，提供免费培训。") == [only, other]
    first = {"basis": "对小微餐饮企业给予补贴。", "benefit_types": ["资金补贴奖励"]}
    second = {"basis": "对连锁餐饮企业，给予补贴。", "benefit_types": ["资金补贴奖励"]}
    assert fold_heading([first, second], "对小微餐饮企业给予补贴。对连锁餐饮企业，给予补贴。") == [first, second]


@pytest.mark.parametrize("text, words", [
    ("对年营业额在800万元以下的餐饮企业，给予一次性补贴2万元。", "年营业额在800万元以下"),
    ("对上年度销售额不低于200万元的小微餐饮企业，按照新增投入的10%给予奖励。", "上年度销售额不低于200万元"),
    ("对无严重失信记录的小型微型餐饮企业，按照实际租金的15%给予补贴。", "无严重失信记录"),
    ("对未发生重大安全生产事故的餐饮企业，给予一次性奖励3万元。", "未发生重大安全生产事故"),
    ("对纳税信用良好的小微餐饮企业，给予贷款贴息。", "纳税信用良好"),
])
def test_a_threshold_or_a_clean_record_in_the_receiver_phrase_is_asked(text, words):
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(words in q for q in r["missing"]), r["missing"]


def test_a_receiver_phrase_without_a_condition_is_still_offered():
    assert _judge(RESTAURANT, "对本区小微餐饮企业，给予一次性补贴1万元。")["status"] == ELIGIBLE


RELIEF = ("对租用区属国有企业经营性用房从事餐饮经营的小型微型企业，2027年免除2个月房租，实行“免申即享”，"
          "由出租单位在应收房租中直接扣减。")


def test_a_rent_relief_the_landlord_deducts_directly_is_the_tenants_benefit():
    m = annotated_measure(RELIEF, "test-plan-conditions", district=DISTRICT)
    assert m["kind"] == "benefit", m["kind_basis"]  # (read as the government's work: refused to everyone)
    assert "租金减免" in m["benefit_types"]
    r = _judge(RESTAURANT, RELIEF)
    assert r["status"] == MAYBE, r["reasons"]  # asked whether it rents such premises (the taxonomy's situation)
    assert any("国有" in q for q in r["missing"]), r["missing"]
    assert _judge(LARGE, RELIEF)["status"] == INELIGIBLE


NEWLY_SPECIALISED = ("对首次获评国家级专精特新“小巨人”的企业，给予一次性奖励50万元；对首次认定为市级专精特新中小企业的，"
                     "给予一次性奖励10万元。")


def test_a_specialised_sme_status_the_grant_rewards_attaining_is_asked_of_a_tech_sme_not_of_a_large_firm():
    r = _judge(TECH, NEWLY_SPECIALISED)
    assert r["status"] == MAYBE, r["reasons"]  # (refused: it does not hold the status yet)
    assert any("专精特新" in q and "首次" in q for q in r["missing"]), r["missing"]
    assert _judge(LARGE, NEWLY_SPECIALISED)["status"] == INELIGIBLE  # an SME's status: a large firm never attains it
    # the SME status is awarded in any trade (细分市场, 研发投入, 成长性): a small restaurant is asked too
    r = _judge(RESTAURANT, NEWLY_SPECIALISED)
    assert r["status"] == MAYBE and any("专精特新" in q and "首次" in q for q in r["missing"]), r
    # a status the receiver must already hold stays required
    held = "对已认定的专精特新中小企业当年新增研发投入超过200万元的，按照新增投入的10%给予补贴。"
    assert _judge(TECH, held)["status"] == INELIGIBLE
