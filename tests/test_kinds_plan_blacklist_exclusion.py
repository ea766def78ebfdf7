"""A blacklist that qualifies who is excluded from a grant ("被列入严重违法失信名单的企业不予支持/除外"), or that stands
under a ban ("不得将…列入…失信名单"), is no sanction: the grant stays the grant and the ban stays a right (review 33
P2). The blacklist as a sanction on the one who breached ("…的，并列入…失信记录") stays liability. Every sentence here
was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.kinds import BENEFIT, GENERAL, liability
from tests.kit import annotated_measure

GRANTS_WITH_EXCLUSION = [
    "对小微企业给予6个月房租减免，被列入严重违法失信名单的企业不予支持。",
    "对小微企业给予6个月房租减免，存在严重失信行为、被列入严重违法失信名单的企业除外。",
    "对新开业的个体工商户给予一次性开业补贴5000元，申请前三年内被列入严重违法失信名单的不予补贴。",
]


@pytest.mark.parametrize("text", GRANTS_WITH_EXCLUSION)
def test_a_grant_excluding_the_blacklisted_stays_the_grant(text):
    assert liability(text) is None
    assert annotated_measure(text, "test-blacklist", district="朝阳区")["kind"] == BENEFIT


def test_a_ban_on_blacklisting_is_no_liability():
    assert liability("市场监管部门不得将仅有轻微违法行为且已改正的个体工商户列入严重违法失信名单。") is None
    assert liability("已被列入失信名单的经营主体，完成信用修复后可以向区发展改革委申请移出。") is None


def test_the_blacklist_as_a_sanction_stays_liability():
    text = "经核查存在虚报营业额情形的，已发放补贴资金全额收回，并列入本区公共信用失信记录。"
    assert liability(text) is not None
    assert liability("申报单位提供虚假材料的，列入本区严重违法失信名单。") is not None
    assert annotated_measure(text, "test-blacklist", district="朝阳区")["kind"] == GENERAL
