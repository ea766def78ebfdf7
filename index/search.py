"""The search engine: ranked measures for what a clerk types, with facet counts and snippets.

Matching is literal (the bigram postings prepared at build time, index.prepared, verified against the
text held in memory), so any substring finds its measures; ranking is BM25 over the literal wordings
with headings boosted; facets and filters are bitmaps of rows prepared at build time, so row sets are
combined and counted without a Python loop per row (index.bitmaps). Only the ids and the lower-cased
texts are loaded at open; whole measures are read from SQLite for the page shown (`measures` loads
them all on first use, for the wizard). One engine may serve several threads; hits leave as plain
dicts. The Whoosh index stays the index of record: opened (and checked) at start, read for the
pinyin respelling's vocabulary.
"""
from __future__ import annotations

import math
import struct
import threading
from contextlib import contextmanager
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import add, contains, eq, mul, not_
from pathlib import Path

from whoosh import index as whoosh_index

from index import bitmaps
from index.analysis import RUN, ensure_jieba
from index.errors import PolicyDataError
from index.paths import library
from index.prepared import SEARCH_DATA, SearchData, facet_values_of
from index.searchindex import HEADING_BOOST, INDEX_DIR
from index.snippets import snippet
from index.store import Store
from index.synonyms import Synonyms
from index.pinyin import PinyinIndex
from index.understanding import PART_CREDIT, Concept, Query, Understanding, load_fillers
from index.vocab import MUNICIPAL

FACETS = ("district", "industry", "benefit_type", "document", "unit")
FEW_RESULTS = 3
MIN_SHARE = 0.6  # a query of three or more concepts lists the measures holding most of them first
BM25_K1, BM25_B = 1.2, 0.75
# A measure that is purely a task for government (政府工作) offers the visitor nothing to claim: it stays
# findable but ranks below the measures that benefit an enterprise.
GOVERNMENT_TASK_WEIGHT = 0.5
_CACHE_SIZE = 512
_GRAM_CACHE_SIZE = 2048
_PAGE_CACHE_SIZE = 256
# up to this many measures, all are decoded at open (~0.3 s at 5,000) and pages cost nothing; a larger
# library reads each page from SQLite (~0.6 ms for 20) and decodes the rest only when asked
EAGER_MEASURES = 5000
_CANDIDATE_GRAMS = 3  # a literal's candidates: its rarest bigrams ANDed (a superset; the text decides)


@dataclass(frozen=True)
class ConceptRows:
    """Where one concept occurs (row bitmaps): rows holding it whole, and per wording (None: a
    wording holding a shorter one, not looked up) and per part."""
    full: int
    variants: tuple[tuple[str, int | None], ...]
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


def _collect_half_open_files() -> None:
    """A damaged segment makes Whoosh fail half-way through opening it and leaves that file to the
    garbage collector; close it now (quietly: we know why it is open) rather than at a random later
    moment with a ResourceWarning."""
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def measure_facets(measure: dict) -> dict[str, list[str]]:
    """A measure's values for every facet (for lists the engine did not search: 收藏夹, 浏览记录)."""
    return {name: facet_values_of(measure, name) for name in FACETS}


