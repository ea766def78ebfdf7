"""What a plan's grant depends on that no visitor profile answers (issue 23: "no conditional grant called 可以申请"):
  - a preference in public purchasing (a share set aside for small firms, a price deduction) holds only in the
    purchases the text names, for a bidder: 需确认, and the share set aside for 中小企业 is a medium firm's too;
  - a grant paying for what the receiver did, written in its receiver phrase ("对本区小微企业参加…组织的…，按照…给予",
    "租用…服务的商户，按照…给予"): whether the visitor did it is asked.
Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.procurement import procurement_preference
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "丰台区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
MEDIUM = {**RESTAURANT, "size": "中型", "industries": ["制造业"]}


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-plan-conditions", district=DISTRICT)], TODAY)
    return r


SET_ASIDE = ("支持中小企业参与政府采购。区属行政事业单位采购200万元以下的工程项目，一般全部预留给中小企业；"
             "对未预留的项目，给予小型微型企业报价8%的价格扣除。")


def test_a_share_set_aside_for_small_firms_is_asked_never_eligible():
    r = _judge(RESTAURANT, SET_ASIDE)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("政府采购中的优惠" in q for q in r["missing"])


def test_the_share_set_aside_for_smes_is_offered_to_a_medium_firm_and_never_to_a_large_one():
    assert _judge(MEDIUM, SET_ASIDE)["status"] == MAYBE
    assert _judge(LARGE, SET_ASIDE)["status"] == INELIGIBLE


def test_a_share_set_aside_is_asked_wherever_the_measure_says_it_is_a_purchase():
    text = ("扩大采购份额：本区各预算单位购买数据服务，50万元以下的全部面向中小企业采购；其余项目预留30%以上的份额"
            "面向中小企业。")
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]


@pytest.mark.parametrize("text, words", [
    # (the purchase named in another sentence of the measure)
    ("对未预留份额的项目，给予小微企业报价10%的价格扣除。", "价格扣除"),
    ("采购人应当预留给中小企业不低于30%的采购份额。", "预留给中小企业"),
])
def test_the_preference_words_are_those_that_give_it(text, words):
    assert procurement_preference(text, "本区预算单位采购货物和服务。" + text) == words


def test_a_share_with_no_purchase_anywhere_is_no_purchasing_preference():
    assert procurement_preference("预留份额专门用于扶持本区创业团队。") is None


@pytest.mark.parametrize("text, act", [
    ("支持拓展国内市场。对本区小微企业参加区经济和信息化局组织的国内专业展会，按照展位费的60%给予补贴，每家企业"
     "每年最高10万元。", "参加区经济和信息化局组织的国内专业展会"),
    ("推广智慧收银。区商务局遴选一批收银系统服务商，服务商不享受本项补贴。租用上述收银系统的个体工商户和小微企业，"
     "按照年度租用费的40%给予补贴，每户最高3000元。", "租用上述收银系统"),
])
def test_a_grant_for_what_the_receiver_did_asks_whether_it_did(text, act):
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert f"是否满足本条写明的条件：“{act}”？" in r["missing"]


def test_an_act_after_a_place_or_a_channel_is_asked_too():
    # "对小微企业在境外注册商标的，每件给予…": the act (注册) comes after where it was done
    text = "对本区小微企业在境外申请注册商标的，每件给予8000元补贴。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]


def test_a_free_service_the_receiver_only_books_stays_eligible():
    text = ("提供免费经营诊断。区商务局委托专业机构为本区小微企业免费提供经营诊断服务，小微企业可通过“丰台企服”"
            "小程序预约。")
    assert _judge(RESTAURANT, text)["status"] == ELIGIBLE
