"""A date that says who qualifies is asked in 资格自查, never dropped from both the end and the questions (review 34
A4): the dates reader keeps it off the measure's end, eligibility asks it with the clause that dates it. A facility
or project the grant supports, finished by a day, is no event of the receiver: that day stays the end; and with no
date of the text known, a day a business can still act by stays the end as before."""
from __future__ import annotations

from datetime import date

import pytest

from index.evaluation_kinds import VISITORS
from index.facts.eligibility import MAYBE
from index.source.dates import CONDITION, read_time
from tests.kit import judged

SMALL = VISITORS["朝阳小餐馆"]
DOCUMENT = {"title": "某区支持企业发展的若干措施", "published": "2026-02-01", "signed": "2026-02-01"}


def _kinds(text: str, year: int | None = None, issued: str | None = None) -> list[tuple[str, str]]:
    return [(f.kind, f.date) for f in read_time(text, year, issued)]


@pytest.mark.parametrize("text, words", [
    # those who had moved in by a past day: whenever they apply
    ("截至2025年11月30日已在本区完成迁入的研发中心企业，按照其当年研发投入的10%给予补助。",
     "截至2025年11月30日已在本区完成迁入的研发中心企业"),
    # a founding before a past day, in a dated text
    ("对2025年10月31日前开业的社区餐饮门店，给予一次性经营补贴3000元。", "2025年10月31日前开业"),
])
def test_a_date_on_who_qualifies_is_asked_with_its_clause(text, words):
    assert [kind for kind, _ in _kinds(text, 2026, DOCUMENT["signed"])] == [CONDITION]
    verdict = judged(SMALL, text, today=date(2026, 6, 1), district="朝阳区", document=DOCUMENT)
    assert verdict["status"] == MAYBE
    asked = [q["text"] for q in verdict["questions"]]
    assert len([q for q in asked if q.startswith("是否满足本条写明的条件：“") and words in q]) == 1


def test_a_dated_founding_span_is_asked_once():
    text = "2025年3月1日至2025年12月31日期间新开办的小微企业，给予一次性开办补贴5000元。"
    verdict = judged(SMALL, text, today=date(2026, 6, 1), district="朝阳区", document=DOCUMENT)
    dated = [q["text"] for q in verdict["questions"] if "2025年3月1日" in q["text"]]
    assert len(dated) == 1


def test_a_supported_facility_finished_by_a_day_keeps_that_day_as_its_end():
    # no date of the text known: the facility must be running by then, the day ends the offer
    text = "对2026年6月30日前建成并投入运营的社区充电站，按照建设投资的15%给予补贴。"
    assert _kinds(text) == [("end", "2026-06-30")]
    # in a dated text too (the receiver is the facility's owner, its completion no event of who it is)
    assert _kinds(text, 2026, "2026-02-01") == [("end", "2026-06-30")]


def test_a_business_act_by_a_day_in_an_undated_text_stays_the_end():
    text = "对2026年5月31日前签约并迁入本区的研发机构，给予一次性迁入奖励20万元。"
    assert [kind for kind, _ in _kinds(text)] != [CONDITION]
    assert [day for _, day in _kinds(text)] == ["2026-05-31"]


@pytest.mark.parametrize("text, year, issued", [
    # a firm that was finished and producing by a past day: its completion is who it is
    ("对2025年6月30日前建成投产的制造企业，给予技术改造奖励。", 2026, "2026-02-01"),
    # a founding before a day in an undated text stays a condition on who (as before)
    ("对2025年8月31日前登记成立的家政服务企业，给予一次性补助。", None, None),
    # and 截至…已… whatever the text's date
    ("截至2026年1月31日已入驻本区孵化基地的企业，给予房租减免。", None, None),
])
def test_conditions_on_who_stay_conditions(text, year, issued):
    assert [kind for kind, _ in _kinds(text, year, issued)] == [CONDITION]
