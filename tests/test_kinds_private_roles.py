"""Parties named by their role in the work or in a dealing (issue 23): a worker's or an operator's duties are done in
the business's work and its own rights are no business's; a provider named by its service is a business; the parties
allowed to agree their terms protect nobody; a text yielding to later policies is a closing provision. Sentences
written for these tests in the shapes official texts use."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.kinds import GENERAL, OBLIGATION, RIGHT
from index.facts.receivers import OPERATOR, role_receiver
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["制造业"], "traits": [],
         "situations": None}
SHOP = {"district": "朝阳区", "entity_type": "个体工商户", "size": None, "industries": ["批发零售"], "traits": [],
        "situations": None}
OFFERED = {"eligible", "maybe", "right"}


def _judged(text: str, profile: dict = SMALL) -> tuple[str, str]:
    m = annotated_measure(text, "test-private-roles")
    return m["kind"], judged(profile, m, today=TODAY)["status"]


@pytest.mark.parametrize("text", [
    "起重设备操作人员在开机前，应当检查制动装置；在吊装过程中，应当遵守操作规程。起重设备操作人员有权拒绝违章指挥。",
    "叉车驾驶人应当持证上岗，不得酒后驾驶。叉车驾驶人有权拒绝驾驶存在安全隐患的车辆。",
    "从业人员应当遵守本单位的安全生产规章制度；从业人员有权拒绝违章指挥和强令冒险作业。",
])
def test_a_workers_duties_and_own_rights_are_an_obligation_never_offered(text):
    for profile in (SMALL, SHOP):
        kind, status = _judged(text, profile)
        assert kind == OBLIGATION
        assert status not in OFFERED


def test_a_workers_own_right_alone_is_no_right_of_a_business():
    kind, status = _judged("职工有权拒绝在存在重大事故隐患的场所作业。")
    assert kind == GENERAL
    assert status not in OFFERED


def test_a_provider_named_by_its_service_is_bound_and_the_parties_agreeing_terms_protects_nobody():
    text = "提供仓储装卸服务的单位或者个人，应当按照有关技术规范保证货物完好；没有技术规范的，当事人双方可以约定验收办法。"
    for profile in (SMALL, SHOP):
        kind, status = _judged(text, profile)
        assert kind == OBLIGATION
        assert status not in OFFERED


def test_a_business_own_permission_beside_the_parties_agreement_stays_a_right():
    kind, _ = _judged("企业办理设备抵押登记，可以对抵押物进行概括性描述。抵押合同双方可以约定抵押范围及于设备的收益。")
    assert kind == RIGHT


@pytest.mark.parametrize("text", [
    "本办法自2026年9月1日起施行，有效期两年。实施期间如遇上级政策调整，按照新规定执行。",
    "执行期间遇国家政策变化的，以新政策为准。本办法由区商务局负责解释。",
])
def test_a_text_yielding_to_later_policies_is_a_closing_provision(text):
    kind, status = _judged(text)
    assert kind == GENERAL
    assert status not in OFFERED


GRANT_TO_OPERATOR = ("对经区文化和旅游局认定的夜间文旅消费集聚区，按照改造投入的30%给予集聚区运营管理主体补助，单个集聚区最高"
                     "100万元。补助资金专项用于公共设施，不得分配给区内入驻商户。集聚区运营管理主体应当于每年9月底前提出申请。")


def test_a_grant_to_an_operator_named_with_its_place_is_offered_to_no_business_outright():
    assert role_receiver(GRANT_TO_OPERATOR) == (OPERATOR, "集聚区运营管理主体")
    for profile in (SMALL, SHOP):
        kind, status = _judged(GRANT_TO_OPERATOR, profile)
        assert kind != RIGHT  # the tenants the money must not be passed to are not protected: not its receivers
        assert status not in ("eligible", "right")


@pytest.mark.parametrize("text", [
    "补助资金专项用于设备更新，不得分配给入驻商户。",
    "奖励资金应当用于研发投入，不得用于发放职工福利。",
])
def test_how_a_grants_money_is_used_protects_nobody(text):
    for profile in (SMALL, SHOP):
        kind, status = _judged(text, profile)
        assert kind != RIGHT
        assert status not in OFFERED
