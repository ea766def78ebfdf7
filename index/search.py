"""The search engine: ranked measures for what a clerk types, with facet counts and snippets.

Every query runs through Whoosh: the text is parsed by Whoosh's QueryParser with the engine's plugins
(index.queryparser: plain words, "quoted" literals, -exclusions, OR, field prefixes such as
单位:区商务局), understood into a Whoosh query tree whose matchers are backed by the row bitmaps
prepared at build time (index.queries, index.concepts, index.literals), and executed by a Whoosh
Searcher (`search_with_collector`) whose weighting model is BM25 over the prepared counts
(index.bm25) and whose collector ranks the matched rows in layers, in bulk (index.layered). Facets
and filters are bitmaps of rows (index.facets). Only the ids and the lower-cased texts are loaded at
open; the page's hits are read from the measures' cards, kept with the search data (index.prepared:
one JSON array a measure, as the store reads it back), each only as far as a hit carries it (all but
the eligibility rules, index.store.HIT_KEYS: about half its bytes); `measure` reads a card whole, `measures` every
card on first use, for the wizard. One engine may serve several threads; hits leave as plain dicts. `rank`
answers a query without building hits (the order, totals, facets); `hits` builds any slice of that
order (the window builds the rows it shows). The Whoosh index's word fields give 同类措施 its key
terms (`likeness`) and the pinyin respelling its vocabulary.
"""
from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from collections import OrderedDict
from dataclasses import dataclass, replace
from operator import itemgetter
from datetime import date
from pathlib import Path

from whoosh import index as whoosh_index

from index.analysis import ensure_jieba
from index.bm25 import PreparedBM25
from index.concepts import ConceptRows, ConceptStage
from index.errors import PolicyDataError
from index.facets import FACETS, FacetRows, Filters
from index.layered import LayeredCollector
from index.literals import Literals
from index.paths import library
from index.prepared import SearchData, facet_values_of
from index.queries import Pass, rows_of
from index.queryparser import Understood, cleaned, parser, understand
from index.questions import question_parts
from index.rowfacts import ANY_INDUSTRY, grouped_status_rows, status_rows, summary_of
from index.searchindex import INDEX_DIR, heading_of
from index.snippets import pattern_of, snippet_by
from index.store import Store, hit_measure
from index.synonyms import Synonyms
from index.pinyin import PinyinIndex
from index.understanding import Query, Understanding, load_fillers
from index.vocab import MUNICIPAL

log = logging.getLogger(__name__)

__all__ = ["FACETS", "Filters", "Ranking", "SearchEngine", "measure_facets"]

DROPPED = "已略去："  # the notice naming the filler words a query left out
_PAGE_CACHE_SIZE = 256
# up to this many measures, all are decoded at open (~0.05 s at 5,000) and pages cost nothing; a larger
# library reads each page's cards' heads (~0.04 ms for 20) and decodes the rest only when asked
EAGER_MEASURES = 5000
_CARDS_AT_ONCE = 1000  # cards copied out of the map and decoded together when every measure is read
LIKE_TERMS = 10  # key terms of a measure that 同类措施's likeness looks for (SearchEngine.likeness)


@dataclass(frozen=True)
class _Part:
    """What building one part's hits needs: its understood query, its concepts' rows (for "why"),
    the words to mark and the filters (for 不限行业); and the Whoosh query that ran (`query`: the
    tree Whoosh's parser made is `query.parsed`, the tree the Searcher ran `query.ran`)."""
    q: Query
    sets: list[ConceptRows]
    terms: tuple[str, ...]
    filters: Filters
    query: Understood | None = None


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


