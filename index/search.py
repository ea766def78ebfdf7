"""The search engine: ranked measures for what a clerk types, with facet counts and snippets.

Matching is literal (the bigram postings prepared at build time, index.prepared, verified against the
text held in memory), so any substring finds its measures; ranking is BM25 over the literal wordings
with headings boosted; facets and filters are bitmaps of rows prepared at build time, so row sets are
combined and counted without a Python loop per row (index.bitmaps). Only the ids and the lower-cased
texts are loaded at open; whole measures are read from SQLite for the page shown (`measures` loads
them all on first use, for the wizard). One engine may serve several threads; hits leave as plain
dicts. `rank` answers a query without building hits (the order, totals, facets); `hits` builds any
slice of that order (the window builds the rows it shows). The Whoosh index answers no query: it is
opened (and checked against the database) at start, and its word fields are read once for the
pinyin respelling's vocabulary (index.pinyin). The stages: index.matching (rows per concept,
coverage, respelling) and index.ranking (the order of the page); this module opens the data, runs
the stages, filters, counts facets and makes the hits.
"""
from __future__ import annotations

import logging
import struct
import threading
from contextlib import contextmanager
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from whoosh import index as whoosh_index

from index import bitmaps
from index.analysis import ensure_jieba
from index.errors import PolicyDataError
from index.paths import library
from index.prepared import SEARCH_DATA, SearchData, facet_values_of
from index.questions import question_parts
from index.rowfacts import ANY_INDUSTRY, any_industry_rows, status_rows, summary_of
from index.facts.deadlines import EXPIRED
from index.matching import ConceptRows, MatchingStage
from index.ranking import BM25_B, BM25_K1, RankingStage
from index.searchindex import INDEX_DIR, heading_of
from index.snippets import snippet
from index.store import Store
from index.synonyms import Synonyms
from index.pinyin import PinyinIndex
from index.understanding import Query, Understanding, load_fillers
from index.vocab import MUNICIPAL

log = logging.getLogger(__name__)

FACETS = ("district", "industry", "benefit_type", "document", "unit")
DROPPED = "已略去："  # the notice naming the filler words a query left out
_PAGE_CACHE_SIZE = 256
# up to this many measures, all are decoded at open (~0.3 s at 5,000) and pages cost nothing; a larger
# library reads each page from SQLite (~0.6 ms for 20) and decodes the rest only when asked
EAGER_MEASURES = 5000
LIKE_TERMS = 10  # key terms of a measure that 同类措施's likeness looks for (SearchEngine.likeness)


@dataclass
class Filters:
    district: list[str] = field(default_factory=list)
    industry: list[str] = field(default_factory=list)
    benefit_type: list[str] = field(default_factory=list)
    document: list[str] = field(default_factory=list)
    unit: list[str] = field(default_factory=list)
    include_municipal: bool = True  # a district filter keeps the city's measures, which apply everywhere
    valid_only: bool = False  # 只看有效: measures over on the search's day are left out

    def active(self) -> dict[str, set[str]]:
        return {name: set(getattr(self, name)) for name in FACETS if getattr(self, name)}


@dataclass(frozen=True)
class _Part:
    """What building one part's hits needs: its understood query, its concepts' rows (for "why"),
    the words to mark and the filters (for 不限行业)."""
    q: Query
    sets: list[ConceptRows]
    terms: tuple[str, ...]
    filters: Filters


@dataclass
class Ranking:
    """A search's answer without its hits: `result` holds the total, the facet counts, the parts, the
    notices… (everything `search` returns but "hits"); `rows` the page's order as (row, score, part)
    (part: the question part's index, None for a question of one part). Cheap to make: no measure is
    read and no snippet cut until `SearchEngine.hits` builds a slice of it."""
    result: dict
    rows: list[tuple[int, float, int | None]]
    parts: list[_Part]
    ids: list[str]

    def __len__(self) -> int:
        return len(self.rows)


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


