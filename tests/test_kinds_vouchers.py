"""Vouchers a body hands out to businesses are asked, never 可以申请 outright (issue 23, "no conditional grant called
可以申请"): how many are issued, to whom first and how they are claimed is the issuer's notice's. (Consumption vouchers
handed to consumers are not these: the shops where they are spent take part, asked as before.) Every sentence here was
written for this test."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "通州区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text", [
    "向本区中小微企业发放“设计服务券”，企业购买工业设计服务时可抵扣40%的费用，每家企业最高10万元。",
    "对本区小微企业发放算力券，每家每年最高8万元，算力券申领截止至2027年6月30日。",
])
def test_a_voucher_handed_out_to_businesses_is_asked(text):
    m = annotated_measure(text, "test-vouchers", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("券" in q for q in r["missing"])
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE
