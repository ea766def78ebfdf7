"""What follows cheating a grant ("对弄虚作假骗取补贴的企业，追回补贴资金，三年内不得享受本区各类扶持政策") is liability — an
obligation of the business or a general provision — never a benefit offered to it (issue 23: "no duty, obligation or
general provision offered"), though it names a business and 补贴. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import eligible
from index.facts.kinds import GENERAL, OBLIGATION, measure_kind
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("怀柔区")


@pytest.mark.parametrize("text", [
    "对弄虚作假骗取奖励资金的企业，由主管部门追回已拨付资金，三年内不得申报本区各类扶持政策。",
    "经营主体以虚假材料申领补贴的，追回补贴资金，并纳入信用记录。",
])
def test_cheating_a_grant_is_liability_never_offered(text):
    kind, basis, _ = measure_kind(text)
    assert kind in (OBLIGATION, GENERAL), basis
    for profile in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(profile, [annotated_measure(text, "test-cheating", district="怀柔区")], TODAY)
        assert r["status"] not in ("eligible", "maybe", "right"), r["reasons"]
