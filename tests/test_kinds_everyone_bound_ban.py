"""A ban binding everyone ("任何单位和个人不得侵占…") protects a business only where the sentence names one besides the
bound "单位和个人" (issue 23 item 1: a duty is never offered as a right); a business named as what must not be burdened
stays protected. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.kinds import sentence_kind


@pytest.mark.parametrize("sentence", [
    "任何单位和个人不得侵占和损毁古树名木。",
    "任何单位和个人不得侵占、填埋河道。",
    "任何单位或者个人不得强制摊派义务植树任务以外的费用。",
])
def test_everyone_bound_by_a_ban_is_no_business_protected(sentence):
    assert sentence_kind(sentence, False)[0] != "right"


@pytest.mark.parametrize("sentence", [
    "任何单位和个人不得侵占个体工商户依法取得的经营场所。",
    "小微企业依法使用的经营场地，任何单位和个人不得侵占。",
    "任何单位和个人不得向个体工商户摊派。",
])
def test_a_business_named_besides_the_bound_is_still_protected(sentence):
    assert sentence_kind(sentence, False)[0] == "right"


@pytest.mark.parametrize("sentence", [
    # the reviewer's probe (review 32, R3 remaining gap)
    "任何单位和个人不得侵占、挪用中小企业发展专项资金。",
    # own wordings: a fund named after the businesses it serves is money, not a business acted upon
    "任何单位和个人不得截留、挤占小微企业纾困基金。",
    "任何组织和个人不得挪用个体工商户帮扶资金。",
])
def test_a_business_named_inside_a_funds_name_is_no_business_protected(sentence):
    assert sentence_kind(sentence, False)[0] != "right"


@pytest.mark.parametrize("sentence", [
    "任何单位和个人不得侵占、挪用企业资金。",
    "任何单位和个人不得截留拨付给中小企业的补助资金。",
])
def test_guard_a_businesss_own_money_or_money_owed_to_it_stays_protected(sentence):
    assert sentence_kind(sentence, False)[0] == "right"
