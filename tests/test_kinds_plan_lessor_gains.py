"""A lessor rewarded on what it lets out receives, even when what it lets are premises (issue 23 item 3, "the landlord …
not the beneficiary" — unless the grant is the landlord's own): "中型制造业企业将闲置厂房出租给初创企业的，按照租金收入的10%给予
奖励" grants to the lessor. The hand-over was already read as the giver's gain, but the owner-of-premises reading
("…企业…厂房") still blanked the lessor as a landlord, so the measure had no receiver and read as 政府工作. Wordings
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("顺义区")
MEDIUM_MAKER = {**LARGE, "size": "中型"}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-lessor-gains", district="顺义区")


@pytest.mark.parametrize("text", [
    "本区中型制造业企业将闲置厂房出租给初创企业的，按照租金收入的10%给予奖励。",
    "工业企业将自有闲置楼宇出租给科技型企业使用的，按照年度租赁收入的5%给予奖励，最高50万元。",
    "制造业企业将存量厂房以低于市场价出租给小微企业的，按照让利部分的30%给予补贴。",
])
def test_a_lessor_of_premises_rewarded_on_its_letting_receives(text):
    m = _measure(text)
    assert m["kind"] == "benefit" and not m.get("government_only"), (m["kind"], m.get("kind_basis"))
    [r] = eligible(MEDIUM_MAKER, [m], TODAY)
    assert r["status"] != INELIGIBLE, r["reasons"]


def test_guard_a_rent_cut_for_the_tenant_stays_the_tenants():
    m = _measure("区属国有企业将自有厂房出租给小微企业的，减免3个月租金。")
    [r] = eligible(LARGE, [m], TODAY)
    assert r["status"] == INELIGIBLE  # (the tenant is a 小微企业; the landlord receives nothing)
    [r] = eligible(RESTAURANT, [m], TODAY)
    assert r["status"] != INELIGIBLE


@pytest.mark.parametrize("text", [
    "对中型制造业企业将闲置厂房出租给初创企业的，按照租金收入的10%给予奖励。",
    "对中型制造企业把自有闲置车间出租给科技型小微企业的，按照年度租赁收入的5%给予奖励。",
    "对中型商贸企业将自有门面出租给退役军人创业的，按照租金收入的20%给予奖励。",
])
def test_a_lessor_named_after_dui_rewarded_on_its_letting_receives_with_its_own_size(text):
    # the lessor is the party after 对; the tenant's size (初创, 小微) is not the receiver's
    m = _measure(text)
    assert m["kind"] == "benefit", (m["kind"], m.get("kind_basis"))
    assert m["sizes"] == ["中型"]
    [r] = eligible({**MEDIUM_MAKER, "industries": ["制造业", "批发零售"]}, [m], TODAY)
    assert r["status"] != INELIGIBLE, r["reasons"]
