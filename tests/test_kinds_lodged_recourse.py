"""How a body deals with a complaint, a report or an objection already lodged (a time limit counted from its receipt,
the decision and whom it notifies) is the body's procedure (政府职责), never offered as a right: the right is the
channel, opened by the article that lets the business lodge it (issue 23 items 1–2). A sentence that opens the
channel keeps the time limit with the right. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "大兴区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, RIGHT}


@pytest.mark.parametrize("text", [
    "区市场监督管理局应当自收到企业举报之日起十五个工作日内作出核查结论，并书面告知举报人。",
    "区营商环境建设局对于经营主体提出的投诉事项，应当在七个工作日内办结并答复。",
    "区商务局应当在接到商户投诉后五个工作日内作出处理决定，并通知投诉人和被投诉的经营者。",
])
def test_handling_what_was_lodged_is_the_bodys_duty(text):
    m = annotated_measure(text, "test-lodged", district=DISTRICT)
    assert m["kind"] == "duty", (m["kind"], m["kind_basis"])
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] not in OFFERED, r["reasons"]


@pytest.mark.parametrize("text", [
    "企业对检查结果有异议的，可以向区司法局申诉，区司法局应当自收到申诉之日起10个工作日内答复。",
    "中小企业可以向区中小企业服务中心投诉拖欠账款。区经济和信息化局应当自收到投诉之日起10个工作日内作出处理。",
])
def test_the_channel_stays_a_right_with_its_time_limit(text):
    m = annotated_measure(text, "test-lodged", district=DISTRICT)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == RIGHT, r["reasons"]
