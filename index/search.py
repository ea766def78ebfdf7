"""The search engine: ranked measures for what a clerk types, with facet counts and snippets.

Matching is literal (bigram postings from the Whoosh index, verified against the text held in
memory), so any substring finds its measures; ranking is Whoosh BM25 over jieba words with headings
boosted; facets, filters and display data come from the measures loaded once from SQLite. One engine
may serve several threads: each search opens its own Searcher, and hits leave as plain dicts.
"""
from __future__ import annotations

import math
import threading
from contextlib import contextmanager
from collections import Counter, OrderedDict
from itertools import chain
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from index.analysis import ensure_jieba
from index.errors import PolicyDataError
from index.metadata import MUNICIPAL
from index.paths import library
from index.searchindex import HEADING_BOOST, INDEX_DIR, heading_of
from index.snippets import snippet
from index.store import Store
from index.synonyms import Synonyms
from index.userquery import Plan, QueryBuilder, UserQuery, literal_candidates_query, parse_user_query

FACETS = ("district", "industry", "benefit_type", "document", "unit")
FEW_RESULTS = 3
BM25_K1, BM25_B = 1.2, 0.75
# A measure that is purely a task for government (政府工作) offers the visitor nothing to claim: it stays
# findable but ranks below the measures that benefit an enterprise.
GOVERNMENT_TASK_WEIGHT = 0.5
_CACHE_SIZE = 512


@dataclass
class Filters:
    district: list[str] = field(default_factory=list)
    industry: list[str] = field(default_factory=list)
    benefit_type: list[str] = field(default_factory=list)
    document: list[str] = field(default_factory=list)
    unit: list[str] = field(default_factory=list)
    include_municipal: bool = True  # a district filter keeps the city's measures, which apply everywhere

    def active(self) -> dict[str, set[str]]:
        return {name: set(getattr(self, name)) for name in FACETS if getattr(self, name)}


def facet_values(measure: dict) -> dict[str, list[str]]:
    return {
        "district": [measure["district"]],
        "industry": measure["industries"],
        "benefit_type": measure["benefit_types"],
        "document": [measure["document"]["id"]],
        "unit": measure["responsible_units"],
    }


