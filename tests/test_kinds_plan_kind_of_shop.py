"""A receiver named by a kind of shop no profile states (issue 23 item 2, "a grant whose conditions are written
elsewhere … is 需确认 with what to ask, never 可以申请 outright"): "对…的老字号门店", "对…开设的旗舰店、概念店", "对…的非遗
工坊商户" name a standing (an 认定 as 老字号, a first or flagship store, a craft) the visitor may not have. A firm named so
("对…的充电桩建设运营企业") was asked; a shop was not, because the shop noun read whole as an entity kind (门店 / X店)
and left nothing of what narrows it, so the measure was 可以申请 to every firm and 个体工商户. Wordings written for these
tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("东城区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-kind-of-shop", district="东城区")], TODAY)
    return r


@pytest.mark.parametrize("text, kind", [
    ("对租用区属国有房屋经营的中华老字号门店，2027年度房租按照评估租金的80%收取。", "中华老字号门店"),
    ("对本区品牌旗舰店、城市概念店，按照装修投入的15%给予一次性补贴，最高100万元。", "品牌旗舰店、城市概念店"),
    ("对入驻胡同文化街区的非遗工坊商户，给予每户2万元经营补贴。", "非遗工坊商户"),
])
def test_a_kind_of_shop_is_asked_not_offered_outright(text, kind):
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(kind in q for q in r["missing"]), r["missing"]


def test_the_condition_beside_the_kind_of_shop_is_asked_too():
    r = _judge(SHOP, "对在胡同街区连续经营满5年的传统手艺门店，按照年度房租的10%给予补贴。")
    assert any("传统手艺门店" in q for q in r["missing"]) and any("连续经营满5年" in q for q in r["missing"])


@pytest.mark.parametrize("text", [
    "对本区小微商户，给予每户3000元数字化改造补贴。",   # a size, nothing narrower
    "对本区个体工商户给予一次性奖励1万元。",           # (商户 inside 个体工商户 is no head)
    "对本区零售门店，给予每家5000元补贴。",             # a trade the vocabulary reads
])
def test_guard_a_plain_or_known_shop_is_not_asked(text):
    r = _judge(SHOP, text)
    assert r["status"] == ELIGIBLE, (r["status"], r["missing"])
    assert not any("本条只面向" in q for q in r["missing"])


def test_guard_a_known_kind_of_shop_stays_a_trade():
    assert _judge(SHOP, "对本区社区餐饮门店，给予每家5000元补贴。")["status"] == INELIGIBLE  # a restaurant's, not a shop's


@pytest.mark.parametrize("text", [
    # 个体商户 and 个体经营商户 are 个体工商户, nothing narrower (review 32, P8)
    "对本区个体商户，给予每户3000元线上经营补贴。",
    "对辖区内个体经营商户，给予一次性纾困补贴5000元。",
])
def test_a_sole_trader_named_otherwise_is_not_asked_its_kind(text):
    r = _judge(SHOP, text)
    assert r["status"] == ELIGIBLE, (r["status"], r["missing"])


def test_guard_a_kind_of_sole_traders_shop_is_still_asked():
    r = _judge(SHOP, "对本区非遗个体商户，给予每户3000元补贴。")
    assert r["status"] == MAYBE and any("非遗" in q for q in r["missing"]), r["missing"]
