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


@pytest.mark.parametrize("text", [
    # the reviewer's probes (review 32, P5)
    "对中型以上企业开展技术改造的，给予最高100万元奖励。",
    "对中型及以上工业企业，按照研发投入的5%给予补贴。",
    # own wordings: medium and large, written 以上 / 及以上 / 和以上
    "对年产值达到规定标准的中型及以上物流企业，给予一次性奖励20万元。",
    "对中型和以上的软件企业新建研发中心的，给予最高50万元补助。",
])
def test_medium_and_above_keeps_the_large_firm_and_leaves_out_the_small(text):
    carrier = {**LARGE, "industries": ["交通运输物流", "制造业", "信息技术"]}
    assert _judge(carrier, text)["status"] != INELIGIBLE, _judge(carrier, text)["reasons"]
    small = {**carrier, "size": "小型"}
    assert _judge(small, text)["status"] == INELIGIBLE, _judge(small, text)["reasons"]


@pytest.mark.parametrize("text", [
    # the reviewer's probes (review 32, P5)
    "对小型家电生产企业购置设备的，按照设备投资额的10%给予补贴。",
    "对微型电动车生产企业，给予研发投入5%的奖励。",
    # own wordings: the size of the product the firm makes, not of the firm
    "对小型挖掘机生产企业开展智能化改造的，给予设备投资额8%的补助。",
    "对本区微型风机制造企业，给予研发投入5%的奖励。",
])
def test_the_size_of_a_product_the_firm_makes_is_not_its_size(text):
    maker = {**LARGE, "industries": ["制造业"]}
    assert _judge(maker, text)["status"] != INELIGIBLE, _judge(maker, text)["reasons"]


@pytest.mark.parametrize("text, fits, large", [
    ("对小型、微型零售企业，给予一次性经营补贴5000元。", {**SHOP, "entity_type": "企业", "size": "微型"},
     {**SHOP, "entity_type": "企业", "size": "大型"}),
    ("对中型软件服务企业，给予每家10万元奖励。", {**RESTAURANT, "size": "中型", "industries": ["信息技术"]},
     {**RESTAURANT, "size": "大型", "industries": ["信息技术"]}),
    ("对小型微型餐饮企业，给予1万元补贴。", RESTAURANT, {**RESTAURANT, "size": "大型"}),
])
def test_guard_a_trade_between_the_size_and_the_firm_still_sets_its_size(text, fits, large):
    assert _judge(large, text)["status"] == INELIGIBLE, _judge(large, text)["reasons"]
    assert _judge(fits, text)["status"] != INELIGIBLE
