"""Filters and facet counts over the row bitmaps prepared at build time (index.prepared): which rows
pass the clerk's ticks, how many of a query's matches each facet value holds under the other facets'
filters, and what the filters hide. One object per open index; the facts it reads from the database
(不限行业, deadline statuses) are read on first use through the engine's connection."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import compress, repeat
from operator import add, and_, itemgetter

from index import bitmaps
from index.facts.deadlines import EXPIRED
from index.prepared import SearchData
from index.vocab import MUNICIPAL

FACETS = ("district", "industry", "benefit_type", "document", "unit")


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


class FacetRows:
    def __init__(self, data: SearchData, everything: int, statuses: Callable[[date], dict[str, int]]):
        self.rows = {name: data.facet(name) for name in FACETS}  # facet → value → rows
        # rows are in store order (catalogue, then number), so a document's measures, and mostly a unit's,
        # lie together: a value's rows are kept shifted down to the block its first row lies in
        # (facet → (values, rows >> start, start), each a tuple in the values' order), and a count ANDs
        # them with the hits shifted as far (once per block and search), so each count reads only the
        # span its value's rows lie in
        self._block = _block_bits(data.rows)
        self._counted = {name: _columns(values, self._block) for name, values in self.rows.items()}
        self.everything = everything
        self.government = data.government()
        self.not_government = everything & ~self.government  # the rows that are not (made once)
        self.municipal = self.rows["district"].get(MUNICIPAL, bitmaps.EMPTY)
        self.benefit_names = frozenset(self.rows["benefit_type"])
        self.any_industry = data.any_industry()  # rows open to every industry (不限行业)
        self._read_statuses = statuses
        self._statuses: tuple[date, dict[str, int]] | None = None
        self._over_bytes: tuple[date, bytes] | None = None

    def statuses(self, today: date) -> dict[str, int]:
        """Rows per deadline status (有效 / 已过期 / 未注明期限) on `today`, read once a day."""
        known = self._statuses
        if known is None or known[0] != today:
            known = self._statuses = (today, self._read_statuses(today))
        return known[1]

    def over(self, today: date) -> int:
        return self.statuses(today).get(EXPIRED, bitmaps.EMPTY)

    def over_bytes(self, today: date) -> bytes:
        """`over`'s little-endian bytes (bitmaps.among_bytes), read once a day: every search ranks the
        measures over on `today` after the others of equal score."""
        known = self._over_bytes
        if known is None or known[0] != today:
            over = self.over(today)
            known = self._over_bytes = (today, over.to_bytes((over.bit_length() + 7) // 8, "little"))
        return known[1]

    def holding(self, name: str, text: str) -> int:
        """Rows with a value of facet `name` that contains `text` (单位:商务局 → every 商务局)."""
        rows = bitmaps.EMPTY
        for value, held in self.rows[name].items():
            if text in value:
                rows |= held
        return rows

    def passing(self, name: str, wanted: set[str], filters: Filters) -> int:
        """Rows passing one facet's filter: any wanted value (the city's measures pass a district filter
        unless include_municipal is off; a measure open to every industry passes any industry filter)."""
        rows = bitmaps.EMPTY
        for value in wanted:
            rows |= self.rows[name].get(value, bitmaps.EMPTY)
        if name == "district" and filters.include_municipal:
            rows |= self.municipal
        if name == "industry":
            rows |= self.any_industry
        return rows

    def mask(self, filters: Filters, today: date) -> int:
        """The rows passing every filter."""
        mask = self.validity(filters, today)
        for name, wanted in filters.active().items():
            mask &= self.passing(name, wanted, filters)
        return mask

    def validity(self, filters: Filters, today: date) -> int:
        """Every row, or (只看有效) those not over on `today`."""
        if not filters.valid_only:
            return self.everything
        return self.everything & ~self.over(today)

    def hidden(self, unfiltered: int, filters: Filters, today: date) -> dict:
        """How many of the query's matches (with no filter on: `unfiltered`) the filters hide, and which
        filters hide some (clearing those shows them): the facets by name, and "valid_only" for 只看有效."""
        if not filters.valid_only and not filters.active():  # no filter hides anything
            return {"count": 0, "filters": []}
        hidden = unfiltered & ~self.mask(filters, today)
        by = [name for name, wanted in filters.active().items() if hidden & ~self.passing(name, wanted, filters)]
        if filters.valid_only and hidden & ~self.validity(filters, today):
            by.append("valid_only")
        return {"count": hidden.bit_count(), "filters": by}

    def open_to_all(self, shown: list[int], measures: list[dict], filters: Filters) -> set[int]:
        """The shown rows that pass the industry filter only by being open to every industry (不限行业)."""
        if not filters.industry:
            return set()
        wanted = set(filters.industry)
        return {row for row, measure in zip(shown, measures)
                if bitmaps.has(self.any_industry, row) and not wanted & set(measure.get("industries") or [])}

    def counts(self, rows: int, filters: Filters) -> dict[str, dict[str, int]]:
        """Counts per facet value among the hits that pass every *other* facet's filter, so the
        clerk sees what ticking one more value would give; the most frequent first (ties in the
        order the build met the values)."""
        passing = {name: self.passing(name, wanted, filters) for name, wanted in filters.active().items()}
        out: dict[str, dict[str, int]] = {}
        shifted: dict[int, _Shifted] = {}  # the hits counted in (by id: most facets count the very same int)
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
                at = shifted.get(id(rest))
                if at is None:
                    at = shifted[id(rest)] = _Shifted(rest)  # (it keeps `rest` alive: its id stays its own)
                values, held, starts = self._counted[name]
                # every value's count in one pass of C (no bytecode a value): the hits shifted to its
                # block, ANDed with its rows, counted
                numbers = list(map(int.bit_count, map(and_, map(at.__getitem__, starts), held)))
                if common:
                    numbers = list(map(add, numbers, repeat(common)))
                counts = list(compress(zip(values, numbers), numbers))
                counts.sort(key=_COUNT, reverse=True)  # a stable sort, reversed or not: ties keep the build's order
            out[name] = dict(counts)
        return out


_COUNT = itemgetter(1)


def _columns(values: dict[str, int], block: int) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """A facet's values, their rows shifted down to the start of the block holding their first row,
    and those starts (three tuples in the values' order)."""
    starts = tuple(_block_start(held, block) for held in values.values())
    return tuple(values), tuple(held >> start for held, start in zip(values.values(), starts)), starts


BLOCKS = 32  # a facet value's rows are counted from the start of the block (of this many) holding its first row


def _block_bits(size: int) -> int:
    """The width of a block of rows: a BLOCKS-th of them, in whole 30-bit digits of a Python int (a shift
    by whole digits copies them)."""
    return max(30, -(-size // BLOCKS // 30) * 30)


def _block_start(rows: int, block: int) -> int:
    """The first row of the block holding the first of `rows` (0 for none)."""
    first = (rows & -rows).bit_length() - 1
    return first // block * block if first > 0 else 0


class _Shifted(dict):
    """A search's hits shifted down to each block start asked for (`[start]`), each shift made once."""

    def __init__(self, rows: int):
        super().__init__()
        self.rows = rows

    def __missing__(self, start: int) -> int:
        self[start] = shifted = self.rows >> start
        return shifted
