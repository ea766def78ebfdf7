"""Whose benefit in a district plan's measure (issue 23, plans side, h-kinds12): the tenant a thing is let to
(出租给…) receives, not the landlord that holds it; a sentence restricting the parties taking part ("参与商户限于…")
declares the receivers, with their trades; a status the grant rewards attaining (首次通过…认定) is asked of a visitor
who does not hold it yet, not refused; a government body building something by a date (于…前建成…平台，提供…服务) is
doing its work. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.attainment import attained
from index.facts.eligibility import INELIGIBLE, MAYBE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "房山区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
TECH = {**RESTAURANT, "size": "微型", "industries": ["信息技术"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-plan-receivers", district=DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, _measure(text), today=TODAY)


LET_TO = ("商业运营公司持有的临街门面房出租给个体工商户从事零售经营的，2027年度租金按照原租金的60%收取。"
          "租金差额由出租方自行承担。承租人须于2027年2月底前向出租方提出申请。")


def test_the_tenant_a_room_is_let_to_receives_the_rent_cut_not_the_landlord_that_holds_it():
    m = _measure(LET_TO)
    assert m["kind"] == "benefit", m["kind_basis"]
    assert m["entity_types"] == ["个体工商户"]
    assert _judge(SHOP, LET_TO)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, LET_TO)["status"] == INELIGIBLE


def test_a_state_owned_room_let_to_the_receiver_is_a_condition_asked_not_granted_outright():
    text = ("市属国有企业自有的商业用房出租给小微企业从事零售经营的，2027年上半年租金按照合同金额的50%收取，"
            "差额由出租企业承担。")
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("国有房屋" in q for q in r["missing"])


VOUCHERS = ("区商务局在春节期间发放年货消费券，消费者在参与商户购物时抵扣，资金由区财政结算给商户。"
            "参与商户限于在本区登记的零售类个体工商户和小微企业，须于2027年1月10日前完成报名。")


def test_parties_taking_part_restricted_by_a_sentence_of_their_own_are_the_receivers_with_their_trade():
    m = _measure(VOUCHERS)
    assert set(m["entity_types"]) == {"企业", "个体工商户"}
    clause = m["eligibility"]["clauses"][0]
    assert clause["sizes"] == ["小型", "微型"]
    assert clause["industries"] == ["批发零售"]
    assert _judge(SHOP, VOUCHERS)["status"] == MAYBE  # (whether it signed up is asked)
    small_shop = {**RESTAURANT, "industries": ["批发零售"]}
    assert _judge(small_shop, VOUCHERS)["status"] == MAYBE
    assert _judge(RESTAURANT, VOUCHERS)["status"] == INELIGIBLE  # a restaurant is not a retailer
    assert _judge({**LARGE, "industries": ["批发零售"]}, VOUCHERS)["status"] == INELIGIBLE


NEWLY_CERTIFIED = "对首次认定为高新技术企业的本区企业，给予一次性奖励15万元。"


def test_a_status_the_grant_rewards_attaining_is_asked_of_a_visitor_who_does_not_hold_it_yet():
    r = _judge(TECH, NEWLY_CERTIFIED)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("首次" in q and "高新技术企业" in q for q in r["missing"])
    holder = {**TECH, "traits": ["高新技术企业"]}
    assert _judge(holder, NEWLY_CERTIFIED)["status"] == MAYBE  # first time? asked too
    assert _judge(LARGE, NEWLY_CERTIFIED)["status"] == MAYBE  # a manufacturer may apply, whatever its size
    # the status is one businesses of some trades apply for (高新技术领域): a restaurant is not asked
    assert _judge(RESTAURANT, NEWLY_CERTIFIED)["status"] == INELIGIBLE


def test_a_status_the_receiver_must_already_hold_is_still_refused_to_a_visitor_without_it():
    text = "对已认定的高新技术企业当年研发投入超过500万元的，按照研发投入的5%给予补贴。"
    r = _judge(TECH, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    # (专精特新, reached step by step within a plan's period, is now attainable too: asked of a tech SME, refused to a
    # large firm — tests/test_kinds_plan_conditions.py, h-kinds13)


def test_attained_reads_the_words_right_before_the_status():
    assert attained("对新认定的高新技术企业给予奖励", "高新技术企业")
    assert attained("对由科技型中小企业升级为高新技术企业的，给予奖励", "高新技术企业")
    assert not attained("对通过重新认定的高新技术企业给予奖励", "高新技术企业")
    assert not attained("对经认定的高新技术企业首次上市的，给予奖励", "高新技术企业")


def test_a_body_building_a_platform_by_a_date_is_doing_its_work_even_where_the_platform_serves_businesses():
    for text in ("搭建餐饮企业服务平台：区商务局于2027年6月底前建成餐饮企业数字化服务平台，免费提供诊断评估和精准推送服务。",
                 "（建设企业服务驿站）区政务服务局于2027年3月底前在各街道建成企业服务驿站，为企业免费提供政策咨询和代办服务。"):
        m = _measure(text)
        assert m["kind"] == "duty", m["kind_basis"]
        assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    # the same platform with a way for a business to ask for its service is a service offered
    text += "企业可通过驿站预约免费咨询服务。"
    assert _measure(text)["kind"] == "benefit"


def test_a_bare_business_in_a_right_is_the_party_of_a_given_size_the_article_acts_upon_before():
    text = ("区市场监管部门对本区小微企业的日常抽查，每年不超过一次，抽查前应当告知抽查事项。对超出次数的抽查，"
            "企业有权拒绝，并可以向区政务服务局反映。")
    m = _measure(text)
    assert m["kind"] == "right", m["kind_basis"]
    assert _judge(RESTAURANT, text)["status"] == "right"
    medium = {**RESTAURANT, "size": "中型"}
    assert _judge(medium, text)["status"] == INELIGIBLE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_the_same_one_of_a_sized_party_names_that_size():
    # "同一中小企业": the inspections of any one SME are limited; the bare 企业 that may refuse is that SME
    text = ("除投诉举报和上级交办外，区级行政执法部门对同一中小企业的同类现场检查每年不超过1次。对超出频次的检查，"
            "企业可以拒绝，并可以向区司法局反映。")
    assert _judge(RESTAURANT, text)["status"] == "right"
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    # "同一经营主体" names no size: every business is protected
    text = "区级行政执法部门对同一经营主体的同类检查每年不超过1次。对超出频次的检查，经营主体可以拒绝。"
    assert _judge(LARGE, text)["status"] == "right"


def test_a_business_filing_on_behalf_of_its_staff_has_no_right_of_its_own():
    text = ("在本区从事研发工作的青年科技人员，可以申请入住区青年人才公寓。用人企业可以代为统一申请，"
            "但不享受租金优惠。")
    m = _measure(text)
    assert m["kind"] not in ("right", "benefit"), m["kind_basis"]
    for visitor in (RESTAURANT, TECH, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE


def test_a_right_of_businesses_named_by_their_trades_is_theirs_only():
    lenient = "对零售、餐饮经营主体首次出现的轻微违法行为，依法不予行政处罚。"
    assert _judge(RESTAURANT, lenient)["status"] == "right"
    assert _judge(SHOP, lenient)["status"] == "right"
    assert _judge(TECH, lenient)["status"] == INELIGIBLE
    assert _judge(LARGE, lenient)["status"] == INELIGIBLE


def test_trades_named_as_fields_restrict_the_receiver():
    text = ("区财政对文旅、零售领域的小微企业和个体工商户新增的经营贷款，按照贷款市场报价利率的30%给予贴息，"
            "单户最高2万元。")
    clause = _measure(text)["eligibility"]["clauses"][0]
    assert set(clause["industries"]) == {"文化旅游体育", "批发零售"}
    assert _judge(SHOP, text)["status"] == MAYBE
    assert _judge(TECH, text)["status"] == INELIGIBLE


def test_a_compensation_given_to_the_lender_is_the_lenders_not_the_borrowers():
    text = ("合作担保机构和合作银行为餐饮企业提供首笔信用贷款形成坏账的，经区金融办核定后，按照损失金额的30%"
            "给予合作银行风险补偿。")
    clause = _measure(text)["eligibility"]["clauses"][0]
    assert clause["industries"] == ["金融"]
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_a_ban_among_a_business_duties_with_no_recourse_for_the_party_is_that_business_obligation():
    text = ("在本区经营的网络外卖平台企业，应当在首页公示抽成比例，调整抽成须提前15日告知；不得限制商户同时入驻其他平台，"
            "应当为骑手购买意外伤害保险。")
    m = _measure(text)
    assert m["kind"] == "obligation", m["kind_basis"]
    for visitor in (RESTAURANT, SHOP, TECH, LARGE):
        assert _judge(visitor, text)["status"] == INELIGIBLE
    # the same ban with a complaint the protected shops may make is their right
    text += "商户认为权益受到侵害的，可以向区商务局投诉。"
    assert _measure(text)["kind"] == "right"
    assert _judge(SHOP, text)["status"] == "right"


def test_a_part_of_the_service_sector_is_not_the_whole_of_it_and_is_asked():
    text = "向本区会计、法律等专业服务业小微企业发放“专业服务券”，按照服务费用的40%抵扣，每家企业最高5万元。"
    clause = _measure(text)["eligibility"]["clauses"][0]
    assert "住宿餐饮" not in clause["industries"]
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE, r["reasons"]
    assert any("专业服务业" in q for q in r["missing"])
    # the whole service sector still reads as every service trade
    whole = "对本区服务业小微企业，按照新增岗位每个1000元给予补贴。"
    assert "住宿餐饮" in _measure(whole)["eligibility"]["clauses"][0]["industries"]


def test_those_who_may_sign_up_are_of_the_trades_the_sign_up_sentence_names():
    text = ("区商务局在暑期联合外卖平台发放夏日消费券，消费者在参与活动的商户消费时抵扣，核销资金由区财政结算给商户。"
            "拟参与的零售经营主体须于2027年6月底前通过平台完成报名。")
    clause = _measure(text)["eligibility"]["clauses"][0]
    assert clause["industries"] == ["批发零售"]
    assert _judge(SHOP, text)["status"] == MAYBE
    assert _judge(TECH, text)["status"] == INELIGIBLE


def test_a_business_applying_for_housing_by_a_quota_is_granted_a_benefit():
    text = ("区人才公寓面向本区软件中小企业配租，企业可按照研发人员数量的20%申请租赁住房，租金按照市场租金的60%执行。"
            "公寓运营单位不得向企业收取额外费用。")
    m = _measure(text)
    assert m["kind"] == "benefit", m["kind_basis"]
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE
    assert _judge(TECH, text)["status"] != INELIGIBLE


def test_a_biomedical_firm_is_a_manufacturer_and_a_health_firm():
    text = "对本区生物医药中小企业新建符合标准的洁净车间，按照投资额的10%给予补贴，最高100万元。"
    clause = _measure(text)["eligibility"]["clauses"][0]
    assert set(clause["industries"]) == {"制造业", "医药健康"}


def test_a_kind_of_a_known_trade_handed_something_is_not_asked_as_an_unknown_kind():
    text = "向本区夜间餐饮企业发放夜宵消费券200万元，带动夜间消费。"
    r = _judge(RESTAURANT, text)
    assert not any("是否属于这一类" in q for q in r["missing"]), r["missing"]
