"""A grant whose receiver is named only by a condition after 对 may write that condition in two clauses ("对在山区村落改造
闲置农宅，吸纳本村村民就业的，给予…"): it is still for the party the article named before, asked on the condition (issue 23,
"whose benefit"; a grant whose terms the visitor must meet is 需确认, never 可以申请, never 政府工作). Every sentence here
was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "密云区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text, visitor, condition", [
    ("支持企业开发乡村民宿。对在山区村落改造闲置农宅，吸纳本村村民就业的，给予一次性奖励。", RESTAURANT,
     "在山区村落改造闲置农宅，吸纳本村村民就业"),
    ("鼓励个体工商户进驻社区便民网点。对进驻老旧小区，提供早餐和家政服务的，区人民政府给予房租补贴。", SHOP,
     "进驻老旧小区，提供早餐和家政服务"),
])
def test_a_two_clause_condition_after_dui_is_the_receiver_named_before_asked(text, visitor, condition):
    m = annotated_measure(text, "test-headless-two", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(visitor, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(condition in q["text"] for q in r["questions"]), r["questions"]


def test_the_party_named_before_still_decides_who_may_ask():
    text = "鼓励个体工商户进驻社区便民网点。对进驻老旧小区，提供早餐和家政服务的，区人民政府给予房租补贴。"
    m = annotated_measure(text, "test-headless-two", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == INELIGIBLE  # an enterprise is not the 个体工商户 the article names


def test_a_two_clause_condition_with_no_party_named_anywhere_is_still_not_offered():
    m = annotated_measure("对在山区村落改造闲置农宅，吸纳本村村民就业的，给予一次性奖励。", "test-headless-two", district=DISTRICT)
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == INELIGIBLE, r["reasons"]
