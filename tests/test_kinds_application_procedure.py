"""A business bound to hand in its application, and granted in the same sentence once a body has checked it, is
the grant's procedure, not an obligation of its own (issue 23 item 1: "who acts, who receives"): "…须将…申报材料
报送…审核，审核通过后…予以贴息" is a benefit, asked (符合条件). A business bound to report to a body with no grant after
it, or bound in how it uses a grant, stays bound. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE
from index.facts.kinds import sentence_kind
from tests.kit import judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("顺义区")


@pytest.mark.parametrize("sentence", [
    "有意向的小型微型企业须将技改补助申请书提交区科技和信息化局审核，审核通过后按照设备投资额的20%给予补助。",
    "需要融资担保费补贴的小微企业应当把申报材料报送区金融办评审，评审通过的，予以担保费50%的补贴。",
])
def test_a_business_handing_in_its_application_before_a_grant_is_the_grants_procedure(sentence):
    assert sentence_kind(sentence, True)[0] == "benefit"


def test_such_a_grant_is_asked_of_the_small_firm_and_not_offered_to_the_large_one():
    text = ("设备更新补助。符合条件的小型微型企业须将技改补助申请书提交区科技和信息化局审核，审核通过后按照设备投资额的20%"
            "给予补助，最高30万元。")
    assert judged(RESTAURANT, text, today=TODAY, district="顺义区")["status"] == MAYBE
    assert judged(LARGE, text, today=TODAY, district="顺义区")["status"] == INELIGIBLE


@pytest.mark.parametrize("sentence", [
    "重点用能企业应当将上一年度能源消费报告报送区发展改革委审核。",  # a report, nothing granted
    "获得补助的企业应当将资金用于设备更新，不得挪作他用。",  # how a grant is used
    "申请补助的企业应当对所报材料的真实性负责。",
])
def test_a_business_bound_with_no_grant_after_the_check_stays_bound(sentence):
    assert sentence_kind(sentence, True)[0] == "obligation"
