"""A date that says who qualifies is a condition, never the measure's end (issue 23 item 4, review of h-time34):
a receiver's own event dated by it (注册, 成立, 落户, 设立, 开办 …, before or after it) and the day a project already
supported must be finished by. The application's own last day (须于…前完成报名/提交) stays the deadline."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.deadlines import EXPIRED, UNKNOWN, VALID, extract_deadlines, measure_status, time_basis
from index.source.dates import APPLY, CONDITION, read_time


def _kinds(text: str, year: int | None, issued: str | None) -> list[tuple[str, str]]:
    return [(f.kind, f.date) for f in read_time(text, year, issued)]


@pytest.mark.parametrize("text, year, issued, day", [
    # an undated text (no date read, no year known): a registration bound is still who, not until when
    ("凡在2024年9月30日以前于本区完成登记注册的个体工商户，可领取一次性扶持资金1500元。", None, None, "2024-09-30"),
    # a span the receiver's founding falls in, its end already past
    ("对2023年7月1日至2025年6月30日期间新落户本区的软件企业，给予办公用房补贴。", 2026, "2026-02-10", "2025-06-30"),
    # the receiver's event written before its date
    ("对成立日期在2025年3月31日之前的科技型中小企业，给予研发费用补助。", None, None, "2025-03-31"),
    # those who had by then (截至…已…)
    ("截至2025年10月31日已在本区设立分支机构的企业，可申请落户奖励。", 2026, "2026-01-15", "2025-10-31"),
    # where the event begins (自…起新开办的): who is new, not when the measure starts
    ("自2026年9月1日起新开办的托育机构，给予每个托位5000元建设补助。", 2026, "2026-03-20", "2026-09-01"),
    # a project already granted support, to be finished by the day: a condition of the grant, even when late work loses it
    ("获得补助的智能化改造项目须于2026年10月31日前建成，逾期未建成的收回补助资金。", 2026, "2026-03-20", "2026-10-31"),
])
def test_a_date_on_who_qualifies_is_a_condition(text, year, issued, day):
    assert _kinds(text, year, issued) == [(CONDITION, day)]
    assert extract_deadlines(text, year, issued) == []
    assert time_basis(text, year, issued)["conditions"] == {day: text}


def test_a_condition_is_not_a_duty_s_end_either():
    # whatever kind the measure is read as, a condition on who never ends it
    text = "区商务局对2025年12月31日前开业的社区便利店给予一次性补贴。"
    assert time_basis(text, 2026, "2026-04-01", kind="duty")["deadlines"] == {}


def test_a_plan_whose_grant_is_for_those_registered_last_year_is_not_expired():
    text = "对2025年12月31日前注册的个体工商户给予一次性经营补贴2000元。"
    basis = time_basis(text, None, None, valid_until="2027-06-30")
    measure = {"deadlines": list(basis["deadlines"]), "valid_until": "2027-06-30", "tag_basis": basis,
               "document": {"title": "某区支持个体工商户发展的若干措施", "valid_until": "2027-06-30"}}
    assert measure_status(measure, date(2026, 12, 4)) == VALID
    undated = {**measure, "valid_until": None, "document": {"title": "某区支持个体工商户发展的若干措施"}}
    assert measure_status(undated, date(2026, 12, 4)) == UNKNOWN  # never 已过期 for the registration date


def test_a_starting_event_does_not_make_the_measure_not_yet_in_force():
    text = "自2026年9月1日起新开办的托育机构，给予每个托位5000元建设补助。"
    assert time_basis(text, 2026, "2026-03-20")["starts"] == {}


@pytest.mark.parametrize("text, year, issued, want", [
    # the application's own last day stays the deadline, whoever must hand it in
    ("拟参加展会的企业须于2026年10月31日前完成报名。", 2026, "2026-03-01", [(APPLY, "2026-10-31")]),
    ("获得支持的企业须于2026年10月31日前提交项目验收申请。", 2026, "2026-03-01", [(APPLY, "2026-10-31")]),
    ("对2026年6月30日前完成入驻登记的商户给予补贴。", 2026, "2026-03-01", [(APPLY, "2026-06-30")]),
])
def test_the_applicants_own_last_day_stays_the_deadline(text, year, issued, want):
    assert _kinds(text, year, issued) == want
    assert extract_deadlines(text, year, issued) == [want[0][1]]


def test_a_future_day_to_enter_by_in_a_dated_text_stays_the_last_day_to_enter():
    # the readers' convention: new entrants up to a day still to come; after it nobody new can enter
    text = "本项补贴适用于2027年3月31日前新入驻的企业。"
    assert extract_deadlines(text, 2026, "2026-05-01") == ["2027-03-31"]


def test_project_work_whose_lateness_excludes_the_applicant_stays_the_end():
    # work the applicant does before it can claim (not one already supported): late, it gets nothing
    text = "门店改造须于2026年11月15日前完工并通过验收，逾期不予补助。"
    assert extract_deadlines(text, 2026, "2026-03-01") == ["2026-11-15"]
    assert measure_status({"deadlines": extract_deadlines(text, 2026, "2026-03-01"), "tag_basis": {},
                           "document": {"title": "某区若干措施"}}, date(2026, 12, 4)) == EXPIRED


def test_check_shows_a_condition_date_as_no_end():
    from index.check import measure_line

    text = "对2025年6月30日以前在本区开业的社区菜店，给予一次性补贴3000元。"
    record = {"number": 2, "kind_basis": "给予一次性补贴", "valid_until": "2027-12-31",
              "tag_basis": {k: v for k, v in time_basis(text, 2026, "2026-02-01").items() if v}}
    assert measure_line(record, "可申请的支持").endswith(
        f"期限：文件有效期至2027-12-31；条件日期2025-06-30，不是期限（依据“{text}”）")


@pytest.mark.parametrize("text, asked", [
    ("对2023年7月1日至2025年6月30日期间成立的科技型小微企业给予房租补贴，每家最高5万元。",
     "2023年7月1日至2025年6月30日期间成立"),
    ("对2025年6月30日以后在本区设立的科技型小微企业给予开办补贴1万元。", "2025年6月30日以后在本区设立"),
])
def test_a_dated_founding_of_the_receiver_is_asked_never_offered_outright(text, asked):
    from tests.kit import judged, visitors

    visitor = {**visitors("怀柔区")[0], "size": "小型", "industries": ["制造业"], "traits": ["科技型中小企业"]}
    r = judged(visitor, text, doc_id="test-time-conditions", district="怀柔区", today=date(2026, 12, 4))
    assert r["status"] == "maybe" and f"是否满足本条写明的条件：“{asked}”？" in r["missing"]


def test_a_grant_without_a_dated_founding_is_not_asked_about_one():
    from tests.kit import judged, visitors

    visitor = {**visitors("怀柔区")[0], "size": "小型", "industries": ["制造业"], "traits": ["科技型中小企业"]}
    r = judged(visitor, "对科技型小微企业给予房租补贴，每家最高5万元。", doc_id="test-time-conditions", district="怀柔区",
               today=date(2026, 12, 4))
    assert r["status"] == "eligible" and r["missing"] == []
