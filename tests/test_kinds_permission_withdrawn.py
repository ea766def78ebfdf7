"""A permission the clause withdraws, bars or suspends is no benefit (issue 23 item 2, review finding 11):
"在重大活动期间，不再允许商户外摆经营" takes a permission away, so it is not offered to a shop as 可申请的支持; the negation
may stand several characters before 允许/准许 (不再, 停止, 暂停, 取消 …), not only right before it. A restriction lifted
before a permission joined to it ("取消外摆审批并允许…") and a negation in another clause keep the permission
(tests/test_kinds_permitted.py holds the rule's own cases). The first sentence is the reviewer's; the others are the
tests' own."""
from __future__ import annotations

from datetime import date

from index.facts.claimable import permitted_to_act
from index.facts.eligibility import INELIGIBLE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")


def test_a_permission_withdrawn_or_suspended_is_not_offered():
    for text in ("在重大活动期间，不再允许商户外摆经营。",
                 "自2027年1月1日起，停止准许个体工商户在主干道两侧占道经营。",
                 "因道路施工，暂停允许沿街门店设置临时外摆区域，恢复时间另行通知。",
                 "集中整治期间，一律取消允许餐饮企业延长营业时间至凌晨2时的做法。"):
        assert permitted_to_act(text) is None, text
        assert annotated_measure(text, "test-withdrawn", district="朝阳区")["kind"] == "general", text
        assert judged(SHOP, text, today=TODAY)["status"] == INELIGIBLE, text


def test_a_permission_after_a_lifted_restriction_or_another_clauses_negation_stands():
    assert permitted_to_act("取消外摆审批并允许餐饮企业在指定区域开展外摆经营。") == "允许餐饮企业在指定区域开展外摆经营"
    assert permitted_to_act("对不再享受原补贴的企业，允许其在规定时段内开展临时外摆经营。") is not None
    text = "在夜间消费集聚区内，允许具备条件的餐饮企业延长营业时间至凌晨2时。"
    assert annotated_measure(text, "test-withdrawn", district="朝阳区")["kind"] == "benefit"
    assert judged(RESTAURANT, text, today=TODAY)["status"] != INELIGIBLE
