"""A must due within a period written without 前 ("申请须于2026年上半年向出租方提出", "应在第三季度内完成申报"): the period's
end is the applicant's last day (index/source/dates.py), on wordings written for this test."""
from __future__ import annotations

import pytest

from index.facts.deadlines import time_basis


@pytest.mark.parametrize("text, end", [
    ("减免租金的申请须于2026年上半年向产权单位提出，逾期不再受理。", "2026-06-30"),
    ("符合条件的商户应在2026年第三季度内完成线上报名。", "2026-09-30"),
    ("补贴申请须于2026年下半年通过区政务服务网提交。", "2026-12-31"),
])
def test_a_must_due_within_a_period_ends_with_the_period(text, end):
    assert list(time_basis(text, 2026, "2026-03-01")["deadlines"]) == [end]


def test_a_body_working_within_a_period_is_not_the_applicant_last_day():
    text = "区商务局应在2026年第三季度内完成街区改造，对入驻商户给予租金补贴。"
    assert "2026-09-30" not in time_basis(text, 2026, "2026-03-01", kind="benefit")["deadlines"]
