"""The window asks for what it shows (issue 22): a search ranks its whole list but builds hits (measures
read, snippets cut) only for the first rows; the list fetches the rest as it scrolls to them, in the
order and with the hits a full search gives."""
from __future__ import annotations

from index.search import Filters, SearchEngine
from desktop.resultsmodel import FETCH_ROWS, ResultsModel
from desktop.searchservice import FIRST_ROWS
from tests.windowkit import TODAY, search


def test_a_ranking_is_the_search_without_its_hits_and_any_slice_builds_them(data_dir):
    engine = SearchEngine(data_dir)
    try:
        for text, filters in (("", Filters()), ("贷款", Filters(district=["朝阳区"])),
                              ("房租能减免吗？社保能缓缴吗？", Filters()), ("补贴", Filters(industry=["制造业"]))):
            full = engine.search(text, filters, limit=300, today=TODAY)
            ranking = engine.rank(text, filters, limit=300, today=TODAY)
            assert {k: v for k, v in full.items() if k != "hits"} == {k: v for k, v in ranking.result.items() if k != "hits"}
            assert list(full) == list(ranking.result)  # the keys in the same order (search --json is unchanged)
            assert ranking.ids == [h["id"] for h in full["hits"]]
            assert engine.hits(ranking, 0, 7) + engine.hits(ranking, 7, 40) + engine.hits(ranking, 40) == full["hits"]
    finally:
        engine.close()


def test_the_list_holds_the_first_rows_and_fetches_the_rest_as_it_scrolls(qtbot, window):
    search(qtbot, window, "")
    model, view = window.results_model, window.results_view
    assert model.listed == 189 and window.last_result["total"] == 189
    assert len(window.last_result["hits"]) == FIRST_ROWS  # only these were built with the search
    assert FIRST_ROWS <= model.rowCount() < 189
    for _ in range(20):  # scrolled to the end again and again, as a clerk reading down the list
        view.scrollToBottom()
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
        qtbot.wait(1)
        if model.rowCount() == 189:
            break
    assert model.rowCount() == 189
    expected = SearchEngine(window.service.data_dir).search("", limit=300, today=window.today)["hits"]
    assert model.ids() == [h["id"] for h in expected]
    assert [model.hit(r)["snippet"] for r in range(189)] == [h["snippet"] for h in expected]


def test_fetching_more_appends_rows_in_order_and_stops_at_the_list_end(qtmodeltester, data_dir):
    engine = SearchEngine(data_dir)
    try:
        ranking = engine.rank("企业", limit=300, today=TODAY)
        asked: list[tuple[int, int]] = []

        def more(start: int, stop: int) -> list[dict]:
            asked.append((start, stop))
            return engine.hits(ranking, start, stop)

        model = ResultsModel(TODAY)
        model.set_result({**ranking.result, "hits": engine.hits(ranking, 0, 10), "listed": len(ranking), "more": more})
        assert model.rowCount() == 10 and model.canFetchMore()
        model.fetchMore()
        assert asked == [(10, 10 + FETCH_ROWS)] and model.rowCount() == 10 + FETCH_ROWS
        model.fetch_all()
        assert model.rowCount() == len(ranking) and not model.canFetchMore()
        assert model.ids() == ranking.ids
        qtmodeltester.check(model)
    finally:
        engine.close()


def test_rows_fetched_after_the_data_was_replaced_end_the_list(data_dir):
    model = ResultsModel(TODAY)
    model.set_result({"query": "x", "total": 50, "hits": [{"id": "a/1"}], "listed": 50, "more": lambda start, stop: []})
    model.fetchMore()
    assert model.rowCount() == 1 and not model.canFetchMore()


def test_the_pinyin_respelling_is_prepared_when_the_data_opens_not_at_the_first_slip(qtbot, window):
    # no query has needed a respelling yet: the window prepared it in the background
    qtbot.waitUntil(lambda: window.engine.respelling_ready, timeout=10000)
    search(qtbot, window, "房租建免")
    assert "没有找到“房租建免”，按“房租减免”查找。" in window.last_result["notices"]


def test_an_engine_builds_the_respelling_only_when_asked(data_dir):
    engine = SearchEngine(data_dir)
    try:
        assert not engine.respelling_ready  # the command line never pays for it unless a query needs it
        engine.prepare_respelling()
        assert engine.respelling_ready
    finally:
        engine.close()


def test_the_bench_names_the_engine_for_what_it_is_and_times_the_window_page(data_dir):
    from index.bench import run_bench

    report = run_bench(data_dir, [{"query": "房租减免", "expect": []}, {"query": "贷款", "expect": []}], repeat=1)
    assert "whoosh" not in report and "whoosh_repeated_query" not in report
    assert set(report["engine"]) == set(report["window_page"]) == {"p50_ms", "p95_ms"}


def test_the_scale_table_shows_the_window_page():
    from index.bench import table_text

    row = {"N": 20000, "p50_ms": 4.3, "p95_ms": 10.2, "window_page_p50_ms": 5.5, "window_page_p95_ms": 13.4,
           "first_query_s": 0.7, "build_s": 65.6, "reused": False, "rss_mb": 495.4, "build_rss_mb": 495.4, "fts5_p50_ms": 0.41}
    assert table_text([row]).splitlines()[2] == "| 20,000 | 4.3 | 10.2 | 5.5/13.4 | 0.7 | 65.6 | 495.4 | 495.4 | 0.41 |"


def test_rows_that_cannot_be_built_end_the_list_and_the_clerk_is_told(qtbot, window, monkeypatch, caplog):
    search(qtbot, window, "")
    model = window.results_model
    before = model.rowCount()
    assert model.canFetchMore()

    def broken(*_args, **_kwargs):
        raise RuntimeError("数据库读不出来")

    monkeypatch.setattr(window.engine, "hits", broken)
    model.fetchMore()
    assert model.rowCount() == before and not model.canFetchMore()
    assert window.count_label.text().startswith("检索出错，已记入日志。")
    assert "RuntimeError: 数据库读不出来" in caplog.text


def test_closing_an_engine_waits_for_its_respelling_preparation(data_dir):
    engine = SearchEngine(data_dir)
    engine.start_preparing_respelling()
    engine.start_preparing_respelling()  # once only
    engine.close()  # it reads the Whoosh index: closing waits for it rather than pull the index away
    assert engine.respelling_ready


def test_the_open_measure_stays_selected_when_the_new_list_holds_it_further_down(qtbot, window):
    search(qtbot, window, "")
    model = window.results_model
    assert model.rowCount() < 189
    last = SearchEngine(window.service.data_dir).search("", limit=300, today=window.today)["hits"][-1]["id"]
    window.open_measure(last)
    search(qtbot, window, " ")  # a new search of the same list: the measure is its last row, not fetched yet
    assert window.measure_view.measure["id"] == last
    assert model.rowCount() == 189 and window.results_view.currentIndex().row() == 188
