"""Conditions the receiver phrase states by its shape, whatever verb it uses (issue 23 item 2: a conditional grant is
需确认, never 可以申请): an act the receiver must do by or within a time ("并于…年内…的"), an act it has already done
("已…的"), the role it led a work in ("主导…的"), a bound on a physical figure of its own ("…吨…以下的", "…平方米以上的",
after 为 as after 对). A receiver named by its kind and its district only is still eligible outright. Every sentence here
was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE
from index.facts.inline_conditions import inline_condition
from tests.kit import judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "延庆区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)

ASKED = [
    # an act bound to a time the receiver must do it by or in
    ("本区小微企业更换节能冷柜，并于2026年内完成安装验收的，按照设备价款的20%给予补贴，每家最高2万元。", "并于2026年内完成安装验收"),
    ("对在2026年10月底前接入区智慧停车平台的小型微型企业，给予每个车位200元的一次性补贴。", "在2026年10月底前接入区智慧停车平台"),
    # the role the receiver led a work in
    ("对主导起草团体标准的本区小型微型企业，给予一次性奖励10万元。", "主导起草团体标准"),
    ("对领衔完成区级重点研发项目的中小企业，给予项目经费30%的后补助。", "领衔完成区级重点研发项目"),
    # a bound on a physical figure of its own, after 对 and after 为
    ("对年用水量3万立方米以下的小型微型企业，给予节水改造费用30%的补贴。", "年用水量3万立方米以下"),
    ("区城市管理委委托专业机构为经营面积300平方米以下的小型微型企业免费提供垃圾分类指导服务。", "经营面积300平方米以下"),
]


@pytest.mark.parametrize("text, words", ASKED)
def test_a_condition_written_by_the_shape_of_the_receiver_phrase_is_asked(text, words):
    assert inline_condition(text) == words
    r = judged(RESTAURANT, "节能减排支持。" + text, today=TODAY, district=DISTRICT)
    assert r["status"] == MAYBE, r["reasons"]


def test_an_act_already_done_is_asked_with_its_whole_clause():
    text = "标准化奖励。对已发布地方标准的小型微型企业，给予一次性奖励5万元。"
    r = judged(RESTAURANT, text, today=TODAY, district=DISTRICT)
    assert r["status"] == MAYBE, r["reasons"]
    assert "是否满足本条写明的条件：“已发布地方标准的小型微型企业”？" in r["missing"]


@pytest.mark.parametrize("text", [
    # the receiver by its kind and district, and a place it was registered in before: nothing to ask
    "门店补贴。对在本区登记注册的小型微型企业，给予每家1万元的一次性补贴。",
    "门店补贴。对已在本区注册的小型微型企业，给予每家1万元的一次性补贴。",
    # a date that is the grant's own window, not the receiver's act ("在…前" names when it applies)
    "门店补贴。对本区小型微型企业，给予每家1万元的一次性补贴。申请须在2026年12月31日前提交。",
])
def test_a_receiver_named_by_its_kind_and_place_is_still_offered(text):
    r = judged(RESTAURANT, text, today=TODAY, district=DISTRICT)
    assert r["status"] == ELIGIBLE, r["reasons"]
