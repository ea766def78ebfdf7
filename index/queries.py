"""The engine's Whoosh queries: every node of a query tree that runs is a `whoosh.query.Query` whose
`Matcher` is backed by the prepared row bitmaps (index.prepared) rather than Whoosh postings, so a
Whoosh `Searcher` runs it (`search_with_collector`) and a collector can take the matched rows whole.

- ConceptQuery: one concept of the query (the word as typed, its synonyms, a compound's parts, a
  district, a respelling): the rows holding it whole (index.concepts).
- ConceptsQuery: the plain words of a query together, matched graded rather than all-or-any: the
  rows covering enough of the concepts (index.concepts.ConceptStage.coverage), with the pinyin
  respelling when nothing covers them. What it found (the concepts as finally understood, their
  rows and each row's share) is left in the search's `Pass` for the collector's ranking.
- LiteralQuery: rows holding a literal string (an exclusion, a literal inside OR).
- FacetQuery: rows with a facet value containing the text (单位:区商务局, 地区:平谷).
- RowsAnd / RowsOr / RowsAndNot / RowsNot: Whoosh's compound queries, combining their children's rows
  as bitmaps (`&`, `|`, `& ~`) instead of stepping matchers document by document.

Rows depend on the search (its filters decide when a graded match may widen): a query reads them
from the `Pass` its search context carries (`context.policy`), which the engine sets up per search.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from whoosh import query
from whoosh.matching import Matcher
from whoosh.searching import SearchContext

from index import bitmaps
from index.bm25 import LITERAL_FIELD
from index.concepts import ConceptRows, ConceptStage, Coverage
from index.facets import FacetRows
from index.literals import Literals
from index.understanding import Concept, Query, Understanding


@dataclass
class Found:
    """What a ConceptsQuery matched: the query as finally understood (respelled or not), each
    concept's rows and the graded coverage (None: no concept, every row)."""
    q: Query
    sets: list[ConceptRows]
    coverage: Coverage | None


@dataclass
class Pass:
    """One search's state, carried in its Whoosh SearchContext as `policy`."""
    literals: Literals
    concepts: ConceptStage
    facets: FacetRows
    understanding: Understanding
    mask: int  # the rows passing the clerk's filters (a graded match widens only when too few of them match)
    fixed: Found | None = None  # a second pass (without filters) keeps what the first understood
    found: Found | None = None

    def context(self, searcher) -> SearchContext:
        context = searcher.context()  # a new one: set in place (SearchContext.set would copy it)
        context.policy = self
        return context


class RowsMatcher(Matcher):
    """A Whoosh Matcher over a row bitmap (row = document number: the index is written in row
    order, one segment). The rows are listed only if something steps through them."""

    def __init__(self, rows: int, scorer=None, at: int = 0):
        self.rows = rows
        self._ids: list[int] | None = None
        self._at = at
        self._scorer = scorer

    @property
    def ids(self) -> list[int]:
        if self._ids is None:
            self._ids = bitmaps.rows(self.rows)
        return self._ids

    def is_active(self) -> bool:
        return bool(self.rows) and self._at < len(self.ids)

    def reset(self) -> None:
        self._at = 0

    def copy(self) -> RowsMatcher:
        return RowsMatcher(self.rows, self._scorer, self._at)

    def id(self) -> int:
        return self.ids[self._at]

    def next(self) -> None:
        self._at += 1

    def skip_to(self, target: int) -> None:
        self._at = max(self._at, bisect_left(self.ids, target))

    def all_ids(self):
        return iter(self.ids[self._at:]) if self.rows else iter(())

    def supports(self, astype) -> bool:
        return False

    def supports_block_quality(self) -> bool:
        return False

    def weight(self) -> float:
        return 1.0

    def score(self) -> float:
        return self._scorer.score(self) if self._scorer is not None else 1.0

    def term(self):
        return None


class RowsQuery(query.Query):
    """A query whose rows come from the prepared bitmaps: `rows` gives them whole, `matcher` a
    Whoosh Matcher over them."""

    def rows(self, searcher, context) -> int:
        raise NotImplementedError

    def matcher(self, searcher, context=None):
        return RowsMatcher(self.rows(searcher, context), self.scorer(searcher))

    def scorer(self, searcher):
        return None

    def estimate_size(self, ixreader) -> int:
        return ixreader.doc_count_all()

    def normalize(self):
        return self

    def __hash__(self):
        return hash((type(self).__name__, self._key()))

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def _key(self):
        raise NotImplementedError


def rows_of(q, searcher, context) -> int:
    """The rows a query matches, whole: our queries give their bitmap; any other Whoosh query is
    stepped through by its own matcher (document by document: the slow way, never taken by the
    engine's own trees)."""
    if isinstance(q, RowsQuery):
        return q.rows(searcher, context)
    if q is query.NullQuery:
        return bitmaps.EMPTY
    return bitmaps.from_rows(q.matcher(searcher, context).all_ids(), searcher.doc_count_all())


def policy(context) -> Pass:
    found = getattr(context, "policy", None)
    if found is None:
        raise ValueError("the engine's queries run in a search context carrying a Pass (Pass.context)")
    return found


