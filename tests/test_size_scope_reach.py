"""How far words about size reach (issue 23, review 35 A1-A3 and B1): a preamble's 面向… declares the document's scope
only when the document is what faces the party; a heading about sizes working together (大中小企业融通) scopes no size; an
exclusion that names the grant it withholds holds for that grant's clause only; a size list that is the act's counterpart
(与/向/从… 大中型企业) or an inclusive note (含/包括…) names no receiver. Mechanism: index/facts/size_scope.py."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.size_scope import facing, listed_sizes, scope_sizes
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
OFFERED = {ELIGIBLE, MAYBE}
TITLE = "某区关于推动企业发展的若干措施"


def _status(size: str, measure: dict) -> str:
    profile = {"district": "朝阳区", "entity_type": "企业", "size": size, "industries": ["制造业"], "traits": [],
               "situations": None}
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


def _offered(measure: dict) -> set[str]:
    return {size for size in ("大型", "中型", "小型", "微型") if _status(size, measure) in OFFERED}


@pytest.mark.parametrize("preamble", [
    "为建设面向小微企业的综合金融服务体系，促进全区经济发展，制定以下措施。",  # a thing faces them, not the document
    "为推动各类企业创新发展，本方案主要面向中小企业，同时兼顾大型企业，制定如下措施。",  # mainly, not only
    "本措施优先面向中小微企业。",
    "近年来区政府面向中小企业开展了大量服务工作。",  # the government's past work, not the document's scope
])
def test_a_preamble_facing_smes_in_passing_declares_no_scope(preamble):
    assert facing(TITLE, [preamble]) == ""


@pytest.mark.parametrize("title, preamble, party", [
    (TITLE, "为稳定市场预期，本方案面向全区中小企业，制定以下措施。", "中小企业"),
    ("某区关于面向中小微企业的若干支持政策", "为稳定市场预期，制定以下措施。", "中小微企业"),
    (TITLE, "为帮助企业纾困，本区出台的下列措施均面向小微企业。", "小微企业"),
])
def test_a_document_that_faces_smes_still_declares_its_scope(title, preamble, party):
    assert facing(title, [preamble]) == party


def _under(text: str, **where: str) -> dict:
    """A measure of `text` with the document's declared party or its part's heading (`where`), derived as the build does."""
    from index.records import annotate_measure
    m = {"id": "t/1", "number": 1, "district": "朝阳区", "flags": [], "responsible_units": [], "text": text,
         "document": {"id": "t", "published": "2026-03-01"}, **{k: v for k, v in where.items() if v}}
    m.update(annotate_measure(m, m["document"]))
    return m


def test_a_bare_enterprise_under_a_passing_facing_stays_open_to_a_large_firm():
    text = "对企业新建智能工厂的，给予最高200万元补贴。"
    passing = _under(text, facing=facing(TITLE, ["为建设面向小微企业的综合金融服务体系，制定以下措施。"]))
    assert "大型" in _offered(passing)
    declared = _under(text, facing=facing(TITLE, ["为稳定市场预期，本方案面向全区小微企业，制定以下措施。"]))
    assert _offered(declared) == {"小型", "微型"}


@pytest.mark.parametrize("heading", ["三、促进大中小企业协同发展", "二、推动大中小微企业融通创新",
                                     "（一）发挥龙头企业带动中小企业作用"])
def test_a_heading_about_sizes_together_scopes_no_size(heading):
    assert scope_sizes(heading) is None


def test_a_measure_under_a_heading_about_sizes_together_is_open_to_a_large_firm():
    m = _under("对企业牵头建设产业创新中心的，给予最高300万元支持。", section="一、深化大中小企业融通发展")
    assert m["sizes"] == []
    assert _offered(m) == {"大型", "中型", "小型", "微型"}


def test_a_heading_that_declares_smes_still_narrows():
    assert scope_sizes("二、扶持中小企业开拓市场")[0] == ["中型", "小型", "微型"]
    assert scope_sizes("三、支持小微企业稳岗")[0] == ["小型", "微型"]


def test_an_exclusion_that_names_its_grant_leaves_the_other_grant_open():
    m = annotated_measure("对企业通过国家级技术中心认定的，给予80万元奖励；通过区级技术中心认定的，给予20万元奖励，"
                          "大型企业不享受区级奖励。", "t-part")
    assert _status("大型", m) in OFFERED  # the national 80万 is not withheld
    clauses = m["eligibility"]["clauses"]
    district = [c for c in clauses if "区级技术中心" in c["line"]]
    national = [c for c in clauses if "国家级技术中心" in c["line"]]
    assert district and all("大型" not in c["sizes"] and c["sizes"] for c in district)
    assert national and all(not c["sizes"] for c in national)


@pytest.mark.parametrize("text", [
    "对企业购置研发设备的，给予10%补贴；对企业引进高端人才的，给予每人5万元奖励，大型企业除外。",
    "对企业购置研发设备的，给予10%补贴；对企业引进高端人才的，给予每人5万元奖励。大型企业不享受本项政策。",
])
def test_an_exclusion_that_names_no_grant_still_holds_for_the_whole_measure(text):
    m = annotated_measure(text, "t-whole")
    assert _status("大型", m) == INELIGIBLE
    assert _status("小型", m) in OFFERED


@pytest.mark.parametrize("text", [
    "对本区企业向中型、小型企业购买技术服务的", "对企业（包括大中型企业）开展职工培训的", "对企业与小型、微型企业共建实验室的",
    "对企业为大中型企业提供配套产品的",
])
def test_a_counterpart_or_inclusive_size_list_is_no_receiver(text):
    assert listed_sizes(text) is None


def test_a_size_list_that_is_the_receiver_is_still_read():
    assert listed_sizes("对被认定为小型、微型企业的")[0] == ["小型", "微型"]
    assert listed_sizes("对本区中型和小型企业")[0] == ["中型", "小型"]


@pytest.mark.parametrize("text", [
    "对本区企业与大中型企业共建联合实验室的，给予最高100万元补贴。",
    "对企业（包括大中型企业）建设共享用工平台的，给予最高30万元补贴。",
    "对本区企业从小型、微型企业采购首购产品的，按照采购金额的3%给予奖励。",
])
def test_a_measure_naming_sizes_as_partners_or_inclusively_is_open_to_every_size(text):
    assert _offered(annotated_measure(text, "t-partner")) == {"大型", "中型", "小型", "微型"}
