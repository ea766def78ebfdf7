"""A market's operator named by its role ("市场开办方", "开办单位") receives the grant for what it cuts for the stall holders
(review 32, pre-existing error p1#3): the stall holders it serves are not offered the grant outright; the visitor is asked
whether it is that operator. Wordings written for these tests, and the reviewer's."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("平谷区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-market-operator", district="平谷区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "对减免入场经营的个体工商户摊位费的市场开办方，按照减免金额的50%给予补贴。",
    "对下调入驻个体工商户摊位租金的农贸市场开办单位，按照让利金额的30%给予奖励。",
])
def test_the_stall_holders_served_are_not_offered_the_operators_grant(text):
    r = _judge(SHOP, text)
    assert r["status"] != ELIGIBLE, r["reasons"]
    assert any("开办" in q["text"] for q in r.get("questions") or []), r["reasons"]


def test_the_reviewers_probe_offers_nothing_to_the_stall_holder():
    text = "市场开办方对入场经营的个体工商户摊位费按七折收取的，区财政按照减收金额的50%给予市场开办方补贴。"
    assert _judge(SHOP, text)["status"] != ELIGIBLE


def test_guard_a_fee_cut_for_the_stall_holders_themselves_is_theirs():
    r = _judge(SHOP, "对在农贸市场入场经营的个体工商户，2027年度摊位费减半收取。")
    # offered to the stall holder, never asked whether it is the operator; the market it trades in is asked as any
    # place of business is (review 34 B6: any act between the place and 的, here 入场经营)
    assert r["status"] in (ELIGIBLE, MAYBE), r["reasons"]
    assert not any("开办" in q["text"] for q in r.get("questions") or []), r.get("questions")
