"""A firm rewarded for what it does for others, named as the subject of its own act with no 对 before it ("大型企业
为…中小企业提供…的，…给予奖励"): the grant is the acting firm's, the small firms it serves are not offered it, and their
size does not bar the firm that acts (review: "龙头企业为配套中小企业提供担保" offered to the 中小企业). Wordings
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("怀柔区")
MEDIUM = {**RESTAURANT, "size": "中型", "industries": ["制造业"]}


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-rewarded-actor", district="怀柔区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "大型企业为本区上下游中小企业提供应收账款确权服务的，按照确权金额的1%给予大型企业奖励，最高80万元。",
    "大型企业向区内小微企业开放中试生产线的，区财政按照开放服务收入的30%给予补助。",
    "大型企业帮助配套小型微型企业完成数字化改造的，每帮扶一家给予5万元奖励。",
])
def test_the_small_firms_served_are_not_offered_the_actors_reward(text):
    for profile in (RESTAURANT, MEDIUM):
        r = _judge(profile, text)
        assert r["status"] == INELIGIBLE, r["reasons"]
    # the firm that acts is the one the reward is for, whatever the size of those it serves
    assert _judge(LARGE, text)["status"] != INELIGIBLE, _judge(LARGE, text)["reasons"]


def test_a_leading_firm_serving_small_ones_is_not_their_grant():
    text = "行业龙头企业为本区配套中小企业提供供应链融资担保的，按照担保总额的1%给予奖励。"
    for profile in (RESTAURANT, MEDIUM):
        assert _judge(profile, text)["status"] == INELIGIBLE
    # (the small firms' size is not the leading firm's: no "限中型、小型、微型企业" for the large one)
    assert not any("限中型" in reason for reason in _judge(LARGE, text)["reasons"])


def test_guard_a_bank_lending_to_small_firms_leaves_the_interest_subsidy_theirs():
    text = "合作银行向本区小微企业发放首笔信用贷款的，区财政按照实际付息金额的50%给予贷款企业贴息，2027年底前申报。"
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_guard_small_firms_applying_for_their_own_act_keep_it():
    text = "小微企业向区市场监管局申请首次商标注册的，按照每件500元给予补贴，2027年底前申报。"
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE, _judge(RESTAURANT, text)["reasons"]
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_small_firms_serving_a_large_one_are_the_receivers_and_asked_about_their_act():
    text = "本区小微企业为区内大型企业提供配套加工服务的，按照年度配套合同金额的3%给予奖励，2027年底前申报。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("为区内大型企业提供配套加工服务的" in q["text"] for q in r.get("questions") or []), r.get("questions")
    assert _judge(LARGE, text)["status"] == INELIGIBLE


# The grant clause names its own receiver, other than the firm that acts (review 34 A3): the served firms it names are the
# receivers, the acting firm is not offered the grant. Wordings written for these tests.
@pytest.mark.parametrize("text", [
    "区内大型企业为本区小型微型企业免费提供质量检测服务的，对接受检测服务的小型微型企业按照检测费用的40%给予补助。",
    "大型商贸企业向区内小微企业开放共享仓储设施的，按照仓储费用的30%给予小微企业补贴。",
    "大型企业为本区小微企业提供技术咨询的，经认定后，予以小微企业每家2万元补助。",
])
def test_a_grant_naming_the_served_firms_is_not_the_acting_firms(text):
    assert _judge(LARGE, text)["status"] == INELIGIBLE, _judge(LARGE, text)["reasons"]
    assert _judge(MEDIUM, text)["status"] == INELIGIBLE, _judge(MEDIUM, text)["reasons"]
    # the small firm the grant names is offered it
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE, _judge(RESTAURANT, text)["reasons"]


def test_guard_a_grant_naming_the_acting_firm_again_stays_the_acting_firms():
    text = "大型企业为本区小微企业提供免费质量检测服务的，按照服务人次给予该大型企业每次200元奖励。"
    assert _judge(LARGE, text)["status"] != INELIGIBLE, _judge(LARGE, text)["reasons"]
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE, _judge(RESTAURANT, text)["reasons"]


def test_a_grant_to_a_party_named_after_dui_in_the_middle_of_the_clause_is_that_partys():
    # the grant names its receiver by another word than the acting firm's ("…有限公司" acts, "担保机构" is granted)
    text = ("区属大型融资担保有限公司为本区小型微型企业提供首贷担保的，担保费率降至1%，区财政按照担保额的0.5%对担保机构"
            "给予风险补偿，2027年底前申报。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE, _judge(LARGE, text)["reasons"]


# Receivers are read one grant clause at a time (review 35 A4): the first grant, naming nobody, stays the acting firm's; a
# later grant naming another party is that party's besides, it does not take the first from the acting firm. Wordings
# written for these tests.
@pytest.mark.parametrize("text", [
    "本区大型企业为区内小微企业提供检验检测服务的，按照服务收入的10%给予奖励，对小微企业另行给予检测费补贴。",
    "大型企业为本区小微企业提供应收账款确权服务的，按照确权金额的1%给予奖励，获得确权的小微企业可享受贷款贴息。",
])
def test_a_later_grant_to_the_served_firms_leaves_the_first_grant_the_acting_firms(text):
    assert _judge(LARGE, text)["status"] != INELIGIBLE, _judge(LARGE, text)["reasons"]
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE, _judge(RESTAURANT, text)["reasons"]


def test_each_grant_clause_keeps_its_own_receiver():
    from tests.kit import annotated_measure
    text = "大型企业为本区小微企业提供应收账款融资增信的，按照增信金额的1%给予奖励，获得增信的小微企业可享受贷款贴息。"
    clauses = annotated_measure(text, "test-rewarded-actor", district="怀柔区")["eligibility"]["clauses"]
    assert [c["sizes"] for c in clauses] == [["大型"], ["小型", "微型"]]
    assert [c["line"] for c in clauses] == ["按照增信金额的1%给予奖励", "获得增信的小微企业可享受贷款贴息"]


def test_guard_a_first_grant_naming_the_served_firms_stays_theirs_with_a_later_one():
    text = "大型企业为本区小微企业提供免费技术诊断的，对接受诊断的小微企业给予每家2万元补助，另行给予诊断费用补贴。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE, _judge(LARGE, text)["reasons"]
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE, _judge(RESTAURANT, text)["reasons"]
