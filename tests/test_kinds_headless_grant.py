"""A grant whose receiver is named only by a condition after 对 ("对转型后连续经营满6个月的，给予一次性奖励") is for the
party the measure named before as that condition's subject, asked on it (issue 23, "whose benefit"): the article is a
benefit, not only the right its first sentence gives. Every sentence here was written for this test."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "昌平区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def test_a_grant_to_a_bare_condition_goes_to_the_party_named_before_it():
    text = ("个体工商户升级为有限责任公司的，可以沿用原名称中的字号；对升级后依法纳税满1年的，给予一次性奖励8000元。"
            "具体办法由区市场监管局另行制定。")
    m = annotated_measure(text, "test-headless", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert m["entity_types"] == ["个体工商户"]
    [r] = eligible(SHOP, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE
