"""Two ends the evaluation's deadline misses showed (issue 23 item 4): a must in a period for any step whose lateness
shuts the business out ("应于…上半年…确认…，逾期未确认的视为放弃"), and the year of the contracts a grant is paid on
("按照2026年度签订的采购合同兑付"): a year of contracts is the benefit's period, unlike a year's sales figures."""
from __future__ import annotations

from index.facts.deadlines import extract_deadlines


def test_a_must_in_a_period_whose_lateness_shuts_out_is_the_end():
    text = "符合条件的门店应于2026年下半年在区商务局小程序核对开户银行信息，逾期未核对的不再发放。"
    assert extract_deadlines(text, 2026, "2026-05-06") == ["2026-12-31"]


def test_the_year_of_the_contracts_a_grant_is_paid_on_is_its_period():
    text = "补贴资金依据2026年度销售订单的实际金额统一拨付。"
    assert extract_deadlines(text, 2026, "2026-05-06") == ["2026-12-31"]


def test_a_years_sales_figure_stays_a_condition_not_an_end():
    # guard: 2025年度销售额 is how much was sold that year, a threshold on who, not the grant's period
    assert extract_deadlines("对2025年度销售额超过5000万元的批发企业给予奖励。", 2026, "2026-05-06") == []


def test_a_must_in_a_period_without_any_late_exclusion_is_not_read_as_the_end():
    # guard: work the grant pays for, with no word on lateness and no application step, stays no end of its own
    assert extract_deadlines("活动应于2026年下半年在本区举行。", 2026, "2026-05-06") == []
