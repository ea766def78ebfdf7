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

from index.analysis import RUN, ensure_jieba
from index.errors import PolicyDataError
from index.paths import library
from index.searchindex import HEADING_BOOST, INDEX_DIR, heading_of
from index.snippets import snippet
from index.store import Store
from index.synonyms import Synonyms
from index.pinyin import PinyinIndex
from index.understanding import PART_CREDIT, Concept, Query, Understanding, load_fillers
from index.userquery import literal_candidates_query
from index.vocab import MUNICIPAL

FACETS = ("district", "industry", "benefit_type", "document", "unit")
FEW_RESULTS = 3
MIN_SHARE = 0.6  # a query of three or more concepts lists the measures holding most of them first
BM25_K1, BM25_B = 1.2, 0.75
# A measure that is purely a task for government (政府工作) offers the visitor nothing to claim: it stays
# findable but ranks below the measures that benefit an enterprise.
GOVERNMENT_TASK_WEIGHT = 0.5
_CACHE_SIZE = 512


@dataclass(frozen=True)
class ConceptRows:
    """Where one concept occurs: rows holding it whole, and per wording and per part."""
    full: frozenset[int]
    variants: tuple[tuple[str, frozenset[int]], ...]
    parts: tuple[tuple[str, ...], ...] = ()  # a compound's parts, each with its wordings


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
        self._benefits = [frozenset(m["benefit_types"]) for m in self.measures]
        by_benefit: dict[str, set[int]] = {}
        for row, benefits in enumerate(self._benefits):
            for benefit in benefits:
                by_benefit.setdefault(benefit, set()).add(row)
        self._benefit_rows = {name: frozenset(rows) for name, rows in by_benefit.items()}
        self._benefit_names = frozenset(self._benefit_rows)
        self._norm = [BM25_K1 * (1 - BM25_B + BM25_B * len(b) / self._avg_len) for b in self._body]
        by_district: dict[str, set[int]] = {}
        for row, m in enumerate(self.measures):
            by_district.setdefault(m["district"], set()).add(row)
        self._district_rows = {name: frozenset(rows) for name, rows in by_district.items()}
        self._pinyin: PinyinIndex | None = None
        self.understanding = Understanding(synonyms or Synonyms.load(library("synonyms.txt")),
                                           load_fillers(library("query_fillers.txt")))
        self.builder = self.understanding  # the desktop reads .builder.synonyms

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
        """Stages over one understood Query: candidates (literal rows per concept) → coverage →
        exclusions and filters → rank (coverage, then benefit before task, home district, BM25) →
        facets → snippets of the page. Runs on the caller's thread."""
        if limit < 0 or offset < 0:  # a negative slice bound would silently drop the last hits
            raise ValueError(f"limit and offset must not be negative (limit={limit}, offset={offset})")
        filters = filters or Filters()
        q = self.understanding.understand(text)
        if q.empty and q.excluded and " " not in q.text:
            with self._searcher() as searcher:
                if self._literal(searcher, q.text):
                    # "－平" copied from "尖货－平谷": text the documents hold, not an exclusion
                    q = self.understanding.understand(f"“{q.text}”")
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        fallback = False
        with self._searcher() as searcher:
            if q.empty:
                matched: set[int] = set(range(len(self.measures)))
                coverage: dict[int, float] | None = None
                sets: list[ConceptRows] = []
                if q.excluded:
                    notices.append("只有排除词，没有要找的词：显示除排除词以外的全部措施。")
            else:
                sets = [self._concept_rows(searcher, c) for c in q.concepts]
                matched, coverage, complete = self._coverage(searcher, q, sets, filters)
                if not complete and self._respellable(q, sets):
                    respelled = self.understanding.respelled(q, {c.typed for c, r in zip(q.concepts, sets) if not r.full},
                                                             self._pinyin_index(searcher), lambda s: bool(self._literal(searcher, s)))
                    if respelled is not q:
                        q = respelled
                        sets = [self._concept_rows(searcher, c) for c in q.concepts]
                        matched, coverage, complete = self._coverage(searcher, q, sets, filters)
                        notices += [f"没有找到“{typed}”，按“{found}”查找。" for typed, found in q.respellings]
            for word in q.excluded:
                matched -= self._literal(searcher, word)
            visible = self._filtered(matched, filters)
            if len(q.concepts) > 1 and visible and coverage is not None and not any(coverage[r] >= 1.0 for r in visible):
                fallback = True
                notices.insert(0, "没有同时包含全部词语的措施，下面按包含词语的多少排列（只含部分词语）。")
            ranked = self._rank(searcher, q, visible, coverage, sets, filters, offset + limit)
        if q.dropped:
            notices.append("已略去：" + "、".join(q.dropped) + "。")
        terms = q.highlight()
        page = [self._hit(row, score, terms, self._why(q, sets, row)) for row, score in ranked[offset : offset + limit]]
        return {
            "query": text,
            "total": len(visible),
            "hits": page,
            "facets": self._facet_counts(matched, filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
            "understood": [c.typed for c in q.concepts],
        }

    # --- matching -------------------------------------------------------------------------------

    def _concept_rows(self, searcher, concept: Concept) -> ConceptRows:
        """Rows holding the concept whole: a variant, the district, or every part of a compound.
        The rows holding every part come from the rarest part's rows checked on the text for the
        others: a common part (减免, 车辆) is never looked up on its own."""
        found: dict[str, frozenset[int] | None] = {}
        for v in sorted(concept.variants, key=len):
            # a wording holding a shorter one (担保费率 ⊃ 担保费, 核酸检测 ⊃ 核酸) adds no row: it is
            # not looked up (None), only counted where the shorter one is found
            found[v] = None if any(u in v for u in found) else self._literal(searcher, v)
        per_variant = tuple((v, found[v]) for v in concept.variants)
        full: set[int] = set().union(*(rows for rows in found.values() if rows is not None))
        if concept.district:
            full |= self._district_rows.get(concept.district, frozenset())
        if concept.parts and concept.parts_match:
            rarest = min(concept.parts, key=lambda part: sum(self._estimate(searcher, v) for v in part))
            rows = set().union(*(self._literal(searcher, v) for v in rarest))
            others = [part for part in concept.parts if part is not rarest]
            full |= {r for r in rows if all(self._holds(r, part) for part in others)}
        return ConceptRows(frozenset(full), per_variant, concept.parts)

    def _holds(self, row: int, words: tuple[str, ...]) -> bool:
        haystack = self._haystack[row]
        return any(w in haystack for w in words)

    def _estimate(self, searcher, literal: str) -> int:
        """How many rows may hold `literal` (its rarest bigram's document count): a bound, no lookup."""
        grams = [literal[i : i + 2] for i in range(len(literal) - 1)] or [literal]
        return min(searcher.doc_frequency("grams", g) for g in grams)

    def _coverage(self, searcher, q: Query, sets: list[ConceptRows], filters: Filters) -> tuple[set[int], dict[int, float] | None, bool]:
        """The rows to list and each one's share of the query's concepts (weighted; a compound's
        parts give partial credit), graded rather than all-or-any: when at least FEW_RESULTS rows
        (under the filters) hold every concept of a one- or two-concept query, those; else the rows
        holding MIN_SHARE of the concepts, when that gives FEW_RESULTS; else every row holding
        any concept whole (only when none does, some part of a compound). Quoted literals are
        always required. The share orders the list, so a wider list only adds rows below.
        The shares are None when every listed row holds everything."""
        required = [r.full for c, r in zip(q.concepts, sets) if c.required]
        must = frozenset.intersection(*required) if required else None
        every = frozenset.intersection(*(r.full for r in sets))
        if len(q.concepts) <= 2 and len(self._filtered(set(every), filters)) >= FEW_RESULTS:
            # the common case, and the cheap one: nothing but set intersections
            return set(every), None, True
        listed: set[int] = set().union(*(r.full for c, r in zip(q.concepts, sets) if not c.required))
        if not listed and not required:
            listed = set().union(*(self._literal(searcher, v) for r in sets for part in r.parts for v in part))
        if must is not None:
            listed = (listed & must) if len(required) < len(q.concepts) else set(must)
        total = q.weight
        coverage = dict.fromkeys(every & listed, 1.0)
        for row in listed - every:
            got = 0.0
            for concept, rows in zip(q.concepts, sets):
                if row in rows.full:
                    got += concept.weight
                elif rows.parts:
                    got += concept.weight * PART_CREDIT * sum(self._holds(row, p) for p in rows.parts) / len(rows.parts)
            coverage[row] = got / total
        enough = {row for row, share in coverage.items() if share >= MIN_SHARE}
        if len(enough) < len(listed) and len(self._filtered(enough, filters)) >= FEW_RESULTS:
            listed = enough
            coverage = {row: coverage[row] for row in enough}
        return listed, coverage, bool(coverage) and max(coverage.values()) >= 1.0

    def _respellable(self, q: Query, sets: list[ConceptRows]) -> bool:
        return any(not c.required and len(c.typed) >= 2 for c in q.concepts) and (
            any(not r.full for r in sets) or len(q.concepts) > 1)

    def _pinyin_index(self, searcher) -> PinyinIndex:
        with self._lock:
            if self._pinyin is None:
                reader = searcher.reader()
                words: dict[str, int] = {}
                for name in ("heading", "body"):
                    for term, info in reader.iter_field(name):
                        word = term.decode("utf-8") if isinstance(term, bytes) else term
                        words[word] = words.get(word, 0) + info.doc_frequency()
                for word in self.understanding.synonyms.words():
                    words.setdefault(word, 0)
                self._pinyin = PinyinIndex(list(words.items()))
            return self._pinyin

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
            if len(literal) <= 2 and "." not in literal and RUN.fullmatch(literal):
                # one or two characters of one run: the bigram postings are exact, nothing to verify
                rows = frozenset(candidates)
            else:
                rows = frozenset(r for r in candidates if literal in self._haystack[r])
        with self._lock:
            self._literal_cache[literal] = rows
            if len(self._literal_cache) > _CACHE_SIZE:
                self._literal_cache.popitem(last=False)
        return rows

    # --- ranking --------------------------------------------------------------------------------

    def _rank(self, searcher, q: Query, rows: set[int], coverage: dict[int, float] | None, sets: list[ConceptRows],
              filters: Filters, need: int) -> list[tuple[int, float]]:
        """The first `need` rows: by coverage of the query's concepts, then measures an enterprise
        can claim before government tasks, then those granting a benefit type the query names
        (房租减免 ~ 租金减免: the tenant's relief before the landlord's subsidy for it), then (with a
        district filter) the district's own before the city's, then BM25, then document order.
        BM25 is computed coverage level by coverage level, only until the page is full: on a large
        library most matched rows are never scored.

        BM25 per concept takes its best wording (the typed word, a synonym, or a compound's parts
        averaged); idf from the rows holding that wording, term counts on the heading (counted
        HEADING_BOOST times) and the text."""
        if not sets:
            return [(r, 0.0) for r in sorted(rows)[:need]]
        home = set(filters.district) if filters.district and filters.include_municipal else set()
        total = len(self.measures)
        idf: dict[str, float] = {}
        for rows_of in sets:
            for word, hits in rows_of.variants:
                df = len(hits) if hits is not None else self._estimate(searcher, word)
                idf[word] = math.log(1 + (total - df + 0.5) / (df + 0.5))

        def part_idf(word: str) -> float:  # a part's rows are never looked up: its rarest bigram bounds them
            if word not in idf:
                df = self._estimate(searcher, word)
                idf[word] = math.log(1 + (total - df + 0.5) / (df + 0.5))
            return idf[word]

        plan = []
        for concept, rows_of in zip(q.concepts, sets):
            words = [(w, hits, idf[w]) for w, hits in rows_of.variants if hits is None or hits]
            named = frozenset(concept.variants + concept.phrasings) & self._benefit_names
            plan.append((concept.weight, words, rows_of.parts, concept.parts_match, named))
        # rows granting a benefit type some concept names (房租减免 → 租金减免)
        granting = [frozenset().union(*(self._benefit_rows[t] for t in named)) for *_, named in plan if named]
        government = self._government_only
        levels: dict[float, list[int]] = {}
        if coverage is None:  # every row holds all of it (the common case)
            levels[1.0] = list(rows)
        else:
            for row in rows:
                levels.setdefault(round(coverage.get(row, 0.0), 3), []).append(row)
        simple = len(plan) == 1 and not plan[0][2]  # one concept, no parts: BM25 inline
        words = plan[0][1] if simple else ()
        ordered: list[tuple[int, float]] = []
        for level in sorted(levels, reverse=True):
            scored = []
            for row in levels[level]:
                if simple:
                    heading, body, norm = self._heading[row], self._body[row], self._norm[row]
                    score = 0.0
                    for word, hits, idf_w in words:
                        if hits is None or row in hits:
                            tf = HEADING_BOOST * heading.count(word) + body.count(word)
                            value = idf_w * tf * (BM25_K1 + 1) / (tf + norm)
                            if value > score:
                                score = value
                else:
                    score = self._bm25(row, plan, part_idf)
                grants = -sum(row in g for g in granting) if granting else 0
                away = self.measures[row]["district"] not in home if home else False
                scored.append(((government[row], grants, away, -score, row), row, score))
            scored.sort()
            ordered += [(row, score * (GOVERNMENT_TASK_WEIGHT if government[row] else 1.0)) for _, row, score in scored]
            if len(ordered) >= need:
                break
        return ordered[:need]

    def _bm25(self, row: int, plan: list, part_idf) -> float:
        """Sum over concepts of the best wording's BM25 (a whole wording, or the parts averaged).
        The innermost loop of a search: kept plain."""
        heading, body, norm = self._heading[row], self._body[row], self._norm[row]
        k1 = BM25_K1 + 1
        score = 0.0
        for weight, words, parts, parts_match, named in plan:
            best = 0.0
            for word, hits, idf in words:
                if hits is None or row in hits:
                    tf = HEADING_BOOST * heading.count(word) + body.count(word)
                    if tf:
                        value = idf * tf * k1 / (tf + norm)
                        if value > best:
                            best = value
            # a domain word's parts only score a row that lacks the word itself
            if parts and (parts_match or not best):
                total = 0.0
                for part in parts:
                    top = 0.0
                    for word in part:
                        tf = HEADING_BOOST * heading.count(word) + body.count(word)
                        if tf:
                            value = part_idf(word) * tf * k1 / (tf + norm)
                            if value > top:
                                top = value
                    total += top
                best = max(best, total / len(parts))
            score += weight * best
        return score

    def _why(self, q: Query, sets: list[ConceptRows], row: int) -> str:
        """按“巡游出租车”匹配 when the hit holds a concept only in another wording than the typed
        one (a synonym, a compound's other wording, or a pinyin respelling); "" otherwise."""
        shown: list[str] = []
        for concept, rows_of in zip(q.concepts, sets):
            if concept.required or (concept.district and self.measures[row]["district"] == concept.district):
                continue
            haystack = self._haystack[row]
            held = [w for w, hits in rows_of.variants if (w in haystack if hits is None else row in hits)]
            if concept.via != "pinyin" and concept.typed in held:
                continue
            word = max(held, key=len) if held else None  # the fullest wording it holds
            if word is None and rows_of.parts:
                words = [next((w for w in part if w in haystack), None) for part in rows_of.parts]
                typed_parts = [part[0] for part in rows_of.parts]
                if all(words) and words != typed_parts:
                    word = "”“".join(w for w in words if w)
            if word and word != concept.typed:
                shown.append(word)
        return "按“" + "”“".join(dict.fromkeys(shown[:3])) + "”匹配" if shown else ""

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

    def _hit(self, row: int, score: float, terms: tuple[str, ...], why: str = "") -> dict:
        measure = self.measures[row]
        return {**measure, "score": round(score, 4), "snippet": snippet(measure["text"], terms), "why": why}