class SearchEngine:
    def __init__(self, data_dir: Path, synonyms: Synonyms | None = None):
        self.store = Store(data_dir)
        ensure_jieba()
        path = self.store.path
        self._lock = threading.Lock()
        self._all: list = []  # every Searcher opened
        self._idle: list = []  # those not in use now
        self.index = self.data = None
        failure = None
        try:
            self.index = whoosh_index.open_dir(str(path / INDEX_DIR))
            self.data = SearchData(self.index.storage)
            searcher = self.index.searcher()  # reads every segment's table of contents: a damaged index fails here
            self._all.append(searcher)
            indexed = searcher.doc_count()
            atomic = searcher.is_atomic()
            # a Whoosh document number is the row (index.searchindex): the first and last documents say so
            ends = {n: searcher.stored_fields(n).get("id") for n in (0, indexed - 1)} if indexed and atomic else {}
        except Exception as exc:  # noqa: BLE001 - whoosh (and a cut search.bin) raise many types for a missing or damaged index
            # only its words are kept: the exception's frames hold the file Whoosh left half-open
            failure = f"{type(exc).__name__}: {exc}"
        if failure is not None:
            self._close_opened()
            _collect_half_open_files()
            raise PolicyDataError(f"{path / INDEX_DIR}：搜索索引缺失或损坏（{failure}）。请重新构建数据。")
        self._size = size = self.data.rows
        self._ids = self.data.ids
        self._by_id = {measure_id: row for row, measure_id in enumerate(self._ids)}
        stored = self.store.db.conn.execute("select count(*) from measures").fetchone()[0]
        if indexed != size or stored != size or len(self._by_id) != size:
            self._inconsistent(f"索引（{indexed}条）与数据库（{stored}条）不一致")
        if not atomic or any(measure_id != self._ids[n] for n, measure_id in ends.items()):
            self._inconsistent("索引的文档顺序与搜索数据不一致")
        self.literals = Literals(self.data)
        self._db_lock = threading.Lock()  # one SQLite connection, used from the search threads
        self.facets = FacetRows(self.data, self.literals.everything, self._read_statuses)
        self.concepts = ConceptStage(self.literals, self.facets.rows["district"], self._pinyin_index)
        self.weighting = PreparedBM25(self.literals)
        searcher.close()  # reopened with the engine's weighting model
        self._all = []
        self._idle.append(self._open_searcher())
        self._parser = parser()
        self._page_cache: OrderedDict[int, dict] = OrderedDict()
        self._measures: list[dict] | None = None
        self._measures_lock = threading.Lock()
        self._pinyin: PinyinIndex | None = None
        self._preparing: threading.Thread | None = None  # start_preparing_respelling's thread
        self.last_query: Understood | None = None  # the last query run (any thread): for tests and the CLI
        if size <= EAGER_MEASURES:
            try:
                self.measures  # noqa: B018 - a small library is decoded whole at open: every page is then free
            except PolicyDataError:
                self._close_opened()
                raise
        self.understanding = Understanding(synonyms or Synonyms.load(library("synonyms.txt")),
                                           load_fillers(library("query_fillers.txt")))
        self.builder = self.understanding  # the desktop reads .builder.synonyms

    def _close_opened(self) -> None:
        for searcher in self._all:
            searcher.close()
        self._all, self._idle = [], []
        if self.data is not None:
            self.data.close()
        if self.index is not None:
            self.index.close()
        self.store.close()

    def _inconsistent(self, why: str) -> None:
        self.close()
        raise PolicyDataError(f"{self.store.path}：{why}。请重新构建数据。")

    def _open_searcher(self):
        searcher = self.index.searcher(weighting=self.weighting)
        with self._lock:
            self._all.append(searcher)
        return searcher

    @contextmanager
    def _searcher(self):
        """A Searcher from the engine's pool, with the engine's weighting model (index.bm25). The
        index never changes under an engine (a rebuild makes a new store and a new engine), so they
        are kept and reused; a Searcher serves one thread at a time. (threading.local would not do:
        a QThreadPool task does not keep its Python thread state between tasks.)"""
        with self._lock:
            searcher = self._idle.pop() if self._idle else None
        if searcher is None:
            searcher = self._open_searcher()
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
        if self.index is not None:
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
            docnum = self._by_id.get(seed["id"])  # a document number is the row
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
        self.literals.clear()
        with self._lock:
            self._page_cache.clear()

    @property
    def measures(self) -> list[dict]:
        """Every measure, decoded, in row order. Read from the cards on first use (the wizard and the
        comparison judge every measure; a search needs only the page's), then kept; from SQLite for
        data written before the cards were kept."""
        with self._measures_lock:
            if self._measures is None and self.data.has_cards:  # in slices: never every card's bytes at once
                loaded = []
                for start in range(0, self._size, _CARDS_AT_ONCE):
                    loaded += self.store.measures_from_cards(self.data.cards(range(start, min(self._size, start + _CARDS_AT_ONCE))))
                self._measures = loaded
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
        return {name: list(values) for name, values in self.facets.rows.items()}

    def measure(self, measure_id: str) -> dict | None:
        row = self._by_id.get(measure_id)
        return self._page([row])[0] if row is not None else None

    def _page(self, rows: list[int]) -> list[dict]:
        """The measures of `rows`: from `measures` once loaded, else read from their cards (SQLite for
        data written before the cards were kept) and kept a while."""
        if self._measures is not None:
            return [self._measures[row] for row in rows]
        with self._lock:
            found = {row: self._page_cache[row] for row in rows if row in self._page_cache}
        missing = [row for row in rows if row not in found]
        if missing and self.data.has_cards:  # the cards kept with the search data: no SQLite, one orjson.loads each
            read = {measure["id"]: measure for measure in self.store.measures_from_cards(self.data.cards(missing))}
        elif missing:
            with self._db_lock:
                read = self.store.measures_by_id([self._ids[row] for row in missing])
        if missing:
            self._all_read(read, missing)
            with self._lock:
                for row in missing:
                    found[row] = self._page_cache[row] = read[self._ids[row]]
                while len(self._page_cache) > _PAGE_CACHE_SIZE:
                    self._page_cache.popitem(last=False)
        return [found[row] for row in rows]

    def _hit_page(self, rows: list[int]) -> list[dict]:
        """The measures of `rows` as search hits carry them (index.store.HIT_KEYS: all but the eligibility rules,
        which `measure` reads), each a new dict of its own (the hit is made of it): from `measures` or
        the page's measures when there, else decoded from their cards' heads (the rules, most of a card,
        are not; a head decodes in ~1.5 µs, so they are not kept); from SQLite for data written before
        the cards were kept."""
        if self._measures is not None:
            return [hit_measure(self._measures[row]) for row in rows]
        with self._lock:
            found = {row: hit_measure(self._page_cache[row]) for row in rows if row in self._page_cache} if self._page_cache else {}
        missing = [row for row in rows if row not in found] if found else rows
        if not missing:
            return [found[row] for row in rows]
        if not found and self.data.has_cards:  # none kept (a search's page, as a rule): each card's head as read
            hits = self.store.hits_from_heads(self.data.card_heads(rows))
            if list(map(itemgetter("id"), hits)) == list(map(self._ids.__getitem__, rows)):
                return hits
            read = {measure["id"]: measure for measure in hits}  # (the ids checked below, as for any page)
        elif self.data.has_cards:
            read = {measure["id"]: measure for measure in self.store.hits_from_heads(self.data.card_heads(missing))}
        else:
            with self._db_lock:
                read = {i: hit_measure(m) for i, m in self.store.measures_by_id([self._ids[row] for row in missing]).items()}
        self._all_read(read, missing)
        found.update((row, read[self._ids[row]]) for row in missing)
        return [found[row] for row in rows]

    def _all_read(self, read: dict[str, dict], rows: list[int]) -> None:
        """Every measure of `rows` was read (by id), else the search data and the store disagree: the rebuild offer."""
        if len(read) != len(set(rows)) or any(self._ids[row] not in read for row in rows):
            raise PolicyDataError(f"{self.store.path}：搜索数据中的措施不在数据库中。请重新构建数据。")

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
        measures = self._hit_page([row for row, _, _ in chosen])
        if len(ranking.parts) == 1 and all(at is None for _, _, at in chosen):  # one question (the common case)
            part = ranking.parts[0]
            rows = [row for row, _, _ in chosen]
            open_to_all = self.facets.open_to_all(rows, measures, part.filters)
            pattern = pattern_of(part.terms)
            for (row, score, _), measure, why in zip(chosen, measures, self.concepts.whys(part.q, part.sets, rows)):
                # _made_hit, written out (a call a hit)
                measure["score"] = round(score, 4)
                measure["snippet"] = snippet_by(measure["text"], pattern)
                measure["why"] = why
                if row in open_to_all:
                    measure["industry_note"] = ANY_INDUSTRY  # under an industry filter, for being open to every industry
            return measures
        out = []
        for number, part in enumerate(ranking.parts):
            own = [(i, (row, score), measure) for i, ((row, score, at), measure) in enumerate(zip(chosen, measures))
                   if (at or 0) == number]
            if not own:
                continue
            rows = [row for _, (row, _), _ in own]
            open_to_all = self.facets.open_to_all(rows, [m for _, _, m in own], part.filters)
            whys = self.concepts.whys(part.q, part.sets, rows)
            out += [(i, self._hit(measure, score, part.terms, why, row in open_to_all))
                    for (i, (row, score), measure), why in zip(own, whys)]
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
            "facets": self.facets.counts(matched & self.facets.validity(filters, today), filters),
            "fallback": False,
            "notices": notices,
            "highlight": list(dict.fromkeys(t for a in answers for t in a["highlight"])),
            "understood": [w for a in answers for w in a["understood"]],
            "hidden": self.facets.hidden(unfiltered, filters, today),
            "uncovered": uncovered,
        }, rows, contexts)


    def _search_one(self, text: str, filters: Filters, limit: int, offset: int,
                    today: date) -> tuple[dict, list[tuple[int, float]], _Part]:
        """One question through Whoosh: parsed (index.queryparser), understood into the query tree
        that runs, run by a Searcher with the layered collector (candidates → coverage → exclusions
        and filters → rank: coverage, then benefit before task, home district, BM25, valid before
        over), then facets. Returns the result (without hits), the page's (row, score) and what
        building its hits needs."""
        typed, truncated = cleaned(text)
        understood = understand(self._parser.parse(typed, normalize=False), typed, truncated, self.understanding)
        q = understood.q
        if q.empty and q.excluded and " " not in q.text and self.literals.literal(q.text):
            # "－平" copied from "尖货－平谷": text the documents hold, not an exclusion
            understood = understand(self._parser.parse(f"“{typed}”", normalize=False), typed, truncated, self.understanding)
            q = understood.q
        notices: list[str] = []
        if q.truncated:
            notices.append(f"查询过长，只用了前{len(q.text)}个字。")
        # a district the data has no documents of: said, and the city's measures (which apply there) shown
        districts = self.facets.rows["district"]
        uncovered = [c.typed for c in q.concepts if c.district and c.district not in districts]
        uncovered_districts = list(dict.fromkeys(c.district for c in q.concepts
                                                 if c.district and c.district not in districts))
        if uncovered:
            q = replace(q, concepts=tuple(c for c in q.concepts if c.typed not in uncovered))
            understood = Understood(understood.parsed, q, understood.others)
            notices += [f"当前数据没有{d}的区级文件；以下是市级措施" for d in uncovered_districts]
        self.last_query = understood
        municipal = self.facets.municipal
        mask = self.facets.mask(filters, today)
        if uncovered:
            mask &= municipal
        if q.empty and q.excluded:
            notices.append("只有排除词，没有要找的词：显示除排除词以外的全部措施。")
        over = self.facets.over(today)
        state = self._pass(mask)
        collector = LayeredCollector(self.facets, filters, offset + limit, over, municipal if uncovered else None,
                                     self.facets.over_bytes(today))
        with self._searcher() as searcher:
            searcher.search_with_collector(understood.ran, collector, context=state.context(searcher))
            found = collector.found
            q, sets = found.q, found.sets
            matched, visible = collector.matched, collector.visible
            within = municipal if uncovered else self.literals.everything
            if not (filters.active() or filters.valid_only) or not sets:
                unfiltered = matched if sets else matched & within
            else:  # the same query with no filter on (as understood: no second respelling)
                again = self._pass(within, fixed=found)
                unfiltered = rows_of(understood.ran, searcher, again.context(searcher)) & within
        notices += [f"没有找到“{typed}”，按“{found}”查找。" for typed, found in q.respellings]
        coverage = found.coverage.shares if found.coverage else None
        if len(q.concepts) > 1 and visible and coverage is not None and not any(
                share >= 1.0 and rows & visible for share, rows in coverage.items()):
            notices.insert(0, "没有同时包含全部词语的措施，下面按包含词语的多少排列（只含部分词语）。")
        if q.dropped:
            notices.append(DROPPED + "、".join(q.dropped) + "。")
        terms = q.highlight()
        shown = collector.results()[offset : offset + limit]
        fallback = bool(notices) and notices[0].startswith("没有同时包含")
        return {
            "query": text,
            "total": visible.bit_count(),
            "hits": None,  # SearchEngine.hits builds them; the key keeps its place in the output
            "facets": self.facets.counts(matched & self.facets.validity(filters, today) if filters.valid_only else matched,
                                         filters),
            "fallback": fallback,
            "notices": notices,
            "highlight": list(terms),
            "understood": [c.typed for c in q.concepts],
            "hidden": self.facets.hidden(unfiltered, filters, today),
            "uncovered": uncovered_districts,
            "_unfiltered": unfiltered,
            "_matched": matched,
            "_visible": visible,
        }, shown, _Part(q, sets, terms, filters, understood)

    def _pass(self, mask: int, fixed=None) -> Pass:
        return Pass(self.literals, self.concepts, self.facets, self.understanding, mask, fixed)

    def _pinyin_index(self) -> PinyinIndex:
        """The pinyin respelling's table: the Whoosh index's words (heading and text fields, by
        document frequency) and the synonym table's words, built once."""
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

    def _read_statuses(self, today: date) -> dict[str, int]:
        groups = self.data.deadline_groups()
        if groups is not None:
            return grouped_status_rows(groups, self.store.documents, today)
        with self._db_lock:
            return status_rows(self.store.db.conn, self._by_id, self._size, today, self.store.documents)

    def summary(self, today: date | None = None) -> dict:
        """What the data covers (index.rowfacts.summary_of): the districts with documents of their own,
        the newest document's date and how many measures are valid or over on `today`."""
        return summary_of(list(self.facets.rows["district"]), self.store.meta.get("newest_document") or "",
                          self.facets.statuses(today or date.today()), MUNICIPAL)

    def _hit(self, measure: dict, score: float, terms: tuple[str, ...], why: str = "", open_to_all: bool = False) -> dict:
        return self._made_hit(measure, score, pattern_of(terms), why, open_to_all)

    @staticmethod
    def _made_hit(measure: dict, score: float, pattern, why: str, open_to_all: bool) -> dict:
        """`measure` (a dict of this hit's own, _hit_page) made the hit: its fields, then its score, snippet
        (`pattern`: snippets.pattern_of the part's terms) and why."""
        measure["score"] = round(score, 4)
        measure["snippet"] = snippet_by(measure["text"], pattern)
        measure["why"] = why
        if open_to_all:
            measure["industry_note"] = ANY_INDUSTRY  # under an industry filter, for being open to every industry
        return measure
