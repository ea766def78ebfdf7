"""A customer's recourse against the business it deals with ("乘客与客运经营者发生纠纷的，可以…投诉") is the person's, never
the business's right (issue 23 item 1: a general provision is not offered); a business's own recourse against another
business stays its right. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import RIGHT, eligible
from index.facts.kinds import sentence_kind
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("门头沟区")


@pytest.mark.parametrize("sentence", [
    "乘客与客运经营者发生纠纷的，可以向交通运输部门投诉。",
    "游客认为景区经营者侵害其合法权益的，有权向文化和旅游部门举报。",
    "顾客在餐饮门店就餐受到损害的，可以要求经营者赔偿，也可以向市场监管部门投诉。",
])
def test_a_customers_recourse_is_not_the_businesss_right(sentence):
    assert sentence_kind(sentence, False)[0] == "general"
    m = annotated_measure(sentence, "test-customer", district="门头沟区")
    for visitor in (RESTAURANT, SHOP, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] != RIGHT, r["reasons"]


def test_a_businesss_own_recourse_against_another_business_stays_its_right():
    sentence = "小微企业与大型企业发生货款纠纷的，可以向区中小企业服务机构投诉。"
    assert sentence_kind(sentence, False)[0] == "right"
    m = annotated_measure(sentence, "test-customer", district="门头沟区")
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == RIGHT, r["reasons"]
