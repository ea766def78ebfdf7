"""Support a government promises without naming what it gives is its work, never an offer (issue 23, kinds;
index/facts/unnamed_support.py): "国家…对…的…给予支持", "…给予…等政策扶持" name no money, relief, service or amount a
business could apply for. Beside an instrument or an amount ("给予税收优惠，并…给予扶持", "给予政策和资金支持",
"给予50万元支持") the sentence grants that instrument and stays offered; a grant with no actor of its own (a plan's
"对…企业给予支持") keeps its reading. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT as RIGHT_STATUS, eligible
from index.facts.unnamed_support import unnamed_support
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 5)
DISTRICT = "北京市"
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
OFFERED = {ELIGIBLE, MAYBE, RIGHT_STATUS}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-unnamed-support", district=DISTRICT)


def _status(profile: dict, measure: dict) -> str:
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


UNNAMED = [
    "国家加强统筹引导，对小微企业的数字化转型给予支持。",
    "市人民政府对中小企业的品牌建设给予支持。",
    "本市对企业的海外市场开拓给予政策扶持。",
    # a policy with its own system first, then the support of an activity of businesses
    "国家健全知识产权运营体系。国家对企业的专利转化运用给予扶持。",
]


@pytest.mark.parametrize("text", UNNAMED)
def test_support_naming_nothing_given_is_the_governments_work_never_offered(text):
    m = _measure(text)
    assert m["kind"] == "duty", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _status(visitor, m) not in OFFERED


GRANTED = [
    "国家对吸纳残疾人就业的企业给予税收优惠，并在生产经营等方面给予扶持。",
    "区人民政府对符合条件的企业给予政策和资金支持。",
    "对首次获评的专精特新企业给予50万元支持。",
    "国家对小型微型企业的技术改造给予资金支持。",
    "区商务局对参加展会的企业给予支持，展位费用全额补贴。",
    "对开展品牌推广的中小企业给予支持。",
    # (public money named as the giver in the support's clause: the support is that money)
    "区政府产业引导基金对于在本区落地的中小企业给予支持。",
    # (the things listed before 等 are what is given)
    "国家完善创业金融政策，对首次创业的青年在一定期限内给予创业担保贷款等扶持。",
]


@pytest.mark.parametrize("text", GRANTED)
def test_support_beside_an_instrument_or_without_an_actor_stays_a_benefit(text):
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert _status(RESTAURANT, m) in OFFERED


def test_the_words_of_support_naming_nothing():
    assert unnamed_support("本市对企业的海外市场开拓给予政策扶持。") == "给予政策扶持"
    assert unnamed_support("国家鼓励社会资本投入成果转化，给予财政、金融、用地等政策支持。") == "给予财政、金融、用地等政策支持"
    assert unnamed_support("区人民政府对符合条件的企业给予政策和资金支持。") is None
    assert unnamed_support("国家对初次创业人员给予小额信贷等扶持。") is None
    assert unnamed_support("区政府产业引导基金对于落地项目给予支持。") is None
    assert unnamed_support("国家拓宽创业投资资金来源，对企业的创新发展给予支持。") == "给予支持"
    assert unnamed_support("国家对初次创业人员给予场地、培训等扶持。") is None
    assert unnamed_support("对首次获评的企业给予三十万元支持。") is None
    assert unnamed_support("对提供检测服务的机构给予支持。") is None
    # (a service body named is no service given: the support stays unnamed)
    assert unnamed_support("国家对创业服务机构的运营给予支持。") == "给予支持"
