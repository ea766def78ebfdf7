"""A claim the body pays back only once it has checked it is asked, never called 可以申请 outright (issue 23, item 2:
a grant whose conditions are another's finding is 需确认); and the words quoted for a right are whole words: the 应 inside
供应商 is no modal. Every sentence here was written for these tests."""
from __future__ import annotations

from datetime import date

from index.facts.eligibility import eligible
from index.facts.kinds import measure_kind
from index.vocab import ELIGIBLE, MAYBE
from tests.kit import annotated_measure, visitors

TODAY = date(2026, 12, 4)
RESTAURANT, SHOP, LARGE = visitors("朝阳区")


def _status(profile: dict, text: str) -> str:
    [r] = eligible(profile, [annotated_measure(text, "test-checked-claim", district="北京市")], TODAY)
    return r["status"]


def test_a_refund_the_body_pays_once_it_has_checked_the_claim_is_asked():
    text = "企业多缴的房产税，自缴纳之日起二年内发现的，可以向主管税务机关申请退还多缴的税款，税务机关查实后应当及时退还。"
    assert _status(RESTAURANT, text) == MAYBE


def test_a_refund_with_nothing_to_check_stays_offered_outright():
    # (guard: no finding of the body stands between the claim and the refund)
    text = "对按月预缴的小型微利企业，预缴时多缴的所得税，税务机关应当在汇算清缴后十日内全额退还。"
    assert _status(RESTAURANT, text) in (ELIGIBLE, "right")


def test_the_words_quoted_for_a_right_never_begin_inside_a_word():
    kind, basis, _ = measure_kind("供应商可以对采购文件提出询问，采购人应当在三个工作日内答复。")
    assert kind == "right"
    assert not basis.startswith("应商"), basis
    assert basis == "应当在三个工作日内答复"
