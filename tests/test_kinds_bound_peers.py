"""Who is bound by a ban. A party qualified by an activity of the state ("政府采购当事人", "政府投资项目的施工企业", "国家出资
企业") is a business dealing with the state, not a government body; and a business bound not to harm or exclude the others
of its own kind ("其他经营者", "其他当事人", "同行业经营者") keeps the dealings fair among them: the ban is its obligation
(企业义务), never offered as a right (issue 23 item 1: who acts, whose duty). A ban on one kind of business protecting
another kind ("大型企业不得要求中小企业…") or on a body stays a right. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "房山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "政府采购当事人不得相互串通抬高报价，不得排挤其他供应商参与竞争。",
    "政府投资项目的施工企业不得拖延支付农民工工资，不得损害其他当事人的合法权益。",
    "国家出资企业不得滥用市场支配地位，不得损害其他经营者的合法权益。",
    "平台企业不得利用数据优势排挤同行业经营者。",
])
def test_a_business_bound_toward_its_peers_is_obliged(text):
    m = annotated_measure(text, "test-peers", district=DISTRICT)
    assert m["kind"] == "obligation", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]


@pytest.mark.parametrize("text", [
    "大型企业不得要求中小企业接受不合理的付款期限。",
    "政府采购监督管理部门不得向供应商收取任何费用。",
    "区政府投资项目建设单位应当按照合同约定及时向中小企业支付工程款。",
])
def test_a_ban_protecting_another_kind_of_party_stays_a_right(text):
    m = annotated_measure(text, "test-peers", district=DISTRICT)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])


@pytest.mark.parametrize("text", [
    # review 33 R3: the reviewer's probes, and a wording of our own; 同行业 qualifies a kind the bound party is not
    "大型企业不得滥用市场支配地位，排挤同行业中小企业或者限制其公平参与市场竞争。",
    "大型企业不得利用优势地位损害同行业个体工商户的合法权益。",
    "国有企业不得利用市场支配地位排挤同行业民营企业和小微企业。",
])
def test_a_ban_protecting_a_named_kind_among_peers_stays_a_right(text):
    m = annotated_measure(text, "test-peers", district=DISTRICT)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
