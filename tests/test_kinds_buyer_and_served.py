"""Whose benefit, when a measure names the businesses it serves beside the parties that serve them (issue 23: no
中小企业 benefit offered to a large enterprise). The sentences were written for these tests.

- a firm that buys or rents from others ("小微企业向…机构购买…的") is the buyer the grant is for, and the sellers
  it buys from, however many are listed, are not;
- a bare 企业 spared the cost of a service ("企业不承担…费用") is the party an earlier sentence offers that service to.
"""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE
from index.facts.kinds import blank_providers
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "丰台区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)

VOUCHER = ("发放质量提升券。小微企业从高等院校、检测中心和备案的技术服务机构购买产品检测、工艺设计服务的，"
           "可使用质量提升券抵扣服务费的40%，每家企业每年最多8万元。技术服务机构凭券结算，不是本条支持对象。")
AUDIT = ("开展免费能耗体检。区发展改革委委托第三方机构为年综合能耗较低的中小企业免费开展能耗体检，提出节能建议。"
         "体检费用由区财政承担，企业不负担体检费用。")


def _judge(profile: dict, text: str) -> str:
    return judged(profile, text, doc_id="test-buyer-served", district=DISTRICT, today=TODAY)["status"]


def test_the_buyer_is_not_blanked_the_sellers_it_buys_from_are():
    blanked = blank_providers("小微企业从高等院校、检测中心和备案的技术服务机构购买产品检测服务的，给予补贴。")
    assert blanked.startswith("小微企业从"), blanked
    assert "技术服务机构" not in blanked and "检测中心" not in blanked


def test_a_voucher_for_small_buyers_is_not_offered_to_a_large_firm():
    measure = annotated_measure(VOUCHER, "test-buyer-served", district=DISTRICT)
    assert all("大型" not in clause["sizes"] and clause["sizes"] for clause in measure["eligibility"]["clauses"]), \
        measure["eligibility"]["clauses"]
    assert _judge(LARGE, VOUCHER) == INELIGIBLE
    assert _judge(RESTAURANT, VOUCHER) != INELIGIBLE


def test_a_free_service_for_smes_is_not_offered_to_a_large_firm():
    assert _judge(LARGE, AUDIT) == INELIGIBLE
    assert _judge(RESTAURANT, AUDIT) != INELIGIBLE


# guards: what the rules must leave as it was
def test_a_firm_buying_from_smes_is_rewarded_and_the_smes_it_buys_from_are_not():
    text = "大型企业向本区中小企业和个体工商户采购零部件的，按照采购金额的3%给予奖励。"
    assert _judge(LARGE, text) != INELIGIBLE


def test_a_free_service_for_every_enterprise_stays_for_every_enterprise():
    text = ("开展免费能耗体检。区发展改革委委托第三方机构为各类企业免费开展能耗体检，提出节能建议。"
            "体检费用由区财政承担，企业不负担体检费用。")
    assert _judge(LARGE, text) != INELIGIBLE


def test_a_spared_cost_of_another_thing_than_the_service_is_not_sized_by_it():
    text = ("区经济和信息化局委托服务机构为中小企业免费开展数字化诊断。企业参加本区举办的展会的，"
            "不承担展位费用。")
    assert _judge(LARGE, text) != INELIGIBLE


def test_buyers_named_by_the_trade_they_engage_in_are_not_sellers():
    # 从事 is not "from": the shops and small firms listed after it are the buyers the grant is for
    text = "本区从事美发、洗染经营的个体工商户和小微企业首次采购线上预约软件的，按照采购金额的50%给予补贴，最高2000元。"
    assert blank_providers(text) == text
    assert _judge(LARGE, text) == INELIGIBLE
    assert _judge(SHOP, text) != INELIGIBLE


def test_a_small_tenant_renting_from_a_state_firm_is_the_one_spared_rent():
    text = "小微企业向区属国有企业租赁经营用房的，由出租方减免3个月租金，区财政对出租方不予补偿。"
    assert blank_providers(text).startswith("小微企业向"), blank_providers(text)
    assert _judge(LARGE, text) == INELIGIBLE
    assert _judge(RESTAURANT, text) != INELIGIBLE
