"""Benefits a regulation grants without naming them (index/facts/claimable.py): a preference a party enjoys whose
content other rules set, and a body's help to obtain a permit or a status, on sentences written for these tests in
the shapes regulations use (none copied from the regulations the rules were measured on)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.claimable import enjoyed_preference, helped_to_apply
from index.facts.eligibility import INELIGIBLE, MAYBE, RIGHT
from index.facts.kinds import BENEFIT, DUTY, GENERAL, RIGHT as RIGHT_KIND
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("北京市")


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-claimable", district="北京市")


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, _measure(text), today=TODAY)


# ───────────────────────────── a preference enjoyed ─────────────────────────────

@pytest.mark.parametrize("text, words", [
    # the party in the condition, then 享受
    ("鼓励企业和个体工商户开发文化创意产品。企业和个体工商户从事本市重点扶持的文化创意项目的，享受有关扶持政策待遇。",
     "享受有关扶持政策待遇"),
    # a status whose preferences the party takes on
    ("鼓励企业参与社区养老服务。企业吸纳本市就业困难人员达到规定人数的，享受社会福利企业的优惠政策。",
     "享受社会福利企业的优惠政策"),
])
def test_a_preference_a_business_enjoys_is_a_benefit_to_confirm(text, words):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert m["kind_basis"] == words
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE  # what the preference is, and on what terms, is written elsewhere: asked
    assert r["missing"]  # the condition the text states, else the preference's own terms


def test_the_question_names_the_preference():
    text = "连锁经营企业在本市设立区域总部的，享受总部企业优惠政策。"
    assert _judge(RESTAURANT, text)["missing"] == [
        "本条写的是“享受总部企业优惠政策”，具体内容和条件原文未写明（由其他规定确定）：是否已向责任单位确认可以享受？"]


def test_a_preference_for_enterprises_is_not_offered_to_an_individual_shop():
    text = "企业吸纳本市就业困难人员达到规定人数的，享受社会福利企业的优惠政策。"
    assert _judge(SHOP, text)["status"] == INELIGIBLE


@pytest.mark.parametrize("sentence", [
    "个体工商户在经营场所、融资等方面享受与企业同等的待遇。",  # equal treatment: a right
    "支持科技企业享受市、区两级相关政策。",  # the government urging: its work
    "已经享受优惠政策的，由主管部门予以追回。",  # what was already enjoyed
])
def test_no_preference_is_read_where_none_is_granted(sentence):
    assert enjoyed_preference(sentence) is None


def test_equal_treatment_stays_a_right():
    text = "个体工商户在经营场所、融资等方面享受与企业同等的待遇。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SHOP, text)["status"] == RIGHT


def test_a_government_urging_businesses_to_enjoy_policies_is_its_work():
    assert _measure("支持科技企业享受市、区两级相关政策。")["kind"] == DUTY


def test_a_preference_already_enjoyed_is_named_by_liability_not_granted():
    text = "违反本办法规定，以欺骗手段取得认定，已经享受优惠政策的，由主管部门予以追回。"
    assert _measure(text)["kind"] == GENERAL


# ───────────────────────────── help to obtain a permit or a status ─────────────────────────────

def test_a_body_bound_to_help_a_business_apply_for_a_permit_grants_that_help():
    text = "对具备相应条件的民营企业，市文化旅游主管部门应当支持其申办演出经营许可。"
    assert helped_to_apply(text) == "应当支持其申办演出经营许可"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE  # "具备相应条件": whether the firm meets them is asked


def test_help_to_a_party_the_sentence_does_not_name_is_not_read():
    # no receiver named before 其: nobody is granted the help here
    assert helped_to_apply("有关部门应当加强服务，支持其申办相关许可。") is None


def test_a_body_supporting_businesses_in_general_words_stays_its_duty():
    text = "区人民政府有关部门应当支持企业引进专业人才，为其提供人才服务。"
    assert helped_to_apply(text) is None
    assert _measure(text)["kind"] == DUTY


# ───────────────────────────── a ban on giving grants nothing ─────────────────────────────

@pytest.mark.parametrize("text", [
    "大型商场、超市等零售经营场所不得免费向顾客提供一次性购物袋。",
    "菜市场、便利店等零售场所不得无偿提供不可降解的购物袋。",
    "宾馆、酒店不得主动免费提供一次性洗漱用品。",
])
def test_a_ban_on_giving_for_free_is_not_a_benefit(text):
    m = _measure(text)
    assert m["kind"] != BENEFIT
    retailer = {**LARGE, "industries": ["批发零售", "住宿餐饮"]}
    assert _judge(retailer, text)["status"] == INELIGIBLE


# ───────────────────────────── a concrete grant beside support in areas ─────────────────────────────

def test_a_tax_preference_granted_beside_support_in_areas_is_a_benefit():
    # support promised "在…等方面" alone is the government's work; granted beside a tax preference to a named
    # receiver, the sentence grants
    text = "国家对吸纳退役军人就业达到一定比例的企业依法给予税收优惠，并在场地、融资、培训等方面给予扶持。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert _judge(RESTAURANT, text)["status"] == MAYBE  # 依法给予: its terms are those of the tax laws


def test_support_in_areas_alone_stays_the_governments_work():
    text = "区人民政府应当为个体工商户在经营场所、人才招聘等方面提供支持。"
    assert _measure(text)["kind"] == DUTY


# ───────────────────────────── whose right: not the party the duty binds ─────────────────────────────

def test_a_payment_deadline_binding_a_large_firm_is_the_small_suppliers_right():
    text = "大型企业应当自收到中小企业交付货物之日起三十日内支付款项。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(RESTAURANT, text)["status"] == RIGHT
    assert _judge(LARGE, text)["status"] == INELIGIBLE  # the large firm is the one bound, never the one protected


def test_fees_waived_for_a_named_receiver_are_a_benefit_whoever_opens_the_sentence():
    # 免收 is a grant as 免征 is; the verb inside the receiver phrase ("新设立的") does not make 本市 its actor
    text = "本市对新设立的小型微型企业，自登记之日起两年内免收证照工本费。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert r["missing"] == ["是否满足本条写明的条件：“新设立”？"]
    assert _judge(LARGE, text)["status"] == INELIGIBLE


# ───────────────────────────── a body named for the businesses it serves ─────────────────────────────

@pytest.mark.parametrize("text", [
    "市中小企业主管部门应当对参加境外展会的小型微型企业给予展位费补贴。",
    "区个体工商户发展服务中心应当对新开办的个体工商户给予一次性开办补贴。",
])
def test_a_body_named_for_businesses_grants_rather_than_being_bound(text):
    # the body's name holds 中小企业 / 个体工商户; it is still a body granting, not a business bound by 应当
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert MAYBE in (_judge(RESTAURANT, text)["status"], _judge(SHOP, text)["status"])


def test_a_business_setting_up_a_branch_is_still_bound():
    text = "企业设立分支机构，应当向分支机构所在地的登记机关申请登记。"
    assert _measure(text)["kind"] == "obligation"


def test_registering_as_an_enterprise_is_for_the_individual_business_that_converts():
    text = "个体工商户可以依法申请登记为公司，登记机关应当简化程序。"
    assert _measure(text)["kind"] == BENEFIT
    assert _judge(SHOP, text)["status"] == MAYBE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE  # an enterprise already: what the shop becomes


# ───────────────────────────── terms in laws or standards the text does not restate ─────────────────────────────

@pytest.mark.parametrize("text", [
    "小型微型企业依照企业所得税法及其实施条例的规定享受税收优惠。",  # the laws named, not restated
    "对个体工商户按照标准给予一次性创业补贴。",  # a standard the text does not state
])
def test_a_grant_on_terms_written_in_other_laws_is_asked(text):
    visitor = SHOP if "个体工商户" in text else RESTAURANT
    r = _judge(visitor, text)
    assert r["status"] == MAYBE
    assert any("原文未写明" in q for q in r["missing"])


def test_a_standard_the_text_states_is_not_asked_about():
    r = _judge(SHOP, "对个体工商户按照每户2000元的标准给予一次性创业补贴。")
    assert not any("原文未写明" in q for q in r["missing"])


def test_a_fee_named_before_its_relief_is_a_relief():
    text = "小型微型企业缴纳的防洪保安费，按照规定予以减免。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert "税费减免" in m["benefit_types"]
    assert _judge(RESTAURANT, text)["status"] == MAYBE  # 按照规定: asked
    assert _judge(LARGE, text)["status"] == INELIGIBLE


# ───────────────────────────── a lender's losses compensated ─────────────────────────────

@pytest.mark.parametrize("text", [
    "本市设立普惠金融风险补偿资金，对合作银行向小型微型企业发放的信用贷款损失给予风险补偿。",
    "对融资担保机构为个体工商户提供担保发生的代偿，按照代偿额的40%予以补偿。",
])
def test_compensation_of_a_lenders_losses_is_the_lenders(text):
    # the small firms are the lender's customers; the grant compensates the lender
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(SHOP, text)["status"] == INELIGIBLE
    bank = {**LARGE, "industries": ["金融"]}
    assert _judge(bank, text)["status"] in (MAYBE, "eligible")


# ───────────────────────────── compensation owed ─────────────────────────────

def test_compensation_another_party_owes_a_business_is_its_right():
    text = "个体工商户租用的经营场所因道路拓宽需要拆除的，建设单位应当依照有关规定给予合理补偿。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SHOP, text)["status"] == RIGHT


# ───────────────────────────── a business's own asset protected by law ─────────────────────────────

def test_a_businesss_named_asset_protected_by_law_is_a_right_of_every_party_named():
    text = "民营企业和个体工商户依法取得的专利、商标等知识产权和经营场所，受法律保护。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(RESTAURANT, text)["status"] == RIGHT
    assert _judge(SHOP, text)["status"] == RIGHT  # both parties the sentence opens with


@pytest.mark.parametrize("text", [
    "小型微型企业的合法权益受法律保护。",  # a declaration: nothing named to invoke
    "技术转移活动中形成的知识产权受法律保护。",  # no business whose asset it is
])
def test_a_bare_declaration_of_protection_is_no_right(text):
    assert _measure(text)["kind"] != RIGHT_KIND


def test_rules_to_be_made_to_implement_the_text_are_a_general_provision():
    assert _measure("实施本规定需要制定实施细则的，区人民政府应当在六个月内制定。")["kind"] == GENERAL


def test_the_party_a_granted_firm_serves_is_not_granted():
    text = "对大型企业向小型微型企业开放中试基地的，按照开放服务收入的10%给予奖励。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE  # the small firms are served, not granted
    assert _judge(LARGE, text)["status"] != INELIGIBLE


def test_a_tax_preference_named_only_by_its_kind_is_asked():
    r = _judge(RESTAURANT, "国家对吸纳退役军人就业的企业给予税收优惠。")
    assert r["status"] == MAYBE
    r = _judge(RESTAURANT, "对小型微型企业给予税收优惠。")
    assert r["status"] == MAYBE and any("税收优惠" in q for q in r["missing"])


def test_a_tax_relief_with_its_rate_is_not_asked_about_its_terms():
    r = _judge(RESTAURANT, "对小型微型企业减按20%的税率征收企业所得税。")
    assert not any("原文未写明" in q for q in r["missing"])


def test_the_government_building_a_platform_and_pushing_others_is_its_work():
    text = "本市建设供应链票据服务平台，推动机关、国有企业等付款方及时确认与小型微型企业的应付账款。"
    assert _measure(text)["kind"] == DUTY
    state_owned_sme = {**RESTAURANT, "traits": ["国有企业"]}
    assert _judge(state_owned_sme, text)["status"] == INELIGIBLE


# ───────────────────────────── conditions listed in items ─────────────────────────────

def test_a_grant_for_whoever_meets_the_listed_conditions_is_asked():
    text = ("具有下列情形之一的，个体工商户可以申请减免当年的摊位费：（一）经营场所因市政施工停业一个月以上的；"
            "（二）经营者患重大疾病的。")
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE
    assert r["missing"] == ["本条只给予符合所列条件的（“具有下列情形之一的”，见本条各项）：是否符合？"]


def test_an_unconditional_application_stays_open():
    r = _judge(SHOP, "个体工商户可以申请减免当年的摊位费。")
    assert not any("所列条件" in q for q in r["missing"])


def test_a_tax_deduction_for_businesses_run_by_a_kind_of_person_asks_who_runs_it():
    text = "对从事个体经营的高校毕业生，按照每户每年12000元限额依次扣减增值税和个人所得税。"
    m = _measure(text)
    assert m["kind"] == BENEFIT and "税费减免" in m["benefit_types"]
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE
    assert "本条面向“从事个体经营的高校毕业生”：经营者是否属于这类人员？" in r["missing"]


@pytest.mark.parametrize("text", [
    "女职工在孕期、产期、哺乳期依法享受特殊劳动保护待遇。",  # a person's entitlement
    "退休职工享受基本养老保险待遇。",
])
def test_a_persons_entitlement_is_no_preference_of_a_business(text):
    assert enjoyed_preference(text) is None
    assert _measure(text)["kind"] != BENEFIT


@pytest.mark.parametrize("text", [
    "民营企业依法平等享受本市支持企业发展的各项政策。",
    "个体工商户依法享受与企业同等的政策待遇。",
])
def test_equal_treatment_in_policies_is_a_right(text):
    assert _measure(text)["kind"] == RIGHT_KIND
