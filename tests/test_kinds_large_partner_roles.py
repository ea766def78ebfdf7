"""Which partner of a large firm and small firms a grant is for (issue 23 item 3, review finding 9). The large
partner is the context of the small firms' grant only where the grant is theirs — measured by their share or input,
or naming them again (tests/test_kinds_large_partner.py). A grant to the joint act of a firm named large by its size
("对大型企业和中小企业共同建设产业创新平台的，给予补贴") is both partners'; a grant to the role the large firm plays
(采购方, 牵头单位) is the large firm's, not the small sellers'. The first two sentences are the reviewer's; the others
are the tests' own."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
DISTRICT = "朝阳区"
RESTAURANT, SHOP, LARGE = visitors(DISTRICT)
LEADING = {**LARGE, "traits": ["产业链龙头企业"]}


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [annotated_measure(text, "test-large-partner-roles", district=DISTRICT)], TODAY)
    return r["status"]


def test_a_grant_to_the_joint_act_of_a_large_and_small_firms_is_both_partners():
    for text in ("对大型企业和中小企业共同建设产业创新平台的，给予最高500万元补贴。",
                 "大型企业与中小企业共同开展首台（套）装备示范应用的，给予最高100万元奖励。",
                 "对大型企业和中小企业协同建设中试基地的，给予一次性补助100万元。"):
        assert _status(LARGE, text) != INELIGIBLE, text
        assert _status(RESTAURANT, text) != INELIGIBLE, text


def test_a_grant_to_the_role_the_large_firm_plays_is_not_the_small_sellers():
    text = "对龙头企业与中小企业签订采购合同、年度采购额超过1000万元的，给予采购方最高100万元奖励。"
    assert _status(RESTAURANT, text) == INELIGIBLE
    assert _status(LEADING, text) == MAYBE
    for text in ("对大型企业与本区中小企业签订长期供货协议、采购中小企业产品年度金额超过500万元的，给予采购方一次性奖励30万元。",
                 "大型企业与中小企业组成创新联合体承担市级重大科技项目的，对牵头单位按项目经费的10%给予配套支持。"):
        assert _status(RESTAURANT, text) == INELIGIBLE, text
        assert _status(LARGE, text) != INELIGIBLE, text


def test_the_small_firms_grant_beside_a_partner_named_by_standing_stays_theirs():
    # no party named again, the large one only by its standing (龙头企业): the small firms' grant, as before
    text = "支持大中小企业融通创新，对龙头企业与中小企业联合组建创新联合体的，给予最高300万元资金支持。"
    assert _status(RESTAURANT, text) != INELIGIBLE
    assert _status(LARGE, text) == INELIGIBLE
    # measured by the small firms' share: theirs
    text = "对大型企业与中小企业组成联合体承接本区重点工程的，按照联合体中中小企业承担部分的合同金额给予1%奖励。"
    assert _status(LARGE, text) == INELIGIBLE
    assert _status(RESTAURANT, text) != INELIGIBLE
