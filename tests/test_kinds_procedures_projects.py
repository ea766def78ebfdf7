"""Regulations' procedures, projects and regimes (issue 23, regulations nobody tuned the rules for): a modal inside
the noun a sentence opens with, a party bound to submit to a body for its decision, a grant to a project, a strict
regime over named firms. Sentences written for these tests in the shapes official texts use (none copied from the
regulations the rules were measured on)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE
from index.facts.kinds import DUTY, OBLIGATION, actor, measure_kind
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
    # "依法必须…的项目" is what the sentence is about; the 项目实施单位 is bound by its own 应当
    sentence = "依法必须进行安全评价的项目，需要履行项目审批手续的，项目实施单位应当同时将评价结论等有关内容报送项目审批部门核准。"
    assert actor(sentence) == ("项目实施单位", "应当")


def test_a_modal_after_a_party_of_its_own_is_not_skipped():
    # the clause before the modal names the one bound ("开设洗衣店，应当…的行业规范")
    assert actor("开设洗衣店，应当符合区人民政府制定的行业规范，向所在地的区市场监督管理部门申请登记。")[1] == "应当"
    assert measure_kind("开设洗衣店，应当符合区人民政府制定的行业规范，向所在地的区市场监督管理部门申请登记。")[0] == OBLIGATION


# ───────────────────────────── a submission to a body for its decision ─────────────────────────────

@pytest.mark.parametrize("text", [
    "依法必须进行安全评价的项目，需要履行项目审批手续的，项目实施单位应当同时将评价结论等有关内容报送项目审批部门核准。",
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

def test_a_ban_on_serving_a_party_protects_nobody():
    # the assessor must not serve the applicants whose matters it assesses: the bidders would gain by the act, nothing is done to them
    text = "评估机构应当在委托的范围内开展评估业务。评估机构不得为申请人提供其所评估事项的代理服务。"
    assert measure_kind(text)[0] != "right"
    assert _judge(SMALL, text)["status"] == INELIGIBLE


def test_a_ban_on_demanding_of_a_party_still_protects_it():
    # (a demand landing on the party named after 向 stays a protection it invokes)
    assert measure_kind("评估机构不得向申请人收取评估费以外的其他费用。")[0] == "right"


# ───────────────────────────── how a tax is computed or paid ─────────────────────────────

@pytest.mark.parametrize("text", [
    "纳税人发生应税行为，应当按照查账征收方式计算缴纳消费税。年销售额较低的纳税人可以按照销售额和定额计算应纳税额的简易方法，计算缴纳消费税。",
    "消费税的纳税期限为一个月或者一个季度。偶尔发生应税行为的纳税人，可以按次纳税。纳税人进口货物，应当按照海关规定的期限申报并缴纳税款。",
])
def test_a_method_a_taxpayer_may_use_to_compute_or_pay_its_tax_is_no_right(text):
    assert measure_kind(text)[0] == OBLIGATION
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a grant to a project ─────────────────────────────

PROJECT_LOAN = "对符合本市产业导向的节水改造项目，商业银行应当给予优先贷款支持。"


def test_a_grant_to_a_project_is_a_benefit_for_the_firm_that_carries_it_out_to_be_confirmed():
    assert _measure(PROJECT_LOAN)["kind"] == "benefit"
    for profile in (SMALL, LARGE):
        r = _judge(profile, PROJECT_LOAN)
        assert r["status"] == MAYBE  # whether it has such a project, on terms written elsewhere: never 可以申请
        assert "本条支持的是项目（“符合本市产业导向的节水改造项目”），由承担项目的单位享受：您是否有符合条件的项目？" in r["missing"]
    assert _judge(SHOP, PROJECT_LOAN)["status"] == INELIGIBLE


def test_a_grant_to_a_sector_names_no_receiver():
    assert _measure("国家对重点扶持的产业和项目，给予税收优惠。")["kind"] != "benefit"


# ───────────────────────────── a strict regime over named firms ─────────────────────────────

def test_a_strict_regime_over_named_firms_is_no_grant_of_what_it_supervises():
    text = "本市对年综合能耗超过规定标准的重点企业，实行能耗的重点监督管理制度。"
    assert measure_kind(text, {0})[0] == DUTY
    for profile in (SMALL, LARGE):
        assert _judge(profile, text)["status"] == INELIGIBLE


# ───────────────────────────── lenders urged, several and where they act ─────────────────────────────

def test_lenders_urged_in_a_list_and_in_a_place_are_the_governments_work_with_them():
    text = ("鼓励商业银行、融资担保机构和保险机构开展面向本区中小企业的知识产权质押贷款业务。"
            "支持商业银行在本区各产业园区内设立科技支行，创新信贷产品和考核奖励机制，为科技企业融资服务。"
            "支持企业和社会组织在本区各产业园区内设立为小微企业服务的融资担保机构。")
    assert _measure(text)["kind"] == DUTY
    for profile in (SMALL, LARGE):
        assert _judge(profile, text)["status"] == INELIGIBLE


def test_social_organisations_urged_to_help_firms_are_the_governments_work_with_them():
    text = "支持社会组织参与产业集群建设，组织行业交流，帮助会员企业开拓国际市场。区人民政府可以通过购买服务等方式，支持这些社会组织的发展。"
    assert _measure(text)["kind"] == DUTY
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a purchasing programme for a receiver named ─────────────────────────────

def test_a_purchasing_programme_for_named_innovators_is_to_be_confirmed():
    text = "区人民政府及有关部门运用政府采购政策，支持本区创新创业主体的技术创新活动；通过首购、订购等方式，推动创新产品的示范应用。"
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE  # which products, bought how: the programme's terms, never 可以申请 outright
    assert "本条写的是政府的支持方式（“首购”），具体条件、标准和申请办法原文未写明：是否已向责任单位确认可以享受？" in r["missing"]


# ───────────────────────────── what the party undertook, without 的 ─────────────────────────────

def test_what_the_party_undertook_before_its_permission_is_asked():
    text = "本区企业承担市级科技计划课题，可以按照规定比例在课题经费中列支绩效支出，用于激励课题团队。"
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE  # whether it holds such a project is not in its profile: never 可以申请 outright
    assert "是否满足本条写明的条件：“本区企业承担市级科技计划课题”？" in r["missing"]


# ───────────────────────────── what a firm gives its own people ─────────────────────────────

@pytest.mark.parametrize("text, kind", [
    ("本区企业可以采取股权奖励、期权等方式，对作出突出贡献的技术骨干进行股权激励。", "general"),
    ("用人单位应当对完成重大技术攻关的研发人员给予奖励。", OBLIGATION),
])
def test_what_a_firm_gives_its_own_people_is_no_benefit_it_receives(text, kind):
    assert _measure(text)["kind"] == kind
    assert _judge(SMALL, text)["status"] == INELIGIBLE


# ───────────────────────────── a party named inside a fund's name ─────────────────────────────

def test_a_size_named_inside_a_funds_name_with_its_purpose_does_not_narrow_the_receivers():
    text = "支持本区企业按照规定申报科技型中小企业技术创新基金或者其他资金项目，参与承担市级科技计划项目。"
    for profile in (SMALL, LARGE):
        assert _judge(profile, text)["status"] == MAYBE  # 本区企业, every size; on terms written elsewhere


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
