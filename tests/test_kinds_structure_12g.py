"""Kinds decided from sentence structure (issue 23): a 可 inside an attribute ("可安全食用的食品") is no modal, a
body drafting the rules of an instrument does its own work, a fee the public purse pays for the businesses is
their relief. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE
from tests.kit import annotated_measure, judged, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "怀柔区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
OFFERED = {ELIGIBLE, MAYBE, "right"}


def _measure(text: str) -> dict:
    return annotated_measure(text, "test-structure-12g", district=DISTRICT)


def _status(profile: dict, text: str) -> str:
    return judged(profile, _measure(text), today=TODAY)["status"]


def test_a_bare_ke_qualifying_a_noun_is_no_modal_of_the_business():
    text = "本区倡导餐饮经营者把当日可再利用的净菜边角料交给社区食堂统一处置。"
    m = _measure(text)
    assert m["kind"] != "right"
    for profile in (RESTAURANT, SHOP, LARGE):
        assert _status(profile, text) not in OFFERED
    # a bare 可 that is the sentence's modal still is one
    assert _measure("个体工商户可凭营业执照向街道申领临时停车证。")["kind"] != "duty"


def test_a_body_drafting_the_rules_of_a_voucher_does_its_own_work():
    text = "开发区产业促进局会同开发区财政局于2027年3月底前制定“科创服务券”管理实施细则，建立服务机构名录并向社会公布。"
    m = _measure(text)
    assert m["kind"] == "duty"
    for profile in (RESTAURANT, SHOP, LARGE):
        assert _status(profile, text) not in OFFERED
    # the same body granting the voucher to a receiver still grants
    granted = "区商务局对本区小型餐饮企业发放“惠民消费券”，每家最高2万元。"
    assert _measure(granted)["kind"] == "benefit"


FAIR = "区文旅局组织本区中小企业、个体工商户等经营主体参加京津冀旅游商品交易会，{}"


def test_a_fee_the_public_purse_bears_for_the_businesses_a_body_organises_is_their_relief():
    for tail in ("参展主体无需支付展位费和布展费。", "展位费由区级财政统一支付给主办单位，参展企业不承担展位费。"):
        text = FAIR.format(tail)
        assert _measure(text)["kind"] == "benefit", tail
        assert _status(RESTAURANT, text) in OFFERED
        assert _status(SHOP, text) in OFFERED
        assert _status(LARGE, text) not in OFFERED
    # a body organising them, with nothing paid for them, still does its own work
    assert _measure(FAIR.format("展会期间做好安全保障工作。"))["kind"] == "duty"


def test_processing_farm_produce_is_manufacturing_and_agriculture_both():
    text = "对本区从事农产品加工的中小企业新购置清洗烘干设备的，按照购置金额的15%给予补助。"
    maker = {**RESTAURANT, "size": "中型", "industries": ["制造业"]}
    farm = {**RESTAURANT, "industries": ["农业"]}
    assert set(_measure(text)["eligibility"]["clauses"][0]["industries"]) == {"制造业", "农业"}
    assert _status(maker, text) in OFFERED
    assert _status(farm, text) in OFFERED
    assert _status(RESTAURANT, text) == INELIGIBLE



def test_consumption_money_a_shop_does_not_bear_is_no_fee_relief():
    # (消费券 holds 费: the vouchers are the consumers', the shop only takes them)
    text = ("区商务局面向消费者发放餐饮消费券，在参与活动的餐饮门店使用，参与门店不承担消费券资金。")
    assert "税费减免" not in _measure(text)["benefit_types"]


def test_a_filing_or_registration_a_body_grants_on_application_is_a_permit_obtained():
    # the body granting on application is the subject; the business obtains the filing: a benefit, conditional
    for text in ("街道办事处根据申请人数和可容纳的摊位数量，对符合条件的个体工商户准予备案，发给备案凭证。",
                 "个体工商户申请从事早餐摊点经营的，乡镇人民政府应当对符合条件的予以登记。"):
        m = _measure(text)
        assert m["kind"] == "benefit", text
        assert _status(SHOP, text) == MAYBE  # (符合条件: asked, never 可以申请 outright)
        assert _status(RESTAURANT, text) == INELIGIBLE
    # a body's own filing of its records grants nothing
    assert _measure("区市场监督管理局于2027年6月底前完成辖区食品摊点摸底建档，并报市市场监督管理局备案。")["kind"] != "benefit"


def test_one_who_opens_a_shop_is_the_business_bound():
    for text in ("开设洗衣店，应当向所在地街道办事处办理登记，并提交经营场所证明。",
                 "开办家庭作坊，应当向区市场监督管理部门申请登记，并符合下列条件："):
        assert _measure(text)["kind"] == "obligation", text
        for profile in (RESTAURANT, SHOP, LARGE):
            assert _status(profile, text) not in OFFERED