class SearchEngine:
    def __init__(self, data_dir: Path, synonyms: Synonyms | None = None):
        self.store = Store(data_dir)
        ensure_jieba()
        path = self.store.path
        try:
            self.data = SearchData(path / SEARCH_DATA)
        except (OSError, ValueError, KeyError, TypeError, struct.error) as exc:
            raise PolicyDataError(f"{path / SEARCH_DATA}：搜索数据缺失或损坏（{exc}）。请重新构建数据。") from exc
        self._lock = threading.Lock()
        self._all: list = []  # every Searcher opened
        self._idle: list = []  # those not in use now
        failure = None
        try:
            self.index = whoosh_index.open_dir(str(path / INDEX_DIR))
            searcher = self.index.searcher()  # reads every segment's table of contents: a damaged index fails here
            self._all.append(searcher)
            self._idle.append(searcher)
            indexed = searcher.doc_count()
        except Exception as exc:  # noqa: BLE001 - whoosh raises many types for a missing or damaged index
            # only its words are kept: the exception's frames hold the file Whoosh left half-open
            failure = f"{type(exc).__name__}: {exc}"
        if failure is not None:
            self.data.close()
            self.store.close()
            if getattr(self, "index", None) is not None:
                self.index.close()
            _collect_half_open_files()
            raise PolicyDataError(f"{path / INDEX_DIR}：搜索索引缺失或损坏（{failure}）。请重新构建数据。")
        self._size = size = self.data.rows
        self._ids = self.data.ids
        self._by_id = {measure_id: row for row, measure_id in enumerate(self._ids)}
        stored = self.store.db.conn.execute("select count(*) from measures").fetchone()[0]
        if indexed != size or stored != size or len(self._by_id) != size:
            self._inconsistent(f"索引（{indexed}条）与数据库（{stored}条）不一致")
        # what literal matching looks in: the heading and the text, lower-cased for Latin letters
        self._heading, self._body = self.data.texts("headings"), self.data.texts("bodies")
        self._avg_len = max(1.0, sum(len(b) for b in self._body) / max(1, size))
        self._norm = [BM25_K1 * (1 - BM25_B + BM25_B * len(b) / self._avg_len) for b in self._body]
        self._all_rows = bitmaps.everything(size)
        self._facet_rows = {name: self.data.facet(name) for name in FACETS}
        self._government = self.data.government()
        self._benefit_rows = self._facet_rows["benefit_type"]
        self._benefit_names = frozenset(self._benefit_rows)
        self._district_rows = self._facet_rows["district"]
        self._municipal = self._district_rows.get(MUNICIPAL, bitmaps.EMPTY)
        self._literal_cache: OrderedDict[str, int] = OrderedDict()
        self._gram_cache: OrderedDict[str, int] = OrderedDict()
        self._page_cache: OrderedDict[int, dict] = OrderedDict()
        self._measures: list[dict] | None = None
        self._measures_lock = threading.Lock()
        self._db_lock = threading.Lock()  # one SQLite connection, used from the search threads
        self._pinyin: PinyinIndex | None = None
        if size <= EAGER_MEASURES:
            self.measures  # noqa: B018 - a small library is decoded whole at open: every page is then free
        self.understanding = Understanding(synonyms or Synonyms.load(library("synonyms.txt")),
                                           load_fillers(library("query_fillers.txt")))
        self.builder = self.understanding  # the desktop reads .builder.synonyms

    def _inconsistent(self, why: str) -> None:
        self.close()
        raise PolicyDataError(f"{self.store.path}：{why}。请重新构建数据。")

    @contextmanager
    def _searcher(self):
        """A Searcher from the engine's pool (only the pinyin respelling reads Whoosh at query
        time). The index never changes under an engine (a rebuild makes a new store and a new
        engine), so they are kept and reused; a Searcher serves one thread at a time. (threading.local
        would not do: a QThreadPool task does not keep its Python thread state between tasks.)"""
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
        """Close every Searcher, the search data and the database connection (call when no search
        runs any more)."""
        with self._lock:
            searchers, self._all, self._idle = self._all, [], []
        for searcher in searchers:
            searcher.close()
        if getattr(self, "index", None) is not None:
            self.index.close()
        self.data.close()
        self.store.close()

    def clear_caches(self) -> None:
        """Forget cached literal matches, postings and page measures (the benchmark measures cold queries)."""
        with self._lock:
            self._literal_cache.clear()
            self._gram_cache.clear()
            self._page_cache.clear()

    @property
    def measures(self) -> list[dict]:
        """Every measure, decoded, in row order. Read from SQLite on first use (the wizard and the
        comparison judge every measure; a search needs only the page's), then kept."""
        with self._measures_lock:
            if self._measures is None:
                with self._db_lock:
                    loaded = self.store.measures()
                if [m["id"] for m in loaded] != self._ids:
                    loaded.sort(key=lambda m: self._by_id[m["id"]])
                self._measures = loaded
            return self._measures

    @property
    def count(self) -> int:
        """How many measures the data holds."""
        return self._size

    def facet_values(self) -> dict[str, list[str]]:
        """Every value of every facet the data has ({"district": […], …}), without decoding a measure."""
        return {name: list(values) for name, values in self._facet_rows.items()}

    def measure(self, measure_id: str) -> dict | None:
        row = self._by_id.get(measure_id)
        return self._page([row])[0] if row is not None else None

    def _page(self, rows: list[int]) -> list[dict]:
        """The measures of `rows`: from `measures` once loaded, else read from SQLite and kept a while."""
        if self._measures is not None:
            return [self._measures[row] for row in rows]
        with self._lock:
            found = {row: self._page_cache[row] for row in rows if row in self._page_cache}
        missing = [row for row in rows if row not in found]
        if missing:
            with self._db_lock:
                read = self.store.measures_by_id([self._ids[row] for row in missing])
            if len(read) != len(set(missing)):
                raise PolicyDataError(f"{self.store.path}：搜索数据中的措施不在数据库中。请重新构建数据。")
            with self._lock:
                for row in missing:
                    found[row] = self._page_cache[row] = read[self._ids[row]]
                while len(self._page_cache) > _PAGE_CACHE_SIZE:
                    self._page_cache.popitem(last=False)
        return [found[row] for row in rows]

    def search(self, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0) -> dict:
        """Stages over one understood Query: candidates (literal rows per concept) → coverage →
        exclusions and filters → rank (coverage, then benefit before task, home district, BM25) →
        facets → snippets of the page. Runs on the caller's thread."""
        if limit < 0 or offset < 0:  # a negative slice bound would silently drop the last hits
            raise ValueError(f"limit and offset must not be negative (limit={limit}, offset={offset})")
        filters = filters or Filters()
        q = self.understanding.understand(text)
        if q.empty and q.excluded and " " not in q.text:
            if self._literal(q.text):
                # "－平" copied from "尖货－平谷": text the documents hold, not an exclusion
                q = self.understanding.understand(f"“{q.text}”")
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        fallback = False
        mask = self._filter_mask(filters)
        if q.empty:
            matched = self._all_rows
            coverage: dict[float, int] | None = None
            sets: list[ConceptRows] = []
            if q.excluded:
                notices.append("只有排除词，没有要找的词：显示除排除词以外的全部措施。")
        else:
            sets = [self._concept_rows(c) for c in q.concepts]
            matched, coverage, complete = self._coverage(q, sets, mask)
            if not complete and self._respellable(q, sets):
                respelled = self.understanding.respelled(q, {c.typed for c, r in zip(q.concepts, sets) if not r.full},
                                                         self._pinyin_index(), lambda s: bool(self._literal(s)))
                if respelled is not q:
                    q = respelled
                    sets = [self._concept_rows(c) for c in q.concepts]
                    matched, coverage, complete = self._coverage(q, sets, mask)
                    notices += [f"没有找到“{typed}”，按“{found}”查找。" for typed, found in q.respellings]
        for word in q.excluded:
            matched &= ~self._literal(word)
        visible = matched & mask
        if len(q.concepts) > 1 and visible and coverage is not None and not any(
                share >= 1.0 and rows & visible for share, rows in coverage.items()):
            fallback = True
            notices.insert(0, "没有同时包含全部词语的措施，下面按包含词语的多少排列（只含部分词语）。")
        ranked = self._rank(q, visible, coverage, sets, filters, offset + limit)
        if q.dropped:
            notices.append("已略去：" + "、".join(q.dropped) + "。")
        terms = q.highlight()
        shown = ranked[offset : offset + limit]
        measures = self._page([row for row, _ in shown])
        page = [self._hit(measure, score, terms, self._why(q, sets, row)) for (row, score), measure in zip(shown, measures)]
        return {
            "query": text,
            "total": visible.bit_count(),
            "hits": page,
            "facets": self._facet_counts(matched, filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
            "understood": [c.typed for c in q.concepts],
        }

    # --- matching -------------------------------------------------------------------------------

    def _concept_rows(self, concept: Concept) -> ConceptRows:
        """Rows holding the concept whole: a variant, the district, or every part of a compound.
        The rows holding every part come from the rarest part's rows narrowed by the others'
        candidates and checked on the text: a common part (减免, 车辆) is never verified on its own."""
        found: dict[str, int | None] = {}
        for v in sorted(concept.variants, key=len):
            # a wording holding a shorter one (担保费率 ⊃ 担保费, 核酸检测 ⊃ 核酸) adds no row: it is
            # not looked up (None), only counted where the shorter one is found
            found[v] = None if any(u in v for u in found) else self._literal(v)
        per_variant = tuple((v, found[v]) for v in concept.variants)
        full = bitmaps.EMPTY
        for rows in found.values():
            if rows is not None:
                full |= rows
        if concept.district:
            full |= self._district_rows.get(concept.district, bitmaps.EMPTY)
        if concept.parts and concept.parts_match:
            rarest = min(concept.parts, key=lambda part: sum(self._estimate(v) for v in part))
            rows = bitmaps.EMPTY
            for v in rarest:
                rows |= self._literal(v)
            for part in concept.parts:
                if part is not rarest and rows:
                    rows = self._holding(rows, part)
            full |= rows
        return ConceptRows(full, per_variant, concept.parts)

    def _holds(self, row: int, words: tuple[str, ...]) -> bool:
        haystack = f"{self._heading[row]}\n{self._body[row]}"
        return any(w in haystack for w in words)

    def _holding(self, rows: int, words: tuple[str, ...]) -> int:
        """The rows of `rows` whose heading or text holds one of `words` (as written: the text is
        lower-cased, so a word with capitals holds nowhere): their candidates, then the text."""
        candidates, exact = bitmaps.EMPTY, True
        for word in words:
            found, word_exact = self._candidates(word)
            candidates |= found
            exact = exact and word_exact
        candidates &= rows
        if exact or not candidates:
            return candidates
        failing = [r for r in bitmaps.rows(candidates) if not self._holds(r, words)]
        return candidates & ~bitmaps.from_rows(failing, self._size) if failing else candidates

    def _gram(self, token: str) -> int:
        with self._lock:
            cached = self._gram_cache.get(token)
            if cached is not None:
                self._gram_cache.move_to_end(token)
                return cached
        rows = self.data.gram(token)
        with self._lock:
            self._gram_cache[token] = rows
            if len(self._gram_cache) > _GRAM_CACHE_SIZE:
                self._gram_cache.popitem(last=False)
        return rows

    def _candidates(self, word: str) -> tuple[int, bool]:
        """A superset of the rows whose heading or text holds `word`, from the prepared postings (per
        run: its rarest bigrams ANDed, a lone character's rows), and whether it is exactly those rows
        (one or two characters of one run, already lower-case)."""
        low = word.lower()
        runs = RUN.findall(low)
        if not runs:
            return self._all_rows, False
        rows = self._all_rows
        for run in runs:
            if len(run) == 1:
                rows &= self._char(run)
            else:
                grams = sorted({run[i : i + 2] for i in range(len(run) - 1)}, key=lambda g: (self.data.gram_frequency(g), g))
                for gram in grams[:_CANDIDATE_GRAMS]:
                    rows &= self._gram(gram)
                    if not rows:
                        return rows, True
        exact = low == word and len(low) <= 2 and "." not in low and RUN.fullmatch(low) is not None
        return rows, exact

    def _char(self, char: str) -> int:
        key = "\0" + char  # never a bigram token
        with self._lock:
            cached = self._gram_cache.get(key)
        if cached is None:
            cached = self.data.char(char)
            with self._lock:
                self._gram_cache[key] = cached
                if len(self._gram_cache) > _GRAM_CACHE_SIZE:
                    self._gram_cache.popitem(last=False)
        return cached

    def _estimate(self, literal: str) -> int:
        """How many rows may hold `literal` (its rarest bigram's document count): a bound, no lookup."""
        grams = [literal[i : i + 2] for i in range(len(literal) - 1)] or [literal]
        return min(self.data.gram_frequency(g) for g in grams)

    def _coverage(self, q: Query, sets: list[ConceptRows], mask: int) -> tuple[int, dict[float, int] | None, bool]:
        """The rows to list and their shares of the query's concepts ({share: rows}; weighted, a
        compound's parts give partial credit), graded rather than all-or-any: when at least
        FEW_RESULTS rows (under the filters, `mask`) hold every concept of a one- or two-concept
        query, those; else the rows holding MIN_SHARE of the concepts, when that gives FEW_RESULTS;
        else every row holding any concept whole (only when none does, some part of a compound).
        Quoted literals are always required. The share orders the list, so a wider list only adds
        rows below. The shares are None when every listed row holds everything."""
        required = [r.full for c, r in zip(q.concepts, sets) if c.required]
        every = self._all_rows
        for r in sets:
            every &= r.full
        if len(q.concepts) <= 2 and (every & mask).bit_count() >= FEW_RESULTS:
            # the common case, and the cheap one: nothing but bitmap intersections
            return every, None, True
        listed = bitmaps.EMPTY
        for c, r in zip(q.concepts, sets):
            if not c.required:
                listed |= r.full
        if not listed and not required:
            for r in sets:
                for part in r.parts:
                    for v in part:
                        listed |= self._literal(v)
        if required:
            must = self._all_rows
            for rows in required:
                must &= rows
            listed = (listed & must) if len(required) < len(q.concepts) else must
        # each row's share, summed concept by concept in the query's order (the same float sums
        # as one row at a time), rows with the same sum kept together as one bitmap
        sums: dict[float, int] = {0.0: listed & ~every} if listed & ~every else {}
        for concept, rows in zip(q.concepts, sets):
            after: dict[float, int] = {}
            for got, group in sums.items():
                _add(after, got + concept.weight, group & rows.full)
                rest = group & ~rows.full
                if not rest:
                    continue
                if not rows.parts:
                    _add(after, got, rest)
                    continue
                held: dict[int, int] = {0: rest}  # rows by how many parts they hold
                for part in rows.parts:
                    holding = self._holding(rest, part)
                    counted: dict[int, int] = {}
                    for n, sub in held.items():
                        _add(counted, n + 1, sub & holding)
                        _add(counted, n, sub & ~holding)
                    held = counted
                for n, sub in held.items():
                    _add(after, got + concept.weight * PART_CREDIT * n / len(rows.parts), sub)
            sums = after
        total = q.weight
        coverage: dict[float, int] = {}
        _add(coverage, 1.0, every & listed)
        for got, group in sums.items():
            _add(coverage, got / total, group)
        enough = bitmaps.EMPTY
        for share, rows in coverage.items():
            if share >= MIN_SHARE:
                enough |= rows
        if enough.bit_count() < listed.bit_count() and (enough & mask).bit_count() >= FEW_RESULTS:
            listed = enough
            coverage = {share: rows for share, rows in coverage.items() if share >= MIN_SHARE}
        return listed, coverage, bool(coverage) and max(coverage) >= 1.0

    def _respellable(self, q: Query, sets: list[ConceptRows]) -> bool:
        return any(not c.required and len(c.typed) >= 2 for c in q.concepts) and (
            any(not r.full for r in sets) or len(q.concepts) > 1)

    def _pinyin_index(self) -> PinyinIndex:
        with self._lock:
            if self._pinyin is not None:
                return self._pinyin
        with self._searcher() as searcher:
            reader = searcher.reader()
            words: dict[str, int] = {}
            for name in ("heading", "body"):
                for term, info in reader.iter_field(name):
                    word = term.decode("utf-8") if isinstance(term, bytes) else term
                    words[word] = words.get(word, 0) + info.doc_frequency()
        for word in self.understanding.synonyms.words():
            words.setdefault(word, 0)
        index = PinyinIndex(list(words.items()))
        with self._lock:
            if self._pinyin is None:
                self._pinyin = index
            return self._pinyin

    def _literal(self, literal: str) -> int:
        """Rows whose heading or text contains `literal`: bigram postings, then a check on the text."""
        literal = literal.lower()
        with self._lock:
            cached = self._literal_cache.get(literal)
            if cached is not None:
                self._literal_cache.move_to_end(literal)
                return cached
        rows = bitmaps.EMPTY
        if RUN.search(literal):
            candidates, exact = self._candidates(literal)
            if exact or not candidates:
                rows = candidates
            else:
                listed = bitmaps.rows(candidates)
                # the body first, in C (str.__contains__ mapped over the texts); the heading and a
                # literal across the two only for the rows whose body lacks it
                lacking = list(compress(listed, map(not_, map(contains, map(self._body.__getitem__, listed), repeat(literal)))))
                failing = [r for r in lacking if not self._has(r, literal)]
                rows = candidates & ~bitmaps.from_rows(failing, self._size) if failing else candidates
        with self._lock:
            self._literal_cache[literal] = rows
            if len(self._literal_cache) > _CACHE_SIZE:
                self._literal_cache.popitem(last=False)
        return rows

    def _has(self, row: int, literal: str) -> bool:
        if literal in self._body[row] or literal in self._heading[row]:
            return True
        return "\n" in literal and literal in f"{self._heading[row]}\n{self._body[row]}"

    # --- ranking --------------------------------------------------------------------------------

    def _rank(self, q: Query, rows: int, coverage: dict[float, int] | None, sets: list[ConceptRows],
              filters: Filters, need: int) -> list[tuple[int, float]]:
        """The first `need` rows: by coverage of the query's concepts, then measures an enterprise
        can claim before government tasks, then those granting a benefit type the query names
        (房租减免 ~ 租金减免: the tenant's relief before the landlord's subsidy for it), then (with a
        district filter) the district's own before the city's, then BM25, then document order.
        Those keys before BM25 split the rows into groups by bitmaps; BM25 is computed group by
        group in that order, only until the page is full: on a large library most matched rows are
        never scored.

        BM25 per concept takes its best wording (the typed word, a synonym, or a compound's parts
        averaged); idf from the rows holding that wording, term counts on the heading (counted
        HEADING_BOOST times) and the text."""
        if need <= 0 or not rows:
            return []
        if not sets:
            return [(r, 0.0) for r in bitmaps.rows(rows, need)]
        total = self._size
        idf: dict[str, float] = {}
        for rows_of in sets:
            for word, hits in rows_of.variants:
                df = hits.bit_count() if hits is not None else self._estimate(word)
                idf[word] = math.log(1 + (total - df + 0.5) / (df + 0.5))

        def part_idf(word: str) -> float:  # a part's rows are never looked up: its rarest bigram bounds them
            if word not in idf:
                df = self._estimate(word)
                idf[word] = math.log(1 + (total - df + 0.5) / (df + 0.5))
            return idf[word]

        plan = []
        for concept, rows_of in zip(q.concepts, sets):
            words = [(w, hits, idf[w]) for w, hits in rows_of.variants if hits is None or hits]
            named = frozenset(concept.variants + concept.phrasings) & self._benefit_names
            plan.append((concept.weight, words, rows_of.parts, concept.parts_match, named))
        # rows granting a benefit type some concept names (房租减免 → 租金减免)
        granting = []
        for *_, named in plan:
            if named:
                grant = bitmaps.EMPTY
                for name in named:
                    grant |= self._benefit_rows[name]
                granting.append(grant)
        home = set(filters.district) if filters.district and filters.include_municipal else set()
        own = bitmaps.EMPTY
        for district in home:
            own |= self._district_rows.get(district, bitmaps.EMPTY)
        levels: dict[float, int] = {}
        if coverage is None:  # every row holds all of it (the common case)
            levels[1.0] = rows
        else:
            for share, held in coverage.items():
                _add(levels, round(share, 3), held & rows)
        ordered: list[tuple[int, float]] = []
        for level in sorted(levels, reverse=True):
            for government in (False, True):
                by_government = levels[level] & (self._government if government else ~self._government)
                for grants in self._by_grants(by_government, granting):
                    for group in ((grants & own, grants & ~own) if home else (grants,)):
                        if not group:
                            continue
                        weight = GOVERNMENT_TASK_WEIGHT if government else 1.0
                        scored = self._top_scores(bitmaps.rows(group), group, plan, part_idf, need - len(ordered))
                        scored.sort(key=_by_score)
                        ordered += [(row, score * weight) for row, score in scored]
                        if len(ordered) >= need:
                            return ordered[:need]
        return ordered

    @staticmethod
    def _by_grants(rows: int, granting: list[int]) -> list[int]:
        """`rows` split by how many of the `granting` sets hold them, the most first."""
        if not granting:
            return [rows]
        counts: dict[int, int] = {0: rows}
        for grant in granting:
            after: dict[int, int] = {}
            for n, group in counts.items():
                _add(after, n + 1, group & grant)
                _add(after, n, group & ~grant)
            counts = after
        return [counts[n] for n in sorted(counts, reverse=True)]

    def _top_scores(self, rows: list[int], group: int, plan: list, part_idf, need: int) -> list[tuple[int, float]]:
        """BM25 of the rows of `group` (listed in `rows`) that can be among its first `need` by
        (-score, row): at least those, exactly scored, in no order.

        A row's score depends only on its term counts and its length norm, and falls as the norm
        grows. So the term counts are taken for every row at once (str.count mapped over the texts,
        in C), rows are grouped by their counts, and each group is walked shortest text first,
        scoring only until it has given `need` rows (and any row tying the last one): the rest of a
        large group is never scored. Rows holding nothing (all counts 0) score 0 whatever their
        length and keep document order."""
        k = len(rows)
        simple = len(plan) == 1 and not plan[0][2]  # one concept, no parts: the best wording alone
        words = list(dict.fromkeys([w for _, ws, *_ in plan for w, _, _ in ws]
                                   + [v for _, _, parts, *_ in plan for part in parts for v in part]))
        hits_of = {w: hits for _, ws, *_ in plan for w, hits, _ in ws if hits is not None}
        heading, body = self._heading, self._body
        position = None
        counts = []
        for word in words:
            if self._countable(word):  # a bigram: its counts were prepared at build time
                if position is None:
                    position = dict(zip(rows, range(k)))
                counts.append(self._prepared_counts(word, group, rows, position))
                continue
            # only rows that may hold the word are counted (its rows, else its bigrams' candidates):
            # the others hold it 0 times
            hits = hits_of.get(word)
            holding = group & (hits if hits is not None else self._candidates(word)[0])
            once = self._held_once(word, holding) if hits is not None else bitmaps.EMPTY
            if once:  # held exactly once, in the text: no need to count
                if position is None:
                    position = dict(zip(rows, range(k)))
                tf = [0] * k
                for i in map(position.__getitem__, bitmaps.rows(once)):
                    tf[i] = 1
                listed = bitmaps.rows(holding & ~once)
                n = len(listed)
                found = map(add, map(mul, repeat(HEADING_BOOST, n), map(str.count, map(heading.__getitem__, listed), repeat(word, n))),
                            map(str.count, map(body.__getitem__, listed), repeat(word, n)))
                for i, value in zip(map(position.__getitem__, listed), found):
                    tf[i] = value
                counts.append(tf)
                continue
            listed = rows if holding == group else bitmaps.rows(holding)
            n = len(listed)
            found = map(add, map(mul, repeat(HEADING_BOOST, n), map(str.count, map(heading.__getitem__, listed), repeat(word, n))),
                        map(str.count, map(body.__getitem__, listed), repeat(word, n)))
            if listed is rows:
                tf: list = list(found)
            else:
                if position is None:
                    position = dict(zip(rows, range(k)))
                tf = [0] * k
                for i, value in zip(map(position.__getitem__, listed), found):
                    tf[i] = value
            counts.append(tf)
        at = {w: j for j, w in enumerate(words)}
        cplan = [(weight, [(at[w], idf) for w, _, idf in ws], [[(at[v], part_idf(v)) for v in part] for part in parts], parts_match)
                 for weight, ws, parts, parts_match, _ in plan]
        norms = list(map(self._norm.__getitem__, rows))
        k1 = BM25_K1 + 1

        def score(i: int) -> float:  # the same sums, in the same order, as one row at a time
            norm = norms[i]
            total_score = 0.0
            for weight, ws, parts, parts_match in cplan:
                best = 0.0
                for j, idf in ws:
                    tf = counts[j][i]
                    if tf:
                        value = idf * tf * k1 / (tf + norm)
                        if value > best:
                            best = value
                if simple:
                    return best
                if parts and (parts_match or not best):
                    total = 0.0
                    for part in parts:
                        top = 0.0
                        for j, idf in part:
                            tf = counts[j][i]
                            if tf:
                                value = idf * tf * k1 / (tf + norm)
                                if value > top:
                                    top = value
                        total += top
                    best = max(best, total / len(parts))
                total_score += weight * best
            return total_score

        signatures = list(zip(*counts)) if len(counts) != 1 else counts[0]
        nothing = tuple([0] * len(counts)) if len(counts) != 1 else 0
        # rows holding nothing: the first `need` in document order
        out = [(row, 0.0) for row in list(compress(rows, map(eq, signatures, repeat(nothing, k))))[:need]]
        taken: dict = {nothing: -1}  # signature → rows taken (-1: no more can come)
        last: dict = {}  # signature → the score of its need-th row
        for i in sorted(range(k), key=norms.__getitem__):  # stable: equal norms in row order
            signature = signatures[i]
            n = taken.get(signature, 0)
            if n < 0:
                continue
            value = score(i)
            if n < need:
                out.append((rows[i], value))
                taken[signature] = n + 1
                if n + 1 == need:
                    last[signature] = value
            elif value == last[signature]:
                out.append((rows[i], value))  # a tie: document order decides, so it may still come first
            else:
                taken[signature] = -1
        return out

    @staticmethod
    def _countable(word: str) -> bool:
        """Two characters of one run, lower-case, not one character twice (whose occurrences may
        overlap, which str.count does not count): its bigram's prepared counts are str.count's."""
        return (len(word) == 2 and word[0] != word[1] and "." not in word and word == word.lower()
                and RUN.fullmatch(word) is not None)

    def _layers(self, gram: str) -> tuple[list[int], list[int], int]:
        key = "\1" + gram  # never a bigram token
        with self._lock:
            layers = self._gram_cache.get(key)
        if layers is None:
            layers = self.data.gram_counts(gram)
            with self._lock:
                self._gram_cache[key] = layers
                if len(self._gram_cache) > _GRAM_CACHE_SIZE:
                    self._gram_cache.popitem(last=False)
        return layers

    def _held_once(self, word: str, holding: int) -> int:
        """The rows of `holding` (rows known to hold `word`, three characters or more of one run)
        that hold it exactly once, in the text: some bigram of the word is not in their heading and
        some bigram occurs once in their text (a word occurs no more often than any of its bigrams)."""
        if len(word) < 3 or word != word.lower() or RUN.fullmatch(word) is None:
            return bitmaps.EMPTY
        in_every_heading = in_every_text_twice = self._all_rows
        for gram in {word[i : i + 2] for i in range(len(word) - 1)}:
            heading_layers, body_layers, _ = self._layers(gram)
            in_every_heading &= heading_layers[0] if heading_layers else bitmaps.EMPTY
            in_every_text_twice &= body_layers[0] if body_layers else bitmaps.EMPTY
        return holding & ~in_every_heading & ~in_every_text_twice

    def _prepared_counts(self, word: str, group: int, rows: list[int], position: dict[int, int]) -> list:
        """HEADING_BOOST × the heading's count + the text's count of a two-character word, for each
        of `rows` (the rows of `group`), from the layers prepared at build time."""
        heading_layers, body_layers, heading_only = self._layers(word)
        in_body = group & self._gram(word) & ~heading_only
        k = len(rows)
        if in_body.bit_count() * 2 >= k:  # most rows hold it in the text: mark those that do not
            tf: list = [1] * k
            for i in map(position.__getitem__, bitmaps.rows(group & ~in_body)):
                tf[i] = 0
        else:
            tf = [0] * k
            for i in map(position.__getitem__, bitmaps.rows(in_body)):
                tf[i] = 1
        for layer in body_layers:
            for i in map(position.__getitem__, bitmaps.rows(group & layer)):
                tf[i] += 1
        for layer in heading_layers:
            for i in map(position.__getitem__, bitmaps.rows(group & layer)):
                tf[i] += HEADING_BOOST
        return tf

    def _why(self, q: Query, sets: list[ConceptRows], row: int) -> str:
        """按“巡游出租车”匹配 when the hit holds a concept only in another wording than the typed
        one (a synonym, a compound's other wording, or a pinyin respelling); "" otherwise."""
        shown: list[str] = []
        for concept, rows_of in zip(q.concepts, sets):
            if concept.required or (concept.district and bitmaps.has(self._district_rows.get(concept.district, 0), row)):
                continue
            haystack = f"{self._heading[row]}\n{self._body[row]}"
            held = [w for w, hits in rows_of.variants if (w in haystack if hits is None else bitmaps.has(hits, row))]
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

    def _passing(self, name: str, wanted: set[str], filters: Filters) -> int:
        """Rows passing one facet's filter: any wanted value (the city's measures pass a district filter
        unless include_municipal is off)."""
        rows = bitmaps.EMPTY
        for value in wanted:
            rows |= self._facet_rows[name].get(value, bitmaps.EMPTY)
        if name == "district" and filters.include_municipal:
            rows |= self._municipal
        return rows

    def _filter_mask(self, filters: Filters) -> int:
        mask = self._all_rows
        for name, wanted in filters.active().items():
            mask &= self._passing(name, wanted, filters)
        return mask

    def _facet_counts(self, rows: int, filters: Filters) -> dict[str, dict[str, int]]:
        """Counts per facet value among the hits that pass every *other* facet's filter, so the
        clerk sees what ticking one more value would give; the most frequent first (ties in the
        order the build met the values)."""
        passing = {name: self._passing(name, wanted, filters) for name, wanted in filters.active().items()}
        out: dict[str, dict[str, int]] = {}
        for name in FACETS:
            within = rows
            for other, rows_passing in passing.items():
                if other != name:
                    within &= rows_passing
            counts = []
            if within:
                for value, held in self._facet_rows[name].items():
                    n = (within & held).bit_count()
                    if n:
                        counts.append((value, n))
                counts.sort(key=lambda item: -item[1])
            out[name] = dict(counts)
        return out

    def _hit(self, measure: dict, score: float, terms: tuple[str, ...], why: str = "") -> dict:
        return {**measure, "score": round(score, 4), "snippet": snippet(measure["text"], terms), "why": why}


def _add(groups: dict, key, rows: int) -> None:
    """Add `rows` to the group `key` (empty ones are left out)."""
    if rows:
        groups[key] = groups.get(key, 0) | rows


def _by_score(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]
