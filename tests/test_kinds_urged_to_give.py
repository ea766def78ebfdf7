"""Parties urged to donate or sponsor ("鼓励企业…对…捐资", "支持…对…提供捐助") are the givers: the sentence is the
government's urging, nothing is granted to them, and it is never offered (issue 23 item 3: whose benefit, by role). A
relief of the giver's own beside it ("…捐资，依法享受税收优惠") is still a benefit to ask about. Every sentence here was
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "怀柔区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "国家鼓励企业、个体工商户和公民个人对社区养老服务捐资捐物，鼓励境外组织对养老事业提供资助和捐赠。",
    "本市支持企业、社会组织及个人对乡村学校提供捐助和资助。所提供的捐助，应当用于改善办学条件。",
])
def test_parties_urged_to_give_are_offered_nothing(text):
    m = annotated_measure(text, "test-urged-give", district=DISTRICT)
    assert m["kind"] == "duty", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]


def test_the_givers_own_relief_stays_a_benefit():
    m = annotated_measure("鼓励企业和个人对公益性体育设施捐资，依法享受税收优惠。", "test-urged-give", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
