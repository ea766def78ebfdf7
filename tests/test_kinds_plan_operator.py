"""A grant to the operator of a place ("对经认定的特色街区，按照…投入的30%给予街区运营管理主体补助") is a benefit of that operator,
not a body's work (issue 23 item 1), and whether the visitor is that operator is asked first, before the place's other
conditions (item 2: 需确认 with what to ask). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import MAYBE, eligible
from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, _, _ = visitors("丰台区")
TEXT = ("提升夜间消费街区。对经区商务局认定的区级夜间消费街区，按照街区公共设施提升改造实际投资额的30%给予街区运营管理主体"
        "一次性补助，最高不超过80万元。街区内入驻商户不作为本项补助的申请主体。")


def test_a_grant_to_the_operator_of_a_place_is_a_benefit():
    assert annotated_measure(TEXT, "test-operator", district="丰台区")["kind"] == BENEFIT


def test_whether_the_visitor_is_the_operator_is_asked_first():
    [r] = eligible(RESTAURANT, [annotated_measure(TEXT, "test-operator", district="丰台区")], TODAY)
    assert r["status"] == MAYBE
    assert r["missing"][0] == "本条给予“街区运营管理主体”：您是否为本条所说的街区运营管理主体？"
