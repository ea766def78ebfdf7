"""A body's service that businesses may sign up for, in a sentence where the taxonomy reads no grant clause, keeps the
modal reading (a right the business may use): it is never blanked to government work with an empty basis (review 33
P1). A lender or a platform that signs up to serve others is not offered the service. Every sentence here was written
for these tests."""
from __future__ import annotations

import pytest

from index.facts.claimable import opened_to_apply
from index.facts.kinds import BENEFIT, DUTY
from tests.kit import annotated_measure

SIGN_UPS = [
    "区商务局组织企业参加中国国际服务贸易交易会，辖区中小企业均可自愿报名，展位费由区财政全额承担。",
    "区商务局举办年度老字号博览会，辖区餐饮企业均可自愿报名参展。",
]


@pytest.mark.parametrize("text", SIGN_UPS)
def test_a_sign_up_without_a_grant_clause_stays_offered(text):
    m = annotated_measure(text, "test-sign-up", district="朝阳区")
    assert m["kind"] != DUTY
    assert m["kind_basis"]


@pytest.mark.parametrize("sentence", [
    "本市融资担保公司均可自愿报名参与小微企业贷款风险补偿资金池。",
    "区内电商平台企业可自愿报名承担消费券发放工作。",
])
def test_a_role_serving_others_does_not_sign_up_for_a_support(sentence):
    assert opened_to_apply(sentence) is None
    assert annotated_measure(sentence, "test-sign-up", district="朝阳区")["kind"] != BENEFIT
