"""A sentence that opens by defining a term ("X是指…", "X，是指…") is a general provision, whatever parties and benefit
words the definition names; and "享有权利" (holding rights, a noun) is no modal 有权 binding or entitling anyone (issue 23
item 1). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "密云区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "经营主体是指在本区依法登记、享有权利和承担义务的企业和个体工商户。",
    "首贷户，是指首次从银行业金融机构获得贷款的小微企业和个体工商户。",
    "采购当事人系指在采购活动中享有权利和承担义务的采购人、供应商和代理机构。",
])
def test_a_definition_is_general_and_never_offered(text):
    m = annotated_measure(text, "test-definition", district=DISTRICT)
    assert m["kind"] == "general", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]


@pytest.mark.parametrize("text, kind", [
    ("中小企业有权拒绝任何单位的摊派。", "right"),
    ("对首次获得银行贷款的小微企业给予贷款贴息，贴息比例为贷款市场报价利率的30%。", "benefit"),
])
def test_rights_and_grants_are_not_definitions(text, kind):
    m = annotated_measure(text, "test-definition", district=DISTRICT)
    assert m["kind"] == kind, (m["kind"], m["kind_basis"])


@pytest.mark.parametrize("text", [
    # review 33 R2: the reviewer's probe, and a wording of our own; the relief stands in the definition's sentence
    "小型微利企业，是指从事国家非限制和禁止行业，且年度应纳税所得额不超过三百万元的企业，其所得减按百分之二十五计入应纳税所得额。",
    "科技型中小企业，是指依托一定数量的科技人员从事科学技术研究开发活动的中小企业，其研究开发费用按照实际发生额的100%在税前加计扣除。",
])
def test_a_definition_carrying_its_relief_is_the_relief(text):
    m = annotated_measure(text, "test-definition", district=DISTRICT)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert "是指" not in m["kind_basis"], m["kind_basis"]
