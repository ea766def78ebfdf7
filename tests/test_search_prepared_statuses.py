"""Deadline statuses (有效 / 已过期 / 未注明期限, for 只看有效 and for ranking valid measures first) come
from groups of rows prepared at build time (index.prepared: rows by deadlines, own validity and
document), each group judged once a day, instead of reading every measure's deadlines from SQLite on
the first search: the same rows as reading them, on any day."""
from __future__ import annotations

from datetime import date

import pytest

from index import bitmaps
from index.facts.deadlines import EXPIRED, measure_status
from index.rowfacts import grouped_status_rows, status_rows
from index.search import SearchEngine

DAYS = [date(2020, 1, 1), date(2022, 6, 30), date(2022, 12, 31), date(2023, 3, 1), date(2030, 1, 1)]


@pytest.fixture(scope="module")
def engine(data_dir):
    opened = SearchEngine(data_dir)
    yield opened
    opened.close()


@pytest.mark.parametrize("today", DAYS)
def test_prepared_groups_give_each_measure_the_status_read_from_its_deadlines(engine, today):
    groups = engine.data.deadline_groups()
    assert groups is not None and len(groups) < engine.count  # fewer groups than measures: judged once each
    prepared = grouped_status_rows(groups, engine.store.documents, today)
    expected: dict[str, set[int]] = {}
    for row, m in enumerate(engine.measures):  # what the search judges by: deadlines and the two validities
        judged = {"deadlines": m["deadlines"], "valid_until": m["valid_until"],
                  "document": {"valid_until": m["document"]["valid_until"]}}
        expected.setdefault(measure_status(judged, today), set()).add(row)
    assert {status: set(bitmaps.rows(rows)) for status, rows in prepared.items() if rows} == expected
    assert prepared == {k: v for k, v in status_rows(engine.store.db.conn, engine._by_id, engine.count, today).items()}


def test_the_first_search_reads_no_deadline_from_the_database(data_dir):
    engine = SearchEngine(data_dir)
    try:
        class NoDatabase:
            def execute(self, *args):
                raise AssertionError("statuses read from SQLite")

        conn, engine.store.db.conn = engine.store.db.conn, NoDatabase()
        try:
            over = engine.facets.over(date(2030, 1, 1))
        finally:
            engine.store.db.conn = conn
        assert over and over == status_rows(conn, engine._by_id, engine.count, date(2030, 1, 1))[EXPIRED]
    finally:
        engine.close()
