"""A date inside the scope a grant is said to cover (仅限于/适用于/面向 …前开业的…) in a text whose issue date is unknown is
a condition on who may have entered by then, never the measure's end (review 33 P4: "补助仅限于2025年12月31日前开业的
个体工商户" was shown as 已过期). Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.deadlines import extract_deadlines
from index.source.dates import CONDITION, read_time


@pytest.mark.parametrize("text, day", [
    ("对个体工商户给予每户3000元经营补助，补助仅限于2025年12月31日前开业的个体工商户。", "2025-12-31"),
    ("本项补贴面向2025年6月30日前入驻本区孵化器的初创企业。", "2025-06-30"),
])
def test_a_scope_date_in_an_undated_text_is_a_condition_on_who(text, day):
    assert [(f.kind, f.date) for f in read_time(text, None, None)] == [(CONDITION, day)]  # a condition on who, never an end
    assert extract_deadlines(text, None, None) == []
