"""The engine's ranking stage: the measures that can reach the page, in order: coverage of the query's
concepts, benefit before government task, the benefit type the query names, the filtered district, then
BM25 over the literal wordings (headings boosted) — scored only where a row can still reach the page,
with term counts prepared at build time where they can be (index.prepared). A mixin of SearchEngine:
it reads the engine's prepared rows and texts."""
from __future__ import annotations

import math
from itertools import compress, repeat
from operator import add, eq, mul

from typing import TYPE_CHECKING

from index import bitmaps
from index.analysis import RUN
from index.searchindex import HEADING_BOOST
from index.understanding import Query

if TYPE_CHECKING:  # the engine's own types, for the annotations only
    from index.matching import ConceptRows
    from index.search import Filters

BM25_K1, BM25_B = 1.2, 0.75
# A measure that is purely a task for government (政府工作) offers the visitor nothing to claim: it stays
# findable but ranks below the measures that benefit an enterprise.
GOVERNMENT_TASK_WEIGHT = 0.5
GRAM_CACHE_SIZE = 2048  # bigram layers kept decoded (the engine's postings cache uses the same bound)


class RankingStage:
    def _rank(self, q: Query, rows: int, coverage: dict[float, int] | None, sets: list[ConceptRows],
              filters: Filters, need: int, over: int = 0) -> list[tuple[int, float]]:
        """The first `need` rows: by coverage of the query's concepts, then measures an enterprise
        can claim before government tasks, then those granting a benefit type the query names
        (房租减免 ~ 租金减免: the tenant's relief before the landlord's subsidy for it), then (with a
        district filter) the district's own before the city's, then BM25, then document order.
        Those keys before BM25 split the rows into groups by bitmaps; BM25 is computed group by
        group in that order, only until the page is full: on a large library most matched rows are
        never scored.

        BM25 per concept takes its best wording (the typed word, a synonym, or a compound's parts
        averaged); idf from the rows holding that wording, term counts on the heading (counted
        HEADING_BOOST times) and the text. Rows of `over` (measures over today) come after the others
        of equal score."""
        if need <= 0 or not rows:
            return []
        if not sets:
            first = bitmaps.rows(rows & ~over, need)
            return [(r, 0.0) for r in first + bitmaps.rows(rows & over, need - len(first))]
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
                        if over & group:
                            scored.sort(key=lambda item: (-item[1], bitmaps.has(over, item[0]), item[0]))
                        else:
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
        return self._cached_gram("\1" + gram, lambda _key: self.data.gram_counts(gram))  # "\1…": never a bigram

    def _cached_gram(self, key: str, load):
        """What the prepared data holds for a bigram, a character or a bigram's counts, through the
        engine's one LRU cache of them (shared by the search threads)."""
        with self._lock:
            cached = self._gram_cache.get(key)
            if cached is not None:
                self._gram_cache.move_to_end(key)
                return cached
        value = load(key)
        with self._lock:
            self._gram_cache[key] = value
            if len(self._gram_cache) > GRAM_CACHE_SIZE:
                self._gram_cache.popitem(last=False)
        return value

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


def _add(groups: dict, key, rows: int) -> None:
    """Add `rows` to the group `key` (empty ones are left out)."""
    if rows:
        groups[key] = groups.get(key, 0) | rows


def _by_score(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]
