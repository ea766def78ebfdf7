"""A supplier (供应商) in public purchasing is a business: a ban that keeps it out of the market and its own recourse
(质疑, 投诉) are rights it invokes; a permission to subcontract in an article that makes the same supplier answerable to
the buyer (向采购人负责) is part of its obligation; the buyer's handling of a 质疑 already lodged is the buyer's procedure
(issue 23 item 1: who acts, who receives, whose duty). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "海淀区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "任何单位不得以不合理条件排斥供应商参加本区政府采购活动。",
    "供应商认为采购文件使其权益受到损害的，可以在知道之日起七个工作日内向采购人提出书面质疑。",
])
def test_a_suppliers_protection_and_recourse_are_rights(text):
    m = annotated_measure(text, "test-supplier", district=DISTRICT)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == RIGHT, r["reasons"]


@pytest.mark.parametrize("text, kind", [
    ("经采购人书面同意，中标供应商可以将非主体工作分包。分包时，中标供应商就全部项目向采购人负责。", "obligation"),
    ("采购人应当在收到供应商质疑后五个工作日内书面答复。", "duty"),
])
def test_what_binds_the_supplier_or_the_buyer_is_never_offered(text, kind):
    m = annotated_measure(text, "test-supplier", district=DISTRICT)
    assert m["kind"] == kind, (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]
