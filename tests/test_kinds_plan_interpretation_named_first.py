"""Who interprets a text is a closing provision whichever the sentence names first (issue 23 item 1: 一般规定, never the
government's work to offer): "由区…局负责解释" and "具体解释工作由区…局负责" alike. A body's work written beside it in the
same sentence stays work. Every sentence here was written for these tests."""
from __future__ import annotations

import pytest

from index.facts.kinds import DUTY, GENERAL, measure_kind, sentence_kind


@pytest.mark.parametrize("sentence", [
    "本措施具体解释工作由区商务局负责。",
    "本办法的解释由区发展和改革委员会承担。",
    "本方案解释归区经济和信息化局。",
])
def test_who_interprets_the_text_is_a_closing_provision(sentence):
    assert sentence_kind(sentence, False)[0] == GENERAL


def test_a_closing_article_is_general():
    text = "附则。本措施自2026年9月1日起施行，有效期三年。本措施具体解释工作由区科学技术和信息化局负责。"
    assert measure_kind(text)[0] == GENERAL


def test_work_beside_the_interpretation_stays_work():
    assert sentence_kind("解释工作由区财政局负责，各街道负责政策宣传和企业走访。", False)[0] == DUTY
