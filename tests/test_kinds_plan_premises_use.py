"""The trades premises are let for are the tenant's trades (issue 23 item 3, "whose benefit"): "区属国有企业出租给个体工商户
用于早餐经营、蔬菜零售的临街铺面，…减免租金" is for tenants in those trades. Each item of the list is a trade, named after
its goods ("蔬菜零售", "水果零售") or its public ("便民餐饮") as often as bare; only an item the vocabulary read whole
("早餐经营") narrowed the grant, so a shop of the other trade was told 不适用. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("西城区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-premises-use", district="西城区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "区属国有企业出租给个体工商户用于早餐经营、蔬菜零售的临街铺面，2027年度减免2个月租金。",
    "区属国有企业出租给小微企业和个体工商户用于快餐店、水果零售的商铺，2027年度租金减半收取。",
    "街道集体经济组织出租给个体工商户用于小吃店和干鲜果品零售的门面，减免3个月租金。",
])
def test_each_trade_the_premises_are_let_for_is_the_tenants(text):
    r = _judge(SHOP, text)
    assert r["status"] != INELIGIBLE, r["reasons"]
    assert any("批发零售" in x for x in r["reasons"]), r["reasons"]


def test_a_trade_the_premises_are_not_let_for_is_not_the_tenants():
    text = "区属国有企业出租给小微企业和个体工商户用于水果零售的商铺，2027年度减免2个月租金。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_guard_premises_let_for_no_trade_narrow_nothing():
    r = _judge(RESTAURANT, "区属国有企业出租给小微企业用于日常办公的用房，2027年度减免2个月租金。")
    assert r["status"] != INELIGIBLE, r["reasons"]
    # the goods before a trade are no trade of their own where no premises are let ("从事服装零售的…" stays asked)
    r = _judge(SHOP, "对从事服装零售的个体工商户，给予每户3000元补贴。")
    assert any("服装零售" in q for q in r["missing"]), r["missing"]


@pytest.mark.parametrize("text", [
    # the reviewer's probe (review 32, remaining gap after 4ba264a)
    "对承租区属国有企业用于便民零售的临街商铺的个体工商户，减免3个月租金。",
    # own wordings: the landlord named before what its premises are used for
    "对租用市属国有企业用于水果零售的门面房的个体工商户，免收2个月租金。",
    "对租赁区属国有企业用于蔬菜零售、便民早餐的经营用房的个体工商户，2027年度租金减半收取。",
])
def test_the_landlord_before_what_its_premises_are_used_for_is_not_the_tenants_trait(text):
    r = _judge(SHOP, text)
    assert r["status"] != INELIGIBLE, r["reasons"]
    assert "国有企业" not in "".join(r["reasons"]), r["reasons"]


def test_guard_premises_a_firm_uses_itself_name_the_receiver():
    # no renting before it: the firm named is the one whose premises are meant, the receiver
    text = "对国有企业用于生产经营的自有厂房，按规定减征房产税。"
    maker = {**LARGE, "size": "中型"}
    r = _judge(maker, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert "国有企业" in "".join(r["reasons"]), r["reasons"]
