"""Facet counts (index.facets.FacetRows.counts) read each value's rows from the block its first row lies in:
the counts must be those of the whole bitmaps, for any set of hits and under any filters (each facet
counted under the other facets' filters, 不限行业 under every industry)."""
from __future__ import annotations

import random

import pytest

from index import bitmaps
from index.facets import FACETS, Filters
from index.search import SearchEngine


@pytest.fixture(scope="module")
def engine(data_dir):
    engine = SearchEngine(data_dir)
    yield engine
    engine.close()


def counted_whole(engine: SearchEngine, rows: int, filters: Filters) -> dict[str, dict[str, int]]:
    """The counts as defined, one value at a time over its whole bitmap, most frequent first."""
    facets = engine.facets
    passing = {name: facets.passing(name, wanted, filters) for name, wanted in filters.active().items()}
    out = {}
    for name in FACETS:
        within = rows
        for other, held in passing.items():
            if other != name:
                within &= held
        common = (within & facets.any_industry).bit_count() if name == "industry" else 0
        rest = within & ~facets.any_industry if name == "industry" else within
        counts = [(value, (rest & held).bit_count() + common) for value, held in facets.rows[name].items()]
        out[name] = dict(sorted([(v, n) for v, n in counts if n and within], key=lambda item: -item[1]))
    return out


def test_the_facet_counts_are_those_of_the_whole_bitmaps(engine):
    assert engine.facets._block < engine.count  # the library spans several blocks: the shifts are exercised
    chooser = random.Random(5)
    every = list(range(engine.count))
    districts = list(engine.facets.rows["district"])
    industries = list(engine.facets.rows["industry"])
    units = list(engine.facets.rows["unit"])
    filter_sets = [Filters(), Filters(district=districts[:1]), Filters(industry=industries[:2]),
                   Filters(district=districts[-1:], unit=units[:3], include_municipal=False)]
    checked = 0
    for share in (0.02, 0.2, 0.7, 1.0):
        for _ in range(5):
            rows = bitmaps.from_rows(chooser.sample(every, max(1, int(share * len(every)))), engine.count)
            for filters in filter_sets:
                got = engine.facets.counts(rows, filters)
                expected = counted_whole(engine, rows, filters)
                assert got == expected
                assert [list(c.items()) for c in got.values()] == [list(c.items()) for c in expected.values()]  # order too
                checked += sum(map(len, got.values()))
    assert checked > 500
    assert engine.facets.counts(bitmaps.EMPTY, Filters()) == {name: {} for name in FACETS}


def test_the_rows_over_are_read_as_bytes_once_a_day_and_tell_the_same_rows(engine):
    """The ranking puts the measures over on the search's day after the others of equal score: their
    bytes are read once a day (FacetRows.over_bytes), and tell the same rows as the bitmap."""
    from datetime import date

    facets = engine.facets
    for day in (date(2020, 1, 1), date(2031, 6, 30)):
        over = facets.over(day)
        data = facets.over_bytes(day)
        assert data is facets.over_bytes(day)  # kept for the day
        rows = list(range(engine.count)) + [engine.count + 5]
        assert bitmaps.among_bytes(data, rows) == bitmaps.among(over, rows) == set(bitmaps.rows(over))
    assert facets.over_bytes(date(2020, 1, 1)) == facets.over(date(2020, 1, 1)).to_bytes(
        (facets.over(date(2020, 1, 1)).bit_length() + 7) // 8, "little")
