"""`bench`: in-process query latency of the search engine (index.search: search + facet counts +
first-page snippets), side by side with SQLite FTS5 (trigram) over the same texts; the page the window
asks for (its list of 300 ranked, the hits of its first rows built); recall@10 of the clerk query set.
The engine's figures are under "engine" (every query runs through a Whoosh Searcher with the engine's
own queries, weighting model and collector)."""
from __future__ import annotations

import json
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from index.analysis import ensure_jieba
from index.errors import PolicyDataError
from index.evaluation import CLERK_SET, VISITOR_SET, evaluate, load_set
from index.search import SearchEngine
from index.source.sentences import split_sentences
from index.searchindex import INDEX_DIR, write_index
from index.store import (DB_NAME, SCHEMA_VERSION, Store, abandon_store, begin_store, build_lock, close_db, commit_store, create_db,
                         insert_document, insert_measures, set_meta)

DEFAULT_QUERIES = CLERK_SET
# what the window asks of the engine per keystroke (desktop.searchservice: RESULT_LIMIT, FIRST_ROWS)
WINDOW_LIST, WINDOW_FIRST_ROWS = 300, 40


def load_queries(path: Path | None) -> list[dict]:
    """[{"query": "房租减免", "expect": ["chaoyang-2022/4", …]}, …]; a plain text file gives one query a line."""
    path = path or DEFAULT_QUERIES
    if not path.is_file():
        return [{"query": q, "expect": []} for q in ("房租减免", "社保缓缴", "个体户 贷款", "担保费", "专精特新")]
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))
    return [{"query": line.strip(), "expect": []} for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def peak_rss_mb() -> float | None:
    """This process's peak resident memory so far (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def synthetic_figures(target: Path, count: int, seed: int = 7) -> dict | None:
    """The build figures of the synthetic store in `target` when it holds `count` measures of `seed`."""
    try:
        meta = Store(target).meta
    except PolicyDataError:
        return None
    if meta.get("synthetic") != "1" or meta.get("measures") != str(count) or meta.get("synthetic_seed", "7") != str(seed):
        return None
    figures = {key: float(meta[key]) for key in ("synthetic_index_s", "synthetic_build_s", "build_rss_mb") if meta.get(key)}
    return {**figures, "reused": True}


def build_synthetic(source: Path, target: Path, count: int, seed: int = 7, reuse: bool = False,
                    progress: Callable[[int, int], None] | None = None) -> dict:
    """A store of `count` measures recombined from the real measures' sentences (the same seed gives
    the same library). Streams: measures are generated, written to SQLite and indexed a batch at a
    time. Returns the build figures (also kept in the store's meta, which `reuse` reads back)."""
    if reuse:
        figures = synthetic_figures(target, count, seed)
        if figures is not None:
            return figures
    started = time.perf_counter()
    real = Store(source)
    measures = real.measures()
    sentences = [s for m in measures for s in split_sentences(m["text"]) if len(s) > 4]
    rng = random.Random(seed)
    order = {doc_id: i for i, doc_id in enumerate(real.documents)}
    with build_lock(target):  # the same folder lock as build: never two builds into one folder
        building = begin_store(target)
        try:
            db = create_db(building / DB_NAME)
            for doc in real.documents.values():
                insert_document(db, {**doc}, [])

            def records():
                batch: list[dict] = []
                for i in range(count):
                    template = measures[i % len(measures)]
                    text = "".join(rng.sample(sentences, rng.randint(1, 6)))
                    record = {k: v for k, v in template.items() if k != "document"}
                    record.update(id=f"{template['document']['id']}/{100000 + i}", number=100000 + i, text=text,
                                  document_id=template["document"]["id"])
                    batch.append(record)
                    if len(batch) == 2000 or i + 1 == count:
                        insert_measures(db, batch)
                        yield from batch
                        batch = []

            # the search data in store order (catalogue, then number), as the engine reads it
            index_started = time.perf_counter()
            write_index(building / INDEX_DIR, records(), count, progress=progress,
                        order=lambda m: (order[m["document_id"]], m["number"]))
            index_seconds = time.perf_counter() - index_started
            figures = {"synthetic_index_s": round(index_seconds, 2),
                       "synthetic_build_s": round(time.perf_counter() - started, 2), "build_rss_mb": peak_rss_mb()}
            set_meta(db, schema_version=SCHEMA_VERSION, built_at=time.strftime("%Y-%m-%dT%H:%M:%S"), documents=len(real.documents),
                     measures=count, synthetic=1, synthetic_seed=seed, **{k: v for k, v in figures.items() if v is not None})
            close_db(db, building / DB_NAME)
            commit_store(target, building)
        except BaseException:
            abandon_store(building)
            raise
    return {**figures, "reused": False}


def size_folder(data: Path, count: int) -> Path:
    """Where the synthetic library of `count` measures lives: `data` with {n} replaced, else data/synthetic-N."""
    text = str(data)
    return Path(text.replace("{n}", str(count))) if "{n}" in text else data / f"synthetic-{count}"


def _child(args: list[str], show_progress: bool = False) -> dict:
    """Run `python -m index bench …` in a fresh process (clean start-up and memory figures); its
    progress lines go to this process's stderr when `show_progress`."""
    done = subprocess.run([sys.executable, "-m", "index", "bench", *args, "--json"], stdout=subprocess.PIPE,
                          stderr=None if show_progress else subprocess.PIPE, text=True, encoding="utf-8")
    if done.returncode != 0:
        raise PolicyDataError(f"bench {' '.join(args)} 失败：\n{(done.stderr or '')[-2000:]}")
    return json.loads(done.stdout)


def scaling_table(sizes: list[int], data: Path, source: Path, reuse: bool = False, queries: Path | None = None,
                  progress: Callable[[str], None] | None = None) -> dict:
    """For each size: build (or reuse) a synthetic library in its own process, then open it and run
    the bench in another fresh process, so start-up and memory are those of a clean start."""
    say = progress or (lambda line: None)
    table, runs = [], {}
    for count in sizes:
        folder = size_folder(data, count)
        say(f"{count}：{'使用已有' if reuse and synthetic_figures(folder, count) else '生成'}合成数据 {folder} …")
        built = _child(["--synthetic", str(count), "--data", str(folder), "--source", str(source), "--build-only",
                        *(["--reuse"] if reuse else [])], show_progress=True)
        say(f"{count}：测量 …")
        report = _child(["--data", str(folder), *(["--queries", str(queries)] if queries else [])])
        runs[str(count)] = {**built, **report}
        table.append({
            "N": count, "p50_ms": report["engine"]["p50_ms"], "p95_ms": report["engine"]["p95_ms"],
            "window_page_p50_ms": report["window_page"]["p50_ms"], "window_page_p95_ms": report["window_page"]["p95_ms"],
            "first_query_s": report["first_query_after_start_s"], "build_s": built.get("synthetic_build_s"),
            "rss_mb": report.get("rss_mb"), "build_rss_mb": built.get("build_rss_mb"),
            "fts5_p50_ms": report["fts5_trigram"]["p50_ms"], "reused": built.get("reused", False),
        })
    return {"table": table, "runs": runs}


def table_text(table: list[dict]) -> str:
    head = "| N | p50 ms | p95 ms | window page p50/p95 ms | first query s | build s | RSS MB | build RSS MB | FTS5 p50 ms |"
    rows = [head, "|" + "---|" * 9]
    for r in table:
        rows.append(f"| {r['N']:,} | {r['p50_ms']} | {r['p95_ms']} | {r['window_page_p50_ms']}/{r['window_page_p95_ms']}"
                    f" | {r['first_query_s']} | {r['build_s']}"
                    f"{' (reused)' if r['reused'] else ''} | {r['rss_mb']} | {r['build_rss_mb']} | {r['fts5_p50_ms']} |")
    return "\n".join(rows)


def _fts(rows: list[tuple[str, str, str]]) -> sqlite3.Connection:
    """FTS5 (trigram) over (id, district, text) rows, in memory."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table m using fts5(id unindexed, district unindexed, body, tokenize='trigram')")
    conn.executemany("insert into m values (?, ?, ?)", rows)
    return conn


def _fts_query(conn: sqlite3.Connection, text: str) -> int:
    terms = [t for t in re.split(r"\s+", text.strip().strip('"')) if t]
    if not terms:
        return 0
    long_terms = [t for t in terms if len(t) >= 3]
    where = " AND ".join(["body LIKE ?"] * (len(terms) - len(long_terms)))
    args: list[str] = [f"%{t}%" for t in terms if len(t) < 3]
    if long_terms:
        match = " AND ".join('"' + t.replace('"', "") + '"' for t in long_terms)
        sql_where = "m MATCH ?" + (f" AND {where}" if where else "")
        args = [match, *args]
    else:
        sql_where = where
    total = conn.execute(f"select count(*) from m where {sql_where}", args).fetchone()[0]
    conn.execute(f"select district, count(*) from m where {sql_where} group by district", args).fetchall()
    snippet = "snippet(m, 2, '<mark>', '</mark>', '…', 30)" if long_terms else "substr(body, 1, 60)"
    conn.execute(f"select id, {snippet} from m where {sql_where} order by {'rank' if long_terms else 'rowid'} limit 20", args).fetchall()
    return total


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(p95 * 1000, 2)}


def run_bench(data_dir: Path, queries: list[dict], repeat: int = 5) -> dict:
    started = time.perf_counter()
    ensure_jieba()
    engine = SearchEngine(data_dir)
    first = engine.search(queries[0]["query"]) if queries else None
    open_seconds = time.perf_counter() - started
    ours, fts_times, window_page = [], [], []
    recall_hits = recall_total = 0
    misses = []
    for item in queries:  # every query once before FTS5 holds its copy of the texts: the engine's own memory
        engine.clear_caches()
        engine.search(item["query"], limit=20)
    rss_mb = peak_rss_mb()
    conn = _fts(engine.store.db.conn.execute("select id, district, text from measures").fetchall())
    warm = []
    for item in queries:
        for _ in range(repeat):
            engine.clear_caches()  # cold: nothing of this query is cached
            t = time.perf_counter()
            engine.search(item["query"], limit=20)
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            engine.search(item["query"], limit=20)  # the same query again (a clerk paging, or a repaint)
            warm.append(time.perf_counter() - t)
            engine.clear_caches()
            t = time.perf_counter()  # the window's search: its list ranked, the hits of its first rows built
            engine.hits(engine.rank(item["query"], limit=WINDOW_LIST), 0, WINDOW_FIRST_ROWS)
            window_page.append(time.perf_counter() - t)
            t = time.perf_counter()
            _fts_query(conn, item["query"])
            fts_times.append(time.perf_counter() - t)
        top = [h["id"] for h in engine.search(item["query"], limit=10)["hits"]]
        for expected in item.get("expect", []):
            recall_total += 1
            if expected in top:
                recall_hits += 1
            else:
                misses.append(f"{item['query']} → {expected}")
    ours_p, fts_p = _percentiles(ours or [0.0]), _percentiles(fts_times or [0.0])
    synthetic = engine.store.meta.get("synthetic") == "1"
    relevance = {}
    if not synthetic:
        for name, path in (("visitor_set", VISITOR_SET), ("clerk_set", CLERK_SET)):
            if path.is_file():
                relevance[name] = evaluate(engine, load_set(path))
    visitor_times = []
    if not synthetic and VISITOR_SET.is_file():
        for item in load_set(VISITOR_SET):
            engine.clear_caches()
            t = time.perf_counter()
            engine.search(item["query"], limit=20)
            visitor_times.append(time.perf_counter() - t)
    return {
        "data": str(engine.store.path),
        "measures": engine.count,
        "queries": len(queries),
        "first_query_after_start_s": round(open_seconds, 3),
        "first_query_total": first["total"] if first else None,
        "engine": ours_p,
        "engine_repeated_query": _percentiles(warm or [0.0]),
        "window_page": _percentiles(window_page or [0.0]),  # cold, as "engine"
        "fts5_trigram": fts_p,
        "p50_ratio": round(ours_p["p50_ms"] / fts_p["p50_ms"], 2) if fts_p["p50_ms"] else None,
        # the query set names real measures; a synthetic corpus has none of them
        "recall_at_10": None if synthetic else (round(recall_hits / recall_total, 3) if recall_total else None),
        "recall_misses": [] if synthetic else misses,
        # latency of the visitor set's queries (cold, one run each): longer, wordier queries
        "engine_visitor_queries": _percentiles(visitor_times) if visitor_times else None,
        **relevance,
        "rss_mb": rss_mb,  # peak after opening and answering every query once, before FTS5 is built
        "rss_with_fts5_mb": peak_rss_mb(),
    }
