"""Plan measures nobody tuned for (issue 23, the plans side): conditions that sit in a long receiver phrase or in
another sentence of the measure, the trade, status or size a receiver phrase names, related statuses, and the
beneficiary by role. Every sentence here was written for these tests in the shapes district plans use (none
copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, RIGHT, eligible
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
DISTRICT = "密云区"
RESTAURANT = {"district": DISTRICT, "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
              "situations": None}
SHOP = {**RESTAURANT, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}
STARTUP = {**RESTAURANT, "size": "微型", "industries": ["信息技术", "科技服务"], "traits": ["科技型中小企业"]}
SPECIALIST = {**RESTAURANT, "size": "中型", "industries": ["制造业"], "traits": ["专精特新", "高新技术企业"]}
LARGE = {**RESTAURANT, "size": "大型", "industries": ["制造业"]}


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, text, doc_id="test-plans", district=DISTRICT, today=TODAY)


# ───────────────────────────── conditions that are never 可以申请 ─────────────────────────────

def test_a_sentence_saying_how_a_grant_is_paid_does_not_grant_it_again_without_its_conditions():
    text = ("对区内用人单位吸纳本区就业困难人员，签订2年以上劳动合同并按月足额缴纳社会保险费满6个月的，按照每人3000元"
            "给予用人单位一次性奖励。奖励资金直接拨付至用人单位账户，不发放给个人。")
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert any("满6个月" in q for q in r["missing"])


@pytest.mark.parametrize("rules", [
    "奖励条件和兑付程序按照区市场监督管理局会同区财政局制定的实施细则执行。",
    "补贴标准和申报程序依照区商务局制定的申报指南办理。",
])
def test_a_grant_whose_terms_are_in_rules_a_body_makes_is_asked(rules):
    text = "对本区个体工商户给予一次性奖励1万元。" + rules
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert _judge(SHOP, "对本区个体工商户给予一次性奖励1万元。")["status"] == ELIGIBLE  # (its terms all written)


def test_a_grant_to_the_businesses_that_signed_up_for_a_scheme_asks_whether_they_did():
    text = ("区文化和旅游局联合电商平台发放“乡村游”惠民券，游客在签约餐馆、超市消费时抵扣，补贴资金由区财政结算给参与商户。"
            "拟参与的商户须于5月31日前完成报名签约。")
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert any("报名" in q or "签约" in q for q in r["missing"])


# ───────────────────────────── the trade a receiver phrase names ─────────────────────────────

def test_trades_listed_before_the_receiver_restrict_the_grant_to_them():
    text = "对在本区经营的洗染、零售个体工商户和小型微型企业，按照每户3000元给予一次性经营补贴。"
    assert _judge(SHOP, text)["status"] == ELIGIBLE
    assert _judge(STARTUP, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    text = "对在本区经营的文创、健身个体工商户和小型微型企业，按照每户3000元给予一次性经营补贴。"
    assert _judge({**SHOP, "industries": ["文化旅游体育"]}, text)["status"] == ELIGIBLE
    assert _judge(SHOP, text)["status"] == INELIGIBLE
    assert _judge(STARTUP, text)["status"] == INELIGIBLE


def test_a_trade_modifying_the_receiver_restricts_it():
    text = "对年营业收入首次超过500万元的软件和信息技术服务企业，给予一次性奖励10万元。"
    assert _judge(STARTUP, text)["status"] == MAYBE  # (首次超过: asked)
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_business_named_by_its_narrower_trade_is_asked_of_visitors_of_that_industry_only():
    text = "对乡村酒店、农家乐经营者，按照每家5000元给予一次性消防设施改造补贴。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert any("农家乐" in q for q in r["missing"])
    assert _judge(SHOP, text)["status"] == INELIGIBLE
    assert _judge(STARTUP, text)["status"] == INELIGIBLE


def test_a_trade_noun_naming_a_place_or_a_station_is_not_a_receiver():
    text = "区商务局于年底前在酒店集中街区建成3个便民服务站，为经营者提供咨询和代办服务。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


# ───────────────────────────── the status a receiver phrase names ─────────────────────────────

def test_a_grant_for_incubated_start_ups_is_never_offered_to_a_large_or_medium_firm():
    text = "对入驻区级众创空间的在孵企业，按照实际租金的50%给予场地补贴，每户每年最高2万元。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SPECIALIST, text)["status"] == INELIGIBLE
    r = _judge(STARTUP, text)
    assert r["status"] == MAYBE  # whether it sits in the incubator is not in its profile
    assert any("在孵" in q or "入驻" in q for q in r["missing"])


def test_a_grant_for_cross_border_e_commerce_firms_is_for_foreign_trade_firms_only():
    text = "对年度跨境电商进口额超过5000万元的跨境电商企业，给予一次性奖励20万元。"
    for visitor in (RESTAURANT, STARTUP, SPECIALIST, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE
    assert _judge({**STARTUP, "traits": ["外贸企业"]}, text)["status"] == MAYBE


def test_a_high_tech_sme_is_asked_whether_it_is_registered_as_a_tech_sme():
    text = "对获得合作银行信用贷款的科技型中小企业，按照实际支付利息的30%给予贴息，单户最高10万元。"
    r = _judge(SPECIALIST, text)
    assert r["status"] == MAYBE
    assert any("科技型中小企业" in q for q in r["missing"])
    r = _judge(STARTUP, text)  # (asked only whether it has a loan: 有融资需求)
    assert r["status"] == MAYBE and not any("科技型中小企业" in q for q in r["missing"])
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge({**LARGE, "traits": ["高新技术企业"]}, text)["status"] == INELIGIBLE  # never a large firm


# ───────────────────────────── rights ─────────────────────────────

def test_a_complaint_channel_after_a_payment_duty_to_a_kind_of_sme_stays_for_every_sme_never_a_large_firm():
    text = ("区属国有企业向专精特新中小企业采购货物的，应当自货物交付之日起30日内支付款项。"
            "企业遇有拖欠的，可以向区中小企业服务中心投诉。")
    assert _judge(SPECIALIST, text)["status"] == RIGHT
    assert _judge(RESTAURANT, text)["status"] == RIGHT  # its complaint is for any SME owed money
    assert _judge(STARTUP, text)["status"] == RIGHT
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge({**LARGE, "traits": ["专精特新"]}, text)["status"] == INELIGIBLE


# ───────────────────────────── whose benefit, by role ─────────────────────────────

@pytest.mark.parametrize("text", [
    "对为本区小微企业提供融资担保且担保费率不高于1%的政府性融资担保机构，按照担保额的0.5%给予担保费补贴。",
    "对为本区小微餐饮门店减免佣金的外卖平台企业，按照减免佣金的30%给予补贴。",
    "对为在孵小微企业提供免费工位的区级孵化器，按照每个工位每年2000元给予运营补贴。",
])
def test_a_grant_to_the_provider_that_serves_small_firms_is_not_theirs(text):
    for visitor in (RESTAURANT, STARTUP, SPECIALIST, SHOP):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_a_party_named_inside_the_name_of_a_fund_is_not_a_receiver():
    text = "小微企业可以申请使用区中小企业转贷资金，转贷费率不高于0.3%。"
    assert _judge(SPECIALIST, text)["status"] == INELIGIBLE  # a medium firm: the 小微 of the sentence
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_consumer_services_do_not_include_software():
    text = "对餐饮、家政等生活性服务业小微企业，按照每户2000元给予一次性补贴。"
    assert _judge(STARTUP, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == ELIGIBLE


def test_a_service_a_body_provides_to_a_kind_of_firm_at_public_cost_is_a_benefit_for_it():
    text = "区科信局为专精特新中小企业提供数字化转型诊断服务，诊断费用由区财政全额承担。"
    assert _judge(SPECIALIST, text)["status"] in (ELIGIBLE, MAYBE)
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_vouchers_spent_in_the_stores_that_join_are_asked_of_those_stores_not_of_the_platform():
    text = "区商务局联合外卖平台发放餐饮消费券，消费者在参与活动的餐饮门店使用，平台企业不参与资金分配。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and any("参与" in q or "报名" in q for q in r["missing"])
    assert _judge(STARTUP, text)["status"] == INELIGIBLE
    assert _judge({**STARTUP, "traits": ["平台企业"]}, text)["status"] == INELIGIBLE


def test_rent_relief_for_tenants_of_state_owned_premises_asks_whether_the_visitor_rents_them():
    text = "对承租区属国有企业经营性用房的小微企业和个体工商户，免除2026年上半年3个月房屋租金。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and "经营场所是否租用国有房屋？" in r["missing"]
    assert _judge({**RESTAURANT, "situations": ["租用国有房屋"]}, text)["status"] == ELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE  # the landlord is not the tenant


@pytest.mark.parametrize("text", [
    "电商平台为小微商户减免入驻费的，按照减免金额的40%给予平台补贴。",
    "合作银行为个体工商户发放的首笔信用贷款，按照发放金额的1%给予银行奖励。",
    "对为小微企业减免房租的出租方，按照减免金额的30%给予补贴。",
])
def test_a_grant_named_for_a_role_after_gei_yu_or_heading_the_receiver_is_not_for_the_firms_it_serves(text):
    for visitor in (RESTAURANT, SHOP, STARTUP):
        r = _judge(visitor, text)
        assert r["status"] == INELIGIBLE or any("减免" in q or "出租" in q for q in r["missing"])
    assert _judge({**SHOP, "situations": []}, text)["status"] == INELIGIBLE


def test_a_grant_to_the_organiser_asks_whether_the_visitor_organised():
    r = _judge(RESTAURANT, "对在本区举办的美食节活动，按照场地租金的30%给予主办单位补贴。")
    assert r["status"] == MAYBE and any("主办单位" in q for q in r["missing"])


def test_an_award_to_workers_is_for_persons():
    text = "对在区级职业技能竞赛中获奖的企业职工，给予每人3000元奖励。"
    for visitor in (RESTAURANT, SHOP, STARTUP, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_an_upper_bound_on_a_firms_revenue_is_asked_and_keeps_large_firms_out():
    text = "对上年度营业收入在3000万元以下的企业，减半收取2026年度城市生活垃圾处理费。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and any("3000万元以下" in q for q in r["missing"])
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    # a bound a large firm could meet is asked, not used to judge the size
    assert _judge(LARGE, "对从业人员在2000人以下的企业，给予每家1万元补贴。")["status"] == MAYBE


@pytest.mark.parametrize("text", [
    "对聘用退役军人并签订1年以上劳动合同的企业，按照每人每年6000元给予补贴。",
    "对2026年不裁员或少裁员的中小企业，返还其上年度实际缴纳失业保险费的60%。",
    "对迁入本区且承诺10年内不迁出的专精特新中小企业，给予一次性奖励20万元。",
])
def test_what_the_receiver_must_have_done_is_asked_never_called_eligible(text):
    r = _judge(SPECIALIST, text)
    assert r["status"] == MAYBE and r["missing"]


@pytest.mark.parametrize("text, benefit", [
    ("对年营业收入不足500万元的个体工商户和小微企业，免收2026年度门前三包标识费。", "税费减免"),
    ("对稳岗率不低于95%的中小企业，给予稳岗返还。", "就业支持"),
    ("凡在本区登记注册的小微企业，均可申请免费财税辅导服务。", "企业服务"),
])
def test_reliefs_and_services_in_the_ways_plans_write_them_are_benefits(text, benefit):
    m = annotated_measure(text, "test-plans", district=DISTRICT)
    assert m["kind"] == "benefit" and benefit in m["benefit_types"]
    assert _judge(RESTAURANT, text)["status"] in (ELIGIBLE, MAYBE)
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_receiver_of_a_kind_the_vocabulary_does_not_know_is_asked_not_offered_outright():
    text = "对氢能加注站建设运营企业，按照加注量给予每公斤5元运营补贴。"
    r = _judge(SPECIALIST, text)
    assert r["status"] == MAYBE
    assert any("氢能加注站建设运营企业" in q for q in r["missing"])
    # a plain 企业, a known trade or a place is no unknown kind
    assert _judge(RESTAURANT, "对区内餐饮企业，按照每家3000元给予一次性补贴。")["status"] == ELIGIBLE


def test_a_free_service_for_new_individual_businesses_is_a_benefit_for_them():
    text = "对2026年在本区新登记的个体工商户，免费提供公章刻制和税务登记代办服务。"
    m = annotated_measure(text, "test-plans", district=DISTRICT)
    assert m["kind"] == "benefit"
    assert _judge(SHOP, text)["status"] == MAYBE  # (新登记: asked)
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_an_allowance_for_the_researchers_a_firm_employs_is_for_persons():
    text = "对区内企业引进的青年科研人员，给予每人每年5万元生活补贴。"
    for visitor in (STARTUP, SPECIALIST, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_small_businesses_called_shops_are_firms_and_individual_businesses():
    text = "对开展线上经营的小微商户，按照平台服务费的50%给予补贴，最高1万元。"
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE
    assert _judge(SHOP, text)["status"] != INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_firm_leading_a_programme_is_asked_whether_it_does():
    r = _judge(SPECIALIST, "对牵头承担市级重大科技专项的企业，按照项目资金的10%给予配套支持。")
    assert r["status"] == MAYBE and r["missing"]


def test_a_permit_promise_for_whoever_opens_a_shop_is_for_every_business_not_the_documents_audience():
    text = "在本区开办书店、花店的，申请人可以选择以告知承诺方式办理相关许可，材料齐全的当场办结。"
    # in a plan declared for individual businesses (its title), the opener of any shop is still every business
    m = annotated_measure(text, "test-plans", district=DISTRICT, document={"audience": "个体工商户"})
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert eligible(visitor, [m], TODAY)[0]["status"] == RIGHT


def test_a_conversion_from_an_individual_business_is_granted_to_it():
    text = "对2026年由个体工商户转型为企业、转型后连续经营满6个月的，给予一次性补助5000元。"
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE and r["missing"]


def test_a_body_setting_itself_a_date_to_staff_or_build_something_is_its_own_work():
    text = "区科学技术委员会于2026年5月31日前为专精特新中小企业配备服务专员，免费提供政策咨询服务。"
    m = annotated_measure(text, "test-plans", district=DISTRICT)
    assert m["kind"] == "duty"
    for visitor in (SPECIALIST, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_tech_small_and_micro_firms_are_tech_firms_of_those_sizes():
    text = "对使用区级共享实验室仪器设备的科技型小微企业，按照使用费用的50%给予补贴，每家每年最高10万元。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(STARTUP, text)["status"] in (ELIGIBLE, MAYBE)
    assert _judge(SPECIALIST, text)["status"] == INELIGIBLE  # (medium-sized)


def test_a_state_owned_landlord_named_before_its_tenants_is_not_the_receiver_and_renting_is_asked():
    text = "区属国有企业出租的商业用房，对承租的小微企业和个体工商户减免2个月租金。"
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and "经营场所是否租用国有房屋？" in r["missing"]
    assert _judge({**LARGE, "traits": ["国有企业"]}, text)["status"] == INELIGIBLE


def test_the_supplier_a_large_buyer_buys_from_is_not_the_receiver():
    text = "对向本区小微企业订购产品的大型企业，按照订购额的2%给予奖励。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(STARTUP, text)["status"] == INELIGIBLE


def test_an_urging_lead_is_context_the_receiver_is_the_one_granted_to():
    text = "鼓励大型企业向中小企业开放应用场景，对促成场景合作的大型企业给予最高30万元奖励。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(SPECIALIST, text)["status"] == INELIGIBLE
    r = _judge(LARGE, text)
    assert r["status"] == MAYBE and r["missing"]  # (促成: asked)


def test_one_to_one_guidance_for_a_kind_of_business_is_a_service_it_can_ask_for():
    text = "对有意愿转型为企业的个体工商户，由区市场监管局提供一对一上门指导服务。"
    assert _judge(SHOP, text)["status"] in (ELIGIBLE, MAYBE)
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_firms_below_designated_size_are_small_and_micro():
    text = "对规模以下工业企业开展数字化改造的，按照改造投入的20%给予补贴，最高10万元。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SPECIALIST, text)["status"] == INELIGIBLE
    assert _judge({**SPECIALIST, "size": "小型"}, text)["status"] == MAYBE


def test_start_ups_of_any_stage_wording_are_never_large():
    text = "对初创期、成长期科技企业，由区天使投资引导基金给予最高500万元投资支持。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_tax_charged_at_a_reduced_share_is_a_tax_relief():
    m = annotated_measure("对小型微利企业年应纳税所得额不超过300万元的部分，减按25%计入应纳税所得额。", "test-plans",
                          district=DISTRICT)
    assert "税费减免" in m["benefit_types"]


def test_the_trade_a_receiver_is_engaged_in_restricts_it_and_an_unknown_one_is_asked():
    text = "对从事住宿服务的小微企业，按照每户3000元给予一次性补贴。"
    assert _judge(RESTAURANT, text)["status"] == ELIGIBLE
    assert _judge(STARTUP, text)["status"] == INELIGIBLE
    r = _judge(STARTUP, "对从事储能电站运营的企业，按照放电量给予每千瓦时0.2元补贴。")
    assert r["status"] == MAYBE and any("储能电站运营" in q for q in r["missing"])


def test_checking_the_receivers_of_a_grant_and_clawing_it_back_is_not_a_grant():
    text = "区商务局将对获得补贴的商户开展随机抽查，发现虚报冒领的，追回补贴资金。"
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


@pytest.mark.parametrize("text", [
    "对小微餐饮企业给予每家4000元一次性补贴。补贴须经区商务局审核认定后拨付。",
    "对小微企业给予每家2万元房租补贴。补贴对象由各街道推荐，区商务局择优确定。",
    "对区内餐饮企业给予每家1万元稳岗补贴。申请补贴的企业须在2026年度未发生规模性裁员。",
])
def test_a_condition_in_the_sentence_after_a_grant_is_asked(text):
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and any("本条另写明" in q for q in r["missing"])


@pytest.mark.parametrize("text", [
    "对区内连锁企业新开门店，每家给予3万元补贴。",
    "对新认定的独角兽企业，给予一次性奖励100万元。",
    "对区内重点企业，给予最高20万元补贴。",
])
def test_a_designation_or_a_new_shop_in_the_receiver_phrase_is_asked(text):
    for visitor in (RESTAURANT, LARGE):
        assert _judge(visitor, text)["status"] != ELIGIBLE


def test_a_status_beside_a_size_in_the_receiver_head_is_asked_and_the_examples_of_a_category_are_not():
    r = _judge(RESTAURANT, "对新评定的创新型中小企业，给予每家5万元奖励。")
    assert r["status"] == MAYBE and any("创新型中小企业" in q for q in r["missing"])
    assert _judge(STARTUP, "对洗染、家政等生活性服务业小微企业，按照每户2000元给予一次性补贴。")["status"] == INELIGIBLE
    assert _judge({**RESTAURANT, "industries": ["住宿餐饮"]},
                  "对餐饮、家政等生活性服务业小微企业，按照每户2000元给予一次性补贴。")["status"] == ELIGIBLE
