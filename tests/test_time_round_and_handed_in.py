"""Two ways plans date an application round (issue 23 item 4, "Deadlines in the ways official texts write them"), on
wordings written for this test (index/source/dates.py):
  - a round named by its period, then the day it closes ("第三季度申报于9月15日前截止", "上半年集中受理，5月31日截止"): the
    closing day is the applicant's last day; the period's end (read as "第三季度申报") was taken as the later end;
  - an application handed in within a period, without a modal ("奖励申请于2027年上半年提交", "申请材料于第一季度报送"): its end
    is the applicant's last day; it gave no date (only 须/应 + 于 + a period was read)."""
from __future__ import annotations

import pytest

from index.facts.deadlines import time_basis


@pytest.mark.parametrize("text, end", [
    ("2027年第三季度申报于9月15日前截止，逾期不予受理。", "2027-09-15"),
    ("2027年上半年集中申报，5月31日截止。", "2027-05-31"),
    ("本项补贴2027年下半年申请至11月20日止。", "2027-11-20"),
])
def test_a_round_named_by_its_period_closes_on_its_day(text, end):
    assert list(time_basis(text, 2026, "2026-03-01")["deadlines"]) == [end]


@pytest.mark.parametrize("text, end", [
    ("上一年度营业收入达标的，奖励申请于2027年上半年提交。", "2027-06-30"),
    ("申请材料于2027年第一季度报送区商务局。", "2027-03-31"),
    ("贴息申请于2027年第二季度内递交合作银行。", "2027-06-30"),
])
def test_an_application_handed_in_within_a_period_ends_with_it(text, end):
    assert list(time_basis(text, 2026, "2026-03-01")["deadlines"]) == [end]


def test_guard_a_period_round_alone_and_a_body_within_a_period():
    assert list(time_basis("2027年上半年集中申报。", 2026, "2026-03-01")["deadlines"]) == ["2027-06-30"]
    # a body handing in its own report is its work, not the applicant's last day
    assert "2027-06-30" not in time_basis("区商务局于2027年上半年向区政府报送实施情况，对达标企业给予奖励。", 2026, "2026-03-01",
                                          kind="benefit")["deadlines"]
    # a payment after the round is not its close
    assert list(time_basis("2027年上半年申报，区财政局于9月30日前拨付。", 2026, "2026-03-01")["deadlines"]) == ["2027-06-30"]


@pytest.mark.parametrize("text", [
    # another stage ending later, in the next clause, is not the round's close (review 32, P7)
    "2027年第一季度集中申报，材料审核至2027年5月31日止。",
    "2027年第一季度集中申报，名单公示于2027年4月20日结束。",
    "2027年第一季度集中申报，专家评审于2027年5月10日前结束。",
])
def test_a_later_stage_does_not_close_the_round(text):
    assert list(time_basis(text, 2026, "2026-03-01")["deadlines"]) == ["2027-03-31"]


def test_guard_the_round_closed_in_the_next_clause():
    assert list(time_basis("2027年第一季度集中申报，申报于2027年3月15日截止。", 2026, "2026-03-01")["deadlines"]) == ["2027-03-15"]