class ConceptQuery(RowsQuery):
    def __init__(self, concept: Concept, boost: float = 1.0):
        self.concept, self.boost = concept, boost
        self.fieldname = LITERAL_FIELD
        self.text = concept.typed

    def _key(self):
        return self.concept

    def __repr__(self):
        return f"ConceptQuery({self.concept.typed!r}, {list(self.concept.variants)!r})"

    def __unicode__(self):
        return self.concept.typed

    __str__ = __unicode__

    def concept_rows(self, context) -> ConceptRows:
        return policy(context).concepts.rows(self.concept)

    def rows(self, searcher, context) -> int:
        return self.concept_rows(context).full

    def scorer(self, searcher):
        return searcher.weighting.scorer(searcher, LITERAL_FIELD, self.concept.typed)


class ConceptsQuery(RowsQuery):
    def __init__(self, understood: Query, boost: float = 1.0):
        self.understood, self.boost = understood, boost
        self.subqueries = [ConceptQuery(c) for c in understood.concepts]

    def _key(self):
        return self.understood

    def children(self):
        return iter(self.subqueries)

    def is_leaf(self):
        return False

    def __repr__(self):
        return f"ConceptsQuery({self.subqueries!r})"

    def __unicode__(self):
        return " ".join(str(q) for q in self.subqueries)

    __str__ = __unicode__

    def rows(self, searcher, context) -> int:
        state = policy(context)
        within = state.mask & getattr(context, "within", state.literals.everything)
        q = self.understood
        if state.fixed is not None:
            q, sets = state.fixed.q, state.fixed.sets
        else:
            sets = [child.concept_rows(context) for child in self.subqueries]
        if q.empty:
            state.found = Found(q, [], None)
            return state.literals.everything
        coverage = state.concepts.coverage(q, sets, within)
        if state.fixed is None and not coverage.complete and state.concepts.respellable(q, sets):
            unmatched = {c.typed for c, r in zip(q.concepts, sets) if not r.full}
            respelled = state.understanding.respelled(q, unmatched, state.concepts.pinyin(),
                                                      lambda s: bool(state.literals.literal(s)))
            if respelled is not q:
                q = respelled
                sets = [state.concepts.rows(c) for c in q.concepts]
                coverage = state.concepts.coverage(q, sets, within)
        state.found = Found(q, sets, coverage)
        return coverage.rows


class LiteralQuery(RowsQuery):
    def __init__(self, text: str, boost: float = 1.0):
        self.text, self.boost = text.lower(), boost
        self.fieldname = LITERAL_FIELD

    def _key(self):
        return self.text

    def __repr__(self):
        return f"LiteralQuery({self.text!r})"

    def __unicode__(self):
        return f"“{self.text}”"

    __str__ = __unicode__

    def rows(self, searcher, context) -> int:
        return policy(context).literals.literal(self.text)

    def scorer(self, searcher):
        return searcher.weighting.scorer(searcher, LITERAL_FIELD, self.text)


class FacetQuery(RowsQuery):
    def __init__(self, facet: str, text: str, label: str = "", boost: float = 1.0):
        self.facet, self.text, self.label, self.boost = facet, text.strip(), label or facet, boost
        self.fieldname = facet

    def _key(self):
        return self.facet, self.text

    def __repr__(self):
        return f"FacetQuery({self.facet!r}, {self.text!r})"

    def __unicode__(self):
        return f"{self.label}:{self.text}"

    __str__ = __unicode__

    def rows(self, searcher, context) -> int:
        return policy(context).facets.holding(self.facet, self.text) if self.text else bitmaps.EMPTY


class RowsAnd(query.And, RowsQuery):
    """Every child's rows; a graded ConceptsQuery child is matched within the others' rows."""

    normalize, matcher = RowsQuery.normalize, RowsQuery.matcher
    __eq__, __hash__ = query.And.__eq__, query.And.__hash__

    def rows(self, searcher, context) -> int:
        state = policy(context)
        rows = getattr(context, "within", state.literals.everything)
        graded = [q for q in self.subqueries if isinstance(q, ConceptsQuery)]
        for q in self.subqueries:
            if not isinstance(q, ConceptsQuery):
                rows &= rows_of(q, searcher, context)
        for q in graded:
            rows &= rows_of(q, searcher, context.set(within=rows))
        return rows


class RowsOr(query.Or, RowsQuery):
    normalize, matcher = RowsQuery.normalize, RowsQuery.matcher
    __eq__, __hash__ = query.Or.__eq__, query.Or.__hash__

    def rows(self, searcher, context) -> int:
        rows = bitmaps.EMPTY
        for q in self.subqueries:
            rows |= rows_of(q, searcher, context)
        return rows


class RowsAndNot(query.AndNot, RowsQuery):
    normalize, matcher = RowsQuery.normalize, RowsQuery.matcher
    __eq__, __hash__ = query.AndNot.__eq__, query.AndNot.__hash__

    def rows(self, searcher, context) -> int:
        return rows_of(self.a, searcher, context) & ~rows_of(self.b, searcher, context)


class RowsNot(query.Not, RowsQuery):
    normalize, matcher = RowsQuery.normalize, RowsQuery.matcher
    __eq__, __hash__ = query.Not.__eq__, query.Not.__hash__

    def rows(self, searcher, context) -> int:
        return policy(context).literals.everything & ~rows_of(self.query, searcher, context)


__all__ = ["ConceptQuery", "ConceptsQuery", "FacetQuery", "Found", "LiteralQuery", "Pass", "RowsAnd", "RowsAndNot",
           "RowsMatcher", "RowsNot", "RowsOr", "RowsQuery", "rows_of"]
