"""A grant whose terms are another rule's, said with the act named first (issue 23 item 2, "A grant whose conditions
are written elsewhere (… 按照有关规定 …) is 需确认 with what to ask, never 可以申请 outright"): "具体按照…规定执行" was read, but
"具体执行按照…规定办理" / "具体实施参照…规定执行" / "具体操作依照…规定办理" (the same sentence with what is carried out named
after 具体) was not, nor the rules named by their title ("具体执行按照…《…管理办法》"), and the grant was 可以申请. Wordings
written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.eligibility import ELIGIBLE, MAYBE, eligible
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("通州区")
GRANT = "对本区小微企业，按照年度展位费的50%给予补贴，每家最高5万元。"


def _judge(profile: dict, text: str) -> dict:
    [r] = eligible(profile, [annotated_measure(text, "test-rules-after-act", district="通州区")], TODAY)
    return r


@pytest.mark.parametrize("rules", [
    "具体执行按照本市会展业扶持资金管理的有关规定办理。",
    "具体实施参照市商务局展会补贴相关规定执行。",
    "具体操作依照区财政专项资金管理规定办理。",
])
def test_terms_in_other_rules_named_after_the_act_are_asked(rules):
    r = _judge(RESTAURANT, GRANT + rules)
    assert r["status"] == MAYBE, r["reasons"]
    assert r["missing"]


@pytest.mark.parametrize("rules", [
    "具体执行按照区《会展业发展专项资金管理办法》。",
    "具体参照市商务局《展会补贴实施细则》。",
])
def test_terms_in_other_rules_named_by_their_title_are_asked(rules):
    r = _judge(RESTAURANT, GRANT + rules)
    assert r["status"] == MAYBE, r["reasons"]


def test_guard_the_grant_alone_is_claimable():
    assert _judge(RESTAURANT, GRANT)["status"] == ELIGIBLE
    # (a sentence on how the body itself works is no rule the grant's terms are in)
    assert _judge(RESTAURANT, GRANT + "区商务局应当在每季度公布补贴发放情况。")["status"] == ELIGIBLE
