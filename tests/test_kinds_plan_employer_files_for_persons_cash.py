"""Cash the text gives to persons stays the persons' even when their firm is designated to file for it ("由用人单位统一
向…申报，给予个人最高50万元安家补贴"): the firm is the receiver only of what it applies for by name, a place or an
allocation (review 33 P3). Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.receivers import PERSON, role_receiver
from tests.kit import annotated_measure


@pytest.mark.parametrize("text", [
    "对新引进的高层次人才，由用人单位统一向区人才服务中心申报，给予个人最高50万元安家补贴。",
    "对新引进的博士后研究人员，由设站企业统一向区人力社保局申请安家补贴，每人最高20万元。",
])
def test_a_persons_cash_filed_by_the_firm_stays_the_persons(text):
    assert role_receiver(text)[0] == PERSON
    m = annotated_measure(text, "test-employer-cash", district="朝阳区")
    assert "企业" not in [t for c in m["eligibility"]["clauses"] for t in c["entity_types"]]