class SearchEngine(MatchingStage, RankingStage):
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
        self._any_industry: int | None = None  # rows with a benefit open to every industry (index.rowfacts)
        self._statuses: tuple[date, dict[str, int]] | None = None  # rows per deadline status, on that day
        self._measures: list[dict] | None = None
        self._measures_lock = threading.Lock()
        self._db_lock = threading.Lock()  # one SQLite connection, used from the search threads
        self._pinyin: PinyinIndex | None = None
        self._preparing: threading.Thread | None = None  # start_preparing_respelling's thread
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
        """A Searcher from the engine's pool (only the pinyin respelling's vocabulary is read
        through one, once per engine). The index never changes under an engine (a rebuild makes a new store and a new
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
        preparing = getattr(self, "_preparing", None)  # (close may come from __init__, before it is set)
        if preparing is not None:
            preparing.join()  # it reads the Whoosh index's words through a Searcher
        with self._lock:
            searchers, self._all, self._idle = self._all, [], []
        for searcher in searchers:
            searcher.close()
        if getattr(self, "index", None) is not None:
            self.index.close()
        self.data.close()
        self.store.close()

    def prepare_respelling(self) -> None:
        """Read the Whoosh index's words and key them by pinyin now (~0.4 s at 20,000 measures), so the
        first query that needs a respelling does not wait for it (the window calls this in the
        background once the data is open; a query arriving meanwhile waits only for the rest)."""
        self._pinyin_index().prepare()

    def likeness(self, seed: dict, field: str = "body") -> dict[str, float]:
        """The measures sharing the seed's key terms in the Whoosh index's word field `field` ("body"
        or "heading"): Whoosh's more_like (the seed's LIKE_TERMS most informative words by Bo1, ORed,
        scored BM25F with headings boosted), as {id: score / the best score}. For 同类措施
        (index.facts.similar)."""
        text = heading_of(seed) if field == "heading" else seed.get("text") or ""
        with self._searcher() as searcher:
            docnum = searcher.document_number(id=seed["id"])
            if docnum is None or not text.strip():
                return {}
            found = searcher.more_like(docnum, field, text=text, top=None, numterms=LIKE_TERMS)
            scores = {hit["id"]: hit.score for hit in found}
        best = max(scores.values(), default=0.0)
        return {measure_id: score / best for measure_id, score in scores.items() if score > 0} if best > 0 else {}

    def start_preparing_respelling(self) -> None:
        """prepare_respelling on a thread of its own, started now (the window calls this once the data
        is open). A plain thread, not a Qt task: it may outlive the window that asked, and nothing is
        reported back; `close` waits for it. A failure is logged, and the respelling then builds the
        table when first needed."""
        def run() -> None:
            try:
                self.prepare_respelling()
            except Exception:  # noqa: BLE001 - only a head start is lost
                log.exception("preparing the pinyin respelling failed")

        with self._lock:
            if self._preparing is not None:
                return
            self._preparing = threading.Thread(target=run, name="prepare-respelling", daemon=True)
        self._preparing.start()

    @property
    def respelling_ready(self) -> bool:
        """The pinyin respelling's table is built (prepare_respelling ran, or a query needed it)."""
        return self._pinyin is not None and self._pinyin.ready

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
                store = Store(self.store.data_dir)  # a connection of its own: searches keep theirs meanwhile
                try:
                    loaded = store.measures()
                finally:
                    store.close()
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

    def search(self, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0,
               today: date | None = None) -> dict:
        """The measures for what the clerk typed. A question of several parts ("房租能减免吗？社保能缓缴吗？",
        index.questions) is answered part by part: `parts` lists each part's question, total and hits
        (`limit` shared among them), `hits` is their hits in that order (each measure once, with the
        index of its part in "part"), `total` and `facets` count the union. `today` (default: today)
        decides what 只看有效 leaves out and which measures are over. Runs on the caller's thread."""
        ranking = self.rank(text, filters, limit, offset, today)
        result = dict(ranking.result)
        result["hits"] = self.hits(ranking, 0, len(ranking))
        return result

    def rank(self, text: str, filters: Filters | None = None, limit: int = 20, offset: int = 0,
             today: date | None = None) -> Ranking:
        """What `search` answers, but the hits only as their order (rows, scores, parts): totals,
        facets, parts and notices are all there; `hits` builds any slice of the page later."""
        if limit < 0 or offset < 0:  # a negative slice bound would silently drop the last hits
            raise ValueError(f"limit and offset must not be negative (limit={limit}, offset={offset})")
        filters = filters or Filters()
        today = today or date.today()
        questions = question_parts(text)
        if len(questions) > 1:
            answers = [self._search_one(part, filters, max(1, limit // len(questions)) if limit else 0, offset, today)
                       for part in questions]
            if sum(1 for a, _, _ in answers if a["understood"]) > 1:
                return self._combined(text, questions, answers, filters, today)
        result, shown, part = self._search_one(text, filters, limit, offset, today)
        return self._ranking({k: v for k, v in result.items() if not k.startswith("_")},
                             [(row, score, None) for row, score in shown], [part])

    def _ranking(self, result: dict, rows: list[tuple[int, float, int | None]], parts: list[_Part]) -> Ranking:
        return Ranking(result, rows, parts, [self._ids[row] for row, _, _ in rows])

    def hits(self, ranking: Ranking, start: int = 0, stop: int | None = None) -> list[dict]:
        """The hits of `ranking` from `start` to `stop` (a slice of its order): the measures read,
        snippets cut, "why" said. Any thread; the engine must still be open."""
        chosen = ranking.rows[start:stop]
        measures = self._page([row for row, _, _ in chosen])
        out = []
        for number, part in enumerate(ranking.parts):
            own = [(i, (row, score), measure) for i, ((row, score, at), measure) in enumerate(zip(chosen, measures))
                   if (at or 0) == number]
            if not own:
                continue
            open_to_all = self._open_to_all([shown for _, shown, _ in own], [m for _, _, m in own], part.filters)
            out += [(i, self._hit(measure, score, part.terms, self._why(part.q, part.sets, row), row in open_to_all))
                    for i, (row, score), measure in own]
        out.sort(key=lambda item: item[0])
        return [hit if chosen[i][2] is None else dict(hit, part=chosen[i][2]) for i, hit in out]

    def _combined(self, text: str, questions: list[str], answers: list[tuple[dict, list, _Part]], filters: Filters,
                  today: date) -> Ranking:
        """One result of several parts' answers: the hits grouped by part, each measure once (in the
        first part that found it), counts over the union of the parts' matches."""
        rows: list[tuple[int, float, int | None]] = []
        seen: set[int] = set()
        parts = []
        for number, (question, (answer, shown, _)) in enumerate(zip(questions, answers)):
            own = [(row, score, number) for row, score in shown if row not in seen]
            seen.update(row for row, _, _ in own)
            rows += own
            parts.append({"question": question, "total": answer["total"], "shown": len(own),
                          "understood": answer["understood"], "fallback": answer["fallback"]})
        contexts = [part for _, _, part in answers]
        answers = [answer for answer, _, _ in answers]
        matched = visible = unfiltered = 0
        for answer in answers:
            unfiltered |= answer["_unfiltered"]
            matched |= answer["_matched"]
            visible |= answer["_visible"]
        notices = list(dict.fromkeys(n for a in answers for n in a["notices"]
                                     if not n.startswith(("没有同时包含", DROPPED))))
        dropped = [w for a in answers for n in a["notices"] if n.startswith(DROPPED)
                   for w in n[len(DROPPED):].rstrip("。").split("、")]
        if dropped:  # the parts' left-out words said once
            notices.append(DROPPED + "、".join(dict.fromkeys(dropped)) + "。")
        notices += [f"问{n}“{part['question']}”没有找到措施，试试换个说法。" for n, part in enumerate(parts, 1)
                    if not part["shown"]]
        uncovered = list(dict.fromkeys(d for a in answers for d in a["uncovered"]))
        return self._ranking({
            "query": text,
            "total": visible.bit_count(),
            "hits": None,  # SearchEngine.hits builds them; the key keeps its place in the output
            "parts": parts,
            "facets": self._facet_counts(matched & self._validity(filters, today), filters),
            "fallback": False,
            "notices": notices,
            "highlight": list(dict.fromkeys(t for a in answers for t in a["highlight"])),
            "understood": [w for a in answers for w in a["understood"]],
            "hidden": self._hidden(unfiltered, filters, today),
            "uncovered": uncovered,
        }, rows, contexts)

    def _search_one(self, text: str, filters: Filters, limit: int, offset: int,
                    today: date) -> tuple[dict, list[tuple[int, float]], _Part]:
        """Stages over one understood Query: candidates (literal rows per concept) → coverage →
        exclusions and filters → rank (coverage, then benefit before task, home district, BM25,
        valid before over) → facets. Returns the result (without hits), the page's (row, score)
        and what building its hits needs."""
        q = self.understanding.understand(text)
        if q.empty and q.excluded and " " not in q.text:
            if self._literal(q.text):
                # "－平" copied from "尖货－平谷": text the documents hold, not an exclusion
                q = self.understanding.understand(f"“{q.text}”")
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        # a district the data has no documents of: said, and the city's measures (which apply there) shown
        uncovered = [c.typed for c in q.concepts if c.district and c.district not in self._district_rows]
        uncovered_districts = list(dict.fromkeys(c.district for c in q.concepts
                                                 if c.district and c.district not in self._district_rows))
        if uncovered:
            q = replace(q, concepts=tuple(c for c in q.concepts if c.typed not in uncovered))
            notices += [f"当前数据没有{d}的区级文件；以下是市级措施" for d in uncovered_districts]
        fallback = False
        mask = self._filter_mask(filters, today)
        if uncovered:
            mask &= self._municipal
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
        if uncovered:
            matched &= self._municipal  # the other districts' measures do not apply there: not even hidden
        visible = matched & mask
        unfiltered = self._unfiltered(q, sets, matched, filters, self._municipal if uncovered else self._all_rows)
        if len(q.concepts) > 1 and visible and coverage is not None and not any(
                share >= 1.0 and rows & visible for share, rows in coverage.items()):
            fallback = True
            notices.insert(0, "没有同时包含全部词语的措施，下面按包含词语的多少排列（只含部分词语）。")
        over = self._status_rows(today).get(EXPIRED, bitmaps.EMPTY)
        ranked = self._rank(q, visible, coverage, sets, filters, offset + limit, over)
        if q.dropped:
            notices.append(DROPPED + "、".join(q.dropped) + "。")
        terms = q.highlight()
        shown = ranked[offset : offset + limit]
        return {
            "query": text,
            "total": visible.bit_count(),
            "hits": None,  # SearchEngine.hits builds them; the key keeps its place in the output
            "facets": self._facet_counts(matched & self._validity(filters, today), filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
            "understood": [c.typed for c in q.concepts],
            "hidden": self._hidden(unfiltered, filters, today),
            "uncovered": uncovered_districts,
            "_unfiltered": unfiltered,
            "_matched": matched,
            "_visible": visible,
        }, shown, _Part(q, sets, terms, filters)

    # --- matching -------------------------------------------------------------------------------

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
        unless include_municipal is off; a measure open to every industry passes any industry filter)."""
        rows = bitmaps.EMPTY
        for value in wanted:
            rows |= self._facet_rows[name].get(value, bitmaps.EMPTY)
        if name == "district" and filters.include_municipal:
            rows |= self._municipal
        if name == "industry":
            rows |= self.any_industry
        return rows

    def _filter_mask(self, filters: Filters, today: date | None = None) -> int:
        mask = self._validity(filters, today or date.today())
        for name, wanted in filters.active().items():
            mask &= self._passing(name, wanted, filters)
        return mask

    def _validity(self, filters: Filters, today: date) -> int:
        """Every row, or (只看有效) those not over on `today`."""
        if not filters.valid_only:
            return self._all_rows
        return self._all_rows & ~self._status_rows(today).get(EXPIRED, bitmaps.EMPTY)

    @property
    def any_industry(self) -> int:
        """Rows of the measures with a benefit that names no industry (不限行业), read on first use."""
        if self._any_industry is None:
            with self._db_lock:
                found = any_industry_rows(self.store.db.conn, self._by_id, self._size)
            self._any_industry = found
        return self._any_industry

    def _status_rows(self, today: date) -> dict[str, int]:
        """Rows per deadline status (有效 / 已过期 / 未注明期限) on `today`, read once a day."""
        known = self._statuses
        if known is None or known[0] != today:
            with self._db_lock:
                found = status_rows(self.store.db.conn, self._by_id, self._size, today)
            known = self._statuses = (today, found)
        return known[1]

    def summary(self, today: date | None = None) -> dict:
        """What the data covers (index.rowfacts.summary_of): the districts with documents of their own,
        the newest document's date and how many measures are valid or over on `today`."""
        return summary_of(list(self._district_rows), self.store.meta.get("newest_document") or "",
                          self._status_rows(today or date.today()), MUNICIPAL)

    def _unfiltered(self, q: Query, sets: list[ConceptRows], matched: int, filters: Filters, within: int) -> int:
        """The rows the query would match with no filter on (`matched` when none is)."""
        if not (filters.active() or filters.valid_only) or not sets:
            return matched if sets else matched & within
        rows, _, _ = self._coverage(q, sets, within)
        for word in q.excluded:
            rows &= ~self._literal(word)
        return rows & within

    def _hidden(self, unfiltered: int, filters: Filters, today: date) -> dict:
        """How many of the query's matches (with no filter on: `unfiltered`) the filters hide, and which
        filters hide some (clearing those shows them): the facets by name, and "valid_only" for 只看有效."""
        hidden = unfiltered & ~self._filter_mask(filters, today)
        by = [name for name, wanted in filters.active().items() if hidden & ~self._passing(name, wanted, filters)]
        if filters.valid_only and hidden & ~self._validity(filters, today):
            by.append("valid_only")
        return {"count": hidden.bit_count(), "filters": by}

    def _open_to_all(self, shown: list[tuple[int, float]], measures: list[dict], filters: Filters) -> set[int]:
        """The shown rows that pass the industry filter only by being open to every industry (不限行业)."""
        if not filters.industry:
            return set()
        wanted = set(filters.industry)
        return {row for (row, _), measure in zip(shown, measures)
                if bitmaps.has(self.any_industry, row) and not wanted & set(measure.get("industries") or [])}

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
                # 不限行业: counted under every industry, as the industry filter lets it through
                common = (within & self.any_industry).bit_count() if name == "industry" else 0
                rest = within & ~self.any_industry if common else within
                for value, held in self._facet_rows[name].items():
                    n = (rest & held).bit_count() + common
                    if n:
                        counts.append((value, n))
                counts.sort(key=lambda item: -item[1])
            out[name] = dict(counts)
        return out

    def _hit(self, measure: dict, score: float, terms: tuple[str, ...], why: str = "", open_to_all: bool = False) -> dict:
        hit = {**measure, "score": round(score, 4), "snippet": snippet(measure["text"], terms), "why": why}
        if open_to_all:
            hit["industry_note"] = ANY_INDUSTRY  # under an industry filter, for being open to every industry
        return hit
