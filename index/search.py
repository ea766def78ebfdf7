"""The search engine: ranked measures for what a clerk types, with facet counts and snippets.

Whoosh finds and ranks; facets, filters and display data come from the measures held in memory
(loaded once from SQLite). One engine may serve several threads: each search opens its own
Searcher, and hits leave as plain dicts.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from index.analysis import ensure_jieba
from index.errors import PolicyDataError
from index.metadata import MUNICIPAL
from index.paths import resource
from index.searchindex import INDEX_DIR
from index.snippets import snippet
from index.store import Store
from index.synonyms import Synonyms
from index.userquery import QueryBuilder, parse_user_query

FACETS = ("district", "industry", "benefit_type", "document", "unit")
FEW_RESULTS = 3


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
        except Exception as exc:  # whoosh raises several types for a missing or damaged index
            raise PolicyDataError(f"{self.store.path / INDEX_DIR}：搜索索引缺失或损坏（{exc}）。请重新构建数据。") from exc
        self.measures = self.store.measures()
        self._by_id = {m["id"]: i for i, m in enumerate(self.measures)}
        self._facets = [facet_values(m) for m in self.measures]
        with self.index.searcher() as searcher:
            stored = list(searcher.reader().iter_docs())
        if len(stored) != len(self.measures):
            raise PolicyDataError(f"{self.store.path}：索引（{len(stored)}条）与数据库（{len(self.measures)}条）不一致。请重新构建数据。")
        # docnum → row in self.measures
        self._row = {docnum: self._by_id[fields["id"]] for docnum, fields in stored}
        self.builder = QueryBuilder(synonyms or Synonyms.load(resource("synonyms.txt")))

    def measure(self, measure_id: str) -> dict | None:
        row = self._by_id.get(measure_id)
        return self.measures[row] if row is not None else None

    def search(self, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> dict:
        filters = filters or Filters()
        q = parse_user_query(text)
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        scored: list[tuple[float, int]]
        fallback = False
        if q.empty:
            scored = [(0.0, row) for row in range(len(self.measures))]
            if q.excluded:
                notices.append("只有排除词，没有要找的词：显示全部措施。")
        else:
            scored = self._run(self.builder.build(q, "and"))
            few = len(self._filtered(scored, filters)) < FEW_RESULTS
            if few and (len(q.terms) + len(q.phrases) > 1 or any(len(t) > 2 for t in q.terms)):
                more = self._run(self.builder.build(q, "or"))
                rows = {row for _, row in scored}
                extra = [(s, r) for s, r in more if r not in rows]
                if extra:
                    fallback = True
                    notices.append("同时包含全部词语的措施很少，下面也列出只含部分词语的措施（排在后面）。")
                    top = max((s for s, _ in extra), default=0.0)
                    # AND hits first, then OR hits: keep scores comparable but below every AND hit
                    scored = [(s + top + 1.0, r) for s, r in scored] + extra
        hits = self._filtered(scored, filters)
        hits.sort(key=lambda item: (-item[0], item[1]))
        terms = tuple(self.builder.highlight_terms(q))
        page = [self._hit(row, score, terms) for score, row in hits[offset : offset + limit]]
        return {
            "query": text,
            "total": len(hits),
            "hits": page,
            "facets": self._facet_counts(scored, filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
        }

    def _run(self, query) -> list[tuple[float, int]]:
        if query is None:
            return []
        with self.index.searcher() as searcher:
            results = searcher.search(query, limit=None, terms=False)
            return [(score, self._row[docnum]) for docnum, score in results.items()]

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

    def _filtered(self, scored: list[tuple[float, int]], filters: Filters) -> list[tuple[float, int]]:
        active = filters.active()
        if not active:
            return list(scored)
        return [(s, r) for s, r in scored if self._passes(r, active, filters)]

    def _facet_counts(self, scored: list[tuple[float, int]], filters: Filters) -> dict[str, dict[str, int]]:
        """Counts per facet value among the hits that pass every *other* facet's filter, so the
        clerk sees what ticking one more value would give."""
        active = filters.active()
        counts: dict[str, Counter] = {name: Counter() for name in FACETS}
        for _, row in scored:
            values = self._facets[row]
            for name in FACETS:
                if active and not self._passes(row, active, filters, skip=name):
                    continue
                counts[name].update(values[name])
        return {name: dict(counts[name].most_common()) for name in FACETS}

    def _hit(self, row: int, score: float, terms: tuple[str, ...]) -> dict:
        measure = self.measures[row]
        return {**measure, "score": round(score, 4), "snippet": snippet(measure["text"], terms)}
