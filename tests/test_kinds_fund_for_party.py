"""Public money set aside for the own act of a kind of business ("…安排资金，用于扶持小微企业开展…") is a grant to those
businesses on terms the text does not state: offered as 需确认 with the question, never 可以申请 outright, and only to the
kind named (issue 23 items 2 and 3); money for a system or for work that names no business stays the government's work.
Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "石景山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text", [
    "区财政每年安排专项资金，用于扶持小微企业开展数字化改造。",
    "在本区设立的产业引导基金中，应当安排一定数额用于支持中小企业实施节能改造。",
    "市商务部门统筹商业发展资金，用于资助中小企业参加境内外展会。",
])
def test_money_for_a_businesss_own_act_is_asked_and_for_that_kind_only(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    assert r["questions"], r["reasons"]
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", [
    "区人民政府设立文化产业专项资金，用于公共文化设施建设和文化活动宣传推广。",
    "中小企业发展专项资金重点用于支持中小企业公共服务体系建设。",
])
def test_money_for_a_system_or_public_work_stays_the_governments(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == INELIGIBLE, r["reasons"]
