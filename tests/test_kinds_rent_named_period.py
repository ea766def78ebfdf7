"""A rent cut may name the period it covers by its calendar ("免收2027年第一季度房租", "减收2026年下半年租金") as well as by a
count of months: the waiving verb and the rent may stand a named period apart, and the measure is still the tenant's
rent relief (before, more than eight characters between them left the measure with no benefit at all, read as a
general provision, or as the landlord's duty when a sentence about the landlord's own income followed).
Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE
from tests.kit import judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("通州区")


@pytest.mark.parametrize("text", [
    "减轻商户房租负担。区属国有企业对承租其商铺的小微企业，免收2027年第一季度房租。",
    "减轻商户房租负担。区属国有企业对承租其商铺的小微企业，减收2026年下半年租金的50%。",
    "减轻商户房租负担。区属国有企业对承租其商铺的小微企业，免收2027年1月至3月租金。出租单位由此减少的收入由其自行承担。",
])
def test_a_rent_cut_over_a_named_period_is_the_small_tenants_relief(text):
    r = judged(RESTAURANT, text, today=TODAY, district="通州区")
    assert r["kind"] == "benefit", r["reasons"]
    assert r["status"] != INELIGIBLE, r["reasons"]
    assert judged(LARGE, text, today=TODAY, district="通州区")["status"] == INELIGIBLE  # 小微企业 only
