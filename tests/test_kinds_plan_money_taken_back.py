"""What follows a breach is liability whatever order the sentence names it in (issue 23 item 2: duties, obligations and
general provisions are never offered): the money named first, then taken back ("已发放补贴资金全额收回"), and the
blacklist a cheat is put on ("列入…失信记录"). A grant with such a warning after it stays the grant. Every sentence
here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE
from index.facts.kinds import BENEFIT, liability
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, _, _ = visitors("顺义区")

BREACHES = [
    "如实申报经营数据。享受本项租金补贴的商户应当按时提交经营报表。经核查存在虚报营业额情形的，已发放补贴资金全额收回，"
    "并列入本区公共信用失信记录。",
    "规范使用专项资金。经审计发现项目单位挪用专项资金的，区财政局将已拨付奖励资金依法收回，三年内不再受理其申请。",
    "诚信参加展会补贴申报。发现参展企业提供不实材料的，取消其参展补贴资格，已兑付的补贴予以追回。",
]


@pytest.mark.parametrize("text", BREACHES)
def test_what_follows_a_breach_is_never_offered(text):
    m = annotated_measure(text, "test-taken-back", district="顺义区")
    assert m["kind"] != BENEFIT, m["kind_basis"]
    assert judged(RESTAURANT, text, today=TODAY, district="顺义区")["status"] == INELIGIBLE


def test_a_grant_with_the_warning_after_it_stays_the_grant():
    text = "支持餐饮门店升级。对本区小型微型餐饮企业更新厨房设备的，给予设备价款20%的补贴，每家最高3万元；对提供虚假材料的，补贴资金予以收回。"
    assert liability("对本区小型微型餐饮企业更新厨房设备的，给予设备价款20%的补贴，每家最高3万元；对提供虚假材料的，补贴资金予以收回。") is None
    assert annotated_measure(text, "test-taken-back", district="顺义区")["kind"] == BENEFIT
    assert judged(RESTAURANT, text, today=TODAY, district="顺义区")["status"] != INELIGIBLE
