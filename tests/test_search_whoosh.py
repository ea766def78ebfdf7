"""Whoosh runs every query (issue 22): the text is parsed by Whoosh's QueryParser with the engine's
plugins, and a Whoosh Searcher runs the tree with the engine's collector; field prefixes make the
facets and the responsible units searchable; a missing or damaged index (or its prepared data) is
reported with the rebuild offer."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from whoosh import query as whoosh_query
from whoosh.searching import Searcher

from index import bitmaps
from index.errors import PolicyDataError
from index.layered import LayeredCollector
from index.prepared import SEARCH_DATA
from index.queries import ConceptsQuery, FacetQuery, RowsMatcher
from index.search import SearchEngine
from index.searchindex import INDEX_DIR, heading_of


@pytest.fixture(scope="module")
def engine(data_dir):
    opened = SearchEngine(data_dir)
    yield opened
    opened.close()


def ids(engine, text: str) -> set[str]:
    return {h["id"] for h in engine.search(text, limit=10_000)["hits"]}


def holding_unit(engine, text: str) -> set[str]:
    return {m["id"] for m in engine.measures if any(text in unit for unit in m["responsible_units"])}


def test_a_unit_prefix_finds_exactly_the_measures_whose_units_hold_it(engine):
    units = sorted({u for m in engine.measures for u in m["responsible_units"]})
    assert "区商务局" in units
    for text in ("区商务局", "商务局", units[0], units[-1]):
        expected = holding_unit(engine, text)
        assert expected
        result = engine.search(f"单位:{text}", limit=10_000)
        assert {h["id"] for h in result["hits"]} == expected, text
        assert result["total"] == len(expected)
    assert ids(engine, "单位：区商务局") == holding_unit(engine, "区商务局")  # the full-width colon too
    assert ids(engine, "单位:没有这个单位") == set()


def test_a_field_prefix_narrows_the_words(engine):
    words = ids(engine, "房租")
    pinggu = {m["id"] for m in engine.measures if "平谷" in m["district"]}
    narrowed = ids(engine, "地区:平谷 房租")
    assert narrowed and narrowed == words & pinggu
    assert ids(engine, "房租 单位:区商务局") == words & holding_unit(engine, "区商务局")


def test_or_exclusion_and_quotes(engine):
    rent, social = ids(engine, "房租"), ids(engine, "社保")
    assert rent and social and rent - social
    assert ids(engine, "房租 OR 社保") == rent | social
    every = {m["id"] for m in engine.measures}
    assert ids(engine, "-房租") == every - {m["id"] for m in engine.measures
                                           if "房租" in f"{heading_of(m)}\n{m['text']}".lower()}
    quoted = engine.rank("“房租减免”").parts[0].q
    assert [(c.typed, c.required) for c in quoted.concepts] == [("房租减免", True)]


def test_the_query_that_ran_was_parsed_and_run_by_whoosh(engine, monkeypatch):
    calls = []
    original = Searcher.search_with_collector

    def spy(self, q, collector, context=None):
        calls.append((q, collector, context))
        return original(self, q, collector, context)

    monkeypatch.setattr(Searcher, "search_with_collector", spy)
    ranking = engine.rank("单位:区商务局 房租")
    ran = ranking.parts[0].query
    assert isinstance(ran.parsed, whoosh_query.Query)
    leaves = list(ran.parsed.leaves())
    assert [(type(q).__name__, str(q)) for q in leaves] == [("FacetQuery", "单位:区商务局"), ("Words", "房租")]
    [(q, collector, context)] = calls
    assert q is ran.ran and engine.last_query is ran
    assert isinstance(collector, LayeredCollector) and isinstance(collector.matcher, RowsMatcher)
    assert {type(child) for child in q.children()} == {ConceptsQuery, FacetQuery}
    assert [engine._ids[row] for row, _, _ in ranking.rows] == [h["id"] for h in engine.search("单位:区商务局 房租")["hits"]]


def test_the_cli_takes_a_field_query(data_dir, engine):
    done = subprocess.run([sys.executable, "-m", "index", "search", "单位:区商务局", "--json", "--limit", "500",
                           "--data", str(data_dir)], capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {h["id"] for h in result["hits"]} == holding_unit(engine, "区商务局")


@pytest.mark.parametrize("damage", ["no index folder", "no prepared data", "prepared data cut short"])
def test_a_missing_or_damaged_index_asks_for_a_rebuild(data_dir, tmp_path, damage):
    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    folder = next(data.glob(f"store-*/{INDEX_DIR}"))
    if damage == "no index folder":
        shutil.rmtree(folder)
    elif damage == "no prepared data":
        (folder / SEARCH_DATA).unlink()
    else:
        prepared = folder / SEARCH_DATA
        prepared.write_bytes(prepared.read_bytes()[:200])
    with pytest.raises(PolicyDataError, match="请重新构建数据"):
        SearchEngine(data)


def test_open_to_every_industry_is_prepared_as_eligibility_reads_it(engine):
    """不限行业 is a row bitmap written at build time: the measures with a benefit clause naming no industry."""
    expected = {m["id"] for m in engine.measures
                if any(not clause.get("industries") for clause in (m.get("eligibility") or {}).get("clauses") or [])}
    assert expected and len(expected) < engine.count
    assert {engine._ids[row] for row in bitmaps.rows(engine.facets.any_industry)} == expected


@pytest.mark.parametrize("text", ["单位:", "单位: 房租", ":", "OR", "房租 OR", "- -", "“", "”“", "-单位:区商务局",
                                  "单位:区商务局 OR 房租", "((房租))", "房租^2", "title:房租", "a AND b NOT c", "-“房租” -社保 OR 贷款",
                                  "地区:“平谷”", "单位:区商务局 -地区:平谷", "OR OR OR", "\\", "-(房租 OR 社保)"])
def test_odd_syntax_never_raises(engine, text):
    result = engine.search(text, limit=5)
    assert result["total"] >= len(result["hits"]) and isinstance(result["notices"], list)


def test_an_excluded_field_and_either_of_two_fields(engine):
    unit = holding_unit(engine, "区商务局")
    pinggu = {m["id"] for m in engine.measures if "平谷" in m["district"]}
    changping = {m["id"] for m in engine.measures if "昌平" in m["district"]}
    assert ids(engine, "单位:区商务局 -地区:平谷") == unit - pinggu
    assert ids(engine, "地区:平谷 OR 地区:昌平") == pinggu | changping


def test_every_field_example_the_help_gives_finds_only_that_field(engine, qapp):
    """The window's 帮助 names the field prefixes from the parser's own list, and each example in it
    (地区:平谷 …) narrows to measures that hold the value in that field, as a clerk copying it would see."""
    import re

    from desktop.keymap import help_html
    from index.queryparser import FIELD_NAMES
    text = help_html()
    assert all(name in text for name in FIELD_NAMES)
    examples = re.findall(r"(地区|行业|类型|单位):([^、\s（]+)", text)
    assert {name for name, _ in examples} == {"地区", "行业", "类型", "单位"}
    fields = {"地区": lambda m: [m["district"]], "行业": lambda m: m["industries"],
              "类型": lambda m: m["benefit_types"], "单位": lambda m: m["responsible_units"]}
    for name, value in examples:
        expected = {m["id"] for m in engine.measures if any(value in v for v in fields[name](m))}
        assert expected, (name, value)
        assert ids(engine, f"{name}:{value}") == expected, (name, value)
