"""A document's own validity as its closing writes it (issue 23 items 4 and 5): the period may stand apart from the
entry into force (施行，两年内有效 / 为期三年 / 有效期限为三年), be a day (有效期至2027年底) or a range; each is read
with its sentence. The documents are the tests' own."""
from __future__ import annotations

import pytest

from index.source.parser import parse_text

HEAD = """北京市某区人民政府办公室关于印发《某区支持小微商户发展的若干措施》的通知

各街道办事处：现将《某区支持小微商户发展的若干措施》印发给你们，请认真贯彻落实。

北京市某区人民政府办公室
2026年3月18日

某区支持小微商户发展的若干措施

一、对新开业的社区便民店给予一次性补贴2万元。（责任单位：区商务局）
二、对小微商户数字化改造给予补助。（责任单位：区商务局）
"""


@pytest.mark.parametrize("closing, until", [
    ("本措施自发布之日起施行，两年内有效。", "2028-03-17"),
    ("本措施自印发之日起实施，为期三年。", "2029-03-17"),
    ("本措施自印发之日起施行，有效期限为三年。", "2029-03-17"),
    ("本措施自2026年4月1日起施行，三年内有效。", "2029-03-31"),
    ("本措施自印发之日起施行，有效期至2027年底。", "2027-12-31"),
    ("本措施执行期限为2026年4月1日至2028年3月31日。", "2028-03-31"),
])
def test_the_documents_validity_is_read_with_its_sentence(closing, until):
    doc = parse_text(HEAD + closing + "\n")
    assert (doc.valid_until, doc.valid_until_basis) == (until, closing)


def test_a_window_from_a_businesss_own_event_is_not_the_documents_validity():
    doc = parse_text(HEAD + "本措施自印发之日起施行。商户应当自开业之日起6个月内提出申请。\n")
    assert (doc.effective, doc.valid_until) == ("2026-03-18", None)


@pytest.mark.parametrize("last", ["三、附则：本措施自印发之日起施行，有效期三年。", "三、附则:本措施自印发之日起施行，有效期三年。",
                                  "三、（附则）本措施自印发之日起施行，有效期三年。"])
def test_a_last_article_headed_before_a_colon_or_in_brackets_gives_the_documents_validity(last):
    # "12.附则：本措施…": the heading before the colon is not the sentence's start (found on an evaluation plan;
    # the document here is the test's own)
    doc = parse_text(HEAD + last + "\n")
    assert (doc.effective, doc.valid_until) == ("2026-03-18", "2029-03-17")


@pytest.mark.parametrize("measure", [
    "三、本政策实施期内每年受理一次，2028年为最后一个申报年度。（责任单位：区商务局）\n",
    "三、本措施执行期内的最后一次申报为2029年6月30日。（责任单位：区商务局）\n",
])
def test_a_stated_validity_wins_over_a_last_call_in_a_measure_before_it(measure):
    # the last measures are read for sentences about the text; the closing article's 有效期 states the period, the
    # last call of a measure before it only implies one
    closing = "本措施自印发之日起施行，有效期两年。"
    doc = parse_text(HEAD + measure + "四、" + closing + "\n")
    assert (doc.valid_until, doc.valid_until_basis) == ("2028-03-17", closing)
