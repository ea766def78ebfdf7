"""A trade named before a size written out (issue 23 item 3, "whose benefit"): "对本区住宿餐饮、批发零售行业的小型微型企业…"
restricts the grant to those trades as "…行业的小微企业" did; with the size written out (小型微型 / 小型 / 微型) the trades were
not read and the grant was offered to a software start-up and a manufacturer. Wordings written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")
STARTUP = {**RESTAURANT, "size": "微型", "industries": ["信息技术", "科技服务"]}


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-trade-size", district="朝阳区")], TODAY)
    return r


@pytest.mark.parametrize("text", [
    "对本区住宿餐饮、批发零售行业的小型微型企业，按照贷款利息的30%给予贴息，每家最高5万元。",
    "对餐饮、零售行业小型企业和微型企业，给予每家1万元稳岗补贴。",
    "对本区餐饮业小型微型企业，给予每家1万元补贴。",
])
def test_a_trade_before_a_written_out_size_restricts_the_grant(text):
    assert _judge(STARTUP, text)["status"] == INELIGIBLE, _judge(STARTUP, text)["reasons"]
    assert _judge(RESTAURANT, text)["status"] != INELIGIBLE


def test_guard_a_size_alone_restricts_no_trade():
    assert _judge(STARTUP, "对本区小型微型企业，按照贷款利息的30%给予贴息，每家最高5万元。")["status"] != INELIGIBLE
