"""A fee relief written topic first (issue 23 item 1, "money, tax or fee relief … granted to a party"): a plan often
names the receiver, then the fee, then how much less is charged ("…的个体工商户，摊位费减半收取", "…检测费按五折收取",
"…场地使用费免收"). Only "收费/规费 … 减免" and "减免/免收 … 费" (the relief verb first) were read, so such a measure granted
nothing and, beside a ban on the market operator, was filed as 政府工作. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("大兴区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-fee-first", district="大兴区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "入驻区属社区便民市场的个体工商户，2027年摊位费减半收取。市场管理方不得另立名目收回减免部分。",
    "在区属农贸市场经营的个体工商户，2027年上半年食品检测费按五折收取。",
    "租用街道便民服务网点的个体工商户，场地使用费免收6个月。",
])
def test_a_fee_named_before_its_relief_is_a_benefit_for_the_receiver(text):
    m = annotated_measure(text, "test-fee-first", district="大兴区")
    assert m["kind"] == "benefit", (m["kind"], m.get("kind_basis"))
    assert not m.get("government_only")
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE  # for 个体工商户 only


def test_guard_a_fee_raised_or_a_consumer_spending_is_no_relief():
    # a ban on raising a fee binds the operator; 消费 … 减半 is no fee of the visitor's
    assert annotated_measure("市场开办方不得擅自提高摊位费收取标准。", "t", district="大兴区")["kind"] != "benefit"
    assert annotated_measure("力争全区夜间消费额同比增长一倍，餐饮消费减半的状况得到扭转。", "t", district="大兴区")["kind"] != "benefit"


def test_guard_the_relief_verb_first_still_reads():
    assert _judge(SHOP, "对从事零售的个体工商户，免收2027年度摊位费。")["status"] != INELIGIBLE
