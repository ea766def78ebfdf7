"""A grant to the holder of an intellectual-property right ("专利权人", "著作权人", "商标注册人") is for any business that holds
it, a company or an individual business alike (not one kind by default), and what the holder must have obtained
("获得发明专利授权的", "完成作品登记的") is asked, never answered by a profile (issue 23 items 2–3). Every sentence here was
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "平谷区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text", [
    "对本区获得发明专利授权的专利权人，每件给予5000元资助。",
    "对在本区完成作品登记的著作权人，按照每件300元给予登记费补贴。",
])
def test_a_right_holder_may_be_either_kind_of_business_and_its_holding_is_asked(text):
    m = annotated_measure(text, "test-holders", district=DISTRICT)
    for visitor in (RESTAURANT, SHOP):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == MAYBE, (visitor["entity_type"], r["reasons"])


def test_a_grant_to_a_kind_of_firm_stays_its_own():
    m = annotated_measure("对本区新注册的科技型企业，给予一次性补贴5000元。", "test-holders", district=DISTRICT)
    [r] = eligible(SHOP, [m], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", [
    # review 33 R4: the reviewer's probe, and a wording of our own; the holder's 的-qualifier names no business
    "对本市高等学校和科研机构的专利权人，按照转化收益的百分之二十给予奖励。",
    "对科研院所的专利权人实施专利转化的，给予一次性奖励5万元。",
])
def test_a_holder_qualified_as_a_university_or_institute_is_no_business(text):
    m = annotated_measure(text, "test-holders", district=DISTRICT)
    assert "企业" not in m["entity_types"] and "个体工商户" not in m["entity_types"], m["entity_types"]
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == INELIGIBLE, (visitor["entity_type"], r["reasons"])
