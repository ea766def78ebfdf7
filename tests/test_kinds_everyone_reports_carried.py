"""Everyone's watch over anyone's breach is a general provision, not a business's right (issue 23 item 1), also where the
permission follows a duty of the same holder in a clause with no actor of its own ("任何单位和个人应当…，有权举报…"); a
business's own recourse named in its own clause stays its right. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import RIGHT, eligible
from index.facts.kinds import sentence_kind
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("延庆区")


@pytest.mark.parametrize("sentence", [
    "任何单位和个人都应当爱护公共绿地，有权对破坏绿地的行为进行举报。",
    "任何单位和个人应当遵守噪声管理规定，并有权向生态环境部门投诉制造噪声的行为。",
    "公民、法人和其他组织应当节约用水，有权检举浪费水资源的行为。",
])
def test_everyones_watch_after_their_duty_is_general(sentence):
    assert sentence_kind(sentence, False)[0] == "general"
    m = annotated_measure(sentence, "test-everyone", district="延庆区")
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] != RIGHT, r["reasons"]


def test_a_business_named_as_the_holder_of_its_own_recourse_keeps_its_right():
    assert sentence_kind("任何单位和个人不得向个体工商户摊派费用，个体工商户有权向市场监管部门举报。", False)[0] == "right"


def test_everyones_watch_as_the_first_permission_is_still_general():
    assert sentence_kind("任何单位和个人对违反本办法的行为，有权向区城市管理部门举报。", False)[0] == "general"
