"""The engine's matching stage: which rows hold each of a query's concepts (its wordings found
literally: candidates from the prepared bigram and character bitmaps, verified against the lower-cased
texts), how much of the query each row covers, and the pinyin respelling when nothing covers it. A
mixin of SearchEngine: it reads the engine's prepared rows, texts and caches."""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress, repeat
from operator import contains, not_

from index import bitmaps
from index.abbreviations import can_abbreviate, full_forms
from index.analysis import RUN
from index.pinyin import PinyinIndex
from index.ranking import _add
from index.understanding import PART_CREDIT, Concept, Query

FEW_RESULTS = 3  # below this many rows covering every concept, the partial ones are listed too
MIN_SHARE = 0.6  # a query of three or more concepts lists the measures holding most of them first
RARE_BOOST = 1.5  # a rare official phrase's weight in a row's share of the query, against 1 for another word
RARE_SHARE = 0.01  # rare: held by at most this share of the rows (FEW_RESULTS rows count as rare however small the library)
_PHRASE = re.compile(r"[\u3400-\u9fff]{4,}")
_CACHE_SIZE = 512  # literal wordings' rows kept
_CANDIDATE_GRAMS = 3  # a literal's candidates: its rarest bigrams ANDed (a superset; the text decides)


@dataclass(frozen=True)
class ConceptRows:
    """Where one concept occurs (row bitmaps): rows holding it whole, and per wording (None: a
    wording holding a shorter one, not looked up) and per part."""
    full: int
    variants: tuple[tuple[str, int | None], ...]
    parts: tuple[tuple[str, ...], ...] = ()  # a compound's parts, each with its wordings


class MatchingStage:
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
        if not any(found.values()) and not concept.required and not concept.district:
            # an abbreviation no text spells (个税, 个转企): the texts' phrases it stands for
            per_variant += tuple((form, self._literal(form)) for form in self._abbreviated(concept.typed))
            found.update({form: rows for form, rows in per_variant[len(concept.variants):]})
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

    def _abbreviated(self, word: str) -> tuple[str, ...]:
        """The full forms of `word` in the library's texts (index.abbreviations), unless `word` is a
        typing slip of a word of the texts (公基金 → 公积金: the pinyin respelling answers it)."""
        if not can_abbreviate(word):
            return ()
        with self._lock:
            cached = self._abbreviations.get(word) if hasattr(self, "_abbreviations") else None
        if cached is not None:
            return cached
        forms: tuple[str, ...] = ()
        if not self._pinyin_index().lookup(word):
            rows = self._all_rows
            for char in word:
                rows &= self._char(char)
            listed = bitmaps.rows(rows)
            texts = [self._heading[r] for r in listed] + [self._body[r] for r in listed]
            forms = tuple(full_forms(word, texts))
        with self._lock:
            if not hasattr(self, "_abbreviations"):
                self._abbreviations = {}
            self._abbreviations[word] = forms
        return forms

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
        return self._cached_gram(token, self.data.gram)

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
        return self._cached_gram("\0" + char, lambda _key: self.data.char(char))  # "\0…": never a bigram

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
        weights = self._coverage_weights(q, sets)
        for concept, rows, weight in zip(q.concepts, sets, weights):
            after: dict[float, int] = {}
            for got, group in sums.items():
                _add(after, got + weight, group & rows.full)
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
                    _add(after, got + weight * PART_CREDIT * n / len(rows.parts), sub)
            sums = after
        total = sum(weights) or 1.0
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

    def _coverage_weights(self, q: Query, sets: list[ConceptRows]) -> list[float]:
        """Each concept's weight in a row's share of the query: a phrase of four Chinese characters
        or more that few rows hold (an official term: 信用修复, 首台套政策) counts RARE_BOOST times, so
        a row holding it, wherever in its text, outranks rows holding only as many commoner words."""
        rare = max(FEW_RESULTS, int(self._size * RARE_SHARE))
        return [c.weight * (RARE_BOOST if _PHRASE.fullmatch(c.typed) and not c.district and 0 < r.full.bit_count() <= rare
                            else 1.0) for c, r in zip(q.concepts, sets)]

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
