"""Whose ban it is (issue 23): a ban or duty whose subject is a government body or the state's own procedure is the
government's work (政府职责), never offered; it is a right (可主张的权利) only where the sentence protects a business
from a concrete act done to it — a demand, a charge, a fine, an inspection, a payment owed. Sentences written for
these tests in the shapes official texts use."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, RIGHT, eligible
from index.facts.kinds import DUTY, OBLIGATION, RIGHT as RIGHT_KIND
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-bans")


def _status(text: str) -> str:
    return judged(SMALL, _measure(text), today=TODAY)["status"]


# ── a body bound in its own conduct or in how it runs its own procedure: its duty, not offered
@pytest.mark.parametrize("text", [
    "登记机关不得从事经营活动。",
    "对已经取消的审批事项，行政机关不得继续实施，不得交由其他组织变相实施。",
    "评审机构及其工作人员对评审中知悉的国家秘密应当保密。评审机构不得从事与评审相关的经营活动。",
    "各区人民政府不得另行制定产业限制目录。",
    "国家实行审批事项清单管理制度。清单之外的审批事项，行政机关不得实施。",  # the state's own system, no party
    # the state's procedure and its cost, in an article about how the government runs it: the business is named
    # only as the one who would bear the cost (由…承担), no act is done to it
    "区人民政府统一组织开展区域联合评审，不再要求单个项目另行评审。联合评审的费用不得由市场主体承担。",
    # how a body keeps what it holds and its integrity: its own duty, as 应当保密 is
    "统计机构不得泄露在统计调查中知悉的企业信息。",
    "评审机关的工作人员不得收受当事人财物。",
    # a time limit on a body's own decision that names no business it is owed to
    "登记机关应当自受理之日起三个工作日内作出是否准予登记的决定。",
])
def test_a_ban_on_a_body_or_on_the_states_procedure_is_its_duty(text):
    m = _measure(text)
    assert m["kind"] == DUTY
    assert _status(text) == INELIGIBLE


# ── a body banned from doing something to businesses: the businesses invoke it
@pytest.mark.parametrize("text", [
    "税务机关不得向经营主体收取额外费用。",
    "有关部门不得要求企业重复提交材料。",
    "清单之外，有关部门不得索要证明。",  # a demand always lands on whoever deals with the body
    "有关部门不得将目录以外的服务事项作为办理审批的条件。",  # a condition placed on every applicant
    "市场监管部门应当自受理之日起十五日内向中小企业退还保证金。",
    "行政执法机关不得对经营主体实施没有法律依据的检查。",
    "机关、事业单位应当自中小企业提出确权请求之日起三十日内确认债权债务关系。",
    "有关部门不得侵占企业的财产。",
    "任何单位和个人不得强制企业付费订购有关产品、刊物。",  # what the business is forced to buy is no purchase preference
    # a ban naming the business it protects, inside a system the state builds, still protects it
    "国家建立涉企收费目录清单制度。任何单位不得对中小企业执行目录清单之外的收费。",
])
def test_a_ban_protecting_businesses_from_an_act_done_to_them_stays_a_right(text):
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert _status(text) == RIGHT


# ── a relief from part of an obligation the same article places on the same party is part of that obligation
def test_a_relief_from_the_obligation_the_article_imposes_is_that_obligation():
    text = ("本市实行年度报告制度。市场主体应当按照规定向登记机关报送年度报告。有关部门应当加强信息共享，"
            "能够通过共享获得的信息，不得要求市场主体重复报送。")
    m = _measure(text)
    assert m["kind"] == OBLIGATION
    assert _status(text) == INELIGIBLE
    # a protection from another act (not the one the article obliges) keeps the article a right
    other = "市场主体应当按照规定报送年度报告。有关部门不得向市场主体收取年度报告费用。"
    assert _measure(other)["kind"] == RIGHT_KIND


# ── what a party becomes is not a party protected ("转型为企业": the 个体工商户 converts, the right is its own)
def test_a_right_to_convert_belongs_to_the_party_that_converts():
    text = "个体工商户可以自愿转型为企业。转型的，可以直接向登记机关申请办理变更登记。"
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert {e for r in m["eligibility"]["rights"] for e in r["entity_types"]} == {"个体工商户"}
    shop = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}
    assert eligible(shop, [m], TODAY)[0]["status"] == RIGHT
    assert _status(text) == INELIGIBLE  # the small restaurant is an enterprise already


# ── a right of the article that names no party of its own (a channel built for a kind of business) is for the parties
# the article's other rights name, with their traits
def test_a_channel_right_naming_no_party_is_for_the_parties_the_article_names():
    text = ("区人民政府应当建立外商投资企业投诉工作机制。外商投资企业认为行政行为侵犯其合法权益的，"
            "可以通过投诉工作机制申请协调解决。")
    m = _measure(text)
    assert m["kind"] == RIGHT_KIND
    assert [r["traits"] for r in m["eligibility"]["rights"]] == [["外资企业"], ["外资企业"]]
    assert _status(text) == INELIGIBLE  # a small restaurant is not foreign-invested


# ── money owed to a business by another party is the business's right; what a business must pay is its obligation
@pytest.mark.parametrize("text", [
    "机关、事业单位和大型企业应当按照合同约定及时向中小企业支付款项。",
    "发包人应当按照合同约定向承包工程的中小企业支付工程款。",
])
def test_money_another_party_owes_a_business_is_its_right(text):
    assert _measure(text)["kind"] == RIGHT_KIND
    assert _status(text) == RIGHT


def test_what_a_business_must_pay_others_is_its_obligation():
    assert _measure("用人单位应当按时向劳动者支付工资。")["kind"] == OBLIGATION
    # its own staff are protected, not a business ("本企业职工")
    assert _measure("中小企业应当依法经营，不得侵犯本企业职工的合法权益。")["kind"] == OBLIGATION
    assert _measure("企业应当向劳动者支付工资。")["kind"] == OBLIGATION


# ── 民营经济组织 (the word of the newer texts on the private economy) is every private business: an enterprise and an
# individual business alike
@pytest.mark.parametrize("text, kind", [
    ("任何单位不得向民营经济组织摊派费用。", RIGHT_KIND),
    ("国家机关、事业单位不得迟延支付民营经济组织的账款。", RIGHT_KIND),
    ("民营经济组织应当依法经营，诚实守信。", OBLIGATION),
    ("鼓励银行业金融机构开发针对民营经济组织的信贷产品。", DUTY),
])
def test_a_private_economic_organisation_is_a_business(text, kind):
    m = _measure(text)
    assert m["kind"] == kind
    if kind == RIGHT_KIND:
        shop = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}
        assert _status(text) == RIGHT and eligible(shop, [m], TODAY)[0]["status"] == RIGHT


# ── a party named as a capacity or a position (以…名义, 担任…) is not one an act is done to
@pytest.mark.parametrize("text", [
    "市场主体应当依法办理登记。未经登记，不得以市场主体名义从事经营活动。",
    "有下列情形之一的，不得担任公司的法定代表人：（一）无民事行为能力；（二）因犯罪被判处刑罚，执行期满未逾三年。",
])
def test_a_party_named_as_a_capacity_or_a_position_is_not_protected(text):
    assert _measure(text)["kind"] != RIGHT_KIND
    assert _status(text) == INELIGIBLE


# ── a body's powers against a breach are its work, and so are the items that list them
def test_a_bodys_enforcement_powers_are_its_duty():
    text = ("登记机关对市场主体涉嫌违反本条例规定的行为进行查处，可以行使下列职权：（一）进入经营场所实施现场检查；"
            "（二）查阅、复制与经营活动有关的合同、票据、账簿；（三）依法查询涉嫌违法的市场主体的银行账户。")
    m = _measure(text)
    assert m["kind"] == DUTY
    assert _status(text) == INELIGIBLE


# ── how a body goes on with a complaint already made is its procedure, not a channel a business invokes
def test_the_procedure_after_a_complaint_is_the_bodys_duty():
    text = ("投诉人提供虚假材料进行投诉的，财政部门应当予以驳回。财政部门受理投诉后，投诉人书面申请撤回投诉的，"
            "财政部门应当终止投诉处理程序。")
    assert _measure(text)["kind"] == DUTY
    # a channel to complain through stays a right
    assert _measure("财政部门应当建立投诉渠道，受理供应商的投诉。")["kind"] == RIGHT_KIND


def test_a_chapter_heading_glued_to_an_article_names_no_party():
    text = "国家实行统一的政府采购电子交易平台建设标准，推动电子化政府采购活动。## 第二章 政府采购当事人"
    assert _measure(text)["kind"] == DUTY
    assert _status(text) == INELIGIBLE
