"""A government urging others to set up a prize or a fund of their own and reward or fund others with it gives nothing
itself (issue 23, kinds; index/facts/shapes.py urged_to_give): "鼓励社会组织和个人设立…奖项，对…的单位给予奖励" is the
urging, the government's work, never an offer. A prize the body sets up and pays ("区政府设立…奖，对获奖企业给予50万元
奖励"), a body named as the giver ("由区科委…给予奖励", "由区财政给予…") and a treatment of the giver's own money ("所需资金
按规定列入成本") keep the sentence a benefit. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT as RIGHT_STATUS, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 5)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
OFFERED = {ELIGIBLE, MAYBE, RIGHT_STATUS}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-urged-prize", district="北京市")


def _status(profile: dict, measure: dict) -> str:
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


def test_others_urged_to_set_up_a_prize_is_the_governments_work_never_offered():
    m = _measure("国家鼓励社会组织和个人设立技术创新奖项，对在技术创新中作出突出贡献的单位和个人给予奖励。")
    assert m["kind"] == "duty", (m["kind"], m["kind_basis"])
    assert m["kind_basis"].startswith("鼓励社会组织和个人设立")
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _status(visitor, m) not in OFFERED


def test_an_article_of_the_states_prizes_and_others_prizes_is_never_offered():
    m = _measure("国家设立产业创新奖，对在产业创新中作出重大贡献的组织给予表彰。具体办法由主管部门规定。"
                 "国家鼓励行业组织设立专项奖项，对推动行业进步的企业和个人给予奖励。")
    assert m["kind"] not in ("benefit", "right"), (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _status(visitor, m) not in OFFERED


GIVEN = [
    "区政府设立区长质量奖，对获奖企业给予50万元奖励。",
    "鼓励企业参评区长质量奖，对获奖企业由区财政给予50万元奖励。",
    "鼓励社会力量设立奖项，由区科委对获奖企业给予奖励。",
    "鼓励企业设立创新基金，对员工的发明创造给予资助，所需资金按规定列入成本。",
]


@pytest.mark.parametrize("text", GIVEN)
def test_a_prize_a_body_gives_or_a_givers_relief_stays_a_benefit(text):
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
