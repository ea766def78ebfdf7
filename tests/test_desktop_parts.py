"""The window's parts on their own: models (qtmodeltester), escaping, the task runner, settings."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.compare import CompareModel
from desktop.handout import HandoutModel, handout_html
from desktop.measureview import MeasureView, measure_html
from desktop.present import EXPIRED, UNKNOWN, VALID, status_of
from desktop.resultsmodel import ResultsModel, SnippetRole, StatusRole
from desktop.resultsview import ResultsView
from desktop.settings import Settings
from index.similar import default_picks, similar_measures
from desktop.sourceview import locate
from desktop.tasks import TaskRunner
from desktop.userdata import UserData
from index.snippets import snippet

TODAY = date(2026, 1, 5)


def fake_measure(text: str, **extra) -> dict:
    m = {
        "id": "test-2022/1", "district": "朝阳区", "number": 1, "section": "一、<b>节</b>", "subsection": "（一）<i>小节</i>",
        "title": None, "text": text, "units_text": "区财政局", "responsible_units": ["区财政局<script>"], "flags": ["文本重组"],
        "industries": [], "benefit_types": ["租金减免"], "entity_types": [], "sizes": [], "deadlines": ["2022-12-31"],
        "amounts": ["减免3个月房屋租金"], "valid_until": None,
        "document": {"id": "test-2022", "title": "测试<文件>", "issuer": "区政府", "doc_number": "测〔2022〕1号",
                     "published": "2022-05-01", "status": "已印发", "valid_until": None, "source_file": None},
    }
    m.update(extra)
    return m


EVIL = "对<img src=x>和<a href='http://example.com'>链接</a>的企业&减免房租。"


def test_a_cjk_font_is_installed(qapp):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_document_text_is_shown_escaped_everywhere(qtbot):
    m = fake_measure(EVIL)
    html = measure_html(m, ["房租"], TODAY)
    assert "<img" not in html and "<a " not in html and "<script>" not in html and "<b>节" not in html
    view = MeasureView(TODAY)
    qtbot.addWidget(view)
    view.show_measure(m, ["房租"])
    shown = view.browser.toPlainText()
    assert "<img src=x>" in shown and "<a href='http://example.com'>链接</a>" in shown
    assert "区财政局<script>" in shown and "（一）<i>小节</i>" in shown
    handout = handout_html([m], {"built_at": "2026-01-01T00:00:00", "documents": 1, "measures": 1}, TODAY)
    assert "<img" not in handout and "&lt;img src=x&gt;" in handout
    # the result list paints engine snippets (already escaped) without turning them into markup
    model = ResultsModel(TODAY)
    model.set_result({"total": 1, "hits": [dict(m, snippet=snippet(EVIL, ("房租",)))], "highlight": ["房租"]})
    assert "&lt;img src=x&gt;" in model.index(0).data(SnippetRole)
    assert "<img src=x>" in model.index(0).data()
    listing = ResultsView()
    qtbot.addWidget(listing)
    listing.setModel(model)
    listing.resize(500, 300)
    assert not listing.grab().isNull()


def test_status_against_today():
    assert status_of(fake_measure("x"), TODAY) == EXPIRED
    assert status_of(fake_measure("x"), date(2022, 6, 1)) == VALID
    assert status_of(fake_measure("x", deadlines=[]), TODAY) == UNKNOWN


def test_models_pass_qtmodeltester(qtmodeltester, data_dir):
    from index.search import SearchEngine

    engine = SearchEngine(data_dir)
    results = ResultsModel(TODAY)
    results.set_result(engine.search("房租减免"))
    assert results.rowCount() == 6
    assert results.index(0).data(StatusRole) in {VALID, EXPIRED, UNKNOWN}
    qtmodeltester.check(results)
    results.clear()
    qtmodeltester.check(results)

    handout = HandoutModel()
    assert handout.add(engine.measure("chaoyang-2022/4"))
    assert not handout.add(engine.measure("chaoyang-2022/4"))  # once only
    handout.add(engine.measure("pinggu-2022/4"))
    qtmodeltester.check(handout)
    handout.remove(0)
    assert handout.rowCount() == 1

    compare = CompareModel(TODAY)
    seed = engine.measure("pinggu-2022/4")
    similar = similar_measures(seed, engine.measures)
    compare.set_measures([m for m in similar if m["id"] in default_picks(seed, similar)])
    assert compare.columnCount() == 3
    qtmodeltester.check(compare)


def test_locating_a_sentence_across_wrapped_lines():
    source = "第一条 前言。\n对符合条件的\n中小 企业减免房租。其他。"
    start, end = locate(source, "对符合条件的中小企业减免房租。")
    assert source[start:end] == "对符合条件的\n中小 企业减免房租。"
    assert locate(source, "完全不在原文里的一句话。") is None


def test_task_runner_returns_on_main_thread_and_builds_run_alone(qtbot):
    runner = TaskRunner()
    order: list[str] = []
    errors: list[BaseException] = []

    def slow(name):
        def op():
            import time

            time.sleep(0.05)  # worker thread: stands in for a search
            return name
        return op

    runner.run(slow("search-1"), order.append)
    runner.run(lambda: order.append("build") or "built", order.append, exclusive=True)
    runner.run(slow("search-2"), order.append)
    runner.run(lambda: 1 / 0, order.append, errors.append)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    # the build waited for search-1 and held search-2 back until it had finished
    assert order.index("search-1") < order.index("build") < order.index("search-2")
    assert isinstance(errors[0], ZeroDivisionError)


def test_settings_and_user_data_persist(qtbot, tmp_path: Path):
    settings = Settings.at(tmp_path / "s.ini")
    settings.add_recent_search("房租")
    settings.add_recent_search("社保")
    settings.add_recent_search("房租")
    settings.include_municipal = False
    window, splitter = QMainWindow(), QSplitter()
    qtbot.addWidget(window)
    window.setCentralWidget(splitter)
    window.resize(900, 600)
    settings.save_window(window, {"main": splitter})
    settings.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert again.recent_searches == ["房租", "社保"]
    assert again.include_municipal is False
    assert isinstance(again._s.value("window/geometry"), QByteArray)
    assert again.restore_window(window, {"main": splitter})

    data = UserData.in_folder(tmp_path)
    data.set_favourite("a/1", True)
    data.record_opened("a/1")
    reread = UserData.in_folder(tmp_path)
    assert reread.favourites == ["a/1"] and reread.history[0]["id"] == "a/1"
