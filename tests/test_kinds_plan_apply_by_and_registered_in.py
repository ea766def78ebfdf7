"""Two receiver phrases that are no condition to ask (review 33 P5, P6): the applicant's own application deadline
written inside the phrase ("对在2027年3月31日前提交申请的小微企业"), which dates.py reads as the deadline; and being
registered in a place, whatever the distance ("对已在本区办理工商登记的"), which the profile's district answers. An
act bound to a time that is not the application stays asked. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE
from tests.kit import judged, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, _, _ = visitors("朝阳区")


@pytest.mark.parametrize("text", [
    "对在2027年3月31日前提交申请的小微企业，给予一次性稳岗补贴每家5000元。",
    "对在2027年6月30日前申报的小微企业，给予每家2000元稳岗补贴。",
    "对已在本区办理工商登记的小微企业，免收2026年度检验检测费用。",
    "对已在本区依法办理市场主体登记的小微企业，免收2026年度检验检测费用。",
])
def test_no_condition_is_asked(text):
    assert judged(RESTAURANT, text, today=TODAY, district="朝阳区")["status"] == ELIGIBLE


def test_an_act_bound_to_a_time_stays_asked():
    text = "对在2026年12月31日前与区属国有企业签订租赁合同的小微企业，免收3个月租金。"
    assert judged(RESTAURANT, text, today=TODAY, district="朝阳区")["status"] == MAYBE
