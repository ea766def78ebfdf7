"""Deadline statuses (有效 / 已过期 / 未注明期限, for 只看有效 and for ranking valid measures first) come
from groups of rows prepared at build time (index.prepared: rows by deadlines, own validity and
document), each group judged once a day, instead of reading every measure's deadlines from SQLite on
the first search: the same rows as reading them, on any day."""
from __future__ import annotations

import shutil
from datetime import date

import pytest

from index import bitmaps
from index.facts.deadlines import EXPIRED, NOT_YET, VALID, measure_status
from index.rowfacts import grouped_status_rows, status_rows
from index.search import Filters, SearchEngine

DAYS = [date(2020, 1, 1), date(2022, 6, 30), date(2022, 12, 31), date(2023, 3, 1), date(2030, 1, 1)]


@pytest.fixture(scope="module")
def engine(data_dir):
    opened = SearchEngine(data_dir)
    yield opened
    opened.close()


def card_statuses(engine, today: date) -> dict[str, set[int]]:
    """Each row's status as its card shows it: measure_status of the whole measure and its document."""
    expected: dict[str, set[int]] = {}
    for row, m in enumerate(engine.measures):
        measure = {**m, "document": engine.store.documents[m["document"]["id"]]}
        expected.setdefault(measure_status(measure, today), set()).add(row)
    return expected


def statuses(engine, today: date) -> tuple[dict, dict]:
    prepared = grouped_status_rows(engine.data.deadline_groups(), engine.store.documents, today)
    read = status_rows(engine.store.db.conn, engine._by_id, engine.count, today, engine.store.documents)
    return ({status: set(bitmaps.rows(rows)) for status, rows in prepared.items() if rows},
            {status: set(bitmaps.rows(rows)) for status, rows in read.items() if rows})


@pytest.mark.parametrize("today", DAYS)
def test_prepared_groups_give_each_measure_the_status_its_card_shows(engine, today):
    groups = engine.data.deadline_groups()
    assert groups is not None and len(groups) < engine.count  # fewer groups than measures: judged once each
    prepared, read = statuses(engine, today)
    assert prepared == read == card_statuses(engine, today)


@pytest.fixture(scope="module")
def lives(tmp_path_factory):
    """The bundled library plus a regulation in force with no end, a regulation not yet in force, and the
    朝阳 plan again under a new id, repealed."""
    from index.build import build
    from tests.kit import CHAOYANG, library_copy

    tmp = tmp_path_factory.mktemp("lives")
    lib = library_copy(tmp, "lib")
    shutil.copy(lib / CHAOYANG, lib / "documents" / "repealed.txt")
    articles = "第一条 为了促进中小企业发展，制定本条例。\n第二条 对小型微型企业减免房屋租金。\n"
    (lib / "documents" / "in-force.txt").write_text(
        "北京市促进小店发展条例\n" + articles + "第三条 本条例自2021年1月1日起施行。\n", encoding="utf-8")
    (lib / "documents" / "not-yet.txt").write_text(
        "北京市促进夜间经济条例\n" + articles + "第三条 本条例自2031年1月1日起施行。\n", encoding="utf-8")
    with (lib / "documents.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[document]]\nid = "repealed"\nfile = "documents/repealed.txt"\ndistrict = "朝阳区"\n'
                     'measures = 45\nstatus = "已废止"\n')
        for name in ("in-force", "not-yet"):
            handle.write(f'\n[[document]]\nid = "{name}"\nfile = "documents/{name}.txt"\ndistrict = "北京市"\nmeasures = 3\n')
    data = tmp / "data"
    build(data, resources=lib)
    opened = SearchEngine(data)
    yield opened
    opened.close()


def test_valid_only_and_the_counts_follow_the_cards_for_regulations_and_retired_documents(lives):
    """A regulation in force with no end is 有效 (现行有效), one not yet in force 尚未施行, and every measure of
    a repealed document is over: the search's 只看有效, its ranking and the data note read them as the
    cards do (they judged deadlines and validity dates only: the repealed plan passed 只看有效, the
    regulation counted as 未注明期限)."""
    today = date(2026, 12, 4)
    prepared, read = statuses(lives, today)
    cards = card_statuses(lives, today)
    assert prepared == read == cards
    rows = {m["id"]: row for row, m in enumerate(lives.measures)}
    assert rows["in-force/2"] in cards[VALID] and rows["not-yet/2"] in cards[NOT_YET]
    assert all(rows[f"repealed/{n}"] in cards[EXPIRED] for n in (1, 2, 3))
    shown = {h["id"] for h in lives.search("房屋租金", Filters(valid_only=True), limit=1000, today=today)["hits"]}
    assert "in-force/2" in shown and not any(i.startswith("repealed/") for i in shown)


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
        assert over and over == status_rows(conn, engine._by_id, engine.count, date(2030, 1, 1), engine.store.documents)[EXPIRED]
    finally:
        engine.close()
