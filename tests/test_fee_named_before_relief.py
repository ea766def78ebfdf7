"""A fee named before its relief ("享受…通行费减免", "摊位费全额减免"): a relief of that fee, a benefit for the party
named (review: "物流企业…享受通行费减免" judged a duty); the general words "税费减免", "费用减免" in a list of a
government's ways of support stay no benefit of their own. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
CARRIER = {"district": "房山区", "entity_type": "企业", "size": "小型", "industries": ["交通运输物流"], "traits": [],
           "situations": None}
RESTAURANT = {**CARRIER, "industries": ["住宿餐饮"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-fee-relief", district="房山区")


@pytest.mark.parametrize("text", [
    "承担本区蔬菜保供运输任务的物流企业，2027年内享受区管收费道路通行费减免。",
    "对从事冷链配送的物流企业车辆，按规定享受停车费减免，执行至2027年12月31日。",
])
def test_a_fee_relief_named_after_the_fee_is_a_benefit_for_its_party(text):
    measure = _measure(text)
    assert measure["kind"] == BENEFIT, measure.get("kind_basis")
    [r] = eligible(CARRIER, [measure], TODAY)
    assert r["status"] != INELIGIBLE, r["reasons"]
    [r] = eligible(RESTAURANT, [measure], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]


def test_guard_tax_and_fee_relief_as_a_governments_means_is_no_benefit():
    measure = _measure("区人民政府及其有关部门应当综合运用税费减免、费用减免、贷款贴息等方式，支持物流业发展。")
    assert measure["kind"] != BENEFIT, measure.get("kind_basis")
