"""The title of another document names that document's scope, not the receiver's (issue 23 item 3; review 32, P6):
"对小微企业新增贷款的，给予贴息，申请条件依照《…中小微企业贷款贴息管理办法》执行" widened a 小微 grant to 中型 with the title's
中小微企业. A list the receiver is entered in, or rules it is recognised under, still say who it is. Wordings written for
these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import INELIGIBLE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("大兴区")
MEDIUM = {**RESTAURANT, "size": "中型"}


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-title-scope", district="大兴区")], TODAY)
    return r


def test_the_title_of_the_rules_followed_names_no_receiver():
    text = "对小微企业购置环保设备的，给予设备款10%补贴，申报程序参照《大兴区中小企业绿色发展专项资金管理办法》办理。"
    assert _judge(MEDIUM, text)["status"] == INELIGIBLE, _judge(MEDIUM, text)["reasons"]
    text = "对个体工商户开展经营数字化改造的，给予最高2万元补贴，具体依照《大兴区制造业企业数字化转型支持办法》执行。"
    assert _judge(RESTAURANT, text)["status"] == INELIGIBLE, _judge(RESTAURANT, text)["reasons"]
    assert _judge(SHOP, text)["status"] != INELIGIBLE


def test_guard_a_list_entered_or_rules_recognised_under_still_name_the_receiver():
    r = _judge(LARGE, "对纳入《大兴区小微企业培育库名单》的企业，给予一次性奖励5万元。")
    assert r["status"] == INELIGIBLE, r["reasons"]
    r = _judge(LARGE, "对依据《大兴区小型微型企业认定办法》认定的企业，给予房租补贴。")
    assert r["status"] == INELIGIBLE, r["reasons"]
