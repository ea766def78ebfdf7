"""The party that hands a thing over to another is not the receiver (issue 23 item 3, "the landlord of 区属国有企业房屋 …
is not the beneficiary"): "X将…用房出租给Y的，免收…租金" and "X出租…给Y的" give to Y, the party after 给, whether Y is
named alone or with a condition ("出租给…新登记的个体工商户"). And a grant the receiver phrase gives to 个体工商户 only is
not an enterprise's, even with a condition of its own between the receiver and the grant.
Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, eligible
from index.facts.kinds import blank_providers
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "西城区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-handed-over", district=DISTRICT)], TODAY)
    return r


def test_the_party_renting_out_is_blanked_and_the_party_it_rents_to_is_not():
    text = "区属国有企业将闲置商铺出租给当年新登记的个体工商户的，减免前2个月租金。"
    blanked = blank_providers(text)
    assert "国有企业" not in blanked and "个体工商户" in blanked


def test_a_rent_cut_for_individual_businesses_renting_from_a_state_landlord_is_theirs_not_the_landlords():
    text = ("盘活国有闲置房产。区属国有企业把空置底商以不高于市场价的租金出租给首次开业的个体工商户，首年免收60天房租。")
    r = _judge(SHOP, text)
    assert r["status"] != INELIGIBLE, r["reasons"]
    assert not any("国有企业" in reason for reason in r["reasons"] if reason.startswith("本条面向"))
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE  # an enterprise is not an individual business


def test_a_rent_cut_for_small_firms_and_individual_businesses_named_after_the_landlord_is_for_both():
    text = "区属国有企业出租经营用房给本区小微企业和个体工商户的，减免3个月租金。"
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_grant_to_individual_businesses_with_a_condition_before_the_grant_is_not_an_enterprises():
    # "对…经营早点铺、便利店等业态的个体工商户，连续经营满1年的，按照…给予": the receiver is named before its own condition;
    # the shops its trade words name are run by individual businesses here, not by companies
    text = ("支持社区小店升级。对在社区商业网点内经营小吃店、便利店等业态的个体工商户，连续经营满1年的，按照设备更新投入的"
            "40%给予一次性补助，最高1万元。")
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(SHOP, text)["status"] != INELIGIBLE
