"""Guards from an independent review of the plan rules (issue 23): sentences that a rule fitted too closely read wrong.
  - a fraud warning or a truthfulness pledge after a grant is a term of the grant, not liability;
  - a plan's definition is a sentence of its own ("本措施所称X，是指…"), never one that names the plan's 申报指南 or grants
    to the parties it lists; a transitional rule ("按照原政策执行") or a term fixed elsewhere ("所称…按照…确定") inside a
    grant leaves the grant a grant;
  - a grant for renting a thing out computed on the rental income is the lessor's, a rent cut the tenant's;
  - a platform bound to pass campaign money on has an obligation; the body settling with the merchants reads alike in any
    word order, and a campaign spent at a kind of shop is for that trade;
  - 中小 sizes the firm only when it sizes the firm (not 中小学校, 中小银行, 中小河流);
  - the act a grant pays for is asked however the sentence is ordered, and a body's own free service never is.
The sentences are the reviewer's probes (none from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from index.facts.kinds import BENEFIT, GENERAL, OBLIGATION
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "朝阳区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
MEDIUM_MAKER = {**LARGE, "size": "中型"}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-review-probe", district=DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [_measure(text)], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "支持门店改造。对本区小微餐饮企业改造门店的，按照改造费用的30%给予补贴，最高5万元，对弄虚作假的追回补贴资金。",
    "支持门店改造。对本区小微餐饮企业改造门店的，按照改造费用的30%给予补贴，最高5万元，申报企业须承诺所提交材料真实，"
    "不以虚假材料申报。",
])
def test_a_fraud_warning_after_a_grant_leaves_it_a_grant(text):
    assert _measure(text)["kind"] == BENEFIT
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_cheating_as_the_sentences_matter_is_still_liability():
    text = "加强资金监管。对弄虚作假骗取补贴的企业，追回已拨付资金，三年内不得享受本区扶持政策。"
    assert _measure(text)["kind"] in (OBLIGATION, GENERAL)


@pytest.mark.parametrize("text", [
    "支持小微企业开拓市场。符合本措施中规定条件的小微企业，可按照申报指南向区商务局申请最高10万元市场开拓补贴。",
    "本方案中的支持对象包括在本区登记注册的小微企业和个体工商户，对其新招用本区户籍劳动力的，按照每人2000元给予补贴。",
    "扩大小微企业补贴覆盖面。本措施中的补贴对象包括本区小微企业和个体工商户，每户给予最高1万元经营补贴。",
    "延续房租减免。对承租区属国有企业经营用房的小微企业，按照原政策执行，继续免收3个月租金。",
    # (no heading: a heading that grants, "奖励…企业。", decides the kind before the sentence is read)
    "对首次认定的国家高新技术企业给予一次性奖励20万元，本条所称首次认定，按照市科委公布的名单确定。",
])
def test_a_sentence_that_grants_is_no_definition_nor_transitional_rule(text):
    assert _measure(text)["kind"] == BENEFIT


def test_a_plans_own_definition_is_still_general():
    assert _measure("本措施所称小微企业，是指符合国家划型标准的小型企业和微型企业。")["kind"] == GENERAL


def test_the_subsidy_covering_all_listed_parties_is_an_individual_businesss_too():
    text = "扩大小微企业补贴覆盖面。本措施中的补贴对象包括本区小微企业和个体工商户，每户给予最高1万元经营补贴。"
    assert _judge(SHOP, text)["status"] != INELIGIBLE


def test_a_reward_on_rental_income_is_the_lessors_not_the_tenants():
    text = "盘活闲置设备。本区中型制造业企业将闲置设备出租给小微企业的，按照租赁收入的10%给予奖励。"
    assert _judge(MEDIUM_MAKER, text)["status"] != INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE


def test_a_platform_bound_to_pass_the_money_on_has_an_obligation():
    text = "规范消费券资金结算。平台企业应当将政府发放的消费券核销资金及时结算给参与商户，不得截留、挪用。"
    assert _measure(text)["kind"] == OBLIGATION


@pytest.mark.parametrize("text", [
    "发放餐饮消费券。面向本区居民发放餐饮消费券，区财政按季度向参与商户结算核销资金。",
    "发放餐饮消费券。面向本区居民发放餐饮消费券，核销资金由区财政与参与商户按月结算。",
    "发放餐饮消费券。面向本区居民发放餐饮消费券，区财政向参与商户拨付资金。",
])
def test_the_body_settling_with_the_merchants_reads_alike_in_any_word_order(text):
    m = _measure(text)
    assert m["kind"] == BENEFIT
    assert "参与商户" in m["kind_basis"], m["kind_basis"]
    assert _judge(RESTAURANT, text)["status"] == MAYBE


def test_a_campaign_spent_at_a_kind_of_shop_is_for_that_trade():
    text = ("发放绿色家电消费券。面向本区居民发放绿色家电消费券，消费者在签约家电卖场消费时抵扣，抵扣资金由区财政按月结算给"
            "参与商户。")
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(SHOP, text)["status"] == MAYBE


@pytest.mark.parametrize("text", [
    "支持课后服务。对承接中小学校课后服务的企业，按照服务人数给予补贴。",
    "支持融资。对向中小银行申请贷款的企业，给予贴息。",
    "支持治理。对参与中小河流治理的企业，给予补助。",
])
def test_a_small_or_medium_thing_the_firm_deals_with_is_not_its_size(text):
    assert _measure(text)["sizes"] == []
    assert _judge(LARGE, text)["status"] != INELIGIBLE


@pytest.mark.parametrize("text", [
    "支持参展。对本区中小企业参加区商务局组织的境内外展会，按照展位费的50%给予补贴。",
    "支持参展。本区中小企业参加区商务局组织的境内外展会，可以按照展位费的50%申请补贴。",
])
def test_the_act_a_grant_pays_for_is_asked_in_either_order(text):
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE
    assert "是否满足本条写明的条件：“参加区商务局组织的境内外展会”？" in r["missing"]


def test_a_bodys_own_free_service_is_not_asked_of_the_business():
    r = _judge(RESTAURANT, "支持数字化。对本区小微企业开展免费数字化技能培训，给予每家企业5个培训名额。")
    assert not any("开展免费数字化技能培训" in q for q in r.get("missing", [])), r
