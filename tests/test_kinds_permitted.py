"""A permission a text gives businesses is something they apply for or use, not the government's work (issue 23,
kinds): "允许符合…要求的餐饮经营主体开展临时外摆经营。…须于每年4月底前…提交申请，经审核同意…" is 可申请的支持, asked
(需确认: its conditions and the body's approval), never 可以申请 outright and never 政府工作; "不允许…" and "未经允许…"
are no permission; a body allowed to act is doing its work. A date by which a body sets up what it provides
("于2026年上半年在…设立…") is the end of that work. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.claimable import permitted_to_act
from index.facts.deadlines import time_basis
from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "石景山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-permitted", district=DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r


def test_the_words_of_a_permission_given_to_a_business():
    assert permitted_to_act("在夜间消费集聚区内，允许具备条件的餐饮企业延长营业时间至凌晨2时。") == \
        "允许具备条件的餐饮企业延长营业时间至凌晨2时"
    assert permitted_to_act("准许个体工商户在规定时段内占道经营季节性果蔬。") is not None
    assert permitted_to_act("不允许商户在人行道上堆放物品。") is None
    assert permitted_to_act("未经允许，商户不得占用消防通道。") is None
    assert permitted_to_act("允许区商务部门统筹使用专项资金。") is None  # (a body: no business named)


def test_a_permission_to_apply_for_is_a_benefit_asked_not_government_work():
    text = ("在街道划定的点位和时段内，允许符合卫生和安全要求的零售经营主体开展夜间临时摆卖。"
            "临时摆卖须于每年3月底前向街道办事处提交申请，经审核同意后方可开展。")
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert not m["government_only"]
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert _judge(RESTAURANT, text)["status"] != ELIGIBLE


def test_a_permission_with_no_condition_written_is_still_asked_about_its_terms():
    text = "试点期间，允许个体工商户将自有住宅的一层临街房屋改作经营场所，报街道备案。"
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert _judge(SHOP, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_body_setting_up_a_service_by_a_date_ends_its_work_then():
    text = "区市场监管局于2026年下半年在各街道市民服务中心开设个体工商户登记服务专区，提供帮办代办服务。"
    assert list(time_basis(text, 2026, "2026-03-01", kind="duty", valid_until="2028-02-28")["deadlines"]) == ["2026-12-31"]


def test_a_supported_activity_with_a_permit_issued_is_a_permit_but_a_bare_promise_is_not():
    text = "支持零售企业在节假日开展店外促销，经街道审核同意后，办理临时占道许可。"
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert _judge({**RESTAURANT, "industries": ["批发零售"]}, text)["status"] == MAYBE
    assert permitted_to_act("支持企业开展数字化转型，提升管理水平。") is None


@pytest.mark.parametrize("text", [
    "在划定区域内，符合条件的餐饮门店经街道审核同意后，可开展临时外摆经营。外摆申请须于每年4月底前提交。",
    "放宽餐饮经营主体外摆限制，允许在指定时段占道经营，具体区域由区城管委公布。",
])
def test_a_permission_in_other_wordings_is_a_benefit_asked(text):
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert _judge(RESTAURANT, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE  # (a manufacturer: not a restaurant)


def test_a_renewal_granted_on_approval_is_a_permit_applied_for():
    text = "资质证书有效期届满前，企业可以向原发证机关申请延续，经审核同意后，可以延续。"
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m["kind_basis"])
    assert _judge(RESTAURANT, text)["status"] == MAYBE


def test_a_body_inspecting_and_correcting_breaches_is_doing_its_work_and_a_firms_own_price_binds_it():
    text = ("经营期限内，有关行政主管部门应当按照各自职责对经营项目进行检查、评估，对经营单位违反法律、法规规定的行为"
            "予以纠正并依法处理。")
    assert _measure(text)["kind"] == "duty"
    assert _measure("供热企业向用户收取的价格应当执行政府定价。")["kind"] == "obligation"
