"""An award for merit someone else judges ("对…作出贡献的企业，给予奖励", "…成绩优异的单位") is granted on a condition no
profile answers: 需确认 with the condition asked, never 可以申请 outright (issue 23 item 2). Every sentence here was written
for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "顺义区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text, merit", [
    ("对在社区商业便民服务中作出贡献的企业，给予奖励。", "作出贡献"),
    ("对在节水改造工作中做出重要贡献的单位和个人，由区人民政府给予奖励。", "贡献"),
    ("对在垃圾分类工作中成绩优异的企业，区人民政府给予一次性奖励。", "成绩优异"),
])
def test_an_award_for_merit_is_asked_not_offered_outright(text, merit):
    m = annotated_measure(text, "test-merit", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    assert any(merit in q["text"] for q in r["questions"]), r["questions"]


def test_a_grant_to_every_business_of_a_kind_stays_offered():
    m = annotated_measure("对餐饮企业，给予一次性补贴5000元。", "test-merit", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == ELIGIBLE, r["reasons"]
