"""Which rows hold each of a query's concepts (its wordings found literally, index.literals; a
district's measures; a compound's parts), how much of the query each row covers, and which wording
a hit was found by. One object per open index (it keeps the abbreviations it has looked up); the
Whoosh queries of index.queries ask it for rows."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass

from index import bitmaps
from index.abbreviations import can_abbreviate, full_forms
from index.bitmaps import add
from index.literals import Literals
from index.pinyin import PinyinIndex
from index.understanding import PART_CREDIT, Concept, Query

FEW_RESULTS = 3  # below this many rows covering every concept, the partial ones are listed too
MIN_SHARE = 0.6  # a query of three or more concepts lists the measures holding most of them first
RARE_BOOST = 1.5  # a rare official phrase's weight in a row's share of the query, against 1 for another word
RARE_SHARE = 0.01  # rare: held by at most this share of the rows (FEW_RESULTS rows count as rare however small the library)
_PHRASE = re.compile(r"[\u3400-\u9fff]{4,}")


@dataclass(frozen=True)
class ConceptRows:
    """Where one concept occurs (row bitmaps): rows holding it whole, and per wording (None: a
    wording holding a shorter one, not looked up) and per part."""
    full: int
    variants: tuple[tuple[str, int | None], ...]
    parts: tuple[tuple[str, ...], ...] = ()  # a compound's parts, each with its wordings


@dataclass(frozen=True)
class Coverage:
    """A graded match of a query's concepts: the rows to list, their shares of the query ({share:
    rows}; None when every listed row holds everything) and whether some row holds all of it."""
    rows: int
    shares: dict[float, int] | None
    complete: bool


class ConceptStage:
    def __init__(self, literals: Literals, district_rows: dict[str, int], pinyin: Callable[[], PinyinIndex]):
        self.literals = literals
        self.district_rows = district_rows
        self.pinyin = pinyin  # the respelling's table, built on first use
        self._lock = threading.Lock()
        self._abbreviations: dict[str, tuple[str, ...]] = {}

    def rows(self, concept: Concept) -> ConceptRows:
        """Rows holding the concept whole: a variant, the district, or every part of a compound.
        The rows holding every part come from the rarest part's rows narrowed by the others'
        candidates and checked on the text: a common part (减免, 车辆) is never verified on its own."""
        literal = self.literals.literal
        found: dict[str, int | None] = {}
        for v in sorted(concept.variants, key=len):
            # a wording holding a shorter one (担保费率 ⊃ 担保费, 核酸检测 ⊃ 核酸) adds no row: it is
            # not looked up (None), only counted where the shorter one is found
            found[v] = None if any(u in v for u in found) else literal(v)
        per_variant = tuple((v, found[v]) for v in concept.variants)
        if not any(found.values()) and not concept.required and not concept.district:
            # an abbreviation no text spells (个税, 个转企): the texts' phrases it stands for
            per_variant += tuple((form, literal(form)) for form in self.abbreviated(concept.typed))
            found.update({form: rows for form, rows in per_variant[len(concept.variants):]})
        full = bitmaps.EMPTY
        for rows in found.values():
            if rows is not None:
                full |= rows
        if concept.district:
            full |= self.district_rows.get(concept.district, bitmaps.EMPTY)
        if concept.parts and concept.parts_match:
            rarest = min(concept.parts, key=lambda part: sum(self.literals.estimate(v) for v in part))
            rows = bitmaps.EMPTY
            for v in rarest:
                rows |= literal(v)
            for part in concept.parts:
                if part is not rarest and rows:
                    rows = self.literals.holding(rows, part)
            full |= rows
        return ConceptRows(full, per_variant, concept.parts)

    def abbreviated(self, word: str) -> tuple[str, ...]:
        """The full forms of `word` in the library's texts (index.abbreviations), unless `word` is a
        typing slip of a word of the texts (公基金 → 公积金: the pinyin respelling answers it)."""
        if not can_abbreviate(word):
            return ()
        with self._lock:
            cached = self._abbreviations.get(word)
        if cached is not None:
            return cached
        forms: tuple[str, ...] = ()
        if not self.pinyin().lookup(word):
            rows = self.literals.everything
            for char in word:
                rows &= self.literals.char(char)
            listed = bitmaps.rows(rows)
            texts = [self.literals.headings[r] for r in listed] + [self.literals.bodies[r] for r in listed]
            forms = tuple(full_forms(word, texts))
        with self._lock:
            self._abbreviations[word] = forms
        return forms

    def coverage(self, q: Query, sets: list[ConceptRows], mask: int) -> Coverage:
        """The rows to list and their shares of the query's concepts (weighted, a compound's parts
        give partial credit), graded rather than all-or-any: when at least FEW_RESULTS rows (under
        the filters, `mask`) hold every concept of a one- or two-concept query, those; else the rows
        holding MIN_SHARE of the concepts, when that gives FEW_RESULTS; else every row holding any
        concept whole (only when none does, some part of a compound). Quoted literals are always
        required. The share orders the list, so a wider list only adds rows below."""
        required = [r.full for c, r in zip(q.concepts, sets) if c.required]
        every = self.literals.everything
        for r in sets:
            every &= r.full
        if len(q.concepts) <= 2 and (every & mask).bit_count() >= FEW_RESULTS:
            # the common case, and the cheap one: nothing but bitmap intersections
            return Coverage(every, None, True)
        listed = bitmaps.EMPTY
        for c, r in zip(q.concepts, sets):
            if not c.required:
                listed |= r.full
        if not listed and not required:
            for r in sets:
                for part in r.parts:
                    for v in part:
                        listed |= self.literals.literal(v)
        if required:
            must = self.literals.everything
            for rows in required:
                must &= rows
            listed = (listed & must) if len(required) < len(q.concepts) else must
        # each row's share, summed concept by concept in the query's order (the same float sums
        # as one row at a time), rows with the same sum kept together as one bitmap
        sums: dict[float, int] = {0.0: listed & ~every} if listed & ~every else {}
        weights = self.weights(q, sets)
        for concept, rows, weight in zip(q.concepts, sets, weights):
            after: dict[float, int] = {}
            for got, group in sums.items():
                add(after, got + weight, group & rows.full)
                rest = group & ~rows.full
                if not rest:
                    continue
                if not rows.parts:
                    add(after, got, rest)
                    continue
                held: dict[int, int] = {0: rest}  # rows by how many parts they hold
                for part in rows.parts:
                    holding = self.literals.holding(rest, part)
                    counted: dict[int, int] = {}
                    for n, sub in held.items():
                        add(counted, n + 1, sub & holding)
                        add(counted, n, sub & ~holding)
                    held = counted
                for n, sub in held.items():
                    add(after, got + weight * PART_CREDIT * n / len(rows.parts), sub)
            sums = after
        total = sum(weights) or 1.0
        coverage: dict[float, int] = {}
        add(coverage, 1.0, every & listed)
        for got, group in sums.items():
            add(coverage, got / total, group)
        enough = bitmaps.EMPTY
        for share, rows in coverage.items():
            if share >= MIN_SHARE:
                enough |= rows
        if enough.bit_count() < listed.bit_count() and (enough & mask).bit_count() >= FEW_RESULTS:
            listed = enough
            coverage = {share: rows for share, rows in coverage.items() if share >= MIN_SHARE}
        return Coverage(listed, coverage, bool(coverage) and max(coverage) >= 1.0)

    def weights(self, q: Query, sets: list[ConceptRows]) -> list[float]:
        """Each concept's weight in a row's share of the query: a phrase of four Chinese characters
        or more that few rows hold (an official term: 信用修复, 首台套政策) counts RARE_BOOST times, so
        a row holding it, wherever in its text, outranks rows holding only as many commoner words."""
        rare = max(FEW_RESULTS, int(self.literals.size * RARE_SHARE))
        return [c.weight * (RARE_BOOST if _PHRASE.fullmatch(c.typed) and not c.district and 0 < r.full.bit_count() <= rare
                            else 1.0) for c, r in zip(q.concepts, sets)]

    @staticmethod
    def respellable(q: Query, sets: list[ConceptRows]) -> bool:
        return any(not c.required and len(c.typed) >= 2 for c in q.concepts) and (
            any(not r.full for r in sets) or len(q.concepts) > 1)

    def whys(self, q: Query, sets: list[ConceptRows], rows: list[int]) -> list[str]:
        """For each of `rows` (a page): 按“巡游出租车”匹配 when the hit holds a concept only in another
        wording than the typed one (a synonym, a compound's other wording, or a pinyin respelling);
        "" otherwise. Which of the page's rows hold each wording is found once per wording (its bytes
        read once, a byte test per row: bitmaps.among), not with a shift of the whole bitmap per row."""
        shown: list[list[str]] = [[] for _ in rows]
        for concept, rows_of in zip(q.concepts, sets):
            if concept.required:
                continue
            own = bitmaps.among(self.district_rows.get(concept.district, 0), rows) if concept.district else set()
            if concept.via != "pinyin":  # the rows holding the typed wording itself say nothing: left out first
                for w, hits in rows_of.variants:
                    if w == concept.typed and hits is not None:
                        own |= bitmaps.among(hits, rows)
            left = [(at, row) for at, row in enumerate(rows) if row not in own]
            if not left:
                continue
            # per wording: the page's rows holding it (None: a wording not looked up, found in the text)
            inside = [(w, None if hits is None else bitmaps.among(hits, [row for _, row in left])) for w, hits in rows_of.variants]
            read = rows_of.parts or any(holding is None for _, holding in inside)  # the text is looked in
            for at, row in left:
                haystack = f"{self.literals.headings[row]}\n{self.literals.bodies[row]}" if read else ""
                held = [w for w, holding in inside if (w in haystack if holding is None else row in holding)]
                if concept.via != "pinyin" and concept.typed in held:
                    continue
                word = max(held, key=len) if held else None  # the fullest wording it holds
                if word is None and rows_of.parts:
                    words = [next((w for w in part if w in haystack), None) for part in rows_of.parts]
                    typed_parts = [part[0] for part in rows_of.parts]
                    if all(words) and words != typed_parts:
                        word = "”“".join(w for w in words if w)
                if word and word != concept.typed:
                    shown[at].append(word)
        return ["按“" + "”“".join(dict.fromkeys(words[:3])) + "”匹配" if words else "" for words in shown]
