"""The main clause's actor and modal decide a provision's kind (index/facts/main_clause.py), on sentences
written for these tests in varied official wordings."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, RIGHT
from index.facts.kinds import BENEFIT, DUTY, GENERAL, OBLIGATION, RIGHT as RIGHT_KIND
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-main-clause")


def _status(profile: dict, text: str) -> str:
    return judged(profile, _measure(text), today=TODAY)["status"]


# ── a government body given powers is doing its work, and the items of its list with it
@pytest.mark.parametrize("text", [
    "市场监督管理部门对涉嫌违法的经营行为进行调查，可以行使下列职权：（一）进入企业的生产经营场所实施检查；"
    "（二）查阅、复制与经营活动有关的合同、发票、账簿以及其他资料；（三）查询涉嫌违法的企业的银行账户。",
    "税务机关在税收检查中有权检查纳税人的账簿、记账凭证和有关资料，有权询问纳税人的有关情况。",
])
def test_a_body_given_powers_is_a_duty_never_offered(text):
    assert _measure(text)["kind"] == DUTY
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == INELIGIBLE


def test_the_items_of_a_list_take_the_kind_of_the_sentence_that_introduces_it():
    text = ("有下列情形之一的，由主管部门责令改正，处一万元以下罚款：（一）未按照规定报送年度报告的；"
            "（二）伪造、涂改票据、贷款合同等资料的。")
    assert _measure(text)["kind"] in (OBLIGATION, GENERAL)
    assert _status(SMALL, text) == INELIGIBLE


# ── a business bound by its first modal: a permission on the side does not make it a right
@pytest.mark.parametrize("text", [
    "单位和个人应当按照规定分类投放废弃物，承担分类投放义务，并有权对乱扔乱倒的行为进行投诉。",
    "经营者应当依法履行安全生产主体责任，也可以向主管部门举报安全隐患。",
    "餐饮服务提供者应当建立进货查验制度，并有权拒绝供货者提供的不合格食品。",  # a party the vocabulary does not name
])
def test_an_obligation_with_a_side_right_is_an_obligation(text):
    assert _measure(text)["kind"] == OBLIGATION
    assert _status(SMALL, text) == INELIGIBLE


# ── a ban whose subject is only a condition binds whoever meets it
@pytest.mark.parametrize("text", [
    "未取得许可，不得以连锁门店名义开展经营活动。",
    "有下列情形之一的，不得担任合作社的理事长：（一）被判处刑罚，执行期满未逾三年；（二）负有数额较大的到期债务未清偿。",
])
def test_a_ban_on_whoever_meets_a_condition_is_not_a_right(text):
    assert _measure(text)["kind"] in (OBLIGATION, GENERAL)
    for profile in (SMALL, SHOP):
        assert _status(profile, text) == INELIGIBLE


def test_a_ban_that_names_the_party_it_is_done_to_stays_a_right():
    text = "未经法定程序，不得向个体工商户收取任何费用。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _status(SHOP, text) == RIGHT


# ── a third party bound not to do something to the business it deals with protects that business
@pytest.mark.parametrize("text", [
    "保险机构为小微企业办理保险业务时，不得强制捆绑销售其他产品，不得收取合同以外的费用。",
    "商场和电商平台等运营方不得强迫入驻的中小微企业参加打折促销，不得收取约定以外的费用。",
])
def test_a_ban_on_a_third_party_dealing_with_a_business_is_a_right_not_a_benefit(text):
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert _status(SMALL, text) == RIGHT
    assert _status(LARGE, text) == INELIGIBLE  # a 中小微 protection is not for a large firm


# ── a licence issued to the applicant is a permit the business obtains
def test_a_licence_issued_on_application_is_a_benefit_offered():
    text = "个体工商户申请设立登记，登记机关依法准予登记的，核发营业执照。营业执照载明的日期为成立日期。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert _status(SHOP, text) in (ELIGIBLE, MAYBE)
    assert _status(SMALL, text) == INELIGIBLE  # the applicant named is an individual business


def test_a_body_bound_to_reissue_a_licence_is_its_duty_not_a_grant():
    text = "企业变更登记事项涉及营业执照内容的，登记机关应当及时为其换发营业执照。"
    assert _measure(text)["kind"] != BENEFIT


# ── an obligation in a procedure, with the body's manner of handling it: the obligation
def test_a_business_bound_in_a_procedure_with_a_ban_on_the_body_running_it_is_an_obligation():
    text = ("合作社变更住所跨区的，应当在迁入前向迁入地登记机关申请变更登记。"
            "迁出地登记机关不得无故拖延移交登记档案。")
    assert _measure(text)["kind"] == OBLIGATION
    assert _status(SMALL, text) == INELIGIBLE


def test_a_ban_on_a_body_in_another_matter_stays_a_right():
    text = "企业应当按时报送统计资料。有关部门不得向企业摊派各种费用。"
    assert _measure(text)["kind"] == RIGHT_KIND


def test_a_body_bound_to_report_and_banned_from_asking_again_is_the_business_obligation():
    # the business's obligation comes after the state's system, the ban follows an 应当 of the same body
    text = ("本市实行企业统计信息报送制度。企业应当按季度通过统计系统报送经营数据。"
            "统计部门应当加强数据共享，能够通过共享获得的数据，不得要求企业重复报送。")
    assert _measure(text)["kind"] == OBLIGATION
    assert _status(SMALL, text) == INELIGIBLE


def test_a_ban_on_a_bodys_own_conduct_protects_nobody():
    text = "不动产登记机构由市规划和自然资源部门设立。不动产登记机构不得从事与登记有关的经营活动。"
    assert _measure(text)["kind"] == DUTY
    assert _status(SMALL, text) == INELIGIBLE


def test_the_items_of_a_bodys_duty_to_take_measures_may_still_grant():
    text = ("区人民政府应当采取下列措施支持小型微型企业发展：（一）加强创业辅导；"
            "（二）对新招用高校毕业生的小型微型企业给予每人3000元补贴。")
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) != INELIGIBLE


def test_a_ban_on_charging_in_the_same_procedure_stays_a_right():
    text = "企业应当依法办理变更登记。登记机关办理变更登记，不得向企业收取任何费用。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _status(SMALL, text) == RIGHT


def test_what_a_business_becomes_is_not_the_party_a_right_protects():
    text = "个体工商户可以自愿转型为公司，依法保留原字号。"
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert _status(SHOP, text) == RIGHT
    assert _status(SMALL, text) == INELIGIBLE  # the company it may become is not the holder of the right
