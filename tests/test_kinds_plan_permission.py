"""A permission a business applies for to operate ("…经营主体可以向所在街道办事处申请开展店外经营", "申请设置临时摊位区域") is
可申请的支持 (issue 23 item 1: "a permit or status it can apply for"), not only a right because the body must answer in
time. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

import pytest

from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure


@pytest.mark.parametrize("text", [
    "在区商务局划定的夜市区域内，零售经营主体可以向所在街道办事处申请开展临时摊位经营，街道办事处应当在5个工作日内答复。",
    "支持早餐车经营。早餐经营主体可以向区城市管理委申请设置临时早餐车停靠区域，经审核同意后在规定时段经营。",
])
def test_a_permission_to_operate_applied_for_is_a_benefit(text):
    assert annotated_measure(text, "test-permission")["kind"] == BENEFIT
