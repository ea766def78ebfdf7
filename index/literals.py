"""Rows holding a literal string: candidates from the prepared bigram and character bitmaps
(index.prepared), verified against the lower-cased headings and texts held in memory, so any substring
finds its measures. One object per open index, shared by the search threads: it owns the texts, the
prepared data and the caches of literals and bigram postings."""
from __future__ import annotations

import threading
from collections import OrderedDict
from itertools import compress, repeat
from operator import contains, not_

from index import bitmaps
from index.analysis import RUN
from index.prepared import SearchData

CACHE_SIZE = 512  # literal wordings' rows kept
GRAM_CACHE_SIZE = 2048  # bigram postings and term-count layers kept decoded
CANDIDATE_GRAMS = 3  # a literal's candidates: its rarest bigrams ANDed (a superset; the text decides)


class Literals:
    def __init__(self, data: SearchData):
        self.data = data
        self.size = data.rows
        # what literal matching looks in: the heading and the text, lower-cased for Latin letters
        self.headings, self.bodies = data.texts("headings"), data.texts("bodies")
        self.everything = bitmaps.everything(self.size)
        self._lock = threading.Lock()
        self._literals: OrderedDict[str, int] = OrderedDict()
        self._grams: OrderedDict[str, object] = OrderedDict()

    def clear(self) -> None:
        with self._lock:
            self._literals.clear()
            self._grams.clear()

    def literal(self, literal: str) -> int:
        """Rows whose heading or text contains `literal`: prepared at build time for the synonym
        table's wordings, else bigram postings, then a check on the text."""
        literal = literal.lower()
        with self._lock:
            cached = self._literals.get(literal)
            if cached is not None:
                self._literals.move_to_end(literal)
                return cached
        rows = self.data.wording(literal)  # a wording prepared at build time (the synonym table's)
        if rows is None:
            rows = self._verified(literal)
        with self._lock:
            self._literals[literal] = rows
            if len(self._literals) > CACHE_SIZE:
                self._literals.popitem(last=False)
        return rows

    def _verified(self, literal: str) -> int:
        """Rows holding a lower-cased literal: its candidates, checked on the texts."""
        if not RUN.search(literal):
            return bitmaps.EMPTY
        candidates, exact = self.candidates(literal)
        if exact or not candidates:
            return candidates
        listed = bitmaps.rows(candidates)
        # the body first, in C (str.__contains__ mapped over the texts); the heading and a
        # literal across the two only for the rows whose body lacks it
        lacking = list(compress(listed, map(not_, map(contains, map(self.bodies.__getitem__, listed), repeat(literal)))))
        failing = list(compress(lacking, map(not_, map(contains, map(self.headings.__getitem__, lacking), repeat(literal)))))
        if "\n" in literal:
            failing = [r for r in failing if not self.has(r, literal)]
        return candidates & ~bitmaps.from_rows(failing, self.size) if failing else candidates

    def has(self, row: int, literal: str) -> bool:
        if literal in self.bodies[row] or literal in self.headings[row]:
            return True
        return "\n" in literal and literal in f"{self.headings[row]}\n{self.bodies[row]}"

    def holds(self, row: int, words: tuple[str, ...]) -> bool:
        haystack = f"{self.headings[row]}\n{self.bodies[row]}"
        return any(w in haystack for w in words)

    def holding(self, rows: int, words: tuple[str, ...]) -> int:
        """The rows of `rows` whose heading or text holds one of `words` (as written: the text is
        lower-cased, so a word with capitals holds nowhere): their candidates, then the text."""
        candidates, exact = bitmaps.EMPTY, True
        for word in words:
            found, word_exact = self.candidates(word)
            candidates |= found
            exact = exact and word_exact
        candidates &= rows
        if exact or not candidates:
            return candidates
        failing = [r for r in bitmaps.rows(candidates) if not self.holds(r, words)]
        return candidates & ~bitmaps.from_rows(failing, self.size) if failing else candidates

    def candidates(self, word: str) -> tuple[int, bool]:
        """A superset of the rows whose heading or text holds `word`, from the prepared postings (per
        run: its rarest bigrams ANDed, a lone character's rows), and whether it is exactly those rows
        (one or two characters of one run, already lower-case)."""
        low = word.lower()
        runs = RUN.findall(low)
        if not runs:
            return self.everything, False
        rows = self.everything
        for run in runs:
            if len(run) == 1:
                rows &= self.char(run)
            else:
                grams = sorted({run[i : i + 2] for i in range(len(run) - 1)}, key=lambda g: (self.data.gram_frequency(g), g))
                for gram in grams[:CANDIDATE_GRAMS]:
                    rows &= self.gram(gram)
                    if not rows:
                        return rows, True
        exact = low == word and len(low) <= 2 and "." not in low and RUN.fullmatch(low) is not None
        return rows, exact

    def estimate(self, literal: str) -> int:
        """How many rows may hold `literal` (its rarest bigram's document count): a bound, no lookup."""
        grams = [literal[i : i + 2] for i in range(len(literal) - 1)] or [literal]
        return min(self.data.gram_frequency(g) for g in grams)

    def gram(self, token: str) -> int:
        """Rows holding a bigram token."""
        return self._cached(token, self.data.gram)

    def char(self, char: str) -> int:
        """Rows holding a character anywhere in a run."""
        return self._cached("\0" + char, lambda _key: self.data.char(char))  # "\0…": never a bigram

    def gram_counts(self, gram: str) -> list[tuple[int, int, int]] | None:
        """A bigram's prepared term counts (SearchData.gram_counts), or None (data written before)."""
        return self._cached("\1" + gram, lambda _key: self.data.gram_counts(gram))  # "\1…": never a bigram

    def counts(self, word: str, countable: bool) -> tuple[int, list[tuple[int, int, int]]] | None:
        """The rows holding `word` and its term counts prepared at build time (SearchData.gram_counts: a
        `countable` bigram's; SearchData.wording_counts: a prepared wording's), or None. The rows are those
        `gram` or `literal` found (a query's concepts looked them up already), not read a second time."""
        if countable:
            counts = self.gram_counts(word)
            return None if counts is None else (self.gram(word), counts)
        counts = self._cached("\3" + word, lambda _key: self.data.wording_counts(word))  # "\3…": never a bigram
        # a prepared wording is lower-case: its own literal
        return None if counts is None else (self.literal(word), counts)

    def _cached(self, key: str, load):
        """load(key), kept (the last GRAM_CACHE_SIZE; None is not kept: cheap to find again)."""
        with self._lock:
            cached = self._grams.get(key)
            if cached is not None:
                self._grams.move_to_end(key)
                return cached
        value = load(key)
        with self._lock:
            self._grams[key] = value
            if len(self._grams) > GRAM_CACHE_SIZE:
                self._grams.popitem(last=False)
        return value
