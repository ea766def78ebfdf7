"""What a regulation lets a business do by itself, with no counterpart and nothing claimed, is a general provision of
the law's scope, not a right to invoke (issue 23, kinds; index/facts/own_choice.py): "经营者可以委托中介机构代为办理…",
"企业可以放弃…", "企业可以利用自有资金兴办…" are never offered to the visitor. A 可以 that reaches another party who must
answer or grant (向…申请, 请求…调解, 对…提出异议, 与…协商), what it is spared or a treatment of its own money (列入成本),
and an entitlement (有权) stay rights or benefits. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT as RIGHT_STATUS, eligible
from index.facts.own_choice import own_choice
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "北京市"
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
OFFERED = {ELIGIBLE, MAYBE, RIGHT_STATUS}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-own-choice", district=DISTRICT)


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r["status"]


OWN_ACTS = [
    "经营者可以委托具备资质的中介机构代为办理年度报告事宜。",
    "企业可以放弃适用简易计税方法；放弃后十二个月内不得再行选择。",
    "企业可以利用自有资金和闲置厂房，兴办或者参股兴办民办学校。",
    "投资者可以按照园区的总体规划，依法开发经营配套商业设施。",
]


@pytest.mark.parametrize("text", OWN_ACTS)
def test_a_business_doing_its_own_thing_is_a_general_provision_never_offered(text):
    m = _measure(text)
    # (the permission is read as a general provision; a sentence after it may make the article something else unoffered)
    assert m["kind"] not in ("right", "benefit"), (m["kind"], m["kind_basis"])
    assert text.startswith(m["kind_basis"]) or m["kind"] != "general", m["kind_basis"]
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _status(visitor, text) not in OFFERED


def test_the_words_of_a_business_own_act():
    assert own_choice("经营者可以委托具备资质的中介机构代为办理年度报告事宜。", "经营者", "可以") == \
        "经营者可以委托具备资质的中介机构代为办理年度报告事宜"
    # only the sentence part the permission stands in (up to ；): what follows is read on its own
    assert own_choice("企业可以放弃适用简易计税方法；放弃后十二个月内不得再行选择。", "企业", "可以") == "企业可以放弃适用简易计税方法"
    assert own_choice("企业有权自主安排生产经营计划。", "企业", "有权") is None  # (an entitlement, not a permission)


CLAIMED = [
    ("经营者对行政处罚决定不服的，可以向上一级主管部门申请复核。", "right"),
    ("企业与交易对方就技术合同发生争议的，可以协商解决，也可以请求仲裁机构仲裁。", "right"),
    ("个体工商户可以自主决定暂停经营，暂停期间以联系地址代替经营场所。", "right"),
    ("企业可以向所在区商务部门申请开展夜间外摆经营。", None),
    # (what a plan lets businesses do, spared a charge or booking a body's service, is theirs to use)
    ("个体工商户可以在街道公布的时段内设置临时摊点，不收取场地费用。", None),
    ("小微企业可通过区政务服务网预约工作人员上门办理变更登记。", None),  # (a permission it applies for: a benefit or a right)
]


@pytest.mark.parametrize("text, kind", CLAIMED)
def test_a_permission_that_reaches_another_party_stays_offered(text, kind):
    m = _measure(text)
    assert m["kind"] in ("right", "benefit"), (m["kind"], m["kind_basis"])
    if kind:
        assert m["kind"] == kind, (m["kind"], m["kind_basis"])
    assert _status(SHOP if text.startswith("个体工商户") else RESTAURANT, text) in OFFERED


def test_a_treatment_of_the_business_own_money_stays_a_relief_offered():
    text = "企业参加职业技能培训所支出的费用，可以按照规定在税前列入成本。"
    m = _measure(text)
    assert m["kind"] in ("right", "benefit"), (m["kind"], m["kind_basis"])
    assert _status(RESTAURANT, text) in OFFERED


def test_an_entitlement_of_the_business_stays_a_right():
    text = "企业依法有权独立选择合作单位开展技术攻关。"
    m = _measure(text)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
    assert _status(LARGE, text) == RIGHT_STATUS


def test_a_permission_whose_party_then_claims_from_a_body_stays_a_right():
    # (guard: the sentence after, with no party of its own, carries the claim of the party permitted)
    text = "农民专业合作社可以合并为一个合作社。合并的，可以向登记机关一并申请办理变更登记。"
    m = _measure(text)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
    assert own_choice("合并的，可以向登记机关一并申请办理变更登记。", "", "可以") is None


# (review 34, A1 and B1) what a business does with a facility or service another party provides — a public or a body's
# facility used or shared, a service centre, a window, a platform or a bank it goes to — is the use of what is offered
# to it, never its act alone
PROVIDED_USES = [
    "进驻市级创业园的小微企业可以共用园内的公共会议室和路演场地。",
    "本区中小企业可以借用区属会展中心举办新品发布活动。",
    "本区个体工商户可以到所在街道便民服务中心办理经营者变更登记。",
    "新开办的企业可以在区政务服务大厅的开办专窗当日办结营业执照和公章刻制手续。",
    "小微企业可以凭统一社会信用代码在合作银行网点开立基本存款账户。",
    "中小企业可以通过市企业服务平台在线提交年度报告。",
]


@pytest.mark.parametrize("text", PROVIDED_USES)
def test_the_use_of_a_facility_or_service_another_provides_stays_offered(text):
    m = _measure(text)
    assert m["kind"] in ("right", "benefit"), (m["kind"], m["kind_basis"])
    assert _status(SHOP if text.startswith("本区个体工商户") else RESTAURANT, text) in OFFERED
    who = text[:text.find("可以")]
    assert own_choice(text, who, "可以") is None


# (review 34, A2) a negation right after the modal is a rule the business is spared, a relief it may invoke
SPARED = [
    "年营业收入不足五十万元的小微企业可以不编制现金流量表，按照简易格式报送财务报表。",
    "个体工商户可不聘请专职会计人员，由代理记账机构代为记账。",
    "新设立的小微企业可以暂不安装税控设备。",
]


@pytest.mark.parametrize("text", SPARED)
def test_a_rule_the_business_may_leave_undone_is_a_relief_offered(text):
    m = _measure(text)
    assert m["kind"] in ("right", "benefit"), (m["kind"], m["kind_basis"])
    assert _status(SHOP if text.startswith("个体工商户") else RESTAURANT, text) in OFFERED


# guards: the business's own things used or marked as its own, an authority where it discharges its own duty by a
# channel it chooses, and adverbs made with 不, stay its own acts
OWN_STILL = [
    ("企业可以利用自有厂房和闲置设备，参股兴办物流企业。", "企业"),
    ("经营者可以在其门店内公示服务承诺和收费标准。", "经营者"),
    ("扣缴义务人可以到主管税务机关报送代扣税款报告，也可以采用邮寄方式报送。", "扣缴义务人"),
    ("经营者可以不定期开展内部质量检查。", "经营者"),
    ("企业可以不断改进内部管理制度。", "企业"),
]


@pytest.mark.parametrize("text, who", OWN_STILL)
def test_what_stays_the_business_own_act(text, who):
    assert own_choice(text, who, "可以") == text.rstrip("。")
    assert _measure(text)["kind"] not in ("right", "benefit")


def test_a_carried_claim_at_a_service_centre_keeps_the_permission_a_right():
    # (the sentence with no party of its own goes to a window another party runs: the permitted party's right)
    text = "个体工商户可以自愿转型为企业。转型的，可以到区政务服务中心的专窗一并办理变更手续。"
    m = _measure(text)
    assert m["kind"] == "right", (m["kind"], m["kind_basis"])
