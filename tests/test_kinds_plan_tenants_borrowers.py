"""Whose benefit, on plan wordings written for these tests (issue 23 item 3, "the landlord…, the bank that lends … are not
the beneficiary"; item 2, a grant on a condition the profile does not answer is 需确认):
  - a landlord that acts on its tenants ("区属国有企业对承租其房产的中小微企业，减免…租金") is not the receiver, and renting
    from it is asked;
  - the place a receiver sits in ("对入驻区级孵化器的初创企业") is not the receiver: the firm need not be an incubator;
  - a business that applies to a bank ("个体工商户向合作银行申请的首笔贷款") is the borrower, not a lender;
  - a grant computed on the rent paid ("按照实际支付房租的10%给予补贴") asks whether the visitor rents its premises;
  - a party said not to be a receiver ("平台企业不属于补贴对象"), or served by the receiver ("对为个体工商户提供…的机构"), is
    not required of the visitor nor a receiver; "早餐" beside another trade is a restaurant's trade."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("门头沟区")


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-tenants", district="门头沟区")], TODAY)
    return r


def test_a_landlord_acting_on_its_tenants_is_not_the_receiver_and_renting_from_it_is_asked():
    r = _judge(RESTAURANT, "区属国有企业对承租其临街商铺的小微企业，减免2个月租金。")
    assert r["status"] == MAYBE, r["reasons"]
    assert "经营场所是否租用国有房屋？" in r["missing"]


def test_the_place_a_receiver_sits_in_is_not_the_receiver():
    r = _judge(RESTAURANT, "对入驻区级科技企业孵化器的初创企业，按照实际租金的30%给予补贴，每家每年最高5万元。")
    assert r["status"] == MAYBE, r["reasons"]
    assert not any("孵化" in reason for reason in r["reasons"] if reason.startswith("本条面向"))


def test_a_business_applying_to_a_bank_is_the_borrower():
    text = "对本区小微企业和个体工商户向合作银行申请的创业贷款，按照贷款利息的40%给予贴息。"
    assert _judge(SHOP, text)["status"] == MAYBE
    assert _judge(LARGE, text)["status"] == INELIGIBLE


def test_a_grant_on_the_rent_paid_asks_whether_the_visitor_rents():
    r = _judge(SHOP, "对本区从事零售经营的个体工商户，按照实际支付房租的15%给予补贴，每户最高1万元。")
    assert r["status"] == MAYBE
    assert "本条按实际支付的房租计算：经营场所是否为租用，并实际支付房租？" in r["missing"]


def test_a_party_said_not_to_be_among_the_receivers_is_not_required():
    # "平台企业不属于补贴对象": the platform is excluded, not a status the receiver must hold
    r = _judge(RESTAURANT, "对通过外卖平台开展线上经营的小微餐饮企业，按照平台佣金的20%给予补贴，平台企业不属于补贴对象。")
    assert r["status"] == MAYBE, r["reasons"]


def test_the_party_served_named_right_after_dui_is_not_the_receiver():
    r = _judge(SHOP, "对为个体工商户提供免费代账服务的财税服务机构，按照服务户数给予每户200元补贴。")
    assert r["status"] == INELIGIBLE, r["reasons"]


def test_a_breakfast_trade_beside_another_trade_is_a_restaurants_too():
    assert _judge(RESTAURANT, "对从事早餐、便利店经营的小微企业和个体工商户，给予每户5000元补贴。")["status"] != INELIGIBLE
