"""A grant withheld from a party ("不再另行享受…补贴", "不再重复给予…补贴"), with nothing granted beside it, offers nothing:
不 may be followed by several words saying "not again, not besides" and still withholds (review 35 B2: a market's shops
told 可以申请 for the rent subsidy the text withholds). Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from index.facts.kinds import GENERAL
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("房山区")


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-withheld-grant", district="房山区")


@pytest.mark.parametrize("text", [
    "在区属商业街内经营的个体工商户，不再另行享受门头改造补贴。",
    "入驻本区孵化器的个体工商户，不再重复给予房租补贴。",
    "已纳入市级扶持名单的个体工商户，不另行重复享受本区经营补贴。",
])
def test_a_withheld_grant_offers_nothing(text):
    m = _measure(text)
    assert m["kind"] == GENERAL, (m["kind"], m["kind_basis"])
    [r] = eligible(SHOP, [m], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]


def test_guard_a_grant_with_a_withholding_rule_beside_it_is_still_offered():
    m = _measure("对本区个体工商户给予门头改造补贴，每户最高1万元，已享受市级同类补贴的，不再另行给予。")
    assert m["kind"] != GENERAL
    [r] = eligible(SHOP, [m], TODAY)
    assert r["status"] != INELIGIBLE, r["reasons"]
