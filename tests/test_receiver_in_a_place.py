"""A receiver named by the place it does business in, inside a district ("在区属农贸市场经营的个体工商户", "…综合体内的
小微商户"): the place is a condition no profile states, asked with the whole receiver phrase (需确认), never 可以申请
outright (review: a "区属农贸市场" not asked about). Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("通州区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-receiver-place", district="通州区")], TODAY)
    return r


@pytest.mark.parametrize("text, phrase", [
    ("在区属便民菜市场内经营的个体工商户，2027年度摊位费全额免收。", "在区属便民菜市场内经营的个体工商户"),
    ("位于运河商圈的个体工商户，2027年度给予每户3000元经营补贴。", "位于运河商圈的个体工商户"),
    ("对老城区特色街区内的个体工商户，2027年度给予门头改造补贴，每户最高1万元。", "老城区特色街区内的个体工商户"),
])
def test_the_place_of_business_is_asked_with_the_receiver_phrase(text, phrase):
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(phrase in q["text"] for q in r.get("questions") or []), r.get("questions")


def test_guard_a_district_alone_is_read_not_asked():
    r = _judge(SHOP, "在本区注册经营的个体工商户，2027年度给予每户3000元经营补贴。")
    assert r["status"] == ELIGIBLE, r["reasons"]


def test_guard_a_party_excluded_in_the_place_asks_nothing_of_it():
    text = "对楼宇运营单位引进企业的，2027年度按照每家5万元给予奖励，楼宇内的入驻企业不另行享受本项奖励。"
    r = _judge(RESTAURANT, text)
    assert not any("楼宇内的入驻企业" in q["text"] for q in r.get("questions") or []), r.get("questions")


# Whatever the receiver does in the place is read by the shape 在 + place (+ 内) + act + 的 + receiver, not by a list of verbs
# (review 34 B6); a grant withheld in the next clause asks nothing (B5). Wordings written for these tests.
@pytest.mark.parametrize("text, phrase", [
    ("在区内甲级写字楼宇内办公的小微企业，2027年度按照租金的20%给予补贴。", "在区内甲级写字楼宇内办公的小微企业"),
    ("在运河夜市里售卖小吃的个体工商户，2027年度给予每户2000元摊位补贴。", "在运河夜市里售卖小吃的个体工商户"),
])
def test_any_act_in_the_place_is_asked(text, phrase):
    profile = RESTAURANT if "企业" in phrase else SHOP
    r = _judge(profile, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(phrase in q["text"] for q in r.get("questions") or []), r.get("questions")


def test_guard_a_grant_withheld_after_the_comma_asks_nothing_of_the_place():
    text = "在区属农贸市场内经营的个体工商户，不再另行给予2027年度摊位费补贴。"
    r = _judge(SHOP, text)
    assert not any("农贸市场" in q["text"] for q in r.get("questions") or []), r.get("questions")


def test_guard_a_body_named_after_a_place_word_is_no_place():
    r = _judge(SHOP, "在本区市场监管部门登记注册的个体工商户，2027年度给予每户3000元经营补贴。")
    assert not any("市场监管部门" in q["text"] for q in r.get("questions") or []), r.get("questions")


# A place where the receiver takes part in an event is not where it does business (review 35 B3). Wordings written for
# these tests.
@pytest.mark.parametrize("text", [
    "在海外市场参加展会的本区企业，2027年度按照展位费的50%给予补贴。",
    "在国际商品市场布展的区内企业，2027年度给予每家最高5万元补贴。",
])
def test_an_event_attended_in_a_place_is_not_asked_as_the_place_of_business(text):
    r = _judge(RESTAURANT, text)
    assert not any("市场" in q["text"] for q in r.get("questions") or []), r.get("questions")
