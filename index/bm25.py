"""BM25 over the literal wordings, as a Whoosh WeightingModel (the engine's Searchers are opened with
it): term counts on the heading (counted HEADING_BOOST times) and the text, taken from the counts
prepared at build time where they can be (two-character words, index.prepared) and else counted in
the texts in C. The layered collector (index.layered) asks it for the best scores of a whole group
of rows at once (`top_scores`); a matcher of index.queries asks it row by row (`scorer`). The word
fields of the Whoosh index (同类措施's more_like) keep Whoosh's own BM25F: this model is one."""
from __future__ import annotations

import math
from heapq import heapify, heappop, heapreplace
from itertools import compress, repeat
from operator import add, eq, mul

from whoosh.scoring import BaseScorer, BM25F

from index import bitmaps
from index.analysis import RUN
from index.literals import Literals
from index.searchindex import HEADING_BOOST

BM25_K1, BM25_B = 1.2, 0.75
LITERAL_FIELD = "literal"  # the pseudo-field of literal wordings (no Whoosh postings: the prepared rows)


def idf(total: int, df: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


class PreparedBM25(BM25F):
    def __init__(self, literals: Literals):
        super().__init__()
        self.literals = literals
        bodies = literals.bodies
        avg = max(1.0, sum(map(len, bodies)) / max(1, len(bodies)))
        self.norms = [BM25_K1 * (1 - BM25_B + BM25_B * len(b) / avg) for b in bodies]

    def scorer(self, searcher, fieldname, text, qf=1):
        if fieldname == LITERAL_FIELD:
            return LiteralScorer(self, text)
        return super().scorer(searcher, fieldname, text, qf)

    def count(self, word: str, row: int) -> int:
        return HEADING_BOOST * self.literals.headings[row].count(word) + self.literals.bodies[row].count(word)

    def top_scores(self, rows: list[int], group: int, plan: list, part_idf, need: int) -> list[tuple[int, float]]:
        """BM25 of the rows of `group` (listed in `rows`) that can be among its first `need` by
        (-score, row): at least those, exactly scored, in no order. `plan`: per concept (weight,
        [(wording, its rows or None, idf)], parts, parts_match, …).

        A row's score depends only on its term counts and its length norm, and falls as the norm
        grows. So the term counts are taken for every row at once (str.count mapped over the texts,
        in C), rows are grouped by their counts, and each group is walked shortest text first,
        scoring only until it has given `need` rows (and any row tying the last one): the rest of a
        large group is never scored (a heap of the signatures' next rows gives the best first). Rows holding nothing (all counts 0) score 0 whatever their
        length and keep document order."""
        k = len(rows)
        simple = len(plan) == 1 and not plan[0][2]  # one concept, no parts: the best wording alone
        words = list(dict.fromkeys([w for _, ws, *_ in plan for w, _, _ in ws]
                                   + [v for _, _, parts, *_ in plan for part in parts for v in part]))
        hits_of = {w: hits for _, ws, *_ in plan for w, hits, _ in ws if hits is not None}
        heading, body = self.literals.headings, self.literals.bodies
        position = None
        counts = []
        for word in words:
            if countable(word):  # a bigram: its counts were prepared at build time
                if position is None:
                    position = dict(zip(rows, range(k)))
                counts.append(self.prepared_counts(word, group, rows, position))
                continue
            # only rows that may hold the word are counted (its rows, else its bigrams' candidates):
            # the others hold it 0 times
            hits = hits_of.get(word)
            holding = group & (hits if hits is not None else self.literals.candidates(word)[0])
            once = self.held_once(word, holding) if hits is not None else bitmaps.EMPTY
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
        norms = list(map(self.norms.__getitem__, rows))
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
        # the others by signature, each shortest text first (stable: equal norms in row order); then
        # the best rows overall, taken from the heads of the signatures best first, until `need` are
        # taken and the next scores less than the need-th (ties with it are all taken)
        buckets: dict = {}
        for i in sorted(range(k), key=norms.__getitem__):
            signature = signatures[i]
            if signature != nothing:
                bucket = buckets.get(signature)
                if bucket is None:
                    buckets[signature] = [i]
                else:
                    bucket.append(i)
        listed = list(buckets.values())
        heap = [(-score(bucket[0]), n, 0) for n, bucket in enumerate(listed)]
        heapify(heap)
        taken, threshold = 0, 0.0
        while heap:
            negative, n, j = heap[0]
            if taken >= need and -negative < threshold:
                break
            bucket = listed[n]
            if j + 1 < len(bucket):
                heapreplace(heap, (-score(bucket[j + 1]), n, j + 1))
            else:
                heappop(heap)
            out.append((rows[bucket[j]], -negative))
            taken += 1
            if taken == need:
                threshold = -negative
        return out

    def held_once(self, word: str, holding: int) -> int:
        """The rows of `holding` (rows known to hold `word`, three characters or more of one run)
        that hold it exactly once, in the text: some bigram of the word is not in their heading and
        some bigram occurs once in their text (a word occurs no more often than any of its bigrams)."""
        if len(word) < 3 or word != word.lower() or RUN.fullmatch(word) is None:
            return bitmaps.EMPTY
        in_every_heading = in_every_text_twice = self.literals.everything
        for gram in {word[i : i + 2] for i in range(len(word) - 1)}:
            heading_layers, body_layers, _ = self.literals.layers(gram)
            in_every_heading &= heading_layers[0] if heading_layers else bitmaps.EMPTY
            in_every_text_twice &= body_layers[0] if body_layers else bitmaps.EMPTY
        return holding & ~in_every_heading & ~in_every_text_twice

    def prepared_counts(self, word: str, group: int, rows: list[int], position: dict[int, int]) -> list:
        """HEADING_BOOST × the heading's count + the text's count of a two-character word, for each
        of `rows` (the rows of `group`), from the layers prepared at build time."""
        heading_layers, body_layers, heading_only = self.literals.layers(word)
        in_body = group & self.literals.gram(word) & ~heading_only
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
