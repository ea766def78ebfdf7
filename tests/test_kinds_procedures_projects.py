"""Regulations' procedures, projects and regimes (issue 23, regulations nobody tuned the rules for): a modal inside
the noun a sentence opens with, a party bound to submit to a body for its decision, a grant to a project, a strict
regime over named firms. Sentences written for these tests in the shapes official texts use, with their own parties,
objects and order (the shapes were found in the regulations of evaluation sets 12n, 12o and 12p; no sentence of those
is reworded here); the guard tests at the end are the independent reviewer's probes of readings first made too broad."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, RIGHT
from index.facts.kinds import DUTY, GENERAL, OBLIGATION, actor, measure_kind
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-procedures", district="北京市")


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, _measure(text), today=TODAY)


# ───────────────────────────── a modal inside the opening noun ─────────────────────────────

def test_a_modal_qualifying_the_opening_noun_binds_the_party_named_after_it():
    # "按照规定应当…的建设工程" is what the sentence is about; the 建设单位 is bound by its own 应当
    sentence = "按照规定应当开展环境影响评价的建设工程，建设单位应当在开工前将环境影响评价文件报送生态环境主管部门审批。"
    assert actor(sentence) == ("建设单位", "应当")


def test_a_modal_after_a_party_of_its_own_is_not_skipped():
    # the clause before the modal names the one bound ("开设洗衣店，应当…的行业规范")
    assert actor("开设洗衣店，应当符合区人民政府制定的行业规范，向所在地的区市场监督管理部门申请登记。")[1] == "应当"
    assert measure_kind("开设洗衣店，应当符合区人民政府制定的行业规范，向所在地的区市场监督管理部门申请登记。")[0] == OBLIGATION


# ───────────────────────────── a submission to a body for its decision ─────────────────────────────

@pytest.mark.parametrize("text", [
    "按照规定应当开展环境影响评价的建设工程，建设单位应当在开工前将环境影响评价文件报送生态环境主管部门审批。",
    "展会项目按照规定需要履行审批手续的，主办方应当先行办理审批手续。",
])
def test_a_party_bound_to_submit_to_a_body_is_bound_whatever_procedure_it_names(text):
    assert measure_kind(text)[0] == OBLIGATION
    for profile in (SMALL, LARGE, SHOP):
        assert _judge(profile, text)["status"] == INELIGIBLE  # never offered: a duty to meet, not 可以申请


def test_a_body_submitting_to_another_body_is_doing_its_work():
    assert measure_kind("区商务主管部门应当将审核结果报送市商务主管部门备案。")[0] == DUTY


def test_a_thing_submitted_names_no_party_bound():
    # "重大项目应当报…批准": the project is what is submitted; whoever submits it is not named
    assert measure_kind("重大项目应当报市人民政府批准。")[0] == DUTY


# ───────────────────────────── a ban on giving to a party ─────────────────────────────

def test_a_ban_on_giving_a_party_an_advantage_protects_nobody():
    # the firms competing would gain by what the experts must not tell them; nothing is done to them
    text = "评审专家不得向参加评选的企业私下透露评审情况。"
    assert measure_kind(text)[0] == DUTY
    assert _judge(SMALL, text)["status"] == INELIGIBLE


def test_a_ban_on_demanding_of_a_party_still_protects_it():
    # (a demand landing on the party named after 向 stays a protection it invokes)
    assert measure_kind("评估机构不得向申请人收取评估费以外的其他费用。")[0] == "right"


# ───────────────────────────── how a tax is computed or paid ─────────────────────────────

@pytest.mark.parametrize("text", [
    "资源税应纳税额，以应税产品的销售额乘以适用税率计算。开采规模较小的矿山企业，也可以采用核定的销售数量乘以单位税额的办法计算应纳税额。",
    "临时来本市从事建筑安装劳务的外地单位，可以按次计征税款，由劳务发生地税务机关征收。",
])
def test_a_method_a_taxpayer_may_use_to_compute_its_tax_is_a_rule_of_the_tax(text):
    assert measure_kind(text)[0] == GENERAL
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a grant to a project ─────────────────────────────

PROJECT_LOAN = "对纳入本区绿色低碳示范名单的屋顶光伏项目，区财政按照装机容量给予每千瓦200元补助。"


def test_a_grant_to_a_project_is_a_benefit_for_the_firm_that_carries_it_out_to_be_confirmed():
    assert _measure(PROJECT_LOAN)["kind"] == "benefit"
    for profile in (SMALL, LARGE):
        r = _judge(profile, PROJECT_LOAN)
        assert r["status"] == MAYBE  # whether it has such a project, on terms written elsewhere: never 可以申请
        assert "本条支持的是项目（“纳入本区绿色低碳示范名单的屋顶光伏项目”），由承担项目的单位享受：您是否有符合条件的项目？" in r["missing"]
    assert _judge(SHOP, PROJECT_LOAN)["status"] == INELIGIBLE


def test_a_grant_to_a_sector_names_no_receiver():
    assert _measure("国家对重点扶持的产业和项目，给予税收优惠。")["kind"] != "benefit"


# ───────────────────────────── a strict regime over named firms ─────────────────────────────

def test_a_strict_regime_over_named_firms_is_no_grant_of_what_it_supervises():
    text = "对年用水量超过定额标准的重点用水企业，实行用水总量控制和重点监管。"
    assert measure_kind(text, {0})[0] == DUTY
    for profile in (SMALL, LARGE):
        assert _judge(profile, text)["status"] == INELIGIBLE


# ───────────────────────────── lenders urged, several and where they act ─────────────────────────────

def test_lenders_urged_in_a_list_and_in_a_place_are_the_governments_work_with_them():
    # the sentence after them, with no actor of its own, goes on with the lenders' work
    for text in ("鼓励商业银行、融资租赁机构和保险机构开发专利权质押贷款产品。创新风险分担机制，为本区科技型企业提供融资服务。",
                 "支持商业银行在本区各商务楼宇内设立普惠金融服务站。创新风险分担机制，为楼宇企业提供融资服务。"):
        assert _measure(text)["kind"] == DUTY
        for profile in (SMALL, LARGE):
            assert _judge(profile, text)["status"] == INELIGIBLE


def test_social_organisations_urged_to_help_firms_are_the_governments_work_with_them():
    text = "支持社会组织参与产业集群建设，组织行业交流，帮助会员企业开拓国际市场。区人民政府可以通过购买服务等方式，支持这些社会组织的发展。"
    assert _measure(text)["kind"] == DUTY
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a purchasing programme for a receiver named ─────────────────────────────

def test_a_body_using_a_purchasing_policy_is_doing_its_work():
    # 运用 ends the actor as the other action verbs do: the departments' use of a policy is their work, never 可以申请
    text = "各级财政部门运用政府采购政策，扶持本区中小企业的创新产品；采取首购、订购等方式，扩大创新产品的市场应用。"
    assert actor(text) == ("各级财政部门", "运用")
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── what the party undertook, without 的 ─────────────────────────────

def test_what_the_party_undertook_before_its_permission_is_asked():
    text = "中小企业牵头组建产业技术联盟，可以申请区级创新平台建设资金。"
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE  # whether it leads such an alliance is not in its profile: never 可以申请 outright
    assert "是否满足本条写明的条件：“中小企业牵头组建产业技术联盟”？" in r["missing"]


def test_what_a_government_body_opening_the_sentence_did_is_no_condition_of_the_business():
    from index.facts.inline_conditions import inline_condition
    assert inline_condition("区科学技术委员会牵头组织本区企业承担市级科技计划项目，可以按照项目进度向参与企业拨付经费。") is None
    assert inline_condition("区内企业首次承担市级项目，可以按照规定申请配套资金。") == "区内企业首次承担市级项目"


# ───────────────────────────── what a firm gives its own people ─────────────────────────────

@pytest.mark.parametrize("text, kind", [
    ("本区企业可以采取股权奖励、期权等方式，对作出突出贡献的技术骨干进行股权激励。", "general"),
    ("用人单位应当对完成重大技术攻关的研发人员给予奖励。", OBLIGATION),
    # (the reward verb with the people as its object; the reviewer's probes)
    ("企业可以通过股权、期权、分红等方式激励核心技术人员。", GENERAL),
    ("科技企业可以按照规定提取奖励资金，用于奖励作出贡献的研发团队。", GENERAL),
])
def test_what_a_firm_gives_its_own_people_is_no_benefit_it_receives(text, kind):
    assert _measure(text)["kind"] == kind
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a party named inside a fund's name ─────────────────────────────

def test_a_size_named_inside_a_funds_name_with_its_purpose_does_not_narrow_the_receivers():
    text = "鼓励本区企业承接市级重大科技专项，并按照规定申请中小企业技术创新基金等资金支持。"
    assert _judge(LARGE, text)["status"] != INELIGIBLE  # 本区企业, every size: the fund's name is no receiver
    assert _judge(LARGE, text)["status"] == _judge(SMALL, text)["status"]


def test_a_programme_serving_named_firms_is_no_strict_regime():
    from index.facts.shapes import strict_regime  # (imported here: the shape is new)
    assert strict_regime("本市对专精特新企业实行重点培育制度，优先保障其用能需求。") is None
    assert strict_regime("对列入淘汰目录的落后产能，实行限制性的电价政策。") == "实行限制性的电价政策"


# ───────────────────────────── a business a kind of person founded ─────────────────────────────

def test_a_grant_to_a_business_a_kind_of_person_founded_asks_who_founded_it():
    r = _judge(SMALL, "对退役军人在本区创办企业的，给予一次性创业补贴2万元。")
    assert r["status"] == MAYBE  # who founded the visitor's business is not in its profile
    assert "本条面向由“退役军人”创办的企业：您的企业是否由这类人员创办？" in r["missing"]


def test_a_party_noun_qualified_by_a_modal_is_the_one_the_next_modal_binds():
    text = "依照本规定应当办理备案的经营者，应当向所在地的区商务部门申请备案。"
    assert measure_kind(text)[0] == OBLIGATION


def test_a_price_that_rises_for_the_parties_named_is_no_grant():
    assert _measure("对年用水量超过核定标准的企业，实行阶梯水价。")["kind"] != "benefit"
    from index.facts.shapes import strict_regime  # (imported here: the shape is new)
    # (a relief for the party named, the burden for the others: not a regime on the party named)
    assert strict_regime("对能效达到标杆水平的企业用电不加价，未达到的实行阶梯电价。") is None


def test_a_relief_put_in_force_on_the_terms_of_national_rules_is_to_be_confirmed():
    r = _judge(SMALL, "对小型微型企业的行政事业性收费，按照国家规定实行减免。")
    assert r["status"] == MAYBE


# ───────────────────────────── a reviewed clause for a sentence the rules now read ─────────────────────────────

def test_a_reviewed_clause_replaces_the_rules_reading_of_the_same_sentence():
    from dataclasses import replace

    from index.facts.taxonomy import load_taxonomy, tag_measure
    for text, ask in (("对确有必要的配套项目，可以“一事一议”给予准入支持。", "是否为龙头企业项目的配套项目？"),
                      ("对入驻孵化基地的小微企业，给予场地租金补贴。", "是否已与孵化基地签订入驻协议？")):
        reviewed = {"basis": text, "benefit_types": ["审批便利"], "entity_types": ["企业"], "ask": [ask]}
        tax = replace(load_taxonomy(), overrides={"doc/1": {"why": "审核过的读法", "add_clauses": [reviewed]}})
        clauses = tag_measure({"id": "doc/1", "text": text}, tax)["eligibility"]["clauses"]
        assert [(c["benefit_types"], c["ask"]) for c in clauses] == [(["审批便利"], [ask])]


@pytest.mark.parametrize("text", [
    "支持中小企业开展节能改造。对符合条件的节能改造项目，区发展改革委按照项目贷款利息的50%给予贴息。",
    "支持小微企业开展数字化转型。对列入区级计划的数字化改造项目，给予项目投资额20%的补助。",
])
def test_a_grant_to_a_project_goes_to_the_party_the_measure_named_before(text):
    assert _judge(SMALL, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE  # a small firms' measure is never offered to a large one


# ───────────────────────────── guards: the reviewer's probes of readings first made too broad ─────────────────────────────

@pytest.mark.parametrize("text", [
    "对纳税信用A级的小微企业，实行重点服务管理，可以享受容缺受理等便利。",
    "对本区专精特新中小企业实行重点培育管理，可以申请享受优先审批、容缺受理等服务。",
    "实施重点企业服务包制度。对本区规模以上工业企业实行重点服务管理，可以申请享受“一企一策”绿色通道服务。",
])
def test_a_programme_serving_named_firms_is_what_it_offers_them(text):
    from index.facts.shapes import strict_regime  # (imported here: the shape is new)
    assert all(strict_regime(s) is None for s in text.split("。"))
    assert _measure(text)["kind"] != DUTY


def test_a_service_programme_keeps_the_limit_of_the_firms_it_names():
    text = "实施重点企业服务包制度。对本区规模以上工业企业实行重点服务管理，可以申请享受“一企一策”绿色通道服务。"
    assert _judge(SMALL, text)["status"] == INELIGIBLE  # a small restaurant is no 规模以上工业企业
    assert _judge(LARGE, text)["status"] != INELIGIBLE


@pytest.mark.parametrize("text", [
    "支持分期缴纳税款。符合条件的小微企业可以按照规定分期缴纳税款。",
    "中小企业可以按照规定向税务机关申请按季度申报纳税。",
    "小规模纳税人可以选择按季度申报缴纳税款。",
])
def test_a_deferral_or_a_filing_convenience_is_no_computation_of_the_tax(text):
    from index.facts.tax_relief import computation_rule
    assert all(computation_rule(s + "。") is None for s in text.split("。") if s)
    assert measure_kind(text)[0] == RIGHT


@pytest.mark.parametrize("text", ["行政机关及其工作人员不得向企业推荐中介服务机构。", "行政机关不得为企业提供虚假信息。"])
def test_a_ban_on_pressing_something_on_a_firm_or_misleading_it_protects_it(text):
    assert measure_kind(text)[0] == RIGHT
    assert _judge(SMALL, text)["status"] == RIGHT


@pytest.mark.parametrize("text", ["对招用高校毕业生的新创办小微企业，给予每人3000元一次性吸纳就业补贴。",
                                  "对吸纳农民就业的新创办企业，给予一次性创业补贴。"])
def test_whom_a_new_firm_employs_is_not_who_founded_it(text):
    from index.facts.claimable import founded_by
    assert founded_by(text) is None
    assert not any("创办的企业" in q for q in _judge(SMALL, text)["missing"])
