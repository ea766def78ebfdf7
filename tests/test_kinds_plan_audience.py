"""Whose benefit in a plan measure (issue 23, plans side): a grant whose receiver is the subject of a condition
clause in an earlier sentence, a separate sentence declaring the audience, an additional grant (另…) to the same
receiver, a body's 认定 before the grant. Every sentence here was written for these tests (none copied from the
evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "怀柔区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-plan-audience", district=DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, _measure(text), today=TODAY)


def test_a_grant_opening_with_a_bare_condition_goes_to_the_party_an_earlier_condition_named():
    text = ("个体工商户借助区农业担保公司担保获得生产经营贷款的，担保费由区财政按1%补助；按时还款的，按照实际付息额的"
            "25%给予贴息，每户每年不超过1万元。放贷银行不享受贴息。")
    m = _measure(text)
    assert m["kind"] == "benefit"
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("担保获得生产经营贷款" in q for q in r["missing"])
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_a_grant_to_a_condition_introduced_by_dui_goes_to_the_party_named_before():
    # the party is named in the sentence before (a right it has), the grant's 对-part names only a condition
    text = ("个体工商户转型为企业的，可以保留原字号和行业特点，原有经营许可在有效期内继续有效；对转型后连续经营满6个月的，"
            "给予一次性奖励5000元。奖励申请条件和办理程序由区市场监督管理局会同区财政局另行制定。")
    m = _measure(text)
    assert m["kind"] == "benefit", m["kind_basis"]
    assert _judge(SHOP, text)["status"] == MAYBE  # its conditions are to be checked
    # the party named in a heading before: its size holds for the grant
    text = "支持小型微型企业开拓市场。对首次参加境外展会的，给予展位费50%的补贴，每家最高5万元。"
    m = _measure(text)
    assert m["kind"] == "benefit", m["kind_basis"]
    assert _judge(RESTAURANT, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SHOP, text)["status"] == INELIGIBLE


SHOPS_GRANT = ("对在本区新开业、经营面积在200平方米以下的便利店、小餐馆、洗衣店，开业满3个月的，按照设备购置费用的30%"
               "给予一次性补贴，每店最高3万元。{} 申请须于2026年12月31日前提交。")


def test_a_sentence_declaring_the_audience_of_a_grant_decides_who_receives_it():
    text = SHOPS_GRANT.format("本项补贴仅面向小型微型企业和个体工商户。")
    m = _measure(text)
    assert set(m["entity_types"]) == {"企业", "个体工商户"}
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    text = SHOPS_GRANT.format("该项补贴只适用于个体工商户。")
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_a_year_after_only_declares_no_audience():
    text = SHOPS_GRANT.format("本项补贴仅适用于2026年度。")
    assert _measure(text)["entity_types"] == _measure(SHOPS_GRANT.format(""))["entity_types"]


def test_a_sentence_naming_the_receiver_of_the_grant_again_is_not_a_grant_without_its_conditions():
    text = ("对在本区重点街区新开设的零售、餐饮品牌旗舰店，经区商务局认定后，按照装修投入的15%给予一次性奖励，最高20万元。"
            "奖励对象为旗舰店经营主体，为其提供装修服务的施工单位不享受本项奖励。")
    assert _judge({**RESTAURANT, "industries": ["信息技术"]}, text)["status"] == INELIGIBLE
    r = _judge({**RESTAURANT, "industries": ["批发零售"]}, text)
    assert r["status"] == MAYBE
    assert any("经区商务局认定" in q for q in r["missing"])


def test_a_grant_withdrawn_is_not_granted():
    text = ("对在老城街区连续经营满3年的传统手工艺门店，按照年度房租的10%给予补贴。出租方不属于补贴对象，"
            "门店擅自转租的，取消该门店当年补贴资格。")
    assert _judge(SHOP, text)["status"] == MAYBE
    text = text.replace("门店擅自转租的", "在补贴期内上调房租超过8%的")
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE
    assert any("连续经营满3年" in q for q in r["missing"])


def test_an_additional_grant_is_for_the_receiver_of_the_grant_before_it():
    text = ("对新迁入本区的中小企业，年营业收入首次超过2000万元的，给予一次性奖励30万元；在重点区域商务楼宇租用自用办公用房的，"
            "另按照首年实付租金的20%给予补贴，最高50万元。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == MAYBE
    text = text.replace("；在重点", "。在重点")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == MAYBE


def test_a_bare_enterprise_granted_after_a_lead_is_the_party_the_lead_named():
    text = ("支持在本区注册的文化创意中小企业参与老旧厂房改造更新，对纳入区级更新项目库的项目，按照改造投资额的10%"
            "给予实施企业补助，单个项目最高100万元。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_clause_ending_in_de_between_the_receiver_and_the_grant_is_asked():
    text = "对本区温泉度假区周边的小微餐饮企业，冬季每周营业7天且提供早餐服务的，按照每月3000元标准给予经营补贴。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert any("冬季每周营业7天且提供早餐服务" in q for q in r["missing"])


def test_a_trade_read_for_one_listed_receiver_does_not_narrow_another_whose_trade_is_unknown():
    text = "对在采摘季吸纳本区农村劳动力的果蔬采摘园企业和餐饮企业，按照每人每月800元给予岗位补贴。"
    tech = {**RESTAURANT, "size": "微型", "industries": ["信息技术"]}
    r = _judge(tech, text)
    assert r["status"] == MAYBE
    assert any("果蔬采摘园企业" in q for q in r["missing"])
    text = "对在采摘季吸纳本区农村劳动力的零售企业和餐饮企业，按照每人每月800元给予岗位补贴。"
    assert _judge(tech, text)["status"] == INELIGIBLE


def test_shops_named_by_their_type_are_businesses_of_either_kind():
    text = "对在本区新开业的早点店、水果店，正常经营满3个月的，按照装修投入的30%给予一次性补贴，每店最高2万元。"
    assert set(_measure(text)["entity_types"]) == {"企业", "个体工商户"}
    assert _judge(SHOP, text)["status"] == MAYBE


def test_the_parties_that_may_sign_up_are_the_receivers_of_a_voucher_scheme():
    text = ("区商务局联合外卖平台发放“怀柔夏夜”餐饮消费券，消费者在活动商户消费时抵扣，核销资金由区财政结算至商户账户。"
            "拟参与的餐饮经营主体（含个体工商户）须于6月30日前通过平台报名。")
    m = _measure(text)
    assert set(m["entity_types"]) == {"企业", "个体工商户"}
    assert _judge(RESTAURANT, text)["status"] == MAYBE
    assert _judge(SHOP, text)["status"] != ELIGIBLE


def test_every_trade_listed_before_a_shared_head_is_read():
    retailer = {**RESTAURANT, "industries": ["批发零售"]}
    text = "对在本区新开设的零售、餐饮企业，按照装修投入的10%给予一次性补贴，最高10万元。"
    assert _judge(retailer, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    text = "对在本区新开设的零售、餐饮品牌首店，按照装修投入的10%给予一次性奖励，最高10万元。"
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    assert _judge({**RESTAURANT, "industries": ["信息技术"]}, text)["status"] == INELIGIBLE


def test_a_voucher_handed_to_businesses_for_services_is_a_grant_to_them():
    text = ("向本区中小微企业发放“数字化转型创新券”，用于购买数字化诊断、软件上云等服务，按照合同金额的40%抵扣，"
            "每家企业每年最高5万元。创新券由企业在线申领，服务商凭券与区财政结算。")
    m = _measure(text)
    assert m["kind"] == "benefit"
    assert _judge(RESTAURANT, text)["status"] in (ELIGIBLE, MAYBE)
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_bare_receiver_is_the_one_an_earlier_sentence_named_with_its_trade():
    text = ("鼓励区内银行面向农家乐、民宿经营主体推出“乡游贷”信用贷款。对按期还本付息的经营主体，区财政按照实际付息额的"
            "30%给予贴息，每户每年不超过2万元。经区融资担保公司担保的，担保费补贴直接拨付给受保经营主体。")
    tech = {**RESTAURANT, "industries": ["信息技术"], "situations": ["有融资需求"]}
    assert _judge(tech, text)["status"] == INELIGIBLE
    assert _judge({**RESTAURANT, "situations": ["有融资需求"]}, text)["status"] != INELIGIBLE


def test_the_tenant_of_a_landlord_named_in_a_condition_rents_state_owned_premises():
    text = "区属国有企业出租商铺的，对承租其商铺从事零售经营的个体工商户，减免2026年第三季度租金。"
    r = _judge({**SHOP, "situations": None}, text)
    assert r["status"] == MAYBE
    assert any("国有房屋" in q for q in r["missing"])
    assert _judge({**SHOP, "situations": ["租用非国有房屋"]}, text)["status"] == INELIGIBLE


def test_the_maker_of_a_product_is_in_the_products_trade():
    text = ("对经区科委认定的首台套工业软件产品，区属国有企业采购同类产品时同等条件下优先采购；对研制企业按照首年销售额的"
            "10%给予奖励，最高50万元。")
    assert _judge({**RESTAURANT, "industries": ["信息技术"]}, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


@pytest.mark.parametrize("text", [
    "对承租区属国有企业门面房的个体工商户，免收2026年第四季度房租，出租单位不得以任何理由拒绝或者变相收取。",
    "对在区属市场内经营的个体工商户，摊位租金减半收取，市场开办方不得转嫁给其他经营者。",
])
def test_a_ban_securing_what_the_same_sentence_grants_leaves_it_a_grant_to_its_receiver(text):
    # the party the ban binds (the landlord, the market) is not the receiver; the tenant is offered the relief
    m = _measure(text)
    assert m["kind"] == "benefit"
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_ban_alone_still_protects_whom_it_names():
    m = _measure("出租单位不得以任何理由向承租的个体工商户收取押金以外的费用。")
    assert m["kind"] == "right"
