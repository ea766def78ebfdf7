"""Liability in its civil and legal forms ("依法承担民事责任", "应当承担赔偿责任", "承担相应的法律责任"), and a breach named by
the articles it breaks ("有本法第二十五条、第二十六条违法行为之一"), is what follows a breach: a general provision, never offered,
whatever benefit word the breach names (issue 23 item 2). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "通州区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "供应商在政府采购活动中有本法第二十五条、第二十六条违法行为之一，给采购人造成损失的，并应依法承担民事责任。",
    "融资担保机构违反担保合同约定，给借款的小微企业造成损失的，应当承担赔偿责任。",
    "出租人未按约定减免租金，给承租的个体工商户造成损失的，依法承担相应的民事责任。",
])
def test_civil_liability_is_a_general_provision_never_offered(text):
    m = annotated_measure(text, "test-civil-liability", district=DISTRICT)
    assert m["kind"] == "general", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]


def test_a_pledge_to_answer_for_what_is_declared_leaves_the_grant_a_grant():
    m = annotated_measure("对吸纳就业的小微企业给予社会保险补贴。申请企业应当书面承诺对所报材料的真实性承担法律责任。",
                          "test-civil-liability", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])


def test_a_capacity_to_bear_liability_is_no_liability():
    m = annotated_measure("参加投标的企业应当具备下列条件：（一）具有独立承担民事责任的能力；（二）具有良好的商业信誉。",
                          "test-civil-liability", district=DISTRICT)
    assert m["kind"] == "obligation", (m["kind"], m["kind_basis"])


@pytest.mark.parametrize("text, visitor", [
    # review 33 R1: the reviewer's probe, and a wording of our own
    ("对吸纳高校毕业生就业的小微企业给予每人3000元补贴，以虚构劳动关系方式申领的，依法承担法律责任。", RESTAURANT),
    ("对新招用就业困难人员的个体工商户给予每人2000元岗位补贴，冒用他人身份信息申领的，应当承担相应的法律责任。", SHOP),
])
def test_a_liability_warning_after_a_grant_leaves_the_grant_a_grant(text, visitor):
    m = annotated_measure(text, "test-civil-liability", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    [r] = eligible(visitor, [m], TODAY)
    assert r["status"] in (ELIGIBLE, MAYBE), r["reasons"]
