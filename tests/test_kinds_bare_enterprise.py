"""A later sentence of a measure that names its receiver as a bare 企业 (首贷企业, 该企业) is for the size of the
enterprises an earlier sentence named (issue 23: no 中小企业 benefit offered to a large enterprise); one that names
a size of its own or every size keeps it. The sentences were written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "石景山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)

FIRST_LOAN = ("对首次获得银行贷款的小微企业，按照实际支付利息的40%给予贴息。向企业放贷的合作银行不属于贴息对象，"
              "担保机构对首贷企业收取的担保费率不得超过1%。")
EVERY_SIZE = ("对首次获得银行贷款的小微企业，按照实际支付利息的40%给予贴息。对各类企业的技术改造贷款，"
              "按照贷款利息的10%给予贴息。")


def _judge(profile: dict, text: str) -> str:
    return judged(profile, text, doc_id="test-bare-enterprise", district=DISTRICT, today=TODAY)["status"]


def test_a_bare_enterprise_after_a_sized_one_is_of_that_size():
    measure = annotated_measure(FIRST_LOAN, "test-bare-enterprise", district=DISTRICT)
    assert all(clause["sizes"] for clause in measure["eligibility"]["clauses"]), measure["eligibility"]["clauses"]
    assert _judge(LARGE, FIRST_LOAN) == INELIGIBLE
    assert _judge(RESTAURANT, FIRST_LOAN) != INELIGIBLE


def test_every_size_named_in_a_later_sentence_stays_every_size():
    assert _judge(LARGE, EVERY_SIZE) != INELIGIBLE


def test_a_bare_enterprise_granted_after_a_sized_party_the_measure_protects_is_of_that_size():
    # the sized party is named in a protection (a rent cap), not in a grant clause; the grant after it names 企业
    text = ("对入驻区级特色产业园区的制造业中小企业，园区运营方收取的租金不得高于指导价格；企业在园区连续经营满2年的，"
            "自第三年起由区财政按照实际租金的30%给予补贴，每家企业每年最高50万元。")
    assert _judge(LARGE, text) == INELIGIBLE
    assert _judge({**RESTAURANT, "industries": ["制造业"]}, text) != INELIGIBLE
    # a large firm named before is no narrowing
    text = ("鼓励大型企业与中小企业组建创新联合体；企业牵头承担市级以上科技项目的，按照项目经费的10%给予配套支持，"
            "最高100万元。")
    assert _judge(LARGE, text) != INELIGIBLE


def test_a_sized_party_in_a_sentence_of_its_own_before_does_not_size_a_later_grant():
    # a body's duty toward SMEs, then a grant to any 企业 in a sentence of its own (the reviewer's case)
    text = "区政府应当加强对中小企业的服务。企业新招用高校毕业生的，按每人3000元给予补贴。"
    assert _judge(LARGE, text) != INELIGIBLE
