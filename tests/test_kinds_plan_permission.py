"""A permission a business applies for to operate outside its premises (申请设置外摆区域, 提出店外经营申请, 申请临时占道经营) is
可申请的支持 (issue 23 item 1: "a permit or status it can apply for"), not only a right because the body must answer in
time. The sentences were written for these tests or are a reviewer's probes (none from the evaluation sets)."""
from __future__ import annotations

import pytest

from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure


@pytest.mark.parametrize("text", [
    # (however the application is worded: a permission to operate outside the premises reads alike)
    "支持沿街商铺外摆。沿街餐饮门店在规定时段内可申请设置外摆桌椅经营区域，由城管执法部门会同属地街道审核。",
    "活跃夏季夜市。零售商户提出店外临时经营申请的，属地街道应当在5个工作日内作出答复。",
    "餐饮企业可以申请临时占道经营，由街道办事处审核。",
    "餐饮企业提出外摆经营申请的，街道办事处应当在3个工作日内答复。",
    "餐饮企业可以申请设置外摆摊位。",
])
def test_a_permission_to_operate_applied_for_is_a_benefit(text):
    assert annotated_measure(text, "test-permission")["kind"] == BENEFIT
