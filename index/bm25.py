"""BM25 over the literal wordings, as a Whoosh WeightingModel (the engine's Searchers are opened with
it): term counts on the heading (counted HEADING_BOOST times) and the text, taken from the counts
prepared at build time where they can be (two-character words, index.prepared) and else counted in
the texts in C. The layered collector (index.layered) asks it for the best scores of a whole group
of rows at once (`top_scores`); a matcher of index.queries asks it row by row (`scorer`). The word
fields of the Whoosh index (同类措施's more_like) keep Whoosh's own BM25F: this model is one."""
from __future__ import annotations

import math
from heapq import heapify, heappop, heapreplace
from itertools import accumulate, compress, repeat
from operator import add as add_counts, eq, mul, or_

from whoosh.scoring import BaseScorer, BM25F

from index import bitmaps
from index.bitmaps import add
from index.analysis import RUN
from index.literals import Literals
from index.searchindex import HEADING_BOOST

BM25_K1, BM25_B = 1.2, 0.75
LITERAL_FIELD = "literal"  # the pseudo-field of literal wordings (no Whoosh postings: the prepared rows)
# the norm bands (PreparedBM25._norm_bands): a source's shortest rows are listed up to the first band by
# which it holds the page's rows, so the finer the bands the fewer rows past the page are listed and sorted
# (bands doubling from 64 rows listed about twice the page), the more bands the longer the binary searches
# over them; at 20,000 measures the clerk set's cold queries took ~3 % less CPU with these than doubling
BAND_FIRST, BAND_GROWTH = 32, 1.25


