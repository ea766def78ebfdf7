"""A plan measure whose terms are those of other rules ("具体按照…有关规定执行"), and a closing article on how overlapping
policies are enjoyed ("按照就高原则选择享受，不得重复享受"), on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT, GENERAL
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-terms")


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r["status"]


@pytest.mark.parametrize("text", [
    "区属单位采购100万元以下的服务项目，适宜由中小企业提供的，预留给中小企业；对小微企业报价给予15%的价格扣除。"
    "具体按照本市政府采购支持中小企业的有关规定执行。",
    "对在本区新开设的品牌餐饮门店给予每家门店5万元一次性补贴。具体依照市商务局发布的申报指南规定办理。",
])
def test_terms_of_other_rules_are_asked(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


@pytest.mark.parametrize("text", [
    "本措施与本区其他同类政策有重叠的，企业可按照就高原则选择享受，不得重复享受。",
    "同一企业同时符合本措施和市级政策的，可按照从优原则自主选择享受。",
    "符合本措施多项条款的，经营主体可择优选择享受一项，不重复享受。",
])
def test_how_overlapping_policies_are_enjoyed_is_a_general_provision(text):
    assert _measure(text)["kind"] == GENERAL
    assert _status(SMALL, text) not in (ELIGIBLE, MAYBE, "right")


def test_a_grant_with_its_overlap_rule_stays_a_grant():
    text = "对新认定的专精特新中小企业给予一次性奖励20万元，与市级奖励按照就高原则执行，不重复享受。"
    assert _measure(text)["kind"] == BENEFIT
