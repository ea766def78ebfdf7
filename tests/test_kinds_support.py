"""A government's support through its own instruments, the document's declared audience, and the other
general rules of issue 23's second round, on sentences written for these tests in the shapes official
texts use (none copied from the regulations the rules were measured on)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.audience import document_audience
from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, RIGHT
from index.facts.kinds import BENEFIT, DUTY, GENERAL, OBLIGATION, RIGHT as RIGHT_KIND, measure_kind
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": []}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str, document: dict | None = None) -> dict:
    return annotated_measure(text, "test-support", district="北京市", document=document)


def _judge(profile: dict, text: str, document: dict | None = None) -> dict:
    return judged(profile, _measure(text, document), today=TODAY)


# ───────────────────────────── a government's own instruments ─────────────────────────────

@pytest.mark.parametrize("text", [
    # public money that acts, with instruments of giving
    "区人民政府设立的产业引导基金，应当通过阶段参股、风险补助等方式，支持新技术产业化。",
    # a programme set up, then granted from
    "本市设立科技创新奖，对在本市实施重大技术创新、取得显著效益的企业予以奖励。",
    # a programme of preferential purchasing
    "本市采用政府首购、订购等方式，促进创新产品的推广应用。",
])
def test_a_government_offer_through_its_own_instruments_is_a_benefit_to_be_confirmed(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE  # its terms are not in the text: never 可以申请 outright
    assert r["questions"] and all(q["text"] for q in r["questions"])


def test_a_receiverless_offer_says_what_to_confirm():
    r = _judge(SMALL, "本市采用政府首购、订购等方式，促进创新产品的推广应用。")
    assert r["missing"] == ["本条写的是政府的支持方式（“首购”），具体条件、标准和申请办法原文未写明：是否已向责任单位确认可以享受？"]


def test_a_grant_to_the_party_of_its_condition_is_a_benefit_for_that_party():
    text = "小微企业使用公共技术服务平台检测设备的，区科学技术部门通过创新券予以资金支持。"
    assert _measure(text)["kind"] == BENEFIT
    assert _judge(SMALL, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


@pytest.mark.parametrize("text", [
    # the money is managed, not given
    "市财政部门应当加强对补贴资金的监督管理，定期开展绩效评价。",
    # a fund that steers capital is the government's work
    "市人民政府可以设立政府投资基金，引导社会资本投资科技成果转化。",
    # honours at the government's discretion
    "市人民政府对在促进中小企业发展工作中做出显著成绩的单位和个人，按照有关规定给予表彰和奖励。",
    # a policy promise about the parties' own activities
    "支持企业、高等院校和行业协会通过展会平台开展供需对接、产品推介等活动。",
    # lenders urged, and their products after the semicolons
    "支持商业银行设立小微企业金融服务专营机构；开展应收账款质押贷款等业务；扩大对小微企业的信贷投放。",
    # taking part in public purchasing is open to anyone: nothing is preferred
    "本市鼓励中小企业参与政府采购活动。",
])
def test_internal_work_promises_and_urging_stay_the_governments_work(text):
    m = _measure(text)
    assert m["kind"] not in (BENEFIT, RIGHT_KIND)
    for profile in (SMALL, LARGE, SHOP):
        assert _judge(profile, text)["status"] == INELIGIBLE


def test_a_product_the_receiver_must_have_formed_is_asked_about():
    r = _judge(LARGE, "对企业研制的首台（套）重大技术装备，按照合同金额的10%给予奖励，最高500万元。")
    assert r["status"] == MAYBE
    assert "产品是否已认定为首台（套）装备、首批次材料或首版次软件？" in r["missing"]


# ───────────────────────────── whose benefit ─────────────────────────────

def test_a_list_holding_every_business_is_not_narrowed_to_another_items_trade():
    text = "对吸纳本区登记失业人员就业的企事业单位、社会组织、农民专业合作社等用人单位，给予每人每月500元岗位补贴。"
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE  # asked whether it took on the unemployed, not turned away for its trade
    assert r["missing"] == ["是否满足本条写明的条件：“吸纳本区登记失业人员就业”？"]
    # a list of trades alone still narrows
    assert _judge(SMALL, "对农民专业合作社、家庭农场给予每家5万元补贴。")["status"] == INELIGIBLE


def test_the_enterprise_that_runs_something_is_a_receiver():
    m = _measure("对经认定的夜间经济示范区，给予其运营主体最高30万元一次性资金支持。")
    assert m["kind"] == BENEFIT
    assert m["entity_types"] == ["企业"]


@pytest.mark.parametrize("title, texts, audience", [
    ("保障中小企业款项支付条例", [], "中小企业"),
    ("某市促进个体经济发展条例", ["为了保护和促进个体工商户健康发展，根据有关法律，制定本条例。"], "个体工商户"),
    ("北京市某某条例", ["为了持续优化营商环境，维护市场主体合法权益，制定本条例。"], ""),
    (None, [], ""),
])
def test_the_document_declares_whom_it_is_for_by_its_title_or_purpose(title, texts, audience):
    assert document_audience(title, texts) == audience


def test_a_right_naming_no_protected_party_protects_the_documents_declared_party():
    text = "机关、事业单位和大型企业不得将保证金限定为现金。"
    document = {"audience": "中小企业"}
    assert _measure(text, document)["kind"] == RIGHT_KIND
    small = _judge(SMALL, text, document)
    assert small["status"] == RIGHT
    assert "本条没有写明保护哪一方，按本文件所保护的“中小企业”判断" in small["reasons"]
    assert _judge(LARGE, text, document)["status"] == INELIGIBLE
    # without a declared audience the article reaches every business, as before
    assert _judge(LARGE, text)["status"] == RIGHT


def test_a_right_that_names_its_party_keeps_it_whatever_the_document_declares():
    text = "任何单位不得向个体工商户摊派费用。"
    r = _judge(SHOP, text, {"audience": "中小企业"})
    assert r["status"] == RIGHT
    assert _judge(SMALL, text, {"audience": "中小企业"})["status"] == INELIGIBLE


# ───────────────────────────── conditions ─────────────────────────────

def test_an_act_in_a_period_the_receiver_must_have_done_is_asked_about():
    r = _judge(SMALL, "对2026年投保食品安全责任保险的小微餐饮企业，按保费的50%给予补贴，最高3000元。")
    assert r["status"] == MAYBE
    assert "是否满足本条写明的条件：“2026年投保食品安全责任保险”？" in r["missing"]


def test_a_programme_one_signs_up_for_is_to_be_confirmed():
    r = _judge(SMALL, "区商务局联合平台企业向消费者发放餐饮消费券，总额1000万元。在本区注册的餐饮门店可自愿报名参加。")
    assert r["status"] == MAYBE
    assert "本条须报名参加（“可自愿报名参加”）：是否已报名并被接受？" in r["missing"]


# ───────────────────────────── kinds ─────────────────────────────

@pytest.mark.parametrize("text", [
    "大型企业从中小企业采购货物，应当自交付之日起45日内支付款项。",
    "任何单位不得向个体工商户摊派费用。",
    "经营者应当明码标价，不得虚构原价开展促销。",
    "本办法自2026年1月1日起施行。",
])
def test_rights_obligations_and_general_provisions_are_not_filed_under_government_work(text):
    m = _measure(text)
    assert m["kind"] != DUTY
    assert "政府工作" not in m["benefit_types"]
    assert m["government_only"] is False


def test_government_duties_are_still_filed_under_government_work():
    m = _measure("区商务局负责统筹协调全区消费促进工作，建立工作台账。")
    assert m["kind"] == DUTY and m["benefit_types"] == ["政府工作"]


@pytest.mark.parametrize("text", [
    "依法登记、从事手工加工经营的公民，为手工业户。手工业户可以个人经营，也可以合伙经营。",
    "手工业户的合法权益受法律保护，任何单位和个人不得侵害。",
])
def test_definitions_and_bare_declarations_are_general_provisions(text):
    assert measure_kind(text)[0] == GENERAL
    assert _judge(SHOP, text)["status"] == INELIGIBLE


def test_a_ban_with_a_concrete_act_is_still_a_right():
    assert measure_kind("个体工商户的合法权益受法律保护，任何单位不得向个体工商户摊派费用。")[0] == RIGHT_KIND


@pytest.mark.parametrize("text", [
    # a body that deals with a business, bound by a ban
    "区属行政事业单位使用财政资金从小微企业采购服务，应当按照预算执行，不得拖延验收。",
    # a body acting on a business's filing, bound not to charge
    "登记机关受理个体工商户年度报告不得收取任何费用。",
    # a ban on everyone, protecting what the sentence names
    "个体工商户依法使用的经营场所，任何单位和个人不得侵占。",
])
def test_bans_that_protect_a_named_business_are_rights(text):
    assert measure_kind(text)[0] == RIGHT_KIND


@pytest.mark.parametrize("text", [
    "本办法有关小微企业的规定，适用于个体工商户。",
    "区有关部门可以依据本办法制定实施细则。",
    "本措施由区商务局负责解释。",
    "本措施与市级同类政策重复的，按照从高不重复原则执行。",
    # the formula's own 享受 grants nothing; a later rule yields without 如遇…调整
    "经营主体同时符合本区其他同类政策的，按照从高不重复的原则享受。",
    "企业同时符合市、区同类政策的，按照就高不重复原则享受。",
    "执行期间上级出台新规定的，按照上级规定执行。",
    "国家和本市另有新规定的，从其规定。",
    "中小企业促进工作应当坚持市场主导、政府引导的原则。",
    "对改革探索中出现的失误，符合规定条件的，可以从轻、减轻责任或者免责。",
])
def test_closing_scope_implementing_principle_and_tolerance_clauses_are_general(text):
    assert measure_kind(text)[0] == GENERAL
    assert _judge(SMALL, text)["status"] == INELIGIBLE


def test_a_grant_that_also_says_it_does_not_add_up_stays_a_benefit():
    assert _measure("对新入驻的小微企业给予5万元补贴，与本区其他同类政策不重复享受。")["kind"] == BENEFIT
    assert _measure("对新入驻的小微企业给予5万元补贴，按照从高不重复的原则享受。")["kind"] == BENEFIT


def test_a_closing_measure_headed_fuze_is_a_general_provision():
    for text in ("附则。本措施自发布之日起2年内有效。经营主体同时符合本区其他同类政策的，按照从高不重复的原则享受。"
                 "本措施由区商务局会同区财政局负责解释。",
                 "附则：本措施自2026年11月1日起施行，有效期三年。执行期间上级出台新规定的，按照上级规定执行。"
                 "本措施由区经济和信息化局负责解释。"):
        assert measure_kind(text)[0] == GENERAL, measure_kind(text)


@pytest.mark.parametrize("text", [
    "检验检测机构应当如实出具检测报告，不得出具虚假报告。",
    "展会的主办方应当与参展方约定知识产权保护事项。",
])
def test_duties_of_regulated_units_that_are_not_government_are_obligations(text):
    from index.facts.kinds import OBLIGATION
    assert measure_kind(text)[0] == OBLIGATION


def test_a_permission_of_one_party_beside_anothers_duty_stays_a_right():
    text = "大型企业应当建立供应商账款管理制度。中小企业可以要求大型企业书面确认付款计划。"
    assert measure_kind(text)[0] == RIGHT_KIND
    # the same party permitted and bound: conduct regulated, an obligation
    from index.facts.kinds import OBLIGATION
    assert measure_kind("个体工商户可以招用从业人员。个体工商户应当依法与招用的从业人员订立劳动合同。")[0] == OBLIGATION


@pytest.mark.parametrize("text", [
    # recourse through a service centre: the word 服务 does not make it a grant
    "小微企业被拖欠账款的，可以向区企业服务中心或者通过12345热线投诉，受理部门应当在5个工作日内答复。",
    "中小企业认为其合法权益受到侵害的，可以通过区企业服务平台提出诉求。",
    # leniency for a business's first minor breach
    "对个体工商户首次出现且危害后果轻微并及时改正的违法行为，依法不予行政处罚。",
])
def test_recourse_and_leniency_are_rights_not_benefits(text):
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SHOP if "个体工商户" in text else SMALL, text)["status"] == RIGHT


def test_a_grant_paid_within_days_stays_a_benefit():
    m = _measure("对新招用登记失业人员的小微企业给予每人3000元补贴，补贴资金在申报后30个工作日内拨付至企业账户。")
    assert m["kind"] == BENEFIT


def test_the_plans_own_entry_into_force_is_a_general_provision():
    assert measure_kind("本措施自发布之日起实施，执行至2027年12月31日。本措施由区商务局负责解释。")[0] == GENERAL


def test_an_offer_naming_no_receiver_goes_to_the_party_the_document_is_for():
    text = "市、区人民政府设立的发展专项资金，应当通过贷款贴息、风险补偿等方式，支持技术改造。"
    document = {"audience": "中小企业"}
    small, large = ({**p, "situations": None} for p in (SMALL, LARGE))  # a loan need not known
    assert _judge(small, text, document)["status"] == MAYBE
    assert _judge(large, text, document)["status"] == INELIGIBLE
    assert _judge(large, text)["status"] == MAYBE  # a document declared for nobody narrower: every enterprise


def test_general_support_for_a_party_of_a_condition_stays_the_governments_work():
    text = "中小企业开展技术改造的，有关部门应当予以支持。"
    assert _measure(text)["kind"] != BENEFIT


def test_a_prize_asks_whether_one_was_selected_quoting_the_document():
    r = _judge(SMALL, "本市设立科技创新奖，对在本市实施重大技术创新、取得显著效益的企业予以奖励。")
    assert r["missing"] == ["本条的支持经评选或评审给予（“设立科技创新奖”），原文未写明条件：是否已入选或获评审通过？"]


@pytest.mark.parametrize("text, words", [
    ("小型微利企业按照国家规定享受所得税减免优惠。", "按照国家规定享受"),
    ("对吸纳登记失业人员就业的小型微型企业，按照规定给予社会保险补贴。", "按照规定给予"),
])
def test_a_grant_by_a_standard_in_rules_elsewhere_is_to_be_confirmed(text, words):
    r = _judge({**SMALL, "situations": None}, text)
    assert r["status"] == MAYBE
    assert f"是否符合本条所说的“{words}”？具体条件原文未写明，请向责任单位确认" in r["missing"]


def test_how_to_apply_or_account_by_the_rules_is_no_condition():
    assert _judge(SMALL, "小微企业可按规定申请缓缴住房公积金，缓缴期限为2026年1月至12月。")["status"] == ELIGIBLE


def test_small_and_micro_enterprises_in_the_statutes_words_are_both_sizes():
    m = _measure("对小型微型企业给予每户5000元补贴。")
    assert m["sizes"] == ["小型", "微型"]


def test_a_right_protects_every_party_joined_in_its_object():
    text = "对小微企业和个体工商户初次违法且危害后果轻微并及时改正的，依法不予行政处罚。"
    assert _judge(SHOP, text)["status"] == RIGHT
    assert _judge(SMALL, text)["status"] == RIGHT
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_check_asks_for_benefit_tags_only_of_what_may_be_offered_as_a_benefit():
    from index.check import check_document
    from index.source.parser import parse_text

    raw = ("某区促进小微企业发展办法\n\n1.对新设立的小微企业给予一次性补贴5000元。\n\n"
           "2.本办法所称小微企业，是指小型企业和微型企业。\n\n3.任何单位不得向小微企业摊派费用。\n\n4.经营者应当明码标价。\n")
    doc = parse_text(raw, district="北京市")
    assert [m.number for m in doc.measures] == [1, 2, 3, 4]
    report = check_document("test-check", doc, [], None)
    assert report.untagged == []
    assert {label for label in report.kinds} == {"可申请的支持", "可主张的权利", "企业义务", "一般规定"}


@pytest.mark.parametrize("text, act", [
    ("对入选区级“小巨人”培育名单的企业给予20万元奖励。", "入选区级“小巨人”培育名单"),
    ("对参加区商务局组织的展会的企业，按照展位费的50%给予补贴。", "参加区商务局组织的展会"),
    ("对带动就业效果明显的小微企业给予一次性奖励5万元。", "带动就业效果明显"),
    ("对开展技术改造的企业，按照设备投资额的10%给予补助。", "开展技术改造"),
])
def test_what_the_receiver_must_have_done_is_asked_about(text, act):
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE
    assert r["missing"] == [f"是否满足本条写明的条件：“{act}”？"]


def test_a_rate_to_be_set_later_is_a_condition_written_elsewhere():
    r = _judge({**SMALL, "situations": ["有融资需求"]}, "对小微企业给予贷款贴息，贴息比例由区金融办另行确定。")
    assert r["status"] == MAYBE
    assert "是否符合本条所说的“另行确定”？具体条件原文未写明，请向责任单位确认" in r["missing"]


def test_a_ban_in_a_later_clause_with_its_own_actor_protects_the_business_named():
    text = "政府采购应当落实支持中小企业发展的政策，采购人不得以不合理的条件对中小企业实行差别待遇。"
    assert measure_kind(text)[0] == RIGHT_KIND
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_what_the_receiver_becomes_is_no_receiver_and_the_conversion_is_asked_about():
    text = "个体工商户自愿转型为企业的，给予一次性奖励1万元。"
    assert _measure(text)["entity_types"] == ["个体工商户"]
    assert _judge(SMALL, text)["status"] == INELIGIBLE
    r = _judge(SHOP, text)
    assert r["status"] == MAYBE
    assert r["missing"] == ["是否满足本条写明的条件：“个体工商户自愿转型为企业”？"]


@pytest.mark.parametrize("text", [
    # a decision promised on the applicant's commitment, then what follows a false one
    "申请人书面承诺符合办理条件的，有关部门应当当场作出准予许可的决定。作出虚假承诺的，依法追究相应法律责任。",
    # lighter treatment of a business named as the topic
    "信用等级较高的经营主体，应当降低抽查比例和频次。",
])
def test_procedural_guarantees_are_rights_even_with_what_follows_a_breach(text):
    assert measure_kind(text)[0] == RIGHT_KIND


def test_liability_alone_stays_a_general_provision():
    text = "违反本办法规定，有关部门工作人员不履行职责的，依法给予处分。"
    assert measure_kind(text)[0] == GENERAL


def test_a_right_of_natural_persons_is_not_offered_to_businesses():
    text = "单位在合理期限内不申请专利的，发明人可以自行申请专利。"
    assert measure_kind(text)[0] == RIGHT_KIND
    assert _judge(SMALL, text)["status"] == INELIGIBLE
    assert _judge(SHOP, text)["status"] == INELIGIBLE


def test_money_set_aside_for_a_kind_of_business_is_a_benefit_to_be_confirmed():
    text = "区政府统筹安排资金2000万元，用于支持中小企业开拓市场。"
    assert _measure(text)["kind"] == BENEFIT
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE
    assert r["missing"] == ["本条写的是政府的支持方式（“安排资金2000万元，用于支持中小企业”），具体条件、标准和申请办法原文未写明："
                            "是否已向责任单位确认可以享受？"]
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_the_organiser_granted_to_is_a_receiver():
    m = _measure("对在本区举办的大型展会，区商务局给予主办方最高100万元补贴。")
    assert m["kind"] == BENEFIT and m["entity_types"] == ["企业"]


@pytest.mark.parametrize("text, kind", [
    # a penalty on a business for its own breach: what it must not do
    ("经营者提交虚假材料骗取补贴的，由区商务局责令改正，处5000元以下的罚款；情节严重的，吊销营业执照。", "obligation"),
    ("经营者应当明码标价。违反前款规定的，由市场监管部门责令改正。", "obligation"),
    # the liability of officials and public bodies: a general provision
    ("有关部门及其工作人员在促进工作中滥用职权、玩忽职守的，依法给予处分。", GENERAL),
    ("机关、事业单位有下列情形之一的，依法追究责任：（一）拖延支付款项的。", GENERAL),
])
def test_penalties_on_businesses_are_obligations_and_liability_of_officials_is_general(text, kind):
    assert measure_kind(text)[0] == kind
    assert _judge(SMALL, text)["status"] == INELIGIBLE


def test_a_stated_sum_granted_to_a_party_the_vocabulary_does_not_know_is_a_benefit_with_its_threshold():
    text = "对年接待游客量超过10万人次的乡村民宿，给予一次性奖励5万元。"
    assert _measure(text)["kind"] == BENEFIT
    r = _judge(SMALL, text)
    assert r["status"] == MAYBE
    assert r["missing"] == ["是否满足本条写明的条件：“年接待游客量超过10万人次”？"]


# ───────────── bans in a system the state designs; a ban on the business itself ─────────────

@pytest.mark.parametrize("text", [
    # the state builds a system; its bans name no body bound by them
    "本市建立统一的涉企检查计划管理制度。制定检查计划，不得影响经营主体正常生产经营活动。",
    "国家严格控制新设收费项目。对能够通过市场机制解决的事项，一律不得设立收费项目，严禁以任何形式变相设定收费。",
])
def test_bans_that_design_a_state_system_are_its_duty(text):
    m = _measure(text)
    assert m["kind"] == DUTY
    assert _judge(SMALL, text)["status"] == INELIGIBLE


def test_a_ban_on_the_business_itself_is_not_its_right():
    text = "企业名录规定禁止经营的项目，经营者不得经营；限制经营的项目，经营者应当符合限制条件。"
    m = _measure(text)
    assert m["kind"] != RIGHT_KIND
    assert _judge(SMALL, text)["status"] != RIGHT


def test_a_body_bound_or_a_business_entitled_in_a_state_system_keeps_the_right():
    text = "本市实行涉企收费目录清单制度。对已取消的收费项目，行政机关不得继续收取。经营主体有权拒绝目录之外的收费。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SMALL, text)["status"] == RIGHT


def test_what_is_for_foreign_invested_enterprises_is_not_offered_to_others():
    right = "外商投资企业可以依法通过公开发行股票、公司债券等方式进行融资。"
    grant = "对外国投资者在本市新设立的研发中心，给予一次性奖励100万元。"
    for text in (right, grant):
        assert _judge(SMALL, text)["status"] == INELIGIBLE
        assert _judge({**SMALL, "traits": ["外资企业"]}, text)["status"] != INELIGIBLE


def test_a_ban_on_how_a_body_does_the_work_the_article_gave_it_is_that_work():
    text = ("区人民政府应当建立涉企检查统筹制度，统一制定年度检查计划。制定检查计划，应当统筹各部门检查事项，"
            "不得影响企业正常经营。")
    assert _measure(text)["kind"] == DUTY
    # a ban with its own bound body stays a right
    text2 = "区人民政府应当建立涉企检查统筹制度，统一制定年度检查计划。行政机关不得借检查向企业收取费用。"
    assert _measure(text2)["kind"] == RIGHT_KIND


@pytest.mark.parametrize("text", [
    "经营主体依法享有自主定价权。对依法由经营主体自主定价的商品和服务，任何单位不得干预。",
    "个体工商户依法平等享有使用土地、水电等生产要素的权利。",
])
def test_a_business_the_law_entitles_holds_a_right(text):
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SHOP, text)["status"] == RIGHT


def test_a_complaint_channel_a_body_must_open_is_a_right_of_whoever_uses_it():
    text = "区人民政府应当设立统一的热线，受理有关涉企收费的投诉和举报。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SMALL, text)["status"] == RIGHT


def test_equal_treatment_owed_to_businesses_is_their_right():
    text = "区属国有企业开展采购活动，应当依法平等对待各类经营主体，不得设置与业务无关的门槛。"
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _judge(SMALL, text)["status"] == RIGHT


@pytest.mark.parametrize("text", [
    "小型微型企业可申请最高400万元担保贷款，财政给予贴息。融资担保公司提供担保，合作银行负责放款。",
    "对小微企业的首贷给予贴息；政府性融资担保公司为其提供担保。",
])
def test_a_guarantee_company_that_guarantees_is_not_a_receiver_the_large_firm_could_be(text):
    """A guarantee company (融资担保公司), like a bank or a 担保机构, gives: its sentence made a clause for
    "企业" (its 公司) with no size, and the small-firm loan subsidy was offered to a large manufacturer."""
    borrowing = {"situations": ["有融资需求"]}
    large = _judge({**LARGE, **borrowing}, text)
    assert large["status"] == INELIGIBLE and any("大型" in r for r in large["reasons"])
    assert _judge({**SMALL, **borrowing}, text)["status"] in (ELIGIBLE, MAYBE)


@pytest.mark.parametrize("text", [
    "国有企业不得拖欠中小企业货款。中小企业遇有拖欠的，可向区清理拖欠企业账款工作专班投诉，专班应当在10个工作日内答复。",
    "机关、事业单位不得拖欠中小企业账款。中小企业可以向市中小企业服务中心反映拖欠问题。",
])
def test_the_body_a_business_complains_to_is_not_the_party_it_protects(text):
    """"可向区清理拖欠企业账款工作专班投诉": the 专班 is where the complaint goes; its name ("…拖欠企业…") was
    read as a protected party with no size, and the small firms' right was offered to a large manufacturer."""
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SMALL, text)["status"] == RIGHT


def test_a_bare_enterprise_later_in_the_article_is_the_one_named_before():
    """"…向科技型中小企业采购服务的，应当…支付款项。企业遇有拖欠的，可以向…投诉。": the 企业 that complains is the
    科技型中小企业 the article protects, not any enterprise (the right was offered to a large manufacturer)."""
    text = ("国有企业向中小企业采购服务的，应当自交付之日起30日内支付款项。企业遇有拖欠的，可以向区中小企业服务中心投诉。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SMALL, text)["status"] == RIGHT


def test_a_setting_the_sentence_opens_with_is_not_its_actor():
    # "在…基金中，应当安排…": no business is bound; the body that runs the fund does its work
    text = "在依法设立的中小企业发展基金中，应当安排一定比例的资金用于支持中小企业开展节能改造。"
    assert measure_kind(text)[0] == DUTY, measure_kind(text)
    # a business after the setting is still bound
    assert measure_kind("在生产经营过程中，中小企业应当遵守节能规定。")[0] == OBLIGATION
