"""Plan grants on sentences written for these tests (issue 23: "no conditional grant called 可以申请", "no 中小企业 benefit
offered to a large enterprise"):
  - a check or a selection by the body before it pays ("经街道办事处核实后", "经验收合格后", "择优给予") is asked;
  - a grant paying for an act the receiver phrase names with 开展/实施 ("对中小企业开展数字化转型，按照…给予") asks it;
  - "中小" before a trade ("中小制造业企业", "中小文化旅游企业"), "中型及以下", "中、小、微型企业" are sizes: never offered to a
    large firm;
  - a receiver that grew into what the grant rewards ("对新升级为限额以上企业的…") is asked."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("大兴区")


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [annotated_measure(text, "test-checks", district="大兴区")], TODAY)
    return r["status"]


@pytest.mark.parametrize("text", [
    "对本区小微企业和个体工商户，经所在街道办事处核实后，按照实际缴纳物业费的30%给予补贴，每户最高1万元。",
    "对本区小微企业更新消防设施的，经区应急局验收合格后，按照设备投资额的20%给予补助。",
    "对本区小微企业的创新项目，择优给予最高10万元资助。",
    "对本区小微企业开展节能诊断，按照诊断服务费的50%给予补贴，最高2万元。",
])
def test_a_check_a_selection_or_an_act_paid_for_is_asked(text):
    assert _status(RESTAURANT, text) == MAYBE


@pytest.mark.parametrize("text", [
    "对本区中小制造业企业实施智能化改造的，按照设备投资额的10%给予补助。",
    "对中小住宿餐饮企业更新厨房设备的，按照购置费用的20%给予补贴。",
])
def test_smes_of_a_trade_are_never_a_large_firms(text):
    large = {**LARGE, "industries": ["制造业", "住宿餐饮"]}
    assert _status(large, text) == INELIGIBLE


@pytest.mark.parametrize("text, sizes_offered", [
    ("对本区小型微型制造企业购置数控设备的，按照购置费用的10%给予补助。", {"小型", "微型"}),
    ("对本区小型、微型住宿餐饮企业更新厨房设备的，按照购置费用的20%给予补贴。", {"小型", "微型"}),
    ("对本区中型制造企业实施智能化改造的，按照设备投资额的10%给予补助。", {"中型"}),
])
def test_sizes_written_out_before_a_trade_are_the_receivers_sizes(text, sizes_offered):
    large = {**LARGE, "industries": ["制造业", "住宿餐饮"]}
    assert _status(large, text) == INELIGIBLE
    for size in ("中型", "小型", "微型"):
        assert (_status({**large, "size": size}, text) != INELIGIBLE) == (size in sizes_offered), size


def test_a_size_of_what_the_firm_buys_is_not_the_firms():
    large = {**LARGE, "industries": ["制造业"]}
    assert _status(large, "对本区购置小型农业机械的制造企业，按照购置费用的10%给予补助。") != INELIGIBLE


@pytest.mark.parametrize("text", [
    "对中型及以下工业企业实施节水改造的，按照投资额的10%给予补助。",
    "对本区中、小、微型企业参加标准制定的，给予一次性奖励2万元。",
])
def test_every_size_but_the_large_written_out_is_never_a_large_firms(text):
    large = {**LARGE, "industries": ["制造业"]}
    assert _status(large, text) == INELIGIBLE
    assert _status({**large, "size": "中型"}, text) != INELIGIBLE


def test_a_receiver_that_grew_into_what_the_grant_rewards_is_asked():
    assert _status(RESTAURANT, "对新升级为限额以上企业的小微餐饮企业，给予一次性奖励3万元。") == MAYBE


@pytest.mark.parametrize("text", [
    "小微企业贷款贴息。对企业从合作银行取得的流动资金贷款，按照实际支付利息的50%给予贴息。",
    "支持小微企业稳岗。企业招用本区户籍劳动力并签订1年以上劳动合同的，每人给予3000元补贴。",
    "本条所称企业，是指在本区登记注册的中小微企业。对企业新购置环保设备的，按照购置额的10%给予补贴。",
    "本措施适用于在本区注册的中小微企业。对企业获得发明专利授权的，每件奖励5000元。",
])
def test_a_bare_enterprise_after_the_measures_heading_definition_or_scope_is_of_their_size(text):
    # the heading, the definition of 企业 or the scope names whom the whole measure is for
    assert _status({**LARGE, "industries": ["制造业"]}, text) == INELIGIBLE
    assert _status(RESTAURANT, text) != INELIGIBLE


def test_a_size_that_names_the_broad_term_itself_narrows_it():
    # "小微经营主体": small companies and individual businesses, never a large firm
    text = "对本区小微经营主体新招用员工并缴纳社会保险的，每人给予1000元补贴。"
    assert _status({**LARGE, "industries": ["制造业"]}, text) == INELIGIBLE
    assert _status(SHOP, text) == MAYBE


def test_equipment_renewed_is_an_act_asked():
    assert _status(RESTAURANT, "对本区餐饮门店更换油烟净化设备的，按照设备投资额的20%给予补贴，最高2万元。") == MAYBE
