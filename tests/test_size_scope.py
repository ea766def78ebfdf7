"""Whose benefit, by size and kind of business (issue 23 item 3): plans written for these tests (tests/sizeprobe/) restrict
who may apply in the ways official Chinese does; 资格自查 must never offer a 中小企业 / 小微企业 grant to a large firm (可以申请
or 需确认), nor an 个体工商户 grant to an enterprise or the reverse, while grants a large firm may have (大中型企业, 各类企业,
经营主体) stay offered to it. Mechanism: index/facts/size_scope.py (exclusions, sizes listed one by one, 所称企业是指…,
a part heading or the party the document faces, 面向…, over a bare 企业)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from index.facts.eligibility import ELIGIBLE, INELIGIBLE, MAYBE, eligible
from index.facts.size_scope import defined_sizes, excluded_sizes, facing, listed_sizes, scope_sizes
from index.importer import read_document
from index.records import measure_records
from tests.kit import annotated_measure

TODAY = date(2026, 12, 4)
PROBES = Path(__file__).parent / "sizeprobe"
OFFERED = {ELIGIBLE, MAYBE}


def _visitor(district: str, entity: str = "企业", size: str | None = "大型") -> dict:
    return {"district": district, "entity_type": entity, "size": size if entity == "企业" else None,
            "industries": ["制造业"], "traits": [], "situations": None}


def _measures(name: str, district: str) -> dict[int, dict]:
    doc_id, _, doc = read_document(PROBES / name, district, None)
    return {m["number"]: m for m in measure_records(doc_id, doc)}


def _status(profile: dict, measure: dict) -> str:
    [r] = eligible(profile, [measure], TODAY)
    return r["status"]


# measures of the 通州 probe restricted to SMEs in a way the receiver adjective alone does not say, or in any way
SME_ONLY = [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 25, 26, 27, 28, 29, 30, 31, 32, 34]


@pytest.fixture(scope="module")
def tongzhou():
    return _measures("tongzhou_size_probe.txt", "通州区")


@pytest.mark.parametrize("number", SME_ONLY)
def test_a_grant_restricted_to_smes_is_never_offered_to_a_large_firm(tongzhou, number):
    assert _status(_visitor("通州区"), tongzhou[number]) == INELIGIBLE, tongzhou[number]["text"]


@pytest.mark.parametrize("number, sizes", [(15, {"中型", "小型", "微型"}), (28, {"小型", "微型"}),
                                           (32, {"中型", "小型", "微型"}), (35, {"大型", "中型"})])
def test_an_exclusion_or_a_list_of_sizes_is_read_whole(tongzhou, number, sizes):
    """"大型企业不纳入支持范围", "大型企业除外" (never read as the receiver), "小型、微型企业", "大中型企业"."""
    for size in ("大型", "中型", "小型", "微型"):
        assert (_status(_visitor("通州区", size=size), tongzhou[number]) in OFFERED) == (size in sizes), size


@pytest.mark.parametrize("number", [18, 19, 20, 21, 35])
def test_grants_a_large_firm_may_have_stay_offered_to_it(tongzhou, number):
    assert _status(_visitor("通州区"), tongzhou[number]) in OFFERED, tongzhou[number]["text"]


@pytest.mark.parametrize("number, enterprise, individual", [(17, False, True), (18, True, False), (19, True, True),
                                                            (20, True, True), (21, True, True), (33, False, True),
                                                            (34, True, True), (5, True, True)])
def test_an_individual_business_and_an_enterprise_each_get_what_names_them(tongzhou, number, enterprise, individual):
    """个体工商户 only, 企业 only, both named, 经营主体 / 市场主体 / 小微主体 (both kinds)."""
    small = _visitor("通州区", size="小型")
    assert (_status(small, tongzhou[number]) in OFFERED) == enterprise
    assert (_status(_visitor("通州区", "个体工商户"), tongzhou[number]) in OFFERED) == individual


def test_a_part_heading_and_the_documents_party_restrict_a_bare_enterprise():
    """"关于面向小微企业的…措施" over "第一部分　支持中小企业融资" / "第二部分　支持企业拓展市场": 小微 for every bare 企业."""
    measures = _measures("shunyi_heading_probe.txt", "顺义区")
    for number in (1, 2, 3, 4):
        offered = {size for size in ("大型", "中型", "小型", "微型")
                   if _status(_visitor("顺义区", size=size), measures[number]) in OFFERED}
        assert offered == {"小型", "微型"}, measures[number]["text"]


def test_a_preamble_facing_smes_restricts_a_bare_enterprise_but_not_all_enterprises():
    measures = _measures("yanqing_preamble_probe.txt", "延庆区")
    assert _status(_visitor("延庆区"), measures[1]) == INELIGIBLE  # "对企业开展节假日促销活动的"
    assert _status(_visitor("延庆区", size="中型"), measures[1]) in OFFERED
    assert _status(_visitor("延庆区"), measures[3]) in OFFERED  # "对各类企业招用本区劳动力的"


def test_a_section_heading_passed_with_the_measure_restricts_it():
    from index.records import annotate_measure
    m = {"id": "t/1", "number": 1, "district": "朝阳区", "flags": [], "responsible_units": [],
         "section": "三、帮助小型微型企业降低用工成本", "text": "对企业新招用应届高校毕业生的，每人给予2000元补贴。",
         "document": {"id": "t", "published": "2026-03-01"}}
    m.update(annotate_measure(m, m["document"]))
    assert m["sizes"] == ["小型", "微型"]
    assert _status(_visitor("朝阳区"), m) == INELIGIBLE


def test_an_exclusion_in_a_sentence_of_its_own():
    text = "对开展直播带货的企业，按照场地租赁费用的20%给予补贴。大中型企业不享受本项政策。"
    m = annotated_measure(text, "t-excl")
    assert _status(_visitor("朝阳区"), m) == INELIGIBLE
    assert _status(_visitor("朝阳区", size="中型"), m) == INELIGIBLE
    assert _status(_visitor("朝阳区", size="小型"), m) in OFFERED


@pytest.mark.parametrize("text, sizes", [
    ("给予补贴，大型企业除外", ["大型"]), ("不包括大中型企业", ["大型", "中型"]),
    ("大型企业不纳入本次支持范围", ["大型"]), ("对中小企业给予补贴", None),
])
def test_excluded_sizes(text, sizes):
    found = excluded_sizes(text)
    assert (found[0] if found else None) == sizes


@pytest.mark.parametrize("text, sizes", [
    ("对小型、微型企业", ["小型", "微型"]), ("对大中型企业", ["大型", "中型"]), ("对中型和小型企业", ["中型", "小型"]),
    ("对小型企业", None),
])
def test_listed_sizes(text, sizes):
    found = listed_sizes(text)
    assert (found[0] if found else None) == sizes


def test_scope_and_defined_sizes():
    assert scope_sizes("第一部分　支持中小企业融资")[0] == ["中型", "小型", "微型"]
    assert scope_sizes("第二部分　支持企业拓展市场") is None
    assert defined_sizes("本条所称企业，是指符合《中小企业划型标准规定》的小微企业。")[0] == ["小型", "微型"]
    assert defined_sizes("本条所称的知识产权，是指专利。") is None


def test_the_party_a_document_faces():
    assert facing("某区关于促进消费的若干措施", ["为激发活力，本措施面向本区小微企业，制定以下措施。"]) == "小微企业"
    assert facing("某区关于面向中小企业的若干措施", []) == "中小企业"
    # a title that only names a party declares no scope over its bare 企业
    assert facing("某区关于支持科技型小微企业发展的若干措施", ["为激发活力，制定以下措施。"]) == ""


@pytest.mark.parametrize("text", [
    "对企业招用退役军人的，给予补贴。其中，大型企业不在支持之列。",
    "对企业购买云服务的，给予补贴，大型企业不属于本项支持对象。",
])
def test_an_exclusion_written_as_not_among_those_supported(text):
    m = annotated_measure(text, "t-among")
    assert _status(_visitor("朝阳区"), m) == INELIGIBLE
    assert _status(_visitor("朝阳区", size="小型"), m) in OFFERED


def test_a_bound_on_registered_capital_is_asked_never_offered_outright():
    """"注册资本500万元以下的企业": a restriction the visitor's profile cannot settle is 需确认, never 可以申请; it says
    nothing of the size class (a large firm may have registered little), so a large firm is asked too."""
    m = annotated_measure("对注册资本500万元以下的企业购买检测服务给予补贴。", "t-capital")
    assert _status(_visitor("朝阳区"), m) == MAYBE
    assert _status(_visitor("朝阳区", size="小型"), m) == MAYBE
