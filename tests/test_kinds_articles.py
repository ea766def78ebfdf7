"""Regulation articles whose kind the structure of their sentences settles (issue 23): who gives, out of whose
means, and whether the grant's terms are written there. Sentences written for these tests in official wordings."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT, DUTY
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
MICRO = {"district": "朝阳区", "entity_type": "企业", "size": "微型", "industries": ["信息技术"],
         "traits": ["科技型中小企业"], "situations": None}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-articles")


def _status(profile: dict, text: str) -> str:
    return judged(profile, _measure(text), today=TODAY)["status"]


# ── a market or a lender serving businesses with its own products, out of no public money, or a regulator's regime over
# lending: nothing granted to the business
@pytest.mark.parametrize("text", [
    "金融监管部门应当对小微企业贷款实行差异化监管。",  # a regulator's regime over the lenders
    "区域性股权市场设立创新企业专板，为中小企业提供挂牌展示、托管交易、投融资对接等服务。",
    "政策性银行应当通过开展出口信贷、供应链融资等业务，支持中小企业开拓国际市场。",
])
def test_a_lenders_own_business_or_a_regime_over_lending_is_not_a_grant(text):
    assert _measure(text)["kind"] == DUTY
    assert _status(MICRO, text) == INELIGIBLE


def test_a_lender_giving_a_stated_relief_or_public_money_stays_a_benefit():
    text = "融资担保机构为小微企业提供融资担保服务的，担保费率不超过1%，区财政给予担保费补贴。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(MICRO, text) in (ELIGIBLE, MAYBE)


# ── "小企业" is a size as 小微企业 is: a benefit of small firms is never offered to a large one
def test_a_benefit_of_small_enterprises_is_not_offered_to_a_large_one():
    text = "在本市创办小企业的，可以向所在区的就业服务机构申请创业场地房租补贴。"
    m = _measure(text)
    assert m["sizes"] == ["小型", "微型"]
    large = {**MICRO, "size": "大型", "industries": ["制造业"], "traits": []}
    assert _status(large, text) == INELIGIBLE
    assert _status(MICRO, text) in (ELIGIBLE, MAYBE)


# ── the government's own work around lending and purchasing, though a business and a loan are named: its duty
@pytest.mark.parametrize("text", [
    "本区建立小微企业贷款风险补偿机制，鼓励银行向小微企业发放贷款。",  # the compensation is the banks'
    "鼓励各区人民政府设立为中小企业提供融资担保服务的政府性担保机构。",  # a government urged to set up
    "区人民政府及其有关部门应当配合金融管理部门、金融机构完善面向小微企业的贷款抵押制度。",  # a system, with others
    "超出限额的政府采购项目，在同等条件下，采购单位应当优先从中小企业采购。",  # how a buyer behaves
    "鼓励商业银行与核心企业加强合作，发展应收账款融资等供应链金融产品。",  # lenders urged, their own products
])
def test_the_governments_own_work_around_lending_and_purchasing_is_its_duty(text):
    assert _measure(text)["kind"] == DUTY
    assert _status(MICRO, text) == INELIGIBLE


# ── an organisation or a facility named for the businesses it serves is not those businesses
@pytest.mark.parametrize("text", [
    "中小企业信用担保机构办理抵押物登记的，登记机关应当依法为其办理相关登记手续。",
    "对建设小型微型企业创业基地的单位，按照有关规定给予资金支持。",
])
def test_an_organisation_named_for_small_firms_is_not_a_small_firm(text):
    m = _measure(text)
    assert all(not c["sizes"] for c in m["eligibility"]["clauses"])
    assert _status(MICRO, text) == INELIGIBLE


def test_a_service_named_for_small_firms_still_serves_them():
    m = _measure("中小企业公共服务平台为中小企业提供政策咨询服务。")
    assert [c["sizes"] for c in m["eligibility"]["clauses"]] == [["中型", "小型", "微型"]]


def test_the_receiver_acting_through_an_organisation_named_for_it_stays_the_receiver():
    text = "中小企业通过中小企业公共服务平台购买检测服务的，区中小企业工作主管部门给予服务费用50%的补贴。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert [c["sizes"] for c in m["eligibility"]["clauses"]] == [["中型", "小型", "微型"]]


# ── the government administering its subsidies (policy, procedure, review, paying on time), nobody granted: its duty
@pytest.mark.parametrize("text", [
    "区人民政府及其有关部门应当依法制定涉及企业的财政补贴政策，规范补贴的发放程序，并及时公开补贴的政策依据。",
    "有关部门应当建立涉企财政奖励事项的定期评估制度。",
    "主管部门应当按照规定的时限发放财政补贴，并公布最终发放对象和发放金额。",
])
def test_the_government_administering_its_subsidies_is_its_duty(text):
    assert _measure(text)["kind"] == DUTY
    assert _status(MICRO, text) == INELIGIBLE


def test_a_subsidy_granted_to_a_named_receiver_stays_a_benefit():
    text = "区人民政府应当对吸纳就业困难人员的小微企业给予每人每月500元的补贴。"
    assert _measure(text)["kind"] == BENEFIT


def test_a_regulated_provider_improving_its_own_service_is_bound_not_giving():
    from index.facts.kinds import OBLIGATION
    assert _measure("公用企事业单位应当优化报装审批流程，精简报装材料，压缩办理时间。")["kind"] == OBLIGATION


def test_the_government_urging_its_own_lower_levels_is_its_duty():
    text = "鼓励有条件的地方安排小微企业纾困资金和应急转贷资金。"
    assert _measure(text)["kind"] == DUTY
    assert _status(MICRO, text) == INELIGIBLE


def test_a_grant_made_by_the_rules_elsewhere_is_asked_about():
    text = "区人民政府应当加大政府采购支持力度，对适宜由中小企业提供的，按照规定为其预留采购份额。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    [r] = eligible(MICRO, [m], TODAY)
    assert r["status"] == MAYBE and "按照规定为其预留" in r["missing"][0]


# ── a business applying for money whose terms the text does not state, or a relief "依法": asked, never 可以申请
@pytest.mark.parametrize("text", [
    "中小企业参加境外展览展销活动，可以按照规定向商务部门申请资金支持。",
    "中小企业为大企业配套的技术改造项目，可以向区经济信息化部门申请资金支持。",
    "中小企业开发新产品发生的研究开发费用，可以依法在计算应纳税所得额时加计扣除。",
    "区知识产权部门应当对中小企业申请和维持发明专利给予资金支持。",
])
def test_a_grant_whose_terms_are_not_stated_is_asked_about(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    [r] = eligible(MICRO, [m], TODAY)
    assert r["status"] == MAYBE


def test_a_grant_whose_sum_is_stated_is_not_asked_about_its_terms():
    text = "中小企业可以向商务部门申请开拓市场资金支持，每家最高5万元。"
    [r] = eligible(MICRO, [_measure(text)], TODAY)
    assert r["status"] == ELIGIBLE
    # (taking part in an exhibition first is a condition to ask: index/facts/offer_guard.py)
    text = "中小企业参加境外展览展销活动，可以向商务部门申请资金支持，每家最高5万元。"
    [r] = eligible(MICRO, [_measure(text)], TODAY)
    assert r["status"] == MAYBE


# ── who acts, read from the head of the phrase and the subject of the sentence, not from a party named inside it
def test_a_date_the_employer_fixes_is_not_the_employer_acting():
    from index.facts.kinds import OBLIGATION
    text = ("用人单位与劳动者约定的工资支付日期，可以在劳动者提供劳动的当月或者次月。"
            "用人单位因不可抗力未能按期支付工资的，应当在不可抗力消除后及时支付。")
    assert _measure(text)["kind"] == OBLIGATION


def test_a_body_named_first_is_the_actor_after_a_condition_clause():
    text = "劳动保障监察机构在查处欠薪案件时，发生用人单位拒不配合调查等情形的，可以请求公安机关协助处理。"
    assert _measure(text)["kind"] == DUTY


def test_indicators_a_body_monitors_are_not_granted():
    text = "人力资源社会保障部门根据用水用电、信贷、税收等反映企业生产经营状况的指标，及时监测预警欠薪隐患，金融监管等部门应当予以配合。"
    assert _measure(text)["kind"] == DUTY


def test_benefits_withheld_as_a_sanction_are_no_benefit():
    from index.facts.kinds import OBLIGATION
    text = ("用人单位拖欠工资情节严重的，有关部门应当将其列入失信联合惩戒对象名单，在政府资金支持、政府采购、"
            "融资贷款、税收优惠等方面依法依规予以限制。")
    m = _measure(text)
    assert m["kind"] == OBLIGATION
    assert _status(MICRO, text) == INELIGIBLE


def test_relief_on_the_terms_of_rules_elsewhere_is_asked_about():
    text = "科技型中小企业享有下列权利：（一）国家和本市规定的税收优惠待遇；（二）自主经营。"
    m = _measure(text)
    assert all(c["ask"] for c in m["eligibility"]["clauses"])
    assert _status(MICRO, text) != ELIGIBLE


def test_the_staff_of_a_business_are_not_the_business():
    text = "在中小企业工作的专业技术人员，可以按照规定参加职称评审。"
    assert _status(MICRO, text) == INELIGIBLE
