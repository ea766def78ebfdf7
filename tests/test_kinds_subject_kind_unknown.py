"""A grant whose sentence opens with its receiver as subject, named by a kind of firm no profile states ("燃气企业…，可以申请
…补助"), is asked ("本条只面向“燃气企业”"), as the same kind named after 对 or 向 already is: never 可以申请 outright to
every firm (issue 23 item 3, "whose benefit"). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "大兴区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


@pytest.mark.parametrize("text, kind", [
    ("燃气企业为保障居民供气而发生的管网改造费用，可以申请一次性补助50万元。", "燃气企业"),
    ("自来水公司因执行居民阶梯水价而发生亏损的，可以申请一次性补助30万元。", "自来水公司"),
])
def test_a_subject_of_a_kind_no_profile_states_is_asked(text, kind):
    m = annotated_measure(text, "test-subject-kind", district=DISTRICT)
    for visitor in (RESTAURANT, LARGE):
        [r] = eligible(visitor, [m], TODAY)
        assert r["status"] == MAYBE, r["reasons"]
        assert any(kind in q["text"] for q in r["questions"]), r["questions"]


@pytest.mark.parametrize("text", ["餐饮企业可以申请一次性补贴5000元。", "小微企业可以申请一次性补贴5000元。"])
def test_a_subject_of_a_kind_the_profile_states_stays_offered(text):
    m = annotated_measure(text, "test-subject-kind", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] == ELIGIBLE, r["reasons"]


@pytest.mark.parametrize("text", ["支持保险公司推出企业复工保险，为餐饮企业给予保费补贴50%。",
                                  "鼓励担保机构设立企业应急周转服务，为餐饮企业给予一次性补贴5000元。"])
def test_a_sentence_opening_with_a_verb_has_no_subject_kind(text):
    m = annotated_measure(text, "test-subject-kind", district=DISTRICT)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert not any("只面向" in q["text"] for q in r["questions"]), r["questions"]



@pytest.mark.parametrize("line", ["联合外卖平台企业发放餐饮消费券，对参加活动的商户给予补贴。",
                                  "支持保险公司为企业提供复工保险，给予保费补贴。"])
def test_a_firm_a_sentence_acts_with_or_on_is_no_subject_kind(line):
    from index.facts.taxonomy import _unknown_kind, load_taxonomy
    assert _unknown_kind(line, load_taxonomy()) is None
