"""A body's service opened to the businesses who sign up for it ("面向…经营主体开放报名", "企业均可自愿报名") is a support
the business requests (issue 23 item 1), not only the body's work: who is to act after the body decides. A body's work
nobody signs up for, and a business bound to apply, stay what they were. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.claimable import opened_to_apply
from index.facts.kinds import BENEFIT, DUTY, OBLIGATION, sentence_kind
from tests.kit import annotated_measure

OPENED = [
    # the body runs it, the businesses are named as those it is opened to
    "开展质量管理免费诊断。区市场监管局委托专业机构开展质量管理免费诊断服务，面向本区制造业企业开放申请，诊断费用由区级财政承担。",
    # the businesses named as those who may sign up
    "提供免费法律体检。区司法局组织律师事务所为小微企业提供免费法律体检服务，有需要的企业均可自愿报名，费用由区级财政承担。",
    # the body's sessions, opened to sign up, the receivers written before the verb
    # (and the businesses designated as the ones who apply to the body for places)
    "组织青年技能人才研修。区人力资源和社会保障局每年组织青年技能人才免费研修，由其所在企业统一向区人力资源和社会保障局申报名额，研修费用由区级财政承担。",
    "开设出口退税辅导课堂。区税务局按月开设出口退税辅导课堂，面向辖区外贸企业免费接受预约，每期30个名额。",
]


@pytest.mark.parametrize("text", OPENED)
def test_a_service_opened_to_businesses_who_sign_up_is_a_support(text):
    assert annotated_measure(text, "test-opened", district="海淀区")["kind"] == BENEFIT


@pytest.mark.parametrize("sentence, kind", [
    # the same body's work with nobody to sign up: its duty
    ("区商务局每半年举办一场跨境电商实务公益讲座，各街道负责宣传动员。", DUTY),
    # a business bound to apply to a body: its obligation, never a support it signs up for
    ("企业应当由法定代表人向登记机关申请变更登记。", OBLIGATION),
])
def test_work_nobody_signs_up_for_and_a_bound_applicant_stay_as_they_were(sentence, kind):
    assert opened_to_apply(sentence) is None
    assert sentence_kind(sentence, True)[0] == kind
