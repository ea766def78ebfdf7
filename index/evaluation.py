"""Relevance of the search on the query sets in index/evalsets/: recall@10, MRR and precision.

A set is a JSON list of {"query": …, "expect": [measure ids], "kind": …}. The visitor set is phrased the
way a business owner speaks at the counter (filler words, everyday words, districts, amounts, typing
slips); the clerk set is the older one in the clerks' own vocabulary. `bench` reports both; the test
suite holds a literal floor on them.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

EVALSETS = Path(__file__).resolve().parent / "evalsets"
VISITOR_SET = EVALSETS / "visitor_queries.json"
CLERK_SET = EVALSETS / "clerk_queries.json"
K = 10


def load_set(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def evaluate(engine, queries: list[dict], k: int = K) -> dict:
    """recall@k over all expected measures; MRR of the first expected measure in the top k (0 when
    none is); precision as the share of the first len(expect) hits that are expected (R-precision,
    which falls when synonyms flood the top with measures nobody asked for); mean total hits."""
    found = expected = 0
    reciprocal = precision = totals = 0.0
    misses: list[str] = []
    by_kind: dict[str, list[float]] = defaultdict(lambda: [0, 0])
    for item in queries:
        result = engine.search(item["query"], limit=k)
        top = [h["id"] for h in result["hits"]]
        want = item.get("expect", [])
        if not want:
            continue
        hits = [e for e in want if e in top]
        found += len(hits)
        expected += len(want)
        kind = by_kind[item.get("kind", "-")]
        kind[0] += len(hits)
        kind[1] += len(want)
        rank = next((i for i, hit in enumerate(top, 1) if hit in want), None)
        reciprocal += 1 / rank if rank else 0.0
        precision += sum(1 for hit in top[: len(want)] if hit in want) / len(want)
        totals += result["total"]
        misses += [f"{item['query']} → {e}" for e in want if e not in top]
    n = sum(1 for item in queries if item.get("expect"))
    return {
        "queries": n,
        "expected": expected,
        f"recall_at_{k}": round(found / expected, 3) if expected else None,
        "mrr": round(reciprocal / n, 3) if n else None,
        "r_precision": round(precision / n, 3) if n else None,
        "mean_total": round(totals / n, 1) if n else None,
        "recall_by_kind": {name: round(f / e, 3) for name, (f, e) in sorted(by_kind.items())},
        "misses": misses,
    }
