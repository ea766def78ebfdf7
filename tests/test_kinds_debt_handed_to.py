"""A trade debt one must hand over to a business ("…应当及时将…款项支付给中小企业") is that business's claim (issue 23
item 2: "a payment deadline others must meet" is a right), whoever owes it, a public buyer named beside a large firm
too; a grant's money a body hands over stays a grant. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, RIGHT
from index.facts.kinds import sentence_kind
from tests.kit import judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("房山区")


def test_a_debt_public_buyers_and_large_firms_must_hand_over_is_the_small_firms_right():
    text = "及时清偿账款。国家机关、事业单位和大型企业应当按期将采购的货物、服务账款支付给中小企业，不得以任何理由拖延。"
    r = judged(RESTAURANT, text, today=TODAY, district="房山区")
    assert r["status"] == RIGHT, r["reasons"]
    assert judged(LARGE, text, today=TODAY, district="房山区")["status"] == INELIGIBLE  # the one who owes


def test_a_debt_a_large_firm_must_hand_over_is_a_right_not_its_obligation():
    assert sentence_kind("大型企业应当按期将工程款结清给承包的小型企业。", False)[0] == "right"


def test_a_grants_money_a_body_hands_over_is_no_debt():
    assert sentence_kind("区财政局应当按季度将贴息资金拨付给企业。", True)[0] == "benefit"


def test_a_debt_with_its_time_limit_before_it_is_still_the_creditors_right():
    sentence = "采购单位应当自验收合格之日起15日内将服务价款支付给承接服务的小微企业。"
    assert sentence_kind(sentence, True)[0] == "right"
