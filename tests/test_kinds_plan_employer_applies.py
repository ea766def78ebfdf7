"""A grant for a firm's people that the firm is designated to apply for ("对…认定的…人才，由其所在企业统一向…申请人才公寓
配租") is the firm's (issue 23 item 3: the beneficiary by its role — the one who files and holds the allocation), and a
support it requests (item 1), not the government's work nor a person's benefit. A grant a person receives, or one the
firm only files on the person's behalf (代为), stays the person's. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE
from index.facts.kinds import BENEFIT
from index.facts.receivers import EMPLOYER, PERSON, role_receiver
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "石景山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)

FIRMS = [
    "保障科技骨干租住。对经区科学技术和信息化局认定的青年科技人才，由其所在企业统一向区住房保障部门申请人才公寓配租，"
    "租金按照同类房源市场价的60%收取。",
    "支持引进紧缺人才。对入选区级青年英才计划的科研人才，由用人单位集中向区住房保障中心申报保障性租赁住房，"
    "租金不高于同区域市场租金的八折收取。",
]


@pytest.mark.parametrize("text", FIRMS)
def test_a_grant_the_firm_is_designated_to_apply_for_is_the_firms(text):
    m = annotated_measure(text, "test-employer", district=DISTRICT)
    assert m["kind"] == BENEFIT, m["kind_basis"]
    assert role_receiver(text.split("。", 1)[1])[0] == EMPLOYER
    assert [c["entity_types"] for c in m["eligibility"]["clauses"]] == [["企业"]]
    assert judged(RESTAURANT, text, today=TODAY, district=DISTRICT)["status"] != INELIGIBLE
    assert judged(SHOP, text, today=TODAY, district=DISTRICT)["status"] == INELIGIBLE  # (an 个体工商户 is no 企业)


@pytest.mark.parametrize("sentence", [
    # the person receives, no firm files
    "对在本区就业的高校毕业生，给予每人每月1000元租房补贴。",
    # the firm files on the person's behalf only
    "对经认定的高层次人才，由其所在企业代为向区人力资源和社会保障局申请人才公寓配租。",
])
def test_a_persons_grant_stays_the_persons(sentence):
    assert role_receiver(sentence)[0] == PERSON
