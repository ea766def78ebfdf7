"""A fee cut a business is urged to give those it serves is that business's own price, not its benefit (issue 23
item 1, "granted to a party"; review 32, P3): "鼓励餐饮企业对外卖订单配送费减半收取" was offered 可以申请 to a restaurant
once a fee named before its relief read as a 税费减免. An association's cut to its members asks membership. Wordings
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("大兴区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-fee-urged", district="大兴区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "引导住宿餐饮企业对团体预订客人服务费按九折收取。",
    "支持大型商超对入场销售农产品的供应商进场费减半收取。",
    "鼓励物业服务企业对小微商户停车费用免收三个月。",
])
def test_a_fee_cut_a_business_is_urged_to_give_is_not_its_benefit(text):
    m = annotated_measure(text, "test-fee-urged", district="大兴区")
    assert m["kind"] != "benefit", (m["kind"], m.get("kind_basis"))
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_an_associations_cut_to_its_members_asks_membership():
    r = _judge(RESTAURANT, "区餐饮行业协会对小微企业会员的年度会费减半收取。")
    assert r["status"] == MAYBE, r["reasons"]
    assert any("会员" in x for x in r["missing"]), r["missing"]


def test_guard_a_fee_cut_for_its_payer_still_reads():
    # the payer named, no one urged (2a61770's shape); a body urged to cut its fees relieves the payer
    assert _judge(SHOP, "本区个体工商户，2027年摊位费减半收取。")["status"] == ELIGIBLE
    # (the place it must do business in, inside the district, is asked: tests/test_receiver_in_a_place.py)
    r = _judge(SHOP, "在区属便民市场经营的个体工商户，2027年摊位费减半收取。")
    assert r["status"] == MAYBE and any("区属便民市场" in q["text"] for q in r.get("questions") or []), r["reasons"]
    assert _judge(SHOP, "推动区属各部门对个体工商户行政事业性收费减半收取。")["status"] != INELIGIBLE
