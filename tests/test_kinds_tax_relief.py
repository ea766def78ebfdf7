"""How tax law writes a preference, and what is ordinary computation (index/facts/tax_relief.py), on sentences
written for these tests in the manner of Chinese tax statutes (none copied from an evaluation document)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, RIGHT, eligible
from index.facts.kinds import BENEFIT, DUTY, GENERAL
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SOFTWARE = {**SMALL, "size": "微型", "industries": ["信息技术"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-tax")


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r["status"]


# ── 1. a relief of a business's own tax, written on its income, expense or investment, is a benefit
@pytest.mark.parametrize("text", [
    "企业从事规定的海水养殖项目取得的收入，可以在计算应纳税所得额时减计收入。",
    "纳税人购置用于污染防治的专用设备的投资额，可以按一定比例实行税额抵免。",
    "从事符合条件的天使投资的创业投资企业，可以按其投资额的一定比例抵扣应纳税所得额。",
    "企业的下列所得为免税收入：（一）地方政府债券利息收入；（二）符合条件的股息收入。",
])
def test_a_relief_of_a_business_own_tax_is_a_benefit_to_confirm(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    # its measure or its items are written elsewhere or listed: 需确认, never 可以申请 outright
    assert _status(SMALL, text) == MAYBE


# ── 2. the measure of a relief left to other rules is asked; a stated one is not
@pytest.mark.parametrize("text", [
    "企业安置退役军人所支付的工资，可以在计算应纳税所得额时加计扣除。",
    "企业从事农产品初加工项目的所得，可以免征、减征企业所得税。",
    "企业的研发仪器设备，确需加速折旧的，可以缩短折旧年限或者采取加速折旧的方法。",
])
def test_a_relief_whose_measure_other_rules_set_is_asked(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    asks = [q for c in m["eligibility"]["clauses"] for q in c["ask"]]
    assert asks and all("请" in q for q in asks)
    assert _status(SMALL, text) == MAYBE


def test_a_relief_with_its_rate_stated_is_offered_outright():
    text = "小型微利企业，减按20%的税率征收企业所得税。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == ELIGIBLE
    assert _status(LARGE, text) == INELIGIBLE


def test_a_relief_with_its_rate_stated_asks_only_its_threshold():
    # the rate is written, so nothing is asked of it; the income threshold is the receiver's condition, asked
    text = "小型微利企业年应纳税所得额不超过100万元的部分，减按25%计入应纳税所得额，按20%的税率缴纳企业所得税。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    asks = [q for c in m["eligibility"]["clauses"] for q in c["ask"]]
    assert len(asks) == 1 and "年应纳税所得额不超过100万元" in asks[0]
    assert _status(SMALL, text) == MAYBE
    assert _status(LARGE, text) == INELIGIBLE


# ── 3. a category the state designates ("国家需要重点扶持的…") is a condition written elsewhere
@pytest.mark.parametrize("text", [
    "国家需要重点扶持的集成电路设计企业，减按10%的税率征收企业所得税。",
    "国家鼓励的软件企业，自获利年度起，第一年至第二年免征企业所得税。",
])
def test_a_category_the_state_designates_is_asked(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SOFTWARE, text) == MAYBE


# ── 4. the name of a tax relieves nothing; how a tax is computed or paid is no preference
@pytest.mark.parametrize("text", [
    "企业所得税按季度预缴，年度终了后五个月内汇算清缴。",
    "依照本法缴纳的个人所得税，以人民币计算。",
    "企业所得税的征收管理，依照税收征收管理法的规定执行。",
    "在计算应纳税所得额时，企业支付的违约金和诉讼费用不得扣除：（一）向关联方支付的管理费；（二）税收滞纳金。",
    "企业发生的职工教育经费支出，不超过工资薪金总额8%的部分，准予在计算应纳税所得额时扣除。",
    "企业的收入总额减除不征税收入、免税收入和各项扣除后的余额，为应纳税所得额。",
    "企业在境外实际缴纳的所得税税额，可以从其当期应纳税额中抵免，超过抵免限额的部分结转以后年度抵补。",
    "除国务院另有规定外，企业之间不得合并缴纳企业所得税。",
])
def test_computation_and_the_name_of_a_tax_are_never_offered(text):
    m = _measure(text)
    assert m["kind"] not in (BENEFIT,)
    for profile in (SMALL, LARGE):
        assert _status(profile, text) not in (ELIGIBLE, MAYBE, RIGHT)


# ── 5. a body's power to decide a relief is its work, not a grant a business holds
@pytest.mark.parametrize("text", [
    "自治县的自治机关对本县企业应缴纳的房产税，可以决定减征或者免征。",
    "区人民政府有权决定对受灾的个体工商户减征城镇土地使用税。",
])
def test_a_body_power_to_decide_a_relief_is_its_work(text):
    m = _measure(text)
    assert m["kind"] == DUTY
    assert _status(SMALL, text) == INELIGIBLE


def test_a_computation_definition_is_a_general_provision():
    text = "企业的应纳税所得额乘以适用税率，减除依法减免和抵免的税额后的余额，为应纳税额。"
    assert _measure(text)["kind"] == GENERAL


# ── 6. a 纳税人 is a business (a company or an individual one); the items a relief lists are asked
def test_a_relief_for_taxpayers_is_a_benefit_for_both_kinds_of_business():
    text = "纳税人提供的技术转让服务，免征增值税。"
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert {"企业", "个体工商户"} <= set(m["entity_types"])


def test_a_taxpayer_bound_is_an_obligation():
    assert _measure("纳税人应当自纳税义务发生之日起十五日内申报纳税。")["kind"] == "obligation"


def test_a_relief_for_listed_items_is_asked():
    text = "下列项目免征印花税：（一）应税凭证的副本或者抄本；（二）无息或者贴息借款合同。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


def test_a_deferral_approved_by_the_tax_office_is_a_benefit_it_decides():
    text = "纳税人因不可抗力不能按期缴纳税款的，经市税务局批准，可以延期缴纳税款，但最长不得超过三个月。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


# ── 7. a rate stated or how it is set is a rule, not a grant
@pytest.mark.parametrize("text", [
    "车辆购置税的税率为百分之十，由纳税人向税务机关申报缴纳。",
    "企业贷款的利率由借贷双方依法协商确定。",
    "企业的用电电价按照国家规定执行。",
])
def test_a_rate_set_is_a_rule(text):
    m = _measure(text)
    assert m["kind"] == GENERAL
    assert _status(SMALL, text) == INELIGIBLE



# ── 8. a threshold the receiver must meet, written as its condition (未达到起征点的，…), is asked
@pytest.mark.parametrize("text", [
    "纳税人月销售额未达到起征点的，免征增值税。",
    "个体工商户年营业收入低于规定标准的，减半征收个人所得税。",
    # after a first clause naming the party
    "小规模纳税人发生应税交易，销售额未达到起征点的，免征增值税；达到起征点的，全额计算缴纳增值税。",
    "个体工商户从事零售业务，月销售额不足规定标准的，免征增值税。",
])
def test_a_threshold_condition_is_asked(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SHOP, text) == MAYBE


# ── 9. a relief that names no business is every taxpayer's only when it is of a tax and the article names no person,
# object or project it relieves; and whether the visitor is among those taxpayers is asked, never answered
@pytest.mark.parametrize("text", [
    "对城乡低保对象、特困人员免征有线电视基本收视维护费。",
    "对2026年新购置的新能源汽车免征车辆购置税。",
    "对列入市级重点工程的保障性住房项目，免征城市基础设施配套费。",
    "城乡居民免征有线电视初装费。",
    "对公共租赁住房免征城镇土地使用税。",
])
def test_a_relief_for_persons_objects_or_a_fee_is_not_every_business(text):
    m = _measure(text)
    assert m["kind"] != BENEFIT
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == INELIGIBLE


@pytest.mark.parametrize("text", [
    "技术转让所得免征增值税。",
    "金融同业往来利息收入免征增值税。",
    "下列项目免征印花税：（一）应税凭证的副本或者抄本；（二）无息或者贴息借款合同。",
])
def test_a_tax_relief_naming_no_party_is_asked_of_every_business(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert {"企业", "个体工商户"} <= set(m["entity_types"])
    asks = [q for c in m["eligibility"]["clauses"] for q in c["ask"]]
    assert any("纳税人" in q for q in asks)
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == MAYBE


def test_a_relief_for_a_named_business_is_still_offered():
    assert _status(SMALL, "对小微企业免征登记费。") == ELIGIBLE
    assert _status(LARGE, "对小微企业免征登记费。") == INELIGIBLE


# ── 10. a 个人所得税纳税人 is a natural person, not a business: its reliefs are never a business's benefit
@pytest.mark.parametrize("text", [
    "对个人所得税纳税人取得的国债利息收入，免征个人所得税。",
    "个人所得税纳税人取得的稿酬所得，减按70%计算。",
    "居民个人纳税人取得的保险赔款，免征个人所得税。",
])
def test_an_individual_income_taxpayer_is_a_person(text):
    m = _measure(text)
    assert m["entity_types"] == ["个人"]
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == INELIGIBLE


def test_a_taxpayer_of_another_tax_is_still_a_business_of_either_kind():
    text = "增值税小规模纳税人提供的技术转让服务，免征增值税。"
    assert {"企业", "个体工商户"} <= set(_measure(text)["entity_types"])
    assert _status(SHOP, text) == ELIGIBLE


# ── 11. how a plan's grant is counted ("…可以结转至下一年度使用", "…不得扣除", "…可以抵减…租金") is no tax computation:
# the sentence grants, and a sentence that counts an item for no tax is no computation rule at all
@pytest.mark.parametrize("text, profile, status", [
    ("对认定为算力券支持对象的中小企业，给予每户最高10万元算力券补贴，当年未使用完的额度可以结转至下一年度使用。", SMALL, MAYBE),
    ("企业参加展会发生的展位费，由区财政给予50%补贴，已获得市级补贴的部分不得扣除。", SMALL, ELIGIBLE),
    ("对参加境外展会的企业给予展位费50%的补贴，企业自行负担的部分准予在计算应纳税所得额时扣除。", SMALL, MAYBE),
    ("对研发投入增长的企业给予最高50万元奖励，奖励资金可以结转至下一年度使用，并依法缴纳企业所得税。", LARGE, MAYBE),
])
def test_a_grant_counted_is_still_a_grant(text, profile, status):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(profile, text) == status


def test_a_rent_grant_deducted_from_rent_is_a_benefit():
    text = "对入驻孵化器的小微企业给予房租补贴，补贴金额可以抵减次年应缴租金。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(LARGE, text) == INELIGIBLE


# ── 12. a relief withheld or taken back grants nothing; what a business enjoying one must do is its obligation
@pytest.mark.parametrize("text, kind", [
    ("下列企业不得享受本条规定的免征、减征企业所得税优惠：（一）从事限制类项目的企业；（二）上年度有偷税行为的企业。", GENERAL),
    ("区财政局、区税务局应当加强核查，对不符合条件的企业追缴已减征税款。", DUTY),
    ("纳税人享受本法规定的减征、免征优惠，应当依法向税务机关办理备案。", "obligation"),
    ("企业享受研发费用加计扣除优惠的，应当留存相关资料备查。", "obligation"),
    ("区税务局对不再符合条件的个体工商户，应当停止其减半征收优惠并追缴已减免税款。", DUTY),
])
def test_a_relief_withheld_or_a_duty_to_file_is_never_offered(text, kind):
    assert _measure(text)["kind"] == kind
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == INELIGIBLE


def test_a_grant_with_its_limit_is_still_a_grant():
    text = "对小微企业给予50%的租金减免，不得享受其他优惠。"
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == ELIGIBLE


# ── 13. a credit against the tax payable ("抵免…应纳税额", "从…应纳税额中抵免") is a relief; one of tax paid abroad is
# computation; a 非居民企业 is a status no profile holds: asked
@pytest.mark.parametrize("text, profile, status", [
    ("对大型企业实施的技术改造项目，按设备投资额的10%抵免当年企业所得税应纳税额。", LARGE, MAYBE),
    ("企业购置安全生产专用设备的，其投资额的10%可以从企业当年的应纳税额中抵免。", SMALL, MAYBE),
    ("个体工商户购置节能设备的，按投资额的10%抵免当年应纳税额。", SHOP, MAYBE),
])
def test_a_credit_against_the_tax_payable_is_a_relief(text, profile, status):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(profile, text) == status


@pytest.mark.parametrize("text", [
    "非居民企业取得的来源于中国境内的所得，减按10%的税率征收企业所得税。",
    "在中国境内设立机构、场所的非居民企业取得的股息所得，免征企业所得税。",
])
def test_a_non_resident_enterprise_relief_is_asked(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _status(SMALL, text) == MAYBE


@pytest.mark.parametrize("text", [
    "对骗取减免税优惠的企业，由税务机关取消其享受的税收优惠并追缴已减免税款。",
    "对以欺骗手段取得减征优惠的个体工商户，税务机关应当追缴已减征税款。",
])
def test_a_relief_obtained_by_fraud_and_taken_back_is_never_offered(text):
    assert _measure(text)["kind"] != BENEFIT
    for profile in (SMALL, SHOP, LARGE):
        assert _status(profile, text) == INELIGIBLE
