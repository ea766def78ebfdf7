"""A grant to those who had already done something by a date ("对2027年3月31日前已与…签订…合同的…"): the date qualifies
who receives, it is no end of the measure (issue 23 item 4), the party the receiver signed with is not the receiver
(item 3: "the landlord … is not the beneficiary", here named as the other party of the lease), and the question asks
the whole condition, date included. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.deadlines import EXPIRED
from index.facts.eligibility import INELIGIBLE, MAYBE
from tests.kit import judged, visitors

TODAY = date(2027, 5, 10)
RESTAURANT, SHOP, LARGE = visitors("大兴区")
TEXT = ("续租补贴。对2027年3月31日前已与区属国有资产运营公司签订三年以上租赁合同的小型微型企业，给予首年租金20%的补贴。")
DOCUMENT = {"issued": "2027-02-15", "valid_until": "2028-12-31"}


def test_a_date_the_receivers_act_was_done_by_is_no_end():
    r = judged(RESTAURANT, TEXT, today=TODAY, district="大兴区", document=DOCUMENT)
    assert r["deadline_status"] != EXPIRED, r["reasons"]
    assert r["status"] == MAYBE, r["reasons"]


def test_the_other_party_of_the_lease_is_not_who_receives_and_the_whole_condition_is_asked():
    r = judged(RESTAURANT, TEXT, today=TODAY, district="大兴区", document=DOCUMENT)
    assert not any("国有" in reason for reason in r["reasons"] if reason.startswith("本条面向")), r["reasons"]
    assert "是否满足本条写明的条件：“2027年3月31日前已与区属国有资产运营公司签订三年以上租赁合同的小型微型企业”？" in r["missing"]
    assert judged(LARGE, TEXT, today=TODAY, district="大兴区", document=DOCUMENT)["status"] == INELIGIBLE


def test_a_date_an_act_is_to_be_done_by_still_ends_the_measure():
    text = "门店改造补贴。对2027年3月31日前完成门店改造的小型微型餐饮企业，给予改造费用20%的补贴。"
    r = judged(RESTAURANT, text, today=TODAY, district="大兴区", document=DOCUMENT)
    assert r["deadline_status"] == EXPIRED, r["reasons"]
