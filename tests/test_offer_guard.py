"""The last check before a derived benefit is offered (index/facts/offer_guard.py), on sentences written for
these tests: a withheld grant or a payment route offers nothing, the receiver the main clause names decides the
entity and an elided receiver is the one named before it, and a condition in the receiver phrase is asked."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.offer_guard import guard_offers
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
MEDIUM = {**SMALL, "size": "中型", "industries": ["制造业"], "traits": ["高新技术企业"]}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["居民服务"]}


def _status(profile: dict, text: str) -> str:
    return judged(profile, text, doc_id="test-offer-guard", today=TODAY)["status"]


def test_an_individual_business_grant_with_a_long_receiver_phrase_is_not_offered_to_enterprises():
    text = ("对2026年3月1日以后在本区新登记、从事理发或者洗染服务的个体工商户，持续经营满1年且依法纳税的，给予一次性"
            "补助3000元。同一经营者注销后重新登记的，不视为新登记；企业设立的分支机构不适用本项补助。")
    assert _status(SHOP, text) == MAYBE  # its conditions are asked
    for profile in (SMALL, MEDIUM, LARGE):
        assert _status(profile, text) == INELIGIBLE


def test_a_receiver_opening_the_sentence_decides_its_size_and_the_payment_route_offers_nothing():
    text = ("本区个体工商户和小微企业2026年新招用本区失业人员，签订1年以上劳动合同的，按照每人每月300元给予用人单位"
            "岗位补贴。补贴资金拨付至用人单位账户，不直接发放给个人。")
    assert _status(SMALL, text) == MAYBE
    assert _status(SHOP, text) == MAYBE
    assert _status(MEDIUM, text) == INELIGIBLE
    assert _status(LARGE, text) == INELIGIBLE


def test_an_elided_receiver_is_the_one_named_before_it_with_its_trade():
    text = "对在上海证券交易所上市的制造业中小企业给予一次性奖励200万元，对在区域股权市场企业板挂牌的给予一次性奖励20万元。"
    assert _status(SMALL, text) == INELIGIBLE  # a restaurant is not a manufacturer
    assert _status(LARGE, text) == INELIGIBLE
    assert _status(MEDIUM, text) == MAYBE  # listed or quoted: a condition, never 可以申请 outright


def test_a_heading_that_grants_nothing_itself_is_not_an_offer_of_its_own():
    text = "奖励高新技术企业。对首次被认定为高新技术企业的给予一次性奖励20万元。"
    assert _status(MEDIUM, text) == MAYBE
    assert _status(SMALL, text) == INELIGIBLE


def test_a_condition_in_the_receiver_phrase_is_asked():
    text = "对入驻区级孵化器的科技型中小企业，按照实际租金的50%给予租金补贴。"
    micro = {**SMALL, "size": "微型", "industries": ["信息技术"], "traits": ["科技型中小企业"]}
    [r] = eligible(micro, [annotated_measure(text, "test-offer-guard")], TODAY)
    assert r["status"] == MAYBE
    assert any("入驻" in q for q in r["missing"])


def test_a_plain_grant_to_a_named_receiver_stays_eligible():
    text = "对本区小微餐饮企业，按照每户5000元给予一次性稳岗补贴。"
    assert _status(SMALL, text) == ELIGIBLE
    assert _status(LARGE, text) == INELIGIBLE


def test_a_withheld_grant_is_dropped_unless_nothing_else_is_offered():
    granted = {"basis": "对小微企业给予补贴5000元。", "line": "对小微企业给予补贴5000元。", "entity_types": ["企业"],
               "sizes": ["小型", "微型"], "industries": [], "traits": [], "situations": [], "ask": []}
    withheld = {**granted, "basis": "出租方不享受本项补贴。", "line": "出租方不享受本项补贴。", "sizes": []}
    assert guard_offers([granted, withheld]) == [granted]
    assert guard_offers([withheld]) == [withheld]  # nothing else: left to the other readings


def test_a_voucher_settled_with_the_businesses_that_take_part_is_asked_not_eligible():
    text = ("区商务局联合支付平台发放“美食节”消费券，市民领取后在餐饮门店消费时抵扣，核销资金由区级财政结算给参与的餐饮企业。"
            "拟参与的门店须于9月15日前完成签约。")
    assert _status(SMALL, text) == MAYBE


def test_a_party_list_opening_the_sentence_names_both_kinds_of_business():
    text = ("本区个体工商户和小型微型企业当年新招用高校毕业生并签订2年以上劳动合同的，按照每人5000元给予用人单位一次性补贴。")
    m = annotated_measure(text, "test-offer-guard")
    assert {e for c in m["eligibility"]["clauses"] for e in c["entity_types"]} == {"企业", "个体工商户"}
    assert _status(SHOP, text) == MAYBE


def test_a_condition_no_situation_answers_is_asked_beside_a_situation():
    # a loan names the situation 有融资需求; the first loan is a condition of its own
    text = "区级财政对中小微企业的首笔贷款按照贷款市场报价利率的50%给予贴息。"
    [r] = eligible({**SMALL, "situations": ["有融资需求"]}, [annotated_measure(text, "test-offer-guard")], TODAY)
    assert r["status"] == MAYBE
    assert any("首笔" in q for q in r["missing"])
