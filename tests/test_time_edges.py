"""Edges of the time wordings a reviewer found (2026-12-05): a period's end at a month's end or a leap day,
当年内 after a business's own event, 为期 of what is done or given, and a typo month in a yearly window —
each read as the text means, never as the document's end or a build's crash."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.deadlines import extract_deadlines
from index.source.dates import add_period
from index.source.windows import _spec


@pytest.mark.parametrize("start, years, months, end", [
    (date(2026, 1, 31), 0, 1, date(2026, 2, 28)),   # 2月没有31日: the month's last day
    (date(2026, 3, 31), 0, 1, date(2026, 4, 30)),
    (date(2026, 8, 31), 0, 6, date(2027, 2, 28)),
    (date(2024, 2, 29), 1, 0, date(2025, 2, 28)),
    (date(2026, 7, 1), 2, 0, date(2028, 6, 30)),    # the day before the corresponding day
    (date(2026, 3, 15), 0, 1, date(2026, 4, 14)),
])
def test_a_period_ends_on_the_day_before_its_corresponding_day_or_the_months_last(start, years, months, end):
    assert add_period(start, years=years, months=months) == end


@pytest.mark.parametrize("text", [
    "新设立的企业须在设立当年内提出申请。",
    "企业获得认定的当年内可申请一次性奖励。",
    "毕业当年内创业的高校毕业生可申请创业补贴。",
    "对参加为期3个月的职业技能培训的企业职工给予培训补贴。",
    "对企业组织开展为期一年的新型学徒制培训的，给予补贴。",
    "对租用国有房屋的小微企业，免除为期6个月的租金。",
    "认定结果三年内有效。",
])
def test_a_businesss_own_year_or_the_length_of_what_is_given_is_not_the_measures_end(text):
    assert extract_deadlines(text, 2026, "2026-03-01", "2026-03-01") == []


@pytest.mark.parametrize("text, end", [
    ("本措施自印发之日起实施，为期三年。", "2029-02-28"),
    ("本方案为期两年。", "2028-02-29"),
    ("符合条件的门店应于当年内向街道提出申请。", "2026-12-31"),
])
def test_the_texts_own_period_and_year_are_still_read(text, end):
    assert extract_deadlines(text, 2026, "2026-03-01", "2026-03-01") == [end]


@pytest.mark.parametrize("words", ["奖励申请于每年13月底前集中受理。", "每月0日前申报补贴。", "每年6月32日前申报。"])
def test_a_window_on_a_month_or_day_no_calendar_has_is_not_read(words):
    assert _spec(words) is None


def test_a_yearly_window_is_read():
    assert _spec("每年6月底前申报") == (12, 6, None)