def idf(total: int, df: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


class PreparedBM25(BM25F):
    def __init__(self, literals: Literals):
        super().__init__()
        self.literals = literals
        bodies = literals.bodies
        avg = max(1.0, sum(map(len, bodies)) / max(1, len(bodies)))
        self.norms = [BM25_K1 * (1 - BM25_B + BM25_B * len(b) / avg) for b in bodies]
        # rows by length norm (shortest first) and each band's smallest norm, made on first use (one
        # attribute: a thread never sees the bands without their norms)
        self._banded: tuple[list[int], list[float], list[int]] | None = None  # bands, their norms, their running unions

    def scorer(self, searcher, fieldname, text, qf=1):
        if fieldname == LITERAL_FIELD:
            return LiteralScorer(self, text)
        return super().scorer(searcher, fieldname, text, qf)

    def count(self, word: str, row: int) -> int:
        return HEADING_BOOST * self.literals.headings[row].count(word) + self.literals.bodies[row].count(word)

    def top_scores(self, group: int, plan: list, part_idf, need: int) -> list[tuple[int, float]]:
        """BM25 of the rows of `group` that can be among its first `need` by (-score, row): at least
        those, exactly scored, in no order. `plan`: per concept (weight, [(wording, its rows or None,
        idf)], parts, parts_match, …).

        A row's score depends only on its term counts (its signature) and its length norm, and falls
        as the norm grows. So the rows are split by signature as bitmaps (term_classes: the counts
        prepared at build time, or counted in C), each signature's rows are listed shortest text
        first only as far as it could reach the page (norm bands, prepared at open), and the best
        rows overall are taken from a heap of the signatures' next rows until `need` are taken and
        the next scores less than the need-th (ties with it are all taken): most rows of a large
        group are never listed, let alone scored. Rows holding nothing score 0 whatever their
        length and keep document order. One concept without parts (a row's score is its best
        wording's) needs no signatures: _top_of_best."""
        if len(plan) == 1 and not plan[0][2]:  # one concept, no parts: its best wording's score alone
            return self._top_of_best(group, plan[0][1], need)
        words = list(dict.fromkeys([w for _, ws, *_ in plan for w, _, _ in ws]
                                   + [v for _, _, parts, *_ in plan for part in parts for v in part]))
        hits_of = {w: hits for _, ws, *_ in plan for w, hits, _ in ws if hits is not None}
        signatures: dict[tuple, int] = {(): group}
        for word in words:
            hits = hits_of.get(word)
            # a wording not looked up holds a shorter one that was (index.concepts): only its rows can hold it
            within = group if hits is not None else group & _inside(word, hits_of)
            signatures = _split(signatures, self.term_classes(word, within, hits, group))
        at = {w: j for j, w in enumerate(words)}
        cplan = [(weight, [(at[w], idf) for w, _, idf in ws], [[(at[v], part_idf(v)) for v in part] for part in parts], parts_match)
                 for weight, ws, parts, parts_match, _ in plan]
        k1 = BM25_K1 + 1

        def score(counts: tuple, norm: float) -> float:  # the same sums, in the same order, as one row at a time
            total_score = 0.0
            for weight, ws, parts, parts_match in cplan:
                best = 0.0
                for j, idf in ws:
                    tf = counts[j]
                    if tf:
                        value = idf * tf * k1 / (tf + norm)
                        if value > best:
                            best = value
                if parts and (parts_match or not best):
                    total = 0.0
                    for part in parts:
                        top = 0.0
                        for j, idf in part:
                            tf = counts[j]
                            if tf:
                                value = idf * tf * k1 / (tf + norm)
                                if value > top:
                                    top = value
                        total += top
                    best = max(best, total / len(parts))
                total_score += weight * best
            return total_score

        # rows holding nothing: the first `need` in document order
        out = [(row, 0.0) for row in bitmaps.rows(signatures.pop((0,) * len(words), bitmaps.EMPTY), need)]
        norms = self.norms
        band_norms = self.bands()[1]
        # a signature's rows are listed only when its bound reaches the heap's top: its score at the
        # shortest norm of the first band holding one of its rows (entry (-bound, n, -1)); a bound comes
        # before any of its rows' (-score, n, j) and is never below them, so the rows are taken in the
        # same order as if all were listed. (A first, looser bound at the shortest norm of all, which
        # spared finding that band, was passed by nearly every signature of the clerk queries: scoring it
        # cost more than the few intersections it spared; any bound above a signature's rows gives the
        # same order, a tighter one only less work.)
        groups = list(signatures.items())
        listed: list[list[int] | None] = [None] * len(groups)
        heap = [(-score(signature, band_norms[band]), n, -1, band)
                for n, (signature, rows) in enumerate(groups) for band in (self.first_band(rows),)]
        heapify(heap)
        taken, threshold = 0, 0.0
        while heap:
            negative, n, j, band = heap[0]
            if taken >= need and -negative < threshold:
                break
            if j < 0:  # a bound: list the signature's shortest rows, and put its first row in its place
                signature, rows = groups[n]
                found = listed[n] = self.shortest(rows, need, band)
                heapreplace(heap, (-score(signature, norms[found[0]]), n, 0, 0))
                continue
            signature, rows = groups[n][0], listed[n]
            if j + 1 < len(rows):
                heapreplace(heap, (-score(signature, norms[rows[j + 1]]), n, j + 1, 0))
            else:
                heappop(heap)
            out.append((rows[j], -negative))
            taken += 1
            if taken == need:
                threshold = -negative
        return out

    def _top_of_best(self, group: int, wordings: list, need: int) -> list[tuple[int, float]]:
        """top_scores for one concept without parts, whose score is its best wording's: no
        signatures. Each wording's rows of one term count (a source) are a stream of rows whose
        score falls as the norm grows; the heap merges the streams (bounds first, as top_scores) and a
        row counts where it first comes out, at its best score, which is its score. A source's first
        `need` rows (and those as short as the last) are enough: when they are all taken, `need`
        rows score at least as much as any it has left."""
        hits_of = {w: hits for w, hits, _ in wordings if hits is not None}
        k1 = BM25_K1 + 1
        sources: list[tuple[float, float, int]] = []  # (idf, term count, rows)
        holding = bitmaps.EMPTY
        for word, idf in dict.fromkeys((w, idf) for w, _, idf in wordings):
            hits = hits_of.get(word)
            # a wording not looked up holds a shorter one that was (index.concepts): only its rows can hold it
            within = group if hits is not None else group & _inside(word, hits_of)
            for tf, rows in self.term_classes(word, within, hits, group).items():
                if tf:
                    sources.append((idf, tf, rows))
                    holding |= rows
        # rows holding nothing: the first `need` in document order
        out = [(row, 0.0) for row in bitmaps.rows(group & ~holding, need)]
        norms, band_norms = self.norms, self.bands()[1]
        heap = [(-(idf * tf * k1 / (tf + band_norms[0])), n, -2, 0) for n, (idf, tf, _) in enumerate(sources)]
        heapify(heap)
        listed: list[list[int]] = [[] for _ in sources]
        taken: set[int] = set()
        threshold = 0.0
        while heap:
            negative, n, j, band = heap[0]
            if len(taken) >= need and -negative < threshold:
                break
            idf, tf, rows = sources[n]
            if j == -2:  # the bound at the shortest norm of all, tightened to the first band holding a row
                band = self.first_band(rows)
                heapreplace(heap, (-(idf * tf * k1 / (tf + band_norms[band])), n, -1, band))
                continue
            if j == -1:  # list the source's shortest rows, its first in the bound's place
                found = listed[n] = self.shortest(rows, need, band)
                heapreplace(heap, (-(idf * tf * k1 / (tf + norms[found[0]])), n, 0, 0))
                continue
            found = listed[n]
            if j + 1 < len(found):
                heapreplace(heap, (-(idf * tf * k1 / (tf + norms[found[j + 1]])), n, j + 1, 0))
            else:
                heappop(heap)
            row = found[j]
            if row in taken:  # already out at a better (or equal) score from another wording
                continue
            taken.add(row)
            out.append((row, -negative))
            if len(taken) == need:
                threshold = -negative
        return out

    def shortest(self, rows: int, need: int, start: int = 0) -> list[int]:
        """Rows of `rows` shortest text first (equal lengths in row order): at least `need` of them
        (or all), and every row as short as the last one listed. `start`: the first norm band that
        may hold one of them (those before hold none)."""
        # the first band by which the bands from `start` on hold `need` of them (or the last): a binary
        # search over the bands' running unions (the bands before `start` hold none of them), then the
        # rows up to it listed once (listing a bitmap costs a pass over all its words, however few rows
        # it holds: once, not once per band) and sorted by norm. The same rows in the same order as band
        # by band: a band's norms are all below the next one's, and sorted() keeps row order for ties.
        up_to = self._bands()[2]
        low, high = start, len(up_to) - 1
        while low < high:
            middle = (low + high) // 2
            if (rows & up_to[middle]).bit_count() >= need:
                high = middle
            else:
                low = middle + 1
        return sorted(bitmaps.rows(rows & up_to[low]), key=self.norms.__getitem__)

    def bands(self) -> tuple[list[int], list[float]]:
        return self._bands()[:2]

    def first_band(self, rows: int) -> int:
        """The first norm band holding one of `rows` (not empty): a binary search over the bands'
        running unions (a few intersections instead of one per band before it)."""
        up_to = self._bands()[2]
        low, high = 0, len(up_to) - 1  # the union of every band holds every row
        while low < high:
            middle = (low + high) // 2
            if rows & up_to[middle]:
                high = middle
            else:
                low = middle + 1
        return low

    def _bands(self) -> tuple[list[int], list[float], list[int]]:
        if self._banded is None:
            bands, smallest = self._norm_bands()
            self._banded = bands, smallest, list(accumulate(bands, or_))
        return self._banded

    def _norm_bands(self) -> tuple[list[int], list[float]]:
        """The rows in bands of growing length norm (BAND_FIRST rows, then each band BAND_GROWTH times
        the last: 32, 40, 50, 62… rows; rows of equal norm never split): a signature's shortest rows are
        found in its first bands. With each band's smallest norm (a bound on its rows' scores)."""
        norms, size = self.norms, len(self.norms)
        order = sorted(range(size), key=norms.__getitem__)
        bands, smallest, start, width = [], [], 0, BAND_FIRST
        while start < size:
            end = min(size, start + width)
            while end < size and norms[order[end]] == norms[order[end - 1]]:
                end += 1
            bands.append(bitmaps.from_rows(order[start:end], size))
            smallest.append(norms[order[start]])
            start, width = end, int(width * BAND_GROWTH)
        return bands, smallest

    def term_classes(self, word: str, group: int, hits: int | None = None, whole: int | None = None) -> dict[float, int]:
        """The rows of `group` by their term count of `word` (HEADING_BOOST × the heading's count + the
        text's count): {count: rows}, every row of `group` in one class (of `whole`, when given: a
        superset of `group` whose other rows hold the word 0 times). `hits`: the rows known to hold
        the word (None: not looked up; its candidates are counted)."""
        classes: dict[float, int] = {}
        if whole is not None and whole != group:
            add(classes, 0, whole & ~group)
        # a bigram's counts, and those of the synonym table's wordings, were prepared at build time
        prepared = self.literals.counts(word, countable(word))
        if prepared is not None:
            holding, pairs = prepared
            add(classes, 0, group & ~holding)
            rest = group & holding
            counted: dict[float, int] = {}
            for in_heading, in_text, rows in pairs:  # (heading's count, text's count, rows)
                held = rest & rows
                if held:
                    add(counted, HEADING_BOOST * in_heading + in_text, held)
                    rest ^= held
            add(classes, 1, rest)  # the pair not kept: once in the text alone
            for tf, held in counted.items():  # after them: the commonest counts, 0 and 1, come first
                add(classes, tf, held)
            return classes
        holding = group & (hits if hits is not None else self.literals.candidates(word)[0])
        once = self.held_once(word, holding) if hits is not None else bitmaps.EMPTY
        add(classes, 0, group & ~holding)
        add(classes, 1, once)
        listed = bitmaps.rows(holding & ~once)
        n = len(listed)
        heading, body = self.literals.headings, self.literals.bodies
        found = map(add_counts, map(mul, repeat(HEADING_BOOST, n), map(str.count, map(heading.__getitem__, listed), repeat(word, n))),
                    map(str.count, map(body.__getitem__, listed), repeat(word, n)))
        counts = list(found)
        values = sorted(set(counts), key=counts.count)  # the commonest count last: it is what is left
        rest = holding & ~once
        for tf in values[:-1]:
            rows = bitmaps.from_rows(compress(listed, map(eq, counts, repeat(tf))), self.literals.size)
            add(classes, tf, rows)
            rest &= ~rows
        if values:
            add(classes, values[-1], rest)
        return classes

    def held_once(self, word: str, holding: int) -> int:
        """The rows of `holding` (rows known to hold `word`, three characters or more of one run)
        that hold it exactly once, in the text: some bigram of the word is not in their heading and
        some bigram occurs once in their text (a word occurs no more often than any of its bigrams)."""
        if len(word) < 3 or word != word.lower() or RUN.fullmatch(word) is None:
            return bitmaps.EMPTY
        in_every_heading = in_every_text_twice = self.literals.everything
        for gram in {word[i : i + 2] for i in range(len(word) - 1)}:
            pairs = self.literals.gram_counts(gram)
            if pairs is None:  # data written before the counts were kept so: none is known to hold it once
                return bitmaps.EMPTY
            in_heading = in_text_twice = bitmaps.EMPTY
            for heading, text, rows in pairs:
                if heading:
                    in_heading |= rows
                if text > 1:
                    in_text_twice |= rows
            in_every_heading &= in_heading
            in_every_text_twice &= in_text_twice
        return holding & ~in_every_heading & ~in_every_text_twice


def _split(signatures: dict[tuple, int], classes: dict[float, int]) -> dict[tuple, int]:
    """Each signature's rows split by one more word's term count (`classes`: a partition of the
    rows, {count: rows}), the signature extended by the count: a signature's rows are taken class by
    class in the order given (term_classes gives the commonest counts, 0 and 1, first; sizing the
    classes would cost a bit count each) and the rest stop being split once none is left."""
    after: dict[tuple, int] = {}
    for signature, rows in signatures.items():
        rest = rows
        for tf, held in classes.items():
            both = rest & held
            if both:
                after[signature + (tf,)] = both
                rest ^= both
                if not rest:
                    break
    return after


def _inside(word: str, hits_of: dict[str, int]) -> int:
    """The rows that may hold `word`: those of a shorter wording it contains (every row, if none)."""
    rows = -1  # every row
    for shorter, hits in hits_of.items():
        if shorter in word:
            rows &= hits
    return rows


def countable(word: str) -> bool:
    """Two characters of one run, lower-case, not one character twice (whose occurrences may
    overlap, which str.count does not count): its bigram's prepared counts are str.count's."""
    return (len(word) == 2 and word[0] != word[1] and "." not in word and word == word.lower()
            and RUN.fullmatch(word) is not None)


class LiteralScorer(BaseScorer):
    """One wording's BM25 for the row a matcher is on (Whoosh's document-at-a-time path; the
    collector scores whole groups with PreparedBM25.top_scores instead)."""

    def __init__(self, model: PreparedBM25, word: str):
        self.model, self.word = model, word.lower()
        self.idf = idf(model.literals.size, model.literals.literal(self.word).bit_count())

    def supports_block_quality(self) -> bool:
        return False

    def score(self, matcher) -> float:
        row = matcher.id()
        tf = self.model.count(self.word, row)
        return self.idf * tf * (BM25_K1 + 1) / (tf + self.model.norms[row]) if tf else 0.0
