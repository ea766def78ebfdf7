"""The page's order, as a Whoosh Collector: it takes the rows the query's matcher holds in bulk (a
bitmap, not one document at a time) and ranks them in layers: coverage of the query's concepts,
benefit before government task, the benefit type the query names, the filtered district, then BM25
(the searcher's weighting model, index.bm25) — scored only where a row can still reach the page."""
from __future__ import annotations

from operator import itemgetter

from whoosh.collectors import Collector

from index import bitmaps
from index.bitmaps import add
from index.bm25 import idf
from index.facets import FacetRows, Filters
from index.queries import Found, RowsMatcher

# A measure that is purely a task for government (政府工作) offers the visitor nothing to claim: it stays
# findable but ranks below the measures that benefit an enterprise.
GOVERNMENT_TASK_WEIGHT = 0.5


class LayeredCollector(Collector):
    """Collects the query's matched rows whole, then orders the first `need` of those passing the
    filters. After `search_with_collector`: `matched` (every row the query matched), `visible`
    (those passing the filters), `found` (what the query's concepts matched) and `results()` (the
    first `need` rows with their scores)."""

    def __init__(self, facets: FacetRows, filters: Filters, need: int, over: int = 0, scope: int | None = None,
                 over_bytes: bytes | None = None):
        self.facets, self.filters, self.need, self.over = facets, filters, need, over
        self.over_bytes = over_bytes  # `over`'s bytes when read already (FacetRows.over_bytes)
        self.scope = scope  # rows the answer is confined to (a district without documents: the city's)
        self.matched = self.visible = bitmaps.EMPTY
        self.found: Found | None = None
        self.order: list[tuple[int, float]] = []

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self.matched = bitmaps.EMPTY

    def collect_matches(self):
        """The whole segment's matches at once: the rows of our matcher, or (any other matcher) its ids."""
        matcher = self.matcher
        if isinstance(matcher, RowsMatcher):
            rows = matcher.rows
        else:
            rows = bitmaps.from_rows(matcher.all_ids(), self.subsearcher.doc_count_all())
        self.matched |= rows << self.offset

    def collect(self, sub_docnum):
        """Whoosh's document-at-a-time entry point (collect_matches takes the rows whole instead)."""
        self.matched |= 1 << (sub_docnum + self.offset)

    def sort_key(self, sub_docnum):
        return sub_docnum + self.offset

    def finish(self):
        super().finish()
        state = self.context.policy
        self.found = state.found
        if self.scope is not None:
            self.matched &= self.scope
        self.visible = self.matched & state.mask
        found = self.found
        shares = found.coverage.shares if found and found.coverage else None
        self.order = self.rank(found, self.visible, shares)

    def count(self) -> int:
        return self.visible.bit_count()

    def all_ids(self):
        return bitmaps.rows(self.visible)

    def results(self) -> list[tuple[int, float]]:
        return self.order

    def rank(self, found: Found | None, rows: int, coverage: dict[float, int] | None) -> list[tuple[int, float]]:
        """The first `need` rows: by coverage of the query's concepts, then measures an enterprise
        can claim before government tasks, then those granting a benefit type the query names
        (房租减免 ~ 租金减免: the tenant's relief before the landlord's subsidy for it), then (with a
        district filter) the district's own before the city's, then BM25, then document order.
        Those keys before BM25 split the rows into groups by bitmaps; BM25 is computed group by
        group in that order, only until the page is full: on a large library most matched rows are
        never scored.

        BM25 per concept takes its best wording (the typed word, a synonym, or a compound's parts
        averaged); idf from the rows holding that wording. Rows of `over` (measures over today) come
        after the others of equal score."""
        need, over = self.need, self.over
        if need <= 0 or not rows:
            return []
        if found is None or not found.sets:
            first = bitmaps.rows(rows & ~over, need)
            return [(r, 0.0) for r in first + bitmaps.rows(rows & over, need - len(first))]
        model = self.top_searcher.weighting
        estimate = model.literals.estimate
        total = model.literals.size
        idfs: dict[str, float] = {}
        for rows_of in found.sets:
            for word, hits in rows_of.variants:
                idfs[word] = idf(total, hits.bit_count() if hits is not None else estimate(word))

        def part_idf(word: str) -> float:  # a part's rows are never looked up: its rarest bigram bounds them
            if word not in idfs:
                idfs[word] = idf(total, estimate(word))
            return idfs[word]

        benefit_names, benefit_rows = self.facets.benefit_names, self.facets.rows["benefit_type"]
        district_rows = self.facets.rows["district"]
        plan = []
        for concept, rows_of in zip(found.q.concepts, found.sets):
            words = [(w, hits, idfs[w]) for w, hits in rows_of.variants if hits is None or hits]
            named = frozenset(concept.variants + concept.phrasings) & benefit_names
            plan.append((concept.weight, words, rows_of.parts, concept.parts_match, named))
        # rows granting a benefit type some concept names (房租减免 → 租金减免)
        granting = []
        for *_, named in plan:
            if named:
                grant = bitmaps.EMPTY
                for name in named:
                    grant |= benefit_rows[name]
                granting.append(grant)
        filters = self.filters
        home = set(filters.district) if filters.district and filters.include_municipal else set()
        own = bitmaps.EMPTY
        for district in home:
            own |= district_rows.get(district, bitmaps.EMPTY)
        levels: dict[float, int] = {}
        if coverage is None:  # every row holds all of it (the common case)
            levels[1.0] = rows
        else:
            for share, held in coverage.items():
                add(levels, round(share, 3), held & rows)
        government_rows = self.facets.government
        ordered: list[tuple[int, float]] = []
        for level in sorted(levels, reverse=True):
            for government in (False, True):
                by_government = levels[level] & (government_rows if government else self.facets.not_government)
                for grants in _by_grants(by_government, granting):
                    for group in ((grants & own, grants & ~own) if home else (grants,)):
                        if not group:
                            continue
                        weight = GOVERNMENT_TASK_WEIGHT if government else 1.0
                        scored = model.top_scores(group, plan, part_idf, need - len(ordered))
                        # by score, then (those over after the others of equal score), then by row: stable
                        # sorts in C, the row's last, and the rows over moved after the others in between
                        scored.sort(key=_ROW)
                        # which scored rows are over, found at once (a bit test per row shifts the whole bitmap)
                        late = (bitmaps.among_bytes(self.over_bytes, [row for row, _ in scored]) if self.over_bytes is not None
                                else bitmaps.among(over & group, [row for row, _ in scored]))
                        if late:
                            scored = [item for item in scored if item[0] not in late] + [item for item in scored if item[0] in late]
                        scored.sort(key=_SCORE, reverse=True)  # (reversed, a sort stays stable)
                        ordered += [(row, score * weight) for row, score in scored]
                        if len(ordered) >= need:
                            return ordered[:need]
        return ordered


def _by_grants(rows: int, granting: list[int]) -> list[int]:
    """`rows` split by how many of the `granting` sets hold them, the most first."""
    if not granting:
        return [rows]
    counts: dict[int, int] = {0: rows}
    for grant in granting:
        after: dict[int, int] = {}
        for n, group in counts.items():
            add(after, n + 1, group & grant)
            add(after, n, group & ~grant)
        counts = after
    return [counts[n] for n in sorted(counts, reverse=True)]


_ROW, _SCORE = itemgetter(0), itemgetter(1)
