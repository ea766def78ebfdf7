"""A consumption campaign's merchants (issue 23 items 1 and 3): vouchers handed to consumers and spent at merchants that
take part, whose value public money settles to those merchants ("核销资金由区财政…结算给参与商户"), are a benefit of the
merchants — not a body's work — for a company or an individual business alike, of the trades and size the measure says
take part (those who may sign up, where the consumers spend, what the vouchers are for), never a manufacturer's.
Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "海淀区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-campaign", district=DISTRICT)


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r["status"]


# (the body settling with the merchants named before them: "区财政…向参与商户拨付…")
VOUCHERS = ("激活周末消费。区商务局联合一家商业银行发放餐饮、零售消费券，市民领券后到参与商户消费即可直接抵减。"
            "每月末区财政向参与商户拨付已核销的券面资金。")


def test_money_settled_to_the_merchants_taking_part_is_their_benefit():
    assert _measure(VOUCHERS)["kind"] == BENEFIT
    # (the settlement itself is what grants: the body paying the merchants, not the vouchers word)
    m = _measure("每月末区财政向参与商户拨付已核销的消费券资金。")
    assert m["kind"] == BENEFIT and "参与商户" in m["kind_basis"], m["kind_basis"]


def test_the_merchants_are_companies_and_individual_businesses_of_the_vouchers_trades():
    assert _status(RESTAURANT, VOUCHERS) == MAYBE  # signing up is asked
    assert _status(SHOP, VOUCHERS) == MAYBE
    assert _status(LARGE, VOUCHERS) == INELIGIBLE  # a manufacturer is not among the 餐饮、零售 merchants


def test_a_size_bound_on_those_who_may_sign_up_keeps_large_firms_out():
    # (a guard: the merchants, now companies too, keep the bound the measure states on those who sign up)
    text = ("举办周末购物节。区商务局发放购物节消费券，市民在参与活动的商户消费时抵扣，核销资金由区财政与商户结算。"
            "上年度营业收入3000万元以下的零售、餐饮经营主体均可报名参与。")
    large_shop = {**LARGE, "industries": ["批发零售"]}
    assert _status(large_shop, text) == INELIGIBLE
    assert _status(RESTAURANT, text) == MAYBE
