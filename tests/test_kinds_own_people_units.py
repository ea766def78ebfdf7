"""Who acts and who is protected in regulations' bans and duties (index/facts/kinds.py): the bound party's own people
named by 本 are not another business; units named by the economic activity they carry on (生产经营单位, 用水单位 …)
are businesses. Sentences written for these tests in varied official wordings."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE
from index.facts.kinds import DUTY, OBLIGATION, RIGHT, actor, measure_kind
from tests.kit import annotated_measure, judged

TODAY = date(2026, 12, 4)
SMALL = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
         "situations": None}
LARGE = {**SMALL, "size": "大型", "industries": ["制造业"]}
SHOP = {**SMALL, "entity_type": "个体工商户", "size": None, "industries": ["批发零售"]}


def _judge(profile: dict, text: str) -> dict:
    return judged(profile, annotated_measure(text, "test-own-people"), today=TODAY)


# ── a ban on a unit toward its own people (本单位职工, 本公司员工): it binds the unit, it protects no business
@pytest.mark.parametrize("text", [
    "供热生产经营单位对本单位的退休人员，不得低价供应热力。",
    "燃气销售单位不得向本单位在职人员低价出售燃气，也不得以实物形式发放用气补贴。",
    "用水单位不得为本单位职工家属无偿安装生活用水设施。",
])
def test_a_ban_on_a_unit_toward_its_own_people_is_its_obligation(text):
    kind, _, _ = measure_kind(text)
    assert kind == OBLIGATION
    for profile in (SMALL, SHOP, LARGE):
        assert _judge(profile, text)["status"] == INELIGIBLE


# ── guard: a ban protecting another business of the place named by 本市/本区 keeps protecting it
@pytest.mark.parametrize("text", [
    "供电企业不得向本市中小企业收取容量以外的接入费用。",
    "供热单位不得对本区小微企业设置额外的接入条件。",
])
def test_a_ban_protecting_businesses_of_the_place_stays_a_right(text):
    assert measure_kind(text)[0] == RIGHT


# ── lenders urged, the manner of their work first, then their own services to firms: the government's work with them
@pytest.mark.parametrize("text", [
    "引导商业银行结合知识产权服务机构的轻资产特点，开发信贷产品，为知识产权服务机构提供质押融资等金融服务。",
    "支持担保机构针对人力资源服务机构的资金周转需求，创新担保方式，向人力资源服务机构提供融资担保服务。",
])
def test_lenders_urged_with_the_manner_of_their_work_are_the_governments_work(text):
    m = annotated_measure(text, "test-own-people")
    assert m["kind"] == "duty"
    for profile in (SMALL, SHOP, LARGE):
        assert _judge(profile, text)["status"] == INELIGIBLE


# ── guard: lenders urged to a concrete relief beside their service stay a benefit to whom it is for
def test_lenders_urged_to_waive_a_fee_beside_their_service_stay_a_benefit():
    text = "鼓励银行根据小微企业的经营周期，为小微企业提供信用贷款，并减免贷款手续费。"
    assert annotated_measure(text, "test-own-people")["kind"] == "benefit"


# ── a grant made as another system of rules says ("按照…财务制度的规定予以…"): its terms are that system's, asked
def test_a_grant_on_the_terms_of_another_system_of_rules_is_asked():
    text = "餐饮企业购置节能灶具发生的费用，依照国家企业财务制度的规定予以税前扣除。"
    r = _judge(SMALL, text)
    assert r["status"] == "maybe"
    assert any("依照国家企业财务制度的规定予以" in q for q in r["missing"])


# ── guard: the same grant with its measure written in the text is not asked about other rules
def test_a_grant_with_its_own_measure_is_not_sent_to_other_rules():
    text = "餐饮企业购置节能灶具发生的费用，按照实际支出的20%予以补助。"
    r = _judge(SMALL, text)
    assert not any("规定" in q for q in r["missing"])


# ── the government a sentence opens with goes on acting in a later clause opened by an adverb ("…，逐步完善…")
@pytest.mark.parametrize("text, body, verb", [
    ("本市实行有利于废旧物资回收的收费政策，逐步完善垃圾处理计量收费制度，引导餐饮企业和居民减少厨余垃圾。", "本市", "完善"),
    ("区人民政府推行绿色出行的票价政策，积极健全公共交通差别票价机制，引导商户和市民错峰出行。", "区人民政府", "健全"),
])
def test_an_adverb_is_no_actor_the_opening_government_goes_on(text, body, verb):
    assert actor(text) == (body, verb)
    assert measure_kind(text, {0})[0] == DUTY  # even where a benefit word is seen: a pricing policy is its work


# ── guard: a business the sentence opens with is not replaced; a later clause naming its own party keeps it
def test_an_adverb_after_a_business_or_a_party_named_later_keep_their_reading():
    assert actor("小微企业实行弹性用工制度，逐步建立技能培训机制，享受区级培训补贴。") == ("逐步", "建立")
    assert actor("本市实行节水价格政策，用水企业应当安装用水计量设施。") == ("用水企业", "应当")


# ── the applicant (申请人) of a right is whoever the same article said applies: persons there, no business
@pytest.mark.parametrize("text", [
    "长期失业人员可以向户籍所在地街道公共就业服务机构申请公益性岗位安置资格认定。申请人对认定结论不服的，可以自收到结论之日起十日内申请复查。",
    "灵活就业人员可以向区社会保险经办机构申请社会保险补贴资格审核。区社会保险经办机构应当在十个工作日内完成审核。申请人对审核结果有异议的，可以申请复核。",
])
def test_an_applicants_recourse_is_of_the_persons_who_applied(text):
    for profile in (SMALL, SHOP, LARGE):
        r = _judge(profile, text)
        assert r["status"] == INELIGIBLE
        assert "本条面向个人；您是" + profile["entity_type"] in r["reasons"]


# ── guard: an applicant's recourse with nobody named as applying before stays any business's right
def test_an_applicants_recourse_alone_stays_a_right():
    text = "申请人对区商务部门作出的认定结论有异议的，可以自收到结论之日起十日内申请复核。"
    for profile in (SMALL, SHOP):
        assert _judge(profile, text)["status"] == "right"
