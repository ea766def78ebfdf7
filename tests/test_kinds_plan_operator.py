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
# (the operator named after 对, the grant computed before it: not the "给予+operator" order of the plans read so far)
TEXT = ("打造特色商业街。特色商业街公共照明和导视系统完成升级的，区商务局按照升级费用的40%对该商业街运营管理单位予以补助，"
        "单条街最高50万元。")


def test_a_grant_to_the_operator_of_a_place_is_a_benefit():
    assert annotated_measure(TEXT, "test-operator", district="丰台区")["kind"] == BENEFIT


def test_whether_the_visitor_is_the_operator_is_asked_first():
    [r] = eligible(RESTAURANT, [annotated_measure(TEXT, "test-operator", district="丰台区")], TODAY)
    assert r["status"] == MAYBE
    assert r["missing"][0] == "本条给予“商业街运营管理单位”：您是否为本条所说的商业街运营管理单位？"
