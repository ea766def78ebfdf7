"""The visitor's question answered whole (issue 21): several questions in one, a measure open to every
industry under an industry filter, matches hidden by filters counted, a district the data does not
cover said, 只看有效, and measures that are over after valid ones of equal relevance."""
from __future__ import annotations

from datetime import date

import pytest

from index.facts.deadlines import EXPIRED, measure_status
from index.questions import question_parts
from index.search import Filters, SearchEngine


@pytest.fixture(scope="module")
def engine(data_dir):
    engine = SearchEngine(data_dir)
    yield engine
    engine.close()


def ids(result) -> list[str]:
    return [h["id"] for h in result["hits"]]


@pytest.mark.parametrize("typed, parts", [
    ("房租能减免吗？社保能缓缴吗？", ["房租能减免吗", "社保能缓缴吗"]),
    ("房租能减免吗，社保能缓缴吗", ["房租能减免吗", "社保能缓缴吗"]),
    ("房租减免;贷款贴息。", ["房租减免", "贷款贴息"]),
    ("我想问房租减免，另外社保能缓缴吗", ["我想问房租减免", "社保能缓缴吗"]),
    ("房租减免", ["房租减免"]),
    ("房租 社保", ["房租 社保"]),  # words of one question
    ("社保缓缴。", ["社保缓缴。"]),
    ("中小微企业以及个体工商户房租", ["中小微企业以及个体工商户房租"]),
    ("“尖货－平谷”？房租", ["“尖货－平谷”？房租"]),  # a quotation is never split
])
def test_a_question_is_split_where_one_ends_and_the_next_begins(typed, parts):
    assert question_parts(typed) == parts


def test_a_question_of_two_parts_answers_each_grouped(engine):
    rent, social = engine.search("房租能减免吗"), engine.search("社保能缓缴吗")
    both = engine.search("房租能减免吗？社保能缓缴吗？", limit=40)
    assert [p["question"] for p in both["parts"]] == ["房租能减免吗", "社保能缓缴吗"]
    first = [h["id"] for h in both["hits"] if h["part"] == 0]
    second = [h["id"] for h in both["hits"] if h["part"] == 1]
    assert first == ids(rent)[: len(first)] and first
    assert set(second) <= set(ids(social)) and second
    assert [h["part"] for h in both["hits"]] == sorted(h["part"] for h in both["hits"])  # grouped, in order
    assert any("租金减免" in h["benefit_types"] for h in both["hits"] if h["part"] == 0)
    assert any("社保缓缴" in h["benefit_types"] for h in both["hits"] if h["part"] == 1)
    assert both["total"] == len(set(ids(engine.search("房租能减免吗", limit=500)))
                                | set(ids(engine.search("社保能缓缴吗", limit=500))))


def test_one_question_has_no_parts(engine):
    assert "parts" not in engine.search("房租减免")


def test_a_measure_for_every_industry_stays_under_an_industry_filter(engine):
    found = engine.search("社保缓缴", Filters(district=["朝阳区"], industry=["住宿餐饮"]))
    hit = next(h for h in found["hits"] if h["id"] == "chaoyang-2022/2")
    assert "住宿餐饮" not in hit["industries"] and hit["industry_note"] == "不限行业"
    assert found["facets"]["industry"]["住宿餐饮"] >= 1
    # a measure tagged with the industry ticked is simply in it
    tagged = engine.search("", Filters(industry=["住宿餐饮"]), limit=500)["hits"]
    assert any("住宿餐饮" in h["industries"] and "industry_note" not in h for h in tagged)


def test_matches_hidden_by_the_filters_are_counted_with_the_filters_hiding_them(engine):
    everywhere = engine.search("社保缓缴", limit=500)
    pinggu = engine.search("社保缓缴", Filters(district=["平谷区"], include_municipal=False), limit=500)
    assert pinggu["hidden"] == {"count": len(set(ids(everywhere)) - set(ids(pinggu))), "filters": ["district"]}
    assert pinggu["hidden"]["count"] > 0
    assert engine.search("社保缓缴")["hidden"] == {"count": 0, "filters": []}


def test_a_district_the_data_does_not_cover_is_said_and_the_city_measures_shown(engine):
    covered = engine.summary()["districts"]
    assert "海淀区" not in covered and "朝阳区" in covered  # from the data, not a list
    found = engine.search("海淀 社保")
    assert found["notices"][0] == "当前数据没有海淀区的区级文件；以下是市级措施"
    assert found["uncovered"] == ["海淀区"]
    assert found["hits"] and {h["district"] for h in found["hits"]} == {"北京市"}
    assert engine.search("朝阳 社保")["uncovered"] == []


def test_only_valid_leaves_out_what_is_over_and_over_comes_after_valid(engine):
    day = date(2023, 1, 1)
    every = engine.search("", limit=500, today=day)["hits"]
    statuses = [measure_status(h, day) for h in every]
    assert EXPIRED in statuses
    first_over = statuses.index(EXPIRED)
    assert all(s == EXPIRED for s in statuses[first_over:])  # equal relevance: over ones last
    valid = engine.search("", Filters(valid_only=True), limit=500, today=day)
    assert valid["total"] == first_over and EXPIRED not in {measure_status(h, day) for h in valid["hits"]}
    assert valid["hidden"] == {"count": len(every) - first_over, "filters": ["valid_only"]}
    ranked = engine.search("贷款", limit=100, today=day)["hits"]
    keys = [(-h["score"], measure_status(h, day) == EXPIRED) for h in ranked]
    assert keys == sorted(keys)


def test_the_data_summary_names_districts_and_newest_document(engine):
    summary = engine.summary(date(2026, 12, 4))
    assert summary["newest_document"] == engine.store.meta["newest_document"]
    assert summary["expired"] + summary["valid"] <= summary["total"] == engine.count


def test_the_command_line_answers_parts_and_leaves_out_what_is_over(data_dir, capsys):
    import json

    from index.cli import main

    assert main(["search", "房租能减免吗？社保能缓缴吗？", "--data", str(data_dir)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert any(line.startswith("问1“房租能减免吗”：") for line in printed)
    assert any(line.startswith("问2“社保能缓缴吗”：") for line in printed)
    assert main(["search", "社保", "--valid-only", "--today", "2023-01-01", "--json", "--data", str(data_dir)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["hidden"]["filters"] == ["valid_only"] and result["hidden"]["count"] > 0
    assert all(measure_status(h, date(2023, 1, 1)) != EXPIRED for h in result["hits"])


def test_a_part_that_finds_nothing_is_said_and_left_out_words_are_said_once(engine):
    found = engine.search("房租能减免吗？qwzx能办吗？")
    assert [p["total"] for p in found["parts"]] == [engine.search("房租能减免吗")["total"], 0]
    assert "问2“qwzx能办吗”没有找到措施，试试换个说法。" in found["notices"]
    assert [n for n in found["notices"] if n.startswith("已略去：")] == ["已略去：能、吗、办。"]
