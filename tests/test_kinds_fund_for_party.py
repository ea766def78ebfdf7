"""Public money set aside for the own act of a kind of business ("…安排资金，用于扶持小微企业开展…") is a grant to those
businesses on terms the text does not state: offered as 需确认 with the question, never 可以申请 outright, and only to the
kind named (issue 23 items 2 and 3); money for a system or for work that names no business stays the government's work.
Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "石景山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text", [
    "区财政每年安排专项资金，用于扶持小微企业开展数字化改造。",
    "在本区设立的产业引导基金中，应当安排一定数额用于支持中小企业实施节能改造。",
    "市商务部门统筹商业发展资金，用于资助中小企业参加境内外展会。",
])
def test_money_for_a_businesss_own_act_is_asked_and_for_that_kind_only(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    assert r["questions"], r["reasons"]
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", [
    "区人民政府设立文化产业专项资金，用于公共文化设施建设和文化活动宣传推广。",
    "中小企业发展专项资金重点用于支持中小企业公共服务体系建设。",
])
def test_money_for_a_system_or_public_work_stays_the_governments(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == INELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", [
    # the reviewer's probes (review 32, R1)
    "获得专项资金支持的企业，应当将资金用于支持企业开展研发活动，不得挪作他用。",
    "项目承担单位应当将扶持资金用于资助企业引进高层次人才。",
    # own wordings: money a party received or holds, which it is bound to spend on a purpose
    "取得区级扶持资金的园区运营单位，须将其中不低于一半的资金用于补助入驻企业开展研发。",
    "受资助的行业协会应当将所得经费用于资助会员企业参加培训。",
    "产业联盟可以募集资金，用于支持成员企业参加国内外展会。",
])
def test_how_a_holder_must_spend_money_it_received_is_no_grant(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    assert m["kind"] != "benefit", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == INELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", [
    "区财政应当每年安排资金，用于支持小微企业开展技术改造。",
    "市人民政府设立的中小企业发展专项资金，用于扶持小微企业开展技术改造和数字化转型。",
])
def test_public_money_a_government_body_sets_aside_stays_a_grant(text):
    m = annotated_measure(text, "test-fund", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == MAYBE, r["reasons"]
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE, r["reasons"]
