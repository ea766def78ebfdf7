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


# --- sets over whole documents: {"query", "relevant": [{"doc": file name, "article"|"measure": n}]} ---------------

def document_ids(imports_catalog: Path | None = None, raw_folder: Path | None = None) -> dict[str, str]:
    """File name → document id: imported documents by the name they were imported from
    (imports/documents.toml's original_name), and files of `raw_folder` that are byte-identical to a
    bundled document (the raw corpus keeps its collected names)."""
    import hashlib
    import tomllib

    from index.catalog import load_catalog

    names: dict[str, str] = {}
    if imports_catalog and imports_catalog.is_file():
        for doc in tomllib.loads(imports_catalog.read_text(encoding="utf-8")).get("document", []):
            names[doc["original_name"]] = doc["id"]
    if raw_folder and raw_folder.is_dir():
        bundled = {hashlib.sha256(e.file.read_bytes()).hexdigest(): e.id for e in load_catalog()}
        for path in raw_folder.iterdir():
            if path.is_file():
                doc = bundled.get(hashlib.sha256(path.read_bytes()).hexdigest())
                if doc:
                    names[path.name] = doc
    return names


def evaluate_graded(engine, queries: list[dict], names: dict[str, str], k: int = K) -> dict:
    """recall@k and nDCG@k (binary relevance) of a set whose relevant measures are named by file and
    number; queries none of whose documents are known are left out."""
    import math

    found = expected = n = 0
    ndcg = 0.0
    misses: list[str] = []
    for item in queries:
        want = {f"{names[r['doc']]}/{r.get('article', r.get('measure'))}" for r in item["relevant"] if r["doc"] in names}
        if not want:
            continue
        top = [h["id"] for h in engine.search(item["query"], limit=k)["hits"]]
        held = [t for t in top if t in want]
        found += len(held)
        expected += len(want)
        n += 1
        dcg = sum(1 / math.log2(i + 2) for i, t in enumerate(top) if t in want)
        ndcg += dcg / sum(1 / math.log2(i + 2) for i in range(min(k, len(want))))
        misses += [f"{item['query']} → {w}  (top: {' '.join(top[:3])})" for w in sorted(want - set(held))]
    return {"queries": n, "expected": expected, f"recall_at_{k}": round(found / expected, 3) if expected else None,
            f"ndcg_at_{k}": round(ndcg / n, 3) if n else None, "misses": misses}


def main(argv: list[str] | None = None) -> int:
    """python -m index.evaluation --data DIR [--imports documents.toml] [--raw FOLDER] SET.json …"""
    import argparse

    from index.search import SearchEngine

    parser = argparse.ArgumentParser(prog="python -m index.evaluation")
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--imports", type=Path, help="imports/documents.toml of the home the documents were imported into")
    parser.add_argument("--raw", type=Path, help="a folder of raw files byte-identical to bundled documents")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("sets", type=Path, nargs="+")
    args = parser.parse_args(argv)
    engine = SearchEngine(args.data)
    names = document_ids(args.imports, args.raw)
    for path in args.sets:
        queries = load_set(path)
        if queries and "relevant" in queries[0]:
            result = evaluate_graded(engine, queries, names)
        else:
            result = evaluate(engine, queries)
            result["ndcg_at_10"] = _ndcg_expect(engine, queries)
        misses = result.pop("misses")
        result.pop("recall_by_kind", None)
        print(path.name, json.dumps(result, ensure_ascii=False))
        if args.misses:
            for miss in misses:
                print("  MISS", miss)
    engine.close()
    return 0


def _ndcg_expect(engine, queries: list[dict], k: int = K) -> float:
    import math

    total, n = 0.0, 0
    for item in queries:
        want = set(item.get("expect", []))
        if not want:
            continue
        top = [h["id"] for h in engine.search(item["query"], limit=k)["hits"]]
        dcg = sum(1 / math.log2(i + 2) for i, t in enumerate(top) if t in want)
        total += dcg / sum(1 / math.log2(i + 2) for i in range(min(k, len(want))))
        n += 1
    return round(total / n, 3) if n else 0.0


if __name__ == "__main__":
    raise SystemExit(main())
