"""Three structures of official Chinese that decide what 资格自查 offers, on sentences written for these tests (none
copied from the documents the rules were measured on):
  - a business that may do something once a body approves it ("…企业…的，经…主管部门批准，可以从事…"): a permit it
    obtains, asked (需确认), never 可以申请 outright; bound to apply ("应当…申请许可") it is an obligation;
  - a heading naming a grant whose body binds the parties that received it ("获得…奖励的企业，应当承诺…"): the
    title of an obligation, offered to nobody;
  - a business that may apply for what others use ("可为其聘用的…统一申请…公寓，租金按照…市场租金的60%执行"): a
    modal 可 before a preposition, a benefit for the business the sentence names (asked: its status is 经…认定)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.claimable import approved_to_act
from index.facts.eligibility import ELIGIBLE, MAYBE
from index.facts.kinds import BENEFIT, OBLIGATION, actor
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("北京市")


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-permits-bound", district="北京市")


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, _measure(text), today=TODAY)


# ───────────────────────────── a permit obtained on approval ─────────────────────────────

PERMITS = [
    "企业具有与所从事的演出经纪活动相适应的专职人员和资金的，经市文化和旅游主管部门批准，可以从事营业性演出经纪活动。",
    "个体工商户具备相应的场地和卫生条件的，经所在地区级市场监督管理部门许可，可以经营小型食品作坊。",
]


@pytest.mark.parametrize("text", PERMITS)
def test_a_business_that_may_act_once_approved_obtains_a_permit_it_is_asked_about(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert m["kind_basis"] == approved_to_act(text)
    for visitor in (RESTAURANT, LARGE) if text.startswith("企业") else (SHOP,):
        r = _judge(visitor, text)
        assert r["status"] == MAYBE  # the body decides on conditions it checks: never 可以申请 outright
        assert r["status"] != ELIGIBLE


def test_the_permit_question_names_the_approval():
    assert _judge(RESTAURANT, PERMITS[0])["missing"] == [
        "本条是须经主管部门批准方可从事的事项（“经市文化和旅游主管部门批准，可以从事营业性演出经纪活动”）："
        "是否具备原文所列条件并已向主管部门申请批准？"]


@pytest.mark.parametrize("text", [
    # bound to apply: an obligation, whatever it names
    "开办营业性演出场所，应当向区文化和旅游主管部门申请许可，并具备下列条件：",
    # a ban on acting without approval
    "企业未经市文化和旅游主管部门批准，不得从事营业性演出经纪活动。",
    "企业应当经市文化和旅游主管部门批准后，方可从事营业性演出经纪活动。",
])
def test_an_approval_the_business_must_obtain_is_no_permit_offered(text):
    assert approved_to_act(text) is None
    assert _measure(text)["kind"] != BENEFIT


# ───────────────────────────── a heading over the obligations of those granted ─────────────────────────────

def test_a_heading_over_the_duties_of_the_businesses_granted_is_an_obligation_offered_to_nobody():
    text = ("压实资金扶持企业责任。享受本方案租金补贴、设备购置补助的企业，应当承诺自获得补贴之日起3年内不将经营地址迁出本区；"
            "确需迁出的，应当提前报告区商务局并全额退还已获补贴。申报企业对申报材料的真实性负责。")
    m = _measure(text)
    assert m["kind"] == OBLIGATION
    assert m["kind_basis"] == "享受本方案租金补贴、设备购置补助的企业，应当"
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] not in (ELIGIBLE, MAYBE)


def test_a_heading_over_a_grant_stays_a_grant():
    # the body grants: the heading is its title, the grant is offered (asked on its stated condition)
    text = "给予小微餐饮企业装修补贴。对在本区开业满1年的小微餐饮企业，按照装修费用的30%给予补贴，最高5万元。"
    assert _measure(text)["kind"] == BENEFIT


# ───────────────────────────── 可 before a preposition ─────────────────────────────

def test_a_modal_ke_before_a_preposition_is_a_modal():
    sentence = "经区科学技术委员会认定的区级重点软件企业，可为其聘用的核心技术人员统一申请配租人才公寓。"
    assert actor(sentence) == ("经区科学技术委员会认定的区级重点软件企业", "可")
    # a bare 可 before a short verb phrase closed by 的 still qualifies a noun
    assert actor("门店应当使用可回收的包装。")[1] == "应当"


def test_a_business_applying_for_staff_housing_below_market_rent_is_a_benefit_asked_of_it():
    text = ("保障重点企业人才安居。经区科学技术委员会认定的区级重点软件企业，可为其聘用的核心技术人员统一申请配租人才公寓，"
            "租金按照周边市场租金的60%执行。公寓管理单位不得向企业收取租金以外的其他费用。")
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert m["eligibility"]["clauses"][0]["benefit_types"] == ["租金减免"]
    # the status is 经…认定: asked of a firm of the trade it names, never a right every visitor has
    software = {**RESTAURANT, "industries": ["信息技术"]}
    assert _judge(software, text)["status"] == MAYBE
    assert _judge(RESTAURANT, text)["status"] not in (ELIGIBLE, MAYBE)


def test_staff_who_may_apply_for_housing_below_market_rent_are_its_receivers_not_their_employer():
    # the firms are named as where the persons work: no business visitor receives it
    text = ("在本区集成电路企业工作的技术人员，可以申请入住区青年人才公寓，租金按照周边市场租金的50%确定。"
            "申请办法由区人才工作局另行制定。")
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert [c["entity_types"] for c in m["eligibility"]["clauses"]] == [["个人"]]
    for visitor in (RESTAURANT, SHOP, LARGE, {**RESTAURANT, "industries": ["制造业"]}):
        assert _judge(visitor, text)["status"] not in (ELIGIBLE, MAYBE)


# ───────────────────────────── receivers named by the trade of what they run ─────────────────────────────

def test_an_exhibition_organiser_granted_is_of_the_exhibition_trade_not_every_visitor():
    text = "对在本区会展中心举办的单届面积5000平方米以上的消费品展会，按照场租的15%给予主办单位补贴，最高50万元。"
    [clause] = _measure(text)["eligibility"]["clauses"]
    assert clause["industries"] == ["商务服务"]
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] not in (ELIGIBLE, MAYBE)
    assert _judge({**RESTAURANT, "industries": ["商务服务"]}, text)["status"] == MAYBE  # asked whether it is the organiser


def test_an_organiser_paid_for_the_exhibitors_does_not_narrow_who_receives():
    # the exhibitors are relieved of the fee the public purse pays to the organiser: they receive, whatever their trade
    text = "区商务局组织本区小微企业参加年货展销会，展位费由区级财政统一支付给展会主办方，参展企业不承担展位费。"
    assert all(not c["industries"] for c in _measure(text)["eligibility"]["clauses"])


def test_a_leisure_farm_operator_is_of_farming_and_tourism():
    text = "对新评定为市级休闲农业示范园区的本区经营主体，给予一次性奖励10万元。"
    [clause] = _measure(text)["eligibility"]["clauses"]
    assert set(clause["industries"]) == {"农业", "文化旅游体育"}
    assert _judge(RESTAURANT, text)["status"] not in (ELIGIBLE, MAYBE)


# ───────────────────────────── a procedure a body must complete in a stated time ─────────────────────────────

def test_a_filing_the_body_must_complete_in_stated_days_is_eased_for_the_organiser_who_applies():
    text = ("博览会期间设置临时售货摊位的，可以由展会主办单位统一向区市场监督管理局申请办理临时经营备案，材料齐全的，"
            "区市场监督管理局于2个工作日内办结。入驻摊位的商户应当亮照经营。")
    m = _measure(text)
    assert m["kind"] == BENEFIT
    [clause] = m["eligibility"]["clauses"]
    assert clause["industries"] == ["商务服务"]  # the organiser applies, not the stall holders
    assert clause["ask"] == ["本条给予“展会主办单位”：您是否为本条所说的展会主办单位？"]  # (经营备案 is no 经…备案 step)
    for visitor in (RESTAURANT, SHOP, LARGE):
        assert _judge(visitor, text)["status"] not in (ELIGIBLE, MAYBE)


def test_applying_to_a_body_without_its_promise_of_time_is_how_the_procedure_runs():
    from index.facts.claimable import applies_to_body
    assert applies_to_body("个体工商户变更经营场所的，可以向区市场监督管理局申请办理变更登记。") is None
