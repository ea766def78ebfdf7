"""Rankings stay identical when the engine changes how it finds and ranks (issue 15): literal top-10s,
totals and facet counts recorded from the engine before the rework, on the real corpus and on a
synthetic library of 2,000 measures with a fixed seed. Regenerate only for an intended ranking change:
`python tests/test_search_scale.py <real data dir>` rewrites tests/golden/*.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from index import bitmaps
from index.bench import build_synthetic
from index.bm25 import countable
from index.evaluation import CLERK_SET, VISITOR_SET, load_set
from index.search import Filters, SearchEngine
from index.searchindex import HEADING_BOOST

GOLDEN = Path(__file__).resolve().parent / "golden"
SYNTHETIC_SIZE, SYNTHETIC_SEED = 2000, 7
# filters and pages beyond the first: the facet counts under the other facets' filters, the district's
# own measures before the city's, and ranking past the first coverage level
CASES = [
    ("房租", {"district": ["朝阳区"]}, 0),
    ("房租", {"district": ["朝阳区"], "include_municipal": False}, 0),
    ("社保 补贴", {"benefit_type": ["资金补贴奖励"]}, 0),
    ("补贴", {"benefit_type": ["资金补贴奖励", "税费减免"], "unit": ["区财政局"]}, 0),
    ("担保", {"document": ["changping-2022"], "industry": ["制造业"]}, 0),
    ("贷款", {"district": ["平谷区", "昌平区"], "industry": ["农业"]}, 0),
    ("贷款", {}, 20),
    ("企业", {}, 40),
    ("补贴", {"district": ["朝阳区"]}, 20),
    ("", {"district": ["朝阳区"]}, 0),
    ("-房租", {}, 0),
    ("小微企业 房租 减免 社保 缓缴", {}, 0),
]


def queries() -> list[tuple[str, dict, int]]:
    typed = [item["query"] for path in (CLERK_SET, VISITOR_SET) for item in load_set(path)]
    return [(q, {}, 0) for q in dict.fromkeys(typed)] + CASES


def snapshot(engine: SearchEngine) -> list[dict]:
    out = []
    for text, filters, offset in queries():
        result = engine.search(text, Filters(**filters), limit=10, offset=offset)
        out.append({
            "query": text, "filters": filters, "offset": offset, "total": result["total"],
            "top": [h["id"] for h in result["hits"]], "scores": [h["score"] for h in result["hits"]],
            "why": [h["why"] for h in result["hits"]], "snippets": [h["snippet"] for h in result["hits"][:3]],
            "facets": {name: dict(sorted(counts.items())) for name, counts in result["facets"].items()},
            "fallback": result["fallback"], "notices": result["notices"], "understood": result["understood"],
        })
    return out


def compare(engine: SearchEngine, name: str) -> None:
    expected = [json.loads(line) for line in (GOLDEN / name).read_text(encoding="utf-8").splitlines()]
    got = snapshot(engine)
    assert [g["query"] for g in got] == [e["query"] for e in expected]
    for g, e in zip(got, expected):
        assert g == e, f"{e['query']!r} {e['filters']} offset {e['offset']}"


@pytest.fixture(scope="module")
def synthetic_dir(data_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("synthetic")
    build_synthetic(data_dir, path, SYNTHETIC_SIZE, seed=SYNTHETIC_SEED)
    return path


def test_rankings_on_the_real_corpus_are_as_recorded(data_dir):
    engine = SearchEngine(data_dir)
    try:
        compare(engine, "search_real.jsonl")
    finally:
        engine.close()


def test_rankings_on_a_synthetic_library_are_as_recorded(synthetic_dir):
    engine = SearchEngine(synthetic_dir)
    try:
        compare(engine, "search_synthetic_2000.jsonl")
    finally:
        engine.close()


def test_a_shorter_page_is_the_start_of_a_longer_one(synthetic_dir):
    """Ranking stops scoring once the page is full: any page must be the start of the full ranking."""
    engine = SearchEngine(synthetic_dir)
    try:
        for text in ("房租", "社保 补贴", "小微企业 房租 减免", "贷款", "企业"):
            full = [h["id"] for h in engine.search(text, limit=400)["hits"]]
            for limit in (1, 3, 10, 57):
                assert [h["id"] for h in engine.search(text, limit=limit)["hits"]] == full[:limit], (text, limit)
            assert [h["id"] for h in engine.search(text, limit=7, offset=30)["hits"]] == full[30:37], text
    finally:
        engine.close()


def test_prepared_term_counts_are_those_of_the_text(synthetic_dir):
    """The bigram counts prepared at build time give BM25 the same term counts as counting in the text."""
    engine = SearchEngine(synthetic_dir)
    try:
        model, literals = engine.weighting, engine.literals
        rows = list(range(engine.count))
        everything = bitmaps.everything(engine.count)
        for word in ("房租", "租金", "企业", "补贴", "社保", "50", "0%", "zh", "贷款", "万元", "社会保险", "小微企业"):
            expected = [HEADING_BOOST * literals.headings[r].count(word) + literals.bodies[r].count(word) for r in rows]
            for hits in (None, literals.literal(word)):
                classes = model.term_classes(word, everything, hits)
                assert sum(rows.bit_count() for rows in classes.values()) == engine.count, word
                assert {tf: bitmaps.rows(held) for tf, held in classes.items()} == {
                    tf: [r for r in rows if expected[r] == tf] for tf in set(expected)}, word
        assert countable("房租") and countable("50")
        assert not countable("常常") and not countable("Ab") and not countable("0.")
        for word in ("社会保险", "小微企业", "高校毕业生", "500万元", "0.5%", "房屋租金", "租金减免"):
            holding = literals.literal(word)
            once = model.held_once(word, holding)
            assert once and once & ~holding == 0, word
            for r in bitmaps.rows(once):
                assert (literals.headings[r].count(word), literals.bodies[r].count(word)) == (0, 1), (word, r)
    finally:
        engine.close()


def test_bitmaps():
    assert bitmaps.rows(0) == [] and bitmaps.rows(bitmaps.from_rows([], 10)) == []
    for size in (1, 63, 64, 65, 1000, 70000):
        for step in (1, 2, 7, 301):
            listed = list(range(size % 5, size, step))
            bitmap = bitmaps.from_rows(listed, size)
            assert bitmaps.rows(bitmap) == listed
            assert bitmaps.rows(bitmap, 4) == listed[:4]
            assert bitmaps.unpack(bitmaps.pack(bitmap)) == bitmap
            assert bitmap.bit_count() == len(listed)
            assert all(bitmaps.has(bitmap, r) for r in listed[:50])


def test_facet_values_come_most_frequent_first(data_dir):
    engine = SearchEngine(data_dir)
    try:
        for counts in engine.search("补贴")["facets"].values():
            assert list(counts.values()) == sorted(counts.values(), reverse=True)
    finally:
        engine.close()


def write(engine: SearchEngine, name: str) -> None:
    """One line per query, so a changed ranking shows as a changed line."""
    lines = (json.dumps(entry, ensure_ascii=False) for entry in snapshot(engine))
    (GOLDEN / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":  # regenerate the recorded figures
    import tempfile

    real = Path(sys.argv[1])
    engine = SearchEngine(real)
    write(engine, "search_real.jsonl")
    engine.close()
    with tempfile.TemporaryDirectory() as tmp:
        build_synthetic(real, Path(tmp), SYNTHETIC_SIZE, seed=SYNTHETIC_SEED)
        engine = SearchEngine(Path(tmp))
        write(engine, "search_synthetic_2000.jsonl")
        engine.close()
