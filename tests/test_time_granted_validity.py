"""The validity of what a measure grants is not the measure's (issue 23 item 4): "经审核同意后有效期1年" after an
application, "核发临时经营许可，有效期一年", "获批之日起2年内有效" say how long the permit, certificate or voucher
lasts once granted, never that the measure ends a year after it was issued; a yearly window (每年4月底前) inside the
document's validity then gives the last such day within it. The text's own period ("本措施有效期2年") is still its
end. The sentences are the tests' own."""
from __future__ import annotations

from index.facts.deadlines import extract_deadlines, time_basis

ISSUED = "2026-03-10"
VALID = "2028-03-09"


def test_a_period_after_the_approval_of_an_application_is_the_validity_of_what_is_granted():
    for text in ("临时促销活动须于每年3月底前向属地街道提出申请，经审核同意后有效期1年。",
                 "临时促销活动须于每年3月底前向属地街道提出申请，审批通过后有效期为一年。",
                 "临时促销活动须于每年3月底前向属地街道提出申请，获批之日起2年内有效。"):
        assert extract_deadlines(text, 2026, ISSUED) == [], text
        # the last yearly round inside the document's validity ends the measure
        assert list(time_basis(text, 2026, ISSUED, valid_until=VALID)["deadlines"]) == ["2027-03-31"], text


def test_a_period_following_the_issue_of_a_permit_or_voucher_is_that_things_validity():
    assert extract_deadlines("符合条件的，由区城管委核发临时外摆许可，有效期一年。", 2026, ISSUED) == []
    assert extract_deadlines("区商务局向参与商户发放经营补贴凭证，有效期为6个月。", 2026, ISSUED) == []


def test_the_texts_own_period_is_still_its_end():
    assert extract_deadlines("本措施自印发之日起施行，有效期2年。", 2026, ISSUED) == ["2028-03-09"]
    assert extract_deadlines("本项政策经区政府同意后实施，有效期1年。", 2026, ISSUED) != []


def test_a_period_after_a_clause_of_approval_or_of_a_permit_issued_is_what_is_granted():
    text = "商户须于每年3月底前向街道办事处申请，经审核通过的，有效期为两年。"
    assert extract_deadlines(text, 2026, ISSUED) == []
    text = "经街道审核同意后，核发临时经营许可，有效期一年。"
    assert extract_deadlines(text, 2026, ISSUED) == []
    # the text's own approval by the government is not a grant: its period is the text's
    assert extract_deadlines("本办法经区政府同意，有效期2年。", 2026, ISSUED) == ["2028-03-09"]


def test_a_season_of_taking_applications_ends_the_grant_and_a_document_issued_to_the_applicant_holds_its_own_period():
    assert extract_deadlines("对小微企业给予补贴，2026年第四季度集中受理。", 2026, ISSUED) == ["2026-12-31"]
    assert extract_deadlines("对小微企业给予补贴，经审核后发放《补贴确认书》，有效期2年。", 2026, ISSUED) == []
