"""A large firm named as the partner small firms team up with is not a receiver (issue 23, "a 中小企业 benefit is never
offered to a large enterprise"): "大型企业与中小企业组成联合体参与投标的，按照中小企业承担部分计算预留份额" gives the
reservation to the small firms' share; the large partner is the context. A grant that names the large firm again after
the partnership is its too. Likewise a grant to a part of the receivers ("其中由个体工商户转型而来的，奖励增加…") is for those
receivers: the party it names is what they were, not another receiver. Every sentence here was written for these tests (none copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from index.facts.receivers import without_large_partner
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "顺义区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-large-partner", district=DISTRICT)], TODAY)
    return r


def test_the_large_partner_is_blanked_only_where_the_grant_does_not_name_it_again():
    assert "大型企业" not in without_large_partner("大型企业与中小企业组成联合体参加投标的，按中小企业所占份额计算。")
    assert "龙头企业" not in without_large_partner("中小企业与龙头企业联合开展技术攻关的，给予中小企业补助。")
    kept = "大型企业与中小企业开展配套协作的，对牵头的大型企业给予一次性奖励。"
    assert without_large_partner(kept) == kept


def test_a_consortium_share_reserved_for_small_firms_is_not_offered_to_the_large_partner():
    text = ("政府采购工程项目预留30%以上份额面向中小企业。中小企业与大型企业组成联合体参与投标的，联合协议约定中小企业"
            "承担的合同金额计入预留份额。")
    r = _judge(LARGE, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_a_joint_project_grant_to_the_small_firms_is_not_the_large_partners():
    text = "鼓励协同创新。本区小微企业与龙头企业共同承担技术攻关项目的，按照小微企业实际投入的20%给予补助，最高50万元。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_a_grant_naming_the_large_firm_again_after_the_partnership_is_offered_to_it():
    text = "大型企业与中小企业开展配套协作，年度采购中小企业产品超过1000万元的，对大型企业给予一次性奖励50万元。"
    assert _judge(LARGE, text)["status"] != INELIGIBLE


def test_a_grant_to_a_part_of_the_receivers_names_what_they_were_not_another_receiver():
    # "其中由个体工商户转型而来的": the receivers are still the enterprises; an individual business is not offered it
    text = ("对2026年首次达到限额以上标准的住宿、餐饮企业，给予一次性奖励8万元；其中由个体工商户升级而来的，"
            "奖励增加1万元。")
    r = _judge(SHOP, text)
    assert r["status"] == INELIGIBLE, r["reasons"]
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_a_part_named_among_the_receivers_keeps_its_own_narrower_size():
    text = "对本区中小企业新招用高校毕业生的，每人给予3000元补贴；其中，小微企业招用的，每人再增加补贴1000元。"
    m = annotated_measure(text, "test-large-partner", district=DISTRICT)
    sizes = [c["sizes"] for c in m["eligibility"]["clauses"]]
    assert sizes == [["中型", "小型", "微型"], ["小型", "微型"]], sizes


def test_a_large_firm_named_as_the_owner_of_the_chain_small_firms_enter_is_not_a_receiver():
    text = "支持大中小企业融通发展，对本区中小企业首次进入大型企业供应链的，按照首年供货合同金额的3%给予中小企业奖励。"
    assert _judge(LARGE, text)["status"] == INELIGIBLE
    r = _judge(RESTAURANT, text)
    assert r["status"] == MAYBE and any("供应链" in q for q in r["missing"]), r["reasons"]


def test_the_party_named_right_after_the_grant_verb_is_the_receiver():
    # the leading firm is granted for bringing the small ones in: it is not asked to be small
    text = "对链主企业带动本区中小企业进入其供应链的，给予链主企业一次性奖励20万元。"
    m = annotated_measure(text, "test-large-partner", district=DISTRICT)
    assert [c["sizes"] for c in m["eligibility"]["clauses"]] == [[]]
    # a bare head after 给予 is the party named before, with its size
    m = annotated_measure("对小微企业新招用本区户籍劳动力的，给予企业每人2000元补贴。", "test-large-partner", district=DISTRICT)
    assert [c["sizes"] for c in m["eligibility"]["clauses"]] == [["小型", "微型"]]
