"""Government support written as 支持 / 鼓励 / 通过…等方式: what names a receiver, what is a channel a business uses, and
what only names the money a project was funded with (index/facts/kinds.py MEANS, index/facts/claimable.py,
index/facts/taxonomy.py), on sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT, DUTY
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
MICRO_TECH = {**SMALL, "size": "微型", "industries": ["信息技术"], "traits": ["科技型中小企业"]}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-channels")


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r["status"]


# ── 1. the means a body supports by name no receiver; money among them comes on terms not written
@pytest.mark.parametrize("text", [
    "支持本区小微企业数字化转型，通过资金补助、建设创业孵化器、开放共享实验室等多种方式，帮助小微企业降本增效。",
    "区人民政府通过贷款贴息、担保费补助等措施，支持中小企业开展技术改造。",
])
def test_the_means_name_no_receiver_and_their_money_is_asked(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert not any(c["traits"] for c in m["eligibility"]["clauses"])  # (孵化器 among the means is no receiver)
    assert _status(SMALL, text) == MAYBE
    assert _status(LARGE, text) == INELIGIBLE


# ── 2. support to apply to a fund or a programme is a channel the business uses (需确认), not a government task
@pytest.mark.parametrize("text", [
    "支持本市企业按照规定申报国家中小企业发展专项资金项目。",
    "鼓励区内的企业和个体工商户积极申请市级服务业扶持资金。",
])
def test_support_to_apply_to_a_fund_is_a_channel(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


def test_support_to_apply_for_a_patent_is_no_fund():
    text = "鼓励企业申请发明专利，提高知识产权创造能力。"
    assert _measure(text)["kind"] == DUTY


# ── 3. the money a project was funded with names which projects, it grants nothing there
@pytest.mark.parametrize("text", [
    "对市财政资金资助的研发项目，项目管理部门应当与承担项目的企业约定成果转化期限，并在结题时进行评估。",
    "对政府投资支持的产业化项目，有关部门应当加强绩效评价，督促承担单位按期完成建设任务。",
])
def test_a_funded_project_is_no_grant(text):
    m = _measure(text)
    assert m["kind"] == DUTY
    for profile in (SMALL, LARGE):
        assert _status(profile, text) == INELIGIBLE


def test_a_grant_beside_a_funded_project_stays():
    text = "对获得市财政资金支持的项目，区财政按照市级资助金额的50%给予配套资助，最高100万元。"
    assert _measure(text)["kind"] == BENEFIT
    # (whether the visitor holds a project the city funded is asked)
    assert _status(SMALL, text) == MAYBE


def test_money_means_whose_terms_the_measure_states_are_not_asked():
    text = ("通过贷款贴息、融资担保等方式，支持中小企业开展设备更新。对设备投资达到500万元的企业，按照实际贷款利息的50%给予贴息，"
            "最高50万元。")
    m = _measure(text)
    means = next(c for c in m["eligibility"]["clauses"] if c["line"].startswith("通过"))
    assert means["ask"] == []


# ── 4. a body bound to put more effort into support, with no grant beside it, is doing its work
@pytest.mark.parametrize("text", [
    "市和区人民政府应当加大对科技型中小企业的资金支持力度。",
    "各级人民政府应当加强对小微企业的金融扶持力度。",
])
def test_more_effort_by_a_body_is_its_duty(text):
    assert _measure(text)["kind"] == DUTY
    assert _status(MICRO_TECH, text) == INELIGIBLE


def test_more_effort_with_a_grant_beside_it_stays_a_grant():
    text = "区财政局应当加大对小微企业的支持力度，对首次贷款的小微企业按照贷款利息的50%给予贴息。"
    assert _measure(text)["kind"] == BENEFIT


# ── 5. the business an investor puts money into is not the receiver of a grant to the investor
def test_a_grant_to_an_investor_is_not_for_the_firms_it_invests_in():
    text = "对投资本区初创期科技企业的天使投资机构，按照实际投资额的8%给予奖励，单个机构最高80万元。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert all(not c["sizes"] for c in m["eligibility"]["clauses"])  # (初创 names the investee, not the receiver)
    [r] = eligible(SMALL, [m], TODAY)
    assert r["status"] == MAYBE and "天使投资机构" in r["missing"][0]


# ── 6. a grant whose amount is "一定比例" or "适当" is asked, never 可以申请 outright
@pytest.mark.parametrize("text", [
    "对本区小微企业给予适当的房租补助。",
    "对本区中小企业，按照上年度缴纳的房产税给予一定比例的奖励。",
])
def test_an_amount_left_open_is_asked(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


# ── 4. a business the means are given to ("通过向个体工商户发放消费券…等方式") is the receiver: only the means that
# name no party are blanked
@pytest.mark.parametrize("text", [
    "区商务局通过向个体工商户发放消费券、减免摊位费等多种方式，支持夜间经济发展，每户补贴最高2000元。",
    "区人民政府通过对个体工商户减免摊位费、发放经营补贴等方式，支持夜市发展，每户最高补贴3000元。",
    "街道通过向沿街个体工商户发放装修补贴等形式，支持街区改造，每户补贴最高5000元。",
])
def test_an_individual_business_given_the_means_receives(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert m["entity_types"] == ["个体工商户"]
    assert _status(SHOP, text) == ELIGIBLE
    assert _status(SMALL, text) == INELIGIBLE


@pytest.mark.parametrize("text", [
    "区人民政府采取向中小企业发放服务券等方式，支持企业上云用数。",
    "通过给予中小企业房租补贴等方式支持企业入驻园区。",
])
def test_an_sme_given_the_means_is_the_receiver_not_a_large_firm(text):
    m = _measure(text)
    assert m["sizes"] == ["中型", "小型", "微型"]
    assert _status(SMALL, text) == MAYBE
    assert _status(LARGE, text) == INELIGIBLE
