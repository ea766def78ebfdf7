"""Sentence shapes that settle a provision's kind and its conditions (index/facts/shapes.py,
index/facts/inline_conditions.py), on sentences written for these tests in varied official wordings."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, RIGHT, eligible
from index.facts.kinds import BENEFIT, DUTY, OBLIGATION, RIGHT as RIGHT_KIND
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
MICRO = {**SMALL, "size": "微型", "industries": ["信息技术"]}
MEDIUM = {**SMALL, "size": "中型", "industries": ["制造业"]}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-shapes")


def _status(profile: dict, text: str) -> str:
    return judged(profile, _measure(text), today=TODAY)["status"]


# ── 1. a business applying for a support noun is a benefit (需确认 with its conditions), for that business only
@pytest.mark.parametrize("text", [
    "小微企业流动资金周转出现暂时困难的，可以申请使用区级过桥资金，使用期限不超过10日。",
    "小型微型企业经营性贷款临近到期、续贷确有困难的，可申请区级周转资金支持。",
    "中小企业的生产设备因更新换代确需提前报废的，可以依法缩短折旧年限。",
])
def test_a_business_applying_for_support_is_a_benefit_to_confirm(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE  # its own condition ("…确有困难的") is asked, never 可以申请 outright
    assert _status(LARGE, text) == INELIGIBLE  # a benefit of small (and medium) firms


def test_the_firms_own_bank_loan_does_not_make_the_firm_a_bank():
    text = "小型微型企业银行贷款即将到期的，可以申请使用区级应急周转资金。"
    assert _measure(text)["sizes"] == ["小型", "微型"]
    assert _status(MICRO, text) == MAYBE and _status(LARGE, text) == INELIGIBLE and _status(MEDIUM, text) == INELIGIBLE


# ── 2. conditions in the receiver phrase make the grant 需确认, with the question from the clause
@pytest.mark.parametrize("text, words", [
    ("对2026年内新开业并在本区纳税的小型餐饮企业，给予一次性开业补贴2000元。", "新开业"),
    ("对首次被评为区级诚信示范店的个体工商户和小微企业，给予一次性奖励5000元。", "首次被评为"),
    ("对年度营业收入首次突破5000万元的企业，给予一次性奖励20万元。", "首次突破"),
    ("对转型后连续正常经营满一年的企业，给予一次性补助3000元。", "连续正常经营满一年"),
    ("小型微型企业招用登记失业人员并签订2年以上劳动合同的，按照每人2000元给予一次性补贴。", "并签订"),
])
def test_a_condition_inside_the_receiver_phrase_is_asked(text, words):
    [r] = eligible(SMALL, [_measure(text)], TODAY)
    assert r["status"] == MAYBE
    assert any(words in q for q in r["missing"])


def test_rules_issued_elsewhere_or_conditions_set_by_other_rules_are_asked():
    issued = "对小微企业给予周转资金支持，具体使用办法由区财政局另行印发。"
    referred = "对获评区级老字号的个体工商户给予奖励1万元。评定条件和程序依照商务部门有关规定执行。"
    assert _status(SMALL, issued) == MAYBE
    assert _status(SHOP, referred) == MAYBE


# ── 4. a business-subject sentence with 应当 / 不得 goes on binding it in the sentence after
def test_an_obligation_carries_over_to_a_sentence_without_an_actor_of_its_own():
    text = ("获得本办法补贴的商户，应当如实报送经营数据，不得虚报冒领；领取补贴期间，不得将补贴设备出租、转借他人。"
            "违反规定的，由主管部门追回补贴资金。")
    m = _measure(text)
    assert m["kind"] == OBLIGATION
    assert all(_status(p, text) == INELIGIBLE for p in (SMALL, SHOP, LARGE))


def test_a_ban_that_protects_a_named_party_after_an_obligation_stays_a_right():
    text = "平台经营者应当公示服务协议；不得利用规则优势，向中小商户收取不合理费用。"
    assert _measure(text)["kind"] == RIGHT_KIND


# ── 5. 对 + receiver + 实行 + a relief is a benefit for that receiver
@pytest.mark.parametrize("text", [
    "对新设立的小型餐饮企业，燃气报装实行“零跑动、零费用”。",
    "国家对小型微型企业的部分行政事业性收费实行减免。",
    "对小微企业办理排水许可实行容缺受理。",
])
def test_a_relief_in_force_for_a_receiver_is_a_benefit(text):
    m = _measure(text)
    assert m["kind"] in (BENEFIT, RIGHT_KIND)
    assert _status(SMALL, text) in (ELIGIBLE, MAYBE, RIGHT)
    assert _status(LARGE, text) == INELIGIBLE


# ── 6. third parties urged, measures to adopt, aggregates to raise, systems funded: the government's work
@pytest.mark.parametrize("text", [
    "国家鼓励各类咨询机构为小微企业提供财务、法律等专业服务。",
    "支持商业银行依托企业纳税信用，为中小企业提供信用贷款。",
    "人民银行应当运用再贷款工具，引导金融机构加大对小型微型企业的信贷投放。",
    "鼓励高等学校、科研院所向中小企业开放大型科研仪器，开展合作研发。",
    "区人民政府应当根据实际，采取贴息、担保等措施，帮助受灾企业恢复生产。",
    "本市实行普惠金融差异化监管，提高小型微型企业贷款的比重和覆盖面。",
    "区中小企业发展资金重点用于支持中小企业融资服务体系建设。",
])
def test_urging_third_parties_and_building_systems_are_duties(text):
    m = _measure(text)
    assert m["kind"] == DUTY
    assert all(_status(p, text) == INELIGIBLE for p in (SMALL, MICRO, MEDIUM, SHOP))


def test_a_third_party_product_with_a_payout_granted_to_the_receiver_stays_a_benefit():
    text = "鼓励保险机构推出商业健康保险产品，为投保的小微企业给予一定额度理赔。"
    assert _measure(text)["kind"] == BENEFIT


def test_urging_a_third_party_beside_public_money_stays_a_benefit():
    text = "通过贷款贴息、风险补偿等方式，支持银行为科技型中小企业提供知识产权质押贷款。"
    assert _measure(text)["kind"] == BENEFIT


# ── 3. a protection whose object names specific parties is a right for those parties only
@pytest.mark.parametrize("text", [
    "市场监管部门对小微企业和个体工商户的抽查实行“一次进门、查多项”，同一部门对同一经营主体每年抽查不超过2次。"
    "经营主体对违规抽查，可以通过政务服务热线反映。",
    "税务机关对个体工商户和小型微型企业的纳税评估实行预约制，不得在节假日前后上门核查。市场主体认为核查不当的，可以申请复核并投诉。",
])
def test_a_protection_naming_its_parties_is_their_right_only(text):
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert _status(SMALL, text) == RIGHT and _status(SHOP, text) == RIGHT
    assert _status(LARGE, text) == INELIGIBLE and _status(MEDIUM, text) == INELIGIBLE


def test_a_protection_of_every_business_stays_every_businesss():
    text = "行政执法部门对经营主体的日常检查实行“双随机、一公开”，不得重复检查。经营主体可以通过热线反映不当检查。"
    assert _status(LARGE, text) == RIGHT


def test_the_fund_of_small_firms_building_a_system_and_the_party_urged_mid_sentence_are_duties():
    assert _measure("小微企业发展基金主要用于支持小微企业融资担保体系建设。")["kind"] == DUTY
    assert _measure("支持担保机构结合企业纳税记录，为小微企业提供免抵押担保。")["kind"] == DUTY


def test_a_grant_to_those_meeting_conditions_goes_to_the_party_the_article_named_before():
    text = "支持小微企业参与区级应用场景建设。区经济和信息化部门应当做好对接服务，对经评审通过的予以资金支持。"
    m = _measure(text)
    assert m["kind"] == BENEFIT and m["sizes"] == ["小型", "微型"]
    assert _status(SMALL, text) == MAYBE and _status(LARGE, text) == INELIGIBLE


@pytest.mark.parametrize("text", [
    "鼓励符合条件的中小企业在北京证券交易所上市，或者通过发行公司债券等方式直接融资。",
    "本市支持科技型中小企业在区域性股权市场挂牌，开展股权融资。",
    "区人民政府应当统筹各类资金，为小微企业在数字化转型、人才培训等方面提供资金支持。",
    "有关部门应当优化服务，不得将小微企业户数、注册资本增长率等作为考核指标。",
])
def test_encouragement_of_a_business_own_act_areas_of_support_and_statistics_are_duties(text):
    assert _measure(text)["kind"] == DUTY
    assert _status(SMALL, text) == INELIGIBLE


def test_listing_with_a_subsidy_stays_a_benefit():
    text = "支持中小企业在北京证券交易所上市，对完成上市的企业给予一次性补贴300万元。"
    assert _measure(text)["kind"] == BENEFIT


@pytest.mark.parametrize("text", [
    "对小微企业和个体工商户的燃气报装实行“零材料、零费用”。",
    "本市对小型微型企业的登记注册费实行免收。",
])
def test_a_relief_in_force_needs_no_benefit_word_of_the_taxonomy(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == ELIGIBLE and _status(LARGE, text) == INELIGIBLE


def test_a_hardship_is_asked_even_when_the_profile_answers_the_financing_need():
    text = "小微企业因订单减少导致资金周转困难的，可向区融资担保公司申请免收担保费的担保服务。"
    [r] = eligible({**SMALL, "situations": ["有融资需求"]}, [_measure(text)], TODAY)
    assert r["status"] == MAYBE and any("资金周转困难" in q for q in r["missing"])


def test_a_new_registration_in_the_receiver_phrase_is_asked():
    [r] = eligible(SHOP, [_measure("对新登记的个体工商户实行首年免费代理记账。")], TODAY)
    assert r["status"] == MAYBE and any("新登记" in q for q in r["missing"])


def test_the_other_side_of_a_dispute_is_not_whom_the_right_is_for():
    text = "小微企业与大型企业之间发生货款争议的，可以申请商事调解。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _status(SMALL, text) == RIGHT and _status(LARGE, text) == INELIGIBLE


def test_measures_to_adopt_that_grant_to_a_receiver_stay_a_benefit():
    text = "区财政应当采取贴息、担保费补助等方式，对符合条件的小微企业给予支持。"
    assert _measure(text)["kind"] == BENEFIT and _status(SMALL, text) == MAYBE


@pytest.mark.parametrize("text", [
    "县级以上人民政府应当健全小微企业信用担保体系，推动担保机构降低担保费率。",
    "鼓励行业协会、商会为会员企业提供法律咨询服务。",
    "支持各类孵化器为初创企业提供低成本办公场地。",
])
def test_a_system_to_build_and_third_parties_to_lower_prices_are_duties(text):
    assert _measure(text)["kind"] == DUTY


def test_a_newly_approved_status_is_asked():
    zjtx = {**MEDIUM, "traits": ["专精特新"]}
    [r] = eligible(zjtx, [_measure("对当年新获批的国家级专精特新“小巨人”企业，给予50万元奖励。")], TODAY)
    assert r["status"] == MAYBE and any("新获批" in q for q in r["missing"])


def test_what_a_business_may_refuse_and_equal_treatment_are_rights_not_grants():
    refuse = "个体工商户有权拒绝违法摊派；有权拒绝搭售商品、强制订购报刊等行为。"
    equal = "民营企业在信贷、税收、科技奖励、政府采购等方面，享受与国有企业同等的待遇。"
    assert _measure(refuse)["kind"] == RIGHT_KIND and _status(SHOP, refuse) == RIGHT
    assert _measure(equal)["kind"] == RIGHT_KIND


def test_institutions_urged_to_serve_people_are_a_duty_not_a_benefit_of_businesses():
    text = "本市鼓励职业培训机构免费为失业人员提供职业指导和技能培训。"
    assert _measure(text)["kind"] == DUTY and _status(SMALL, text) == INELIGIBLE


def test_related_preferential_treatment_is_terms_written_elsewhere():
    text = "小微企业吸纳残疾人就业的，享受本市相关税收优惠政策。"
    [r] = eligible(SMALL, [_measure(text)], TODAY)
    assert r["status"] == MAYBE and any("相关税收优惠" in q for q in r["missing"])


def test_lenders_urged_to_a_concrete_relief_for_named_receivers_stay_a_benefit():
    text = "鼓励银行对受灾的小微企业和个体工商户贷款实施展期，并免收逾期罚息。"
    assert _measure(text)["kind"] == BENEFIT


def test_backing_a_listing_with_a_service_of_the_government_is_not_only_encouragement():
    text = "支持科技型中小企业在北京证券交易所上市，建立上市后备企业库，做好分类辅导。"
    assert _measure(text)["kind"] != DUTY


def test_owners_listed_together_are_all_landlords():
    text = "对承租区属国有企业和村集体经济组织所有的经营用房的小微餐饮企业，减免3个月租金。"
    m = _measure(text)
    assert "国有企业" not in m["traits_required"]
    [r] = eligible(SMALL, [m], TODAY)  # the tenant is asked whether it rents state-owned premises
    assert r["status"] == MAYBE and "经营场所是否租用国有房屋？" in r["missing"]


def test_whoever_opens_a_shop_may_invoke_the_promise_procedure():
    text = "在本区开办餐馆、便利店的，申请人可以选择以告知承诺方式办理食品经营许可。"
    assert _status(SMALL, text) == RIGHT and _status(SHOP, text) == RIGHT


def test_a_stricter_inspection_regime_is_not_a_protection():
    text = "市场监管部门对失信企业的日常检查实行重点监管，提高抽查比例。"
    assert _measure(text)["kind"] != RIGHT_KIND
    assert _status(SMALL, text) == INELIGIBLE


# ── 2b. more shapes of a condition in the receiver phrase: a body's act between 经 and 认定, a long receiver
# before the grant, a list the product entered, a lead sentence whose grant verb takes the receiver phrase
@pytest.mark.parametrize("text, words", [
    ("对经区文化和旅游局评定的精品民宿，按照装修改造实际投资额的20%给予经营单位一次性补助。", "评定"),
    ("对在本区重点商圈内营业至23时以后、连续营业满6个月的餐饮企业和零售门店，按照每家每月1000元给予补贴。", "连续营业满6个月"),
    ("对列入《本区首台套装备推广目录》的产品，可以在区属单位采购中优先选用。", "列入《"),
    ("奖励首次认定的专精特新中小企业。对本年度认定的，给予一次性奖励10万元。", "首次认定"),
])
def test_more_conditions_inside_the_receiver_phrase_are_asked(text, words):
    [r] = eligible(MEDIUM, [_measure(text)], TODAY)
    assert r["status"] != ELIGIBLE
    [r] = eligible({**SMALL, "industries": ["住宿餐饮", "制造业"], "traits": ["专精特新"]}, [_measure(text)], TODAY)
    assert r["status"] != ELIGIBLE


# ── 2c. a party excluded from a grant is not granted it: the sentence that excludes names no receiver
@pytest.mark.parametrize("text", [
    "对经认定的区级示范园区，给予园区运营单位一次性补助50万元。园区内入驻个体工商户不作为本项补助的申请主体。",
    "对园区运营企业给予一次性补助50万元。出租方和入驻个体工商户不享受本项补助。",
    "对园区运营企业给予一次性补助50万元。合作银行、个体工商户不属于本项补助对象。",
])
def test_a_party_excluded_from_a_grant_is_not_offered_it(text):
    clauses = _measure(text)["eligibility"]["clauses"]
    assert clauses and all("个体工商户" not in c["entity_types"] for c in clauses)


# ── 2d. a grant named as the cause of something else grants nothing there; a trade listed before 个体工商户 is
# one of the trades the grant is for
def test_a_grant_named_as_a_cause_is_no_grant_and_each_listed_trade_counts():
    text = ("对在本区连续营业满一年的洗染、零售个体工商户，按照每户2000元给予补贴。"
            "出租方不得因承租户享受补贴而提高租金。")
    m = _measure(text)
    assert len(m["eligibility"]["clauses"]) == 1
    assert "批发零售" in m["eligibility"]["clauses"][0]["industries"]
    [r] = eligible(SHOP, [m], TODAY)
    assert r["status"] == MAYBE  # its condition (连续营业满一年) is asked


# ── 3. a trade's 商户 (餐饮商户, 零售商户) is any business of that trade, company or individual business
def test_a_trades_merchants_include_companies():
    text = "零售商户可以在街道划定的区域和时段开展店外促销，实行备案管理，不收取占用场地费用。"
    m = _measure(text)
    assert "企业" in m["entity_types"] and "个体工商户" in m["entity_types"]
    [r] = eligible({**SMALL, "industries": ["批发零售"]}, [m], TODAY)
    assert r["status"] != INELIGIBLE


def test_a_trade_named_in_the_receiver_limits_the_grant_to_it():
    text = "文旅企业通过合作银行获得流动资金贷款的，按照贷款市场报价利率的30%给予贴息，单户最高20万元。"
    assert _status(SMALL, text) == INELIGIBLE  # a restaurant is not a 文旅 business
    assert _status({**SMALL, "industries": ["文化旅游体育"]}, text) != INELIGIBLE
