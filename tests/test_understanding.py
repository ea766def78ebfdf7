"""Query understanding (index.understanding): what the visitor said → concepts, literals, exclusions."""
from __future__ import annotations

import pytest

from index.paths import resource
from index.synonyms import Synonyms
from index.understanding import Understanding, compound_parts, load_fillers


@pytest.fixture(scope="module")
def understand():
    return Understanding(Synonyms.load(resource("synonyms.txt")), load_fillers(resource("query_fillers.txt"))).understand


def typed(query) -> list[str]:
    return [c.typed for c in query.concepts]


def test_filler_and_question_words_are_dropped(understand):
    q = understand("我开饭馆的，房租能减免吗")
    assert typed(q) == ["饭馆", "房租", "减免"]
    assert q.dropped == ("我", "开", "的", "能", "吗")
    assert typed(understand("我们公司社保可以缓交吗")) == ["社保", "缓交"]
    assert typed(understand("请问增值税退税怎么申请")) == ["增值税退税"]


def test_a_query_of_filler_only_keeps_its_words(understand):
    q = understand("怎么申请")
    assert typed(q) == ["怎么申请"] and q.dropped == ()


def test_compounds_split_into_their_parts(understand):
    assert compound_parts("房租减免") == ("房租", "减免")
    assert compound_parts("增值税退税") == ("增值税", "退税")
    assert compound_parts("房租") == ()
    concept = understand("房租减免").concepts[0]
    assert concept.parts[0][:3] == ("房租", "房屋租金", "租金") and concept.parts[1] == ("减免",)
    assert "租金减免" in concept.phrasings  # the compound in the parts' other wordings
    # a compound the dictionary does not know counts by its known parts
    assert typed(understand("网费降价")) == ["网费", "降价"]


def test_phrases_the_tables_know_are_kept_whole(understand):
    assert typed(understand("社保交不起")) == ["社保", "交不起"]
    assert typed(understand("小饭馆 房租")) == ["小饭馆", "房租"]
    assert "餐饮" in understand("小饭馆").concepts[0].variants


def test_quotes_exclusions_amounts_and_districts(understand):
    q = understand('"500万元" 上市 -新三板')
    assert [(c.typed, c.required) for c in q.concepts] == [("500万元", True), ("上市", False)]
    assert q.excluded == ("新三板",)
    assert typed(understand("担保费0.5%")) == ["担保费", "0.5%"]
    assert typed(understand("减免6个月租金")) == ["减免", "6个月", "租金"]
    q = understand("朝阳 房租减免")
    assert q.concepts[0].district == "朝阳区" and q.concepts[1].district is None


def test_a_lone_character_among_words_weighs_half(understand):
    q = understand("开出租车换电动车")
    assert [(c.typed, c.weight) for c in q.concepts] == [("出租车", 1.0), ("换", 0.5), ("电动车", 1.0)]
    assert understand("桃").concepts[0].weight == 1.0
