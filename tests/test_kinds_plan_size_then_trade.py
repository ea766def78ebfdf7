"""A size written out before a trade (issue 23 item 3, "a 中小企业 / 小型微型企业 benefit is never offered to a 大型
enterprise"): "中型制造业企业", "小型餐饮企业", "微型科技企业" name the size of the firm as "中小制造业企业" did; only "中型企业"
with nothing between was read, so the grant was offered to a large firm of the trade (the lessor's reward "本区中型制造业
企业将闲置设备出租给…的" among them). A size said of a thing the firm has ("购置中型货车的物流企业", a 的 between) is not
its size. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("房山区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-size-trade", district="房山区")], TODAY)
    return r


@pytest.mark.parametrize("text, fits, large", [
    ("本区中型制造业企业将闲置检测设备出租给初创企业的，按照租赁收入的10%给予奖励。",
     {**LARGE, "size": "中型"}, LARGE),
    ("对本区小型餐饮企业，给予一次性经营补贴1万元。", RESTAURANT, {**RESTAURANT, "size": "大型"}),
    ("对本区微型软件企业，给予每家2万元研发补贴。", {**RESTAURANT, "size": "微型", "industries": ["信息技术"]},
     {**RESTAURANT, "size": "大型", "industries": ["信息技术"]}),
])
def test_a_size_before_a_trade_is_the_firms_size(text, fits, large):
    assert _judge(large, text)["status"] == INELIGIBLE, _judge(large, text)["reasons"]
    assert _judge(fits, text)["status"] != INELIGIBLE


def test_guard_the_size_of_a_thing_the_firm_has_is_not_its_size():
    carrier = {**LARGE, "industries": ["交通运输物流"]}
    assert _judge(carrier, "对购置中型货车的物流企业，给予每辆1万元补贴。")["status"] != INELIGIBLE
