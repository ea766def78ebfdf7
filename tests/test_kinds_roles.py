"""Whose right a sentence gives (issue 23, regulations): a reporting right open to everyone, a ban protecting
workers or other persons, and a business bound toward the other party of its own dealing are not rights of the
visitor's business, and are never offered. Sentences written for these tests in the shapes official texts use."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import eligible
from index.facts.kinds import BENEFIT, DUTY, GENERAL, OBLIGATION, RIGHT
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
SHOP = {"district": "朝阳区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
        "situations": None}
OFFERED = {"eligible", "maybe", "right"}


def _judged(text: str, profile: dict = SMALL) -> tuple[str, str]:
    m = annotated_measure(text, "test-roles")
    return m["kind"], judged(profile, m, today=TODAY)["status"]


@pytest.mark.parametrize("text", [
    "任何单位和个人对违反本办法的行为，有权向市场监督管理部门举报。",
    "任何组织和个人对拖欠货款的行为，有权向有关行政部门举报，也可以向人民法院起诉。",
    "公民、法人和其他组织有权对侵害消费者权益的行为进行检举、控告。",
])
def test_a_reporting_right_open_to_everyone_is_a_general_provision(text):
    assert _judged(text) == (GENERAL, "ineligible")


def test_a_body_that_passes_on_any_complaint_does_its_work():
    text = ("市场监督管理部门应当公布投诉电话。不属于本部门受理的，应当及时转送有权处理的部门，"
            "并将转送情况告知投诉人。")
    kind, status = _judged(text)
    assert kind == DUTY and status not in OFFERED


@pytest.mark.parametrize("text", [
    "区人民政府举办的招聘活动，不得向求职者收取任何费用。",
    "职业培训机构开展的补贴性培训，不得向学员以外的学生收取费用。",
])
def test_a_ban_protecting_persons_is_not_a_right_of_a_business(text):
    kind, status = _judged(text)
    assert kind != RIGHT and status not in OFFERED


def test_a_ban_protecting_a_business_named_stays_its_right():
    assert _judged("区人民政府举办的展销活动，不得向参展企业收取任何费用。") == (RIGHT, "right")
    assert _judged("有关部门组织的检查，不得收取费用。")[0] == RIGHT


def test_a_business_bound_toward_the_other_party_of_its_dealing_is_bound():
    text = ("企业与高等学校合作开展研发的，合作各方应当约定成果归属；当事人不得违反约定或者违反权利人有关保密的要求，"
            "向第三方提供研发资料。")
    kind, status = _judged(text)
    assert kind == OBLIGATION and status not in OFFERED


def test_a_kind_of_business_protected_from_another_stays_a_right():
    assert _judged("大型企业不得要求中小企业接受不合理的付款期限。")[0] == RIGHT


def test_a_public_service_to_persons_is_the_governments_work():
    text = "区人民政府设立公益性人才服务机构，为求职者免费提供职业介绍和就业信息服务。"
    kind, status = _judged(text)
    assert kind == DUTY and status not in OFFERED


def test_vouchers_for_consumers_spent_in_shops_stay_a_benefit_of_the_shops():
    text = "区商务局向消费者发放餐饮消费券，在参与活动的餐饮门店使用，每家门店给予最高1万元补贴。"
    assert _judged(text)[0] == BENEFIT


def test_persons_running_a_business_of_their_own_are_an_individual_business():
    text = "对退役军人从事个体经营的，依法给予税收减免，并免收登记类行政事业性收费。"
    kind, status = _judged(text, SHOP)
    assert kind == BENEFIT and status in OFFERED
    assert _judged(text)[1] == "ineligible"  # an enterprise is not the one who runs it


LARGE = {"district": "朝阳区", "entity_type": "企业", "size": "大型", "industries": ["制造业"], "traits": [],
         "situations": None}


def test_the_items_of_a_lead_that_grants_to_those_listed_are_its_receivers_on_its_terms():
    text = ("区人民政府鼓励吸纳就业，对下列单位、人员按照有关规定给予社会保险补贴：（一）招用登记失业人员的小型微型企业；"
            "（二）从事个体经营的高校毕业生；（三）其他符合规定的单位。")
    m = annotated_measure(text, "test-roles")
    assert m["kind"] == BENEFIT
    statuses = {name: r["status"] for name, profile in (("shop", SHOP), ("small", SMALL), ("large", LARGE))
                for [r] in [eligible(profile, [m], TODAY)]}
    # the item names the individual business; the lead's 按照有关规定 is asked of every item, never 可以申请 outright
    assert statuses["shop"] == "maybe" and statuses["small"] == "maybe"
    assert statuses["large"] not in ("eligible",)


@pytest.mark.parametrize("text", [
    "再生资源回收单位发现交投物品中混有危险废物的，有权拒绝回收。",
    "检验机构有权拒绝委托方提出的违反技术规范的要求。",
])
def test_a_refusal_held_by_a_party_named_by_its_function_is_not_offered_to_every_business(text):
    kind, status = _judged(text)
    assert kind == OBLIGATION and status not in OFFERED


def test_a_government_bodys_refusal_is_its_work():
    kind, status = _judged("区市场监督管理部门有权拒绝不属于本部门职责的登记请求。")
    assert kind == DUTY and status not in OFFERED


def test_a_business_refusing_a_levy_keeps_its_right():
    assert _judged("个体工商户有权拒绝任何形式的摊派。", SHOP) == (RIGHT, "right")


@pytest.mark.parametrize("text", [
    "市场主体对违反本条例的行为可以举报，有关部门应当依法处理。",
    "中小企业对违反本办法规定的行为，有权向区中小企业主管部门投诉。",
])
def test_a_business_reporting_a_breach_keeps_its_recourse(text):
    assert _judged(text) == (RIGHT, "right")


def test_a_worker_reporting_the_employers_breach_gives_the_business_nothing():
    kind, status = _judged("用人单位违反本办法规定的，劳动者有权向劳动保障监察机构举报。")
    assert kind != RIGHT and status not in OFFERED


def test_a_ban_on_everyone_with_the_business_reporting_stays_its_right():
    text = "任何单位和个人不得向个体工商户摊派，个体工商户对摊派行为有权拒绝并向有关部门举报。"
    assert _judged(text, SHOP) == (RIGHT, "right")