class SearchEngine:
    def __init__(self, data_dir: Path, synonyms: Synonyms | None = None):
        self.store = Store(data_dir)
        ensure_jieba()
        try:
            self.index = whoosh_index.open_dir(str(self.store.path / INDEX_DIR))
            with self.index.searcher() as searcher:
                stored = list(searcher.reader().iter_docs())
        except Exception as exc:  # whoosh raises many types for a missing or damaged index
            raise PolicyDataError(f"{self.store.path / INDEX_DIR}：搜索索引缺失或损坏（{exc}）。请重新构建数据。") from exc
        self.measures = self.store.measures()
        self._by_id = {m["id"]: i for i, m in enumerate(self.measures)}
        if len(stored) != len(self.measures) or any(f.get("id") not in self._by_id for _, f in stored):
            raise PolicyDataError(f"{self.store.path}：索引（{len(stored)}条）与数据库（{len(self.measures)}条）不一致。请重新构建数据。")
        self._row = {docnum: self._by_id[fields["id"]] for docnum, fields in stored}
        self._docnum = {row: docnum for docnum, row in self._row.items()}
        # what literal matching looks in: the heading and the text, lower-cased for Latin letters
        self._heading = [heading_of(m).lower() for m in self.measures]
        self._body = [m["text"].lower() for m in self.measures]
        self._haystack = [f"{h}\n{b}" for h, b in zip(self._heading, self._body)]
        self._avg_len = max(1.0, sum(len(b) for b in self._body) / max(1, len(self._body)))
        self._facets = [facet_values(m) for m in self.measures]
        self._government_only = [bool(m.get("government_only")) for m in self.measures]
        self._pairs = [tuple((name, v) for name, values in f.items() for v in values) for f in self._facets]
        self._literal_cache: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._lock = threading.Lock()
        self._all: list = []  # every Searcher opened
        self._idle: list = []  # those not in use now
        self.builder = QueryBuilder(synonyms or Synonyms.load(library("synonyms.txt")))

    @contextmanager
    def _searcher(self):
        """A Searcher from the engine's pool. Opening one costs ~30 ms on 20,000 measures, and the
        index never changes under an engine (a rebuild makes a new store and a new engine), so they
        are kept and reused; a Searcher serves one thread at a time. (threading.local would not do:
        a QThreadPool task does not keep its Python thread state between tasks.)"""
        with self._lock:
            searcher = self._idle.pop() if self._idle else None
        if searcher is None:
            searcher = self.index.searcher()
            with self._lock:
                self._all.append(searcher)
        try:
            yield searcher
        finally:
            with self._lock:
                self._idle.append(searcher)

    def close(self) -> None:
        """Close every Searcher and the database connection (call when no search runs any more)."""
        with self._lock:
            searchers, self._all, self._idle = self._all, [], []
        for searcher in searchers:
            searcher.close()
        self.index.close()
        self.store.close()

    def clear_caches(self) -> None:
        """Forget cached literal matches (the benchmark measures cold queries)."""
        with self._lock:
            self._literal_cache.clear()

    def measure(self, measure_id: str) -> dict | None:
        row = self._by_id.get(measure_id)
        return self.measures[row] if row is not None else None

    def search(self, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> dict:
        if limit < 0 or offset < 0:  # a negative slice bound would silently drop the last hits
            raise ValueError(f"limit and offset must not be negative (limit={limit}, offset={offset})")
        filters = filters or Filters()
        q = parse_user_query(text)
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        fallback = False
        with self._searcher() as searcher:
            if q.empty:
                matched: set[int] = set(range(len(self.measures)))
                if q.excluded:
                    notices.append("只有排除词，没有要找的词：显示除排除词以外的全部措施。")
            else:
                matched = self._evaluate(searcher, self.builder.plan(q, "and"))
                if len(self._filtered(matched, filters)) < FEW_RESULTS and self._can_widen(q):
                    wider = self._evaluate(searcher, self.builder.plan(q, "or")) - matched
                    if wider:
                        fallback = True
                        notices.append("同时包含全部词语的措施很少，下面也列出只含部分词语的措施（排在后面）。")
                        first, matched = matched, matched | wider
            for word in q.excluded:
                matched -= self._literal(searcher, word)
            visible = self._filtered(matched, filters)
            ranked = self._rank(searcher, q, visible, first if fallback else visible)
        terms = tuple(self.builder.highlight_terms(q))
        page = [self._hit(row, score, terms) for row, score in ranked[offset : offset + limit]]
        return {
            "query": text,
            "total": len(visible),
            "hits": page,
            "facets": self._facet_counts(matched, filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
        }

    @staticmethod
    def _can_widen(q: UserQuery) -> bool:
        return len(q.terms) + len(q.phrases) > 1 or any(len(t) > 2 for t in q.terms)

    # --- matching -------------------------------------------------------------------------------

    def _evaluate(self, searcher, plan: Plan | None) -> set[int]:
        if plan is None:
            return set()
        kind, parts = plan
        if kind == "any":
            out: set[int] = set()
            for literal in parts:
                out |= self._literal(searcher, literal)
            return out
        sets = [self._evaluate(searcher, part) for part in parts]
        if kind == "all":
            return set.intersection(*sets) if sets else set()
        return set().union(*sets)

    def _literal(self, searcher, literal: str) -> frozenset[int]:
        """Rows whose heading or text contains `literal`: bigram postings, then a check on the text."""
        literal = literal.lower()
        with self._lock:
            cached = self._literal_cache.get(literal)
            if cached is not None:
                self._literal_cache.move_to_end(literal)
                return cached
        query = literal_candidates_query(literal, searcher)
        rows: frozenset[int] = frozenset()
        if query is not None:
            candidates = (self._row[d] for d in searcher.docs_for_query(query))
            rows = frozenset(r for r in candidates if literal in self._haystack[r])
        with self._lock:
            self._literal_cache[literal] = rows
            if len(self._literal_cache) > _CACHE_SIZE:
                self._literal_cache.popitem(last=False)
        return rows

    # --- ranking --------------------------------------------------------------------------------

    def _rank(self, searcher, q: UserQuery, rows: set[int], first: set[int]) -> list[tuple[int, float]]:
        """Rows in `first` (all words matched) before the rest; within each group by score, ties in
        document order.

        The score is BM25 over the ranking words, with document frequencies from the jieba word
        field of the Whoosh index and term counts taken on the matched rows' text in memory; a word
        in the heading counts HEADING_BOOST times. Scoring in memory touches only the matched rows,
        where Whoosh would walk every posting of every word (30 ms on 20,000 measures)."""
        words = self.builder.ranking_words(q)
        scores: dict[int, float] = {}
        if words:
            total = max(1, searcher.doc_count())
            weights = [(w, math.log(1 + (total - df + 0.5) / (df + 0.5))) for w in words
                       for df in (searcher.doc_frequency("body", w),)]
            for row in rows:
                heading, body = self._heading[row], self._body[row]
                norm = BM25_K1 * (1 - BM25_B + BM25_B * len(body) / self._avg_len)
                score = 0.0
                for word, idf in weights:
                    tf = HEADING_BOOST * heading.count(word) + body.count(word)
                    if tf:
                        score += idf * tf * (BM25_K1 + 1) / (tf + norm)
                if self._government_only[row]:
                    score *= GOVERNMENT_TASK_WEIGHT
                scores[row] = score
        ordered: list[tuple[int, float]] = []
        for group in (rows & first, rows - first):
            ordered += sorted(((r, scores.get(r, 0.0)) for r in group), key=lambda item: (-item[1], item[0]))
        return ordered

    # --- filters and facets -----------------------------------------------------------------------

    def _passes(self, row: int, active: dict[str, set[str]], filters: Filters, skip: str | None = None) -> bool:
        values = self._facets[row]
        for name, wanted in active.items():
            if name == skip:
                continue
            if name == "district" and filters.include_municipal and values["district"][0] == MUNICIPAL:
                continue
            if wanted.isdisjoint(values[name]):
                return False
        return True

    def _filtered(self, rows: set[int], filters: Filters) -> set[int]:
        active = filters.active()
        if not active:
            return rows
        return {r for r in rows if self._passes(r, active, filters)}

    def _facet_counts(self, rows: set[int], filters: Filters) -> dict[str, dict[str, int]]:
        """Counts per facet value among the hits that pass every *other* facet's filter, so the
        clerk sees what ticking one more value would give. A row failing no filter counts in every
        facet; a row failing exactly one counts only in that one."""
        active = filters.active()
        full: list[int] = []
        partial: dict[str, list[int]] = {name: [] for name in FACETS}
        if not active:
            full = list(rows)
        else:
            for row in rows:
                failed = [name for name in active if not self._passes(row, {name: active[name]}, filters)]
                if not failed:
                    full.append(row)
                elif len(failed) == 1:
                    partial[failed[0]].append(row)
        pairs = Counter(chain.from_iterable(self._pairs[r] for r in full))
        counts: dict[str, Counter] = {name: Counter() for name in FACETS}
        for (name, value), n in pairs.items():
            counts[name][value] += n
        for name, extra in partial.items():
            counts[name].update(chain.from_iterable(self._facets[r][name] for r in extra))
        return {name: dict(counts[name].most_common()) for name in FACETS}

    def _hit(self, row: int, score: float, terms: tuple[str, ...]) -> dict:
        measure = self.measures[row]
        return {**measure, "score": round(score, 4), "snippet": snippet(measure["text"], terms)}
