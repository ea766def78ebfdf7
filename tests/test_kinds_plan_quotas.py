"""A grant whose receivers are decided, not claimed (issue 23 item 2: never 可以申请 outright): a quota or a selection
written anywhere in the measure ("名额有限，先到先得", "择优确定支持对象", "每年支持不超过50家", "达到预算上限后停止受理"),
a recommendation it goes through ("须经所在街道推荐" — a step of the grant, not an obligation of the business), or terms in
a notice still to come ("以…发布的申报通知为准", "详见申报指南"). Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, _, _ = visitors("石景山区")
GRANT = "对本区小微餐饮企业给予一次性数字化补贴3000元"


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-quotas", district="石景山区")


def _status(text: str) -> str:
    [r] = eligible(RESTAURANT, [_measure(text)], TODAY)
    return r["status"]


@pytest.mark.parametrize("tail", [
    "，名额有限，先到先得。",
    "，由区商务局根据预算择优确定支持对象。",
    "，每年支持不超过50家。",
    "。补贴总额达到年度预算上限后停止受理。",
    "，须经所在街道推荐。",
    "，具体以区商务局届时发布的申报通知为准。",
    "，申报条件详见申报指南。",
])
def test_a_grant_decided_by_others_is_asked(tail):
    assert _measure(GRANT + tail)["kind"] == BENEFIT
    assert _status(GRANT + tail) == MAYBE


def test_a_grant_with_nothing_left_to_decide_stays_eligible():
    assert _status(GRANT + "。") == ELIGIBLE


def test_vouchers_a_business_may_claim_are_asked():
    # "可申领…券": how many and to whom first is the issuer's notice's
    assert _status("本区小微餐饮企业可申领最高2000元的数字化服务券，用于购买线上营销服务。") == MAYBE
