"""Rankings stay identical when the engine changes how it finds and ranks (issue 15): literal top-10s,
totals and facet counts recorded from the engine before the rework, on the real corpus and on a
synthetic library of 2,000 measures with a fixed seed. Regenerate only for an intended ranking change:
`python tests/test_search_scale.py <real data dir>` rewrites tests/golden/*.json."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from index.bench import build_synthetic
from index.evaluation import CLERK_SET, VISITOR_SET, load_set
from index.search import Filters, SearchEngine

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
