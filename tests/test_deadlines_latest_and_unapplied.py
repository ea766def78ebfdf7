"""Ways plans write when a measure ends (issue 23 item 4), on sentences written for these tests:
  - a rolling window capped by a last day written "最晚不超过…" / "最迟不得超过…": that day is the applicant's deadline;
  - a grant nobody applies for (免申即享, 直接拨付至企业账户) whose condition names a year ("对2026年度…的企业") and whose
    money is paid after that year: the day it is paid by ends the measure, not the year of its condition;
  - a year's end written with the year twice ("2026年年底前") is that year's end, as "2026年底前" is;
  - the last call named as such ("最后申报日期：…", "最后一次申报为…") is the deadline;
  - a body's own work due by a year's end ("区…局于2026年底前建成…") is not the applicant's deadline;
  - a half or a quarter of a year the rewarded event falls in ("2027年上半年新增…", "2026年第四季度内新招用…的") ends it,
    as a year does ("2026年度新认定…")."""
from __future__ import annotations

import pytest

from index.facts.deadlines import extract_deadlines


@pytest.mark.parametrize("text, end", [
    ("设备补贴按批次受理，每批次自公告之日起开放60天，最晚不超过2027年6月30日。", "2027-06-30"),
    ("补贴申请应在设备安装后2个月内提交，最迟不得超过2027年2月28日。", "2027-02-28"),
])
def test_the_cap_of_a_rolling_window_is_the_deadline(text, end):
    assert extract_deadlines(text, 2026) == [end]


def test_an_unapplied_grant_ends_when_it_is_paid_not_with_the_year_of_its_condition():
    text = ("对2026年度首次通过高新技术企业认定的本区企业，给予一次性奖励15万元。奖励实行免申即享，由区科委核对名单后"
            "于2027年4月底前直接拨付至企业账户。")
    assert max(extract_deadlines(text, 2026)) == "2027-04-30"


def test_a_grant_applied_for_keeps_its_own_last_day():
    text = ("对2026年度首次通过高新技术企业认定的本区企业，给予一次性奖励15万元。企业须于2027年1月31日前提交申请，"
            "奖励资金于2027年4月底前拨付。")
    assert extract_deadlines(text, 2026) == ["2027-01-31"]


def test_a_years_end_written_with_the_year_twice_is_that_years_end():
    # "2026年年底前" as "2026年底前": a condition to be met by then ends the grant for those who have not
    text = "对2026年年底前完成股份制改造的本区小微企业，给予一次性奖励3万元。"
    assert extract_deadlines(text, 2026) == ["2026-12-31"]


@pytest.mark.parametrize("text, end", [
    ("最后申报日期：2027年6月30日。", "2027-06-30"),
    ("企业应于每年10月31日前提交上年度申请，本措施执行期内最后一次申报为2028年10月31日。", "2028-10-31"),
])
def test_the_last_call_named_as_such_is_the_deadline(text, end):
    assert max(extract_deadlines(text, 2026)) == end


def test_a_bodys_own_year_end_is_not_the_end_of_the_service_it_then_gives():
    # "区经信局于2026年底前建成…平台，为…免费提供…": the body's work is done by then, the free service goes on after it
    text = "区经济和信息化局于2026年底前建成工业互联网公共服务平台，为中小企业免费提供设备上云诊断服务。"
    assert extract_deadlines(text, 2026) == []
    assert extract_deadlines("企业须于2026年底前提交申请。", 2026) == ["2026-12-31"]  # the applicant's own step


@pytest.mark.parametrize("text, end", [
    ("对本区小微企业2027年上半年新增的首贷，按照利息的30%给予贴息。", "2027-06-30"),
    ("2026年第四季度内新招用本区户籍劳动力的小微企业，每人给予补贴2000元。", "2026-12-31"),
])
def test_a_half_or_a_quarter_the_event_falls_in_ends_the_grant(text, end):
    assert extract_deadlines(text, 2026, issued="2026-06-01") == [end]


@pytest.mark.parametrize("text, end", [
    ("申报截止时间为2027.3.31。", "2027-03-31"),
    ("企业须于2027/1/15前完成报名。", "2027-01-15"),
    ("受理时间截至2027-03-31。", "2027-03-31"),
])
def test_a_day_written_with_separators_is_read_as_a_day(text, end):
    assert extract_deadlines(text, 2026) == [end]


@pytest.mark.parametrize("text", [
    "对年营业收入2027.5万元以上的企业给予奖励。",  # an amount, not a day
    "补贴标准为每平方米1.5元，版本号2026.13.1。",  # no 13th month
])
def test_numbers_with_dots_that_are_no_day_give_no_deadline(text):
    assert extract_deadlines(text, 2026) == []


def test_the_last_year_to_apply_named_as_such_ends_with_that_year():
    assert extract_deadlines("本政策实施期内每年受理一次，2028年为最后一个申报年度。", 2026) == ["2028-12-31"]
