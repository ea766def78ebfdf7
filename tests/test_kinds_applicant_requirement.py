"""A requirement on who applies, written in a sentence of its own after the grant ("商户须为…的中小企业", "申请主体应当为…",
"仅限…企业申报"), restricts the grant as a size or a kind of business in the receiver phrase does (issue 23); a
requirement on another party ("合作银行须为…", "服务机构应为…") or 为 meaning "for" ("须为…企业提供…") does not.
Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "怀柔区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _statuses(text: str) -> tuple[str, str, str]:
    m = annotated_measure(text, "test-applicant-requirement", district=DISTRICT)
    return tuple(judged(p, m, today=TODAY)["status"] for p in (RESTAURANT, SHOP, LARGE))


@pytest.mark.parametrize("text", [
    "对在本区开设社区便民网点的商户给予每个网点2万元建设补贴。商户须为在本区登记注册的中小微企业。",
    "对购置节能设备的企业按购置额的10%给予补助。企业应当为小型或微型企业。",
    "对新建冷链仓储设施的企业给予建设补贴。仅限小型、微型企业申请。",
    "对参加境外展会的企业给予展位费补贴，最高5万元。申报主体必须是中小企业，须于每年11月前提出申请。",
])
def test_an_applicant_requirement_of_its_own_takes_the_grant_from_a_large_firm(text):
    restaurant, shop, large = _statuses(text)
    assert large == INELIGIBLE
    assert restaurant in (ELIGIBLE, MAYBE)
    assert shop == INELIGIBLE  # a 个体工商户 is no enterprise of the sizes required


def test_an_applicant_requirement_naming_a_kind_of_business_keeps_the_grant_to_it():
    restaurant, shop, large = _statuses("对吸纳本区户籍劳动力就业的经营者给予每人1000元补贴。申请对象须是个体工商户。")
    assert (restaurant, large) == (INELIGIBLE, INELIGIBLE)
    assert shop in (ELIGIBLE, MAYBE)


@pytest.mark.parametrize("text", [
    # a requirement on the bank or the service provider, not on the applicant
    "对取得技术改造贷款的企业给予贴息。合作银行须为在本区设有分行的金融机构，服务机构应为中小企业。",
    # 为 = for: the firms the applicant serves
    "对开展协作配套的企业给予奖励。企业须为大中型企业提供配套零部件。",
])
def test_a_requirement_on_another_party_or_for_another_party_restricts_nobody(text):
    restaurant, shop, large = _statuses(text)
    assert large in (ELIGIBLE, MAYBE)
    assert restaurant in (ELIGIBLE, MAYBE)
