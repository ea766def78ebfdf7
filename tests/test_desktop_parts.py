"""The window's parts on their own: models (qtmodeltester), escaping, the task runner, settings."""
from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6 import QtGui
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QMainWindow, QSplitter

from desktop.compare import CompareModel
from desktop.facets import FacetPanel
from desktop.handout import HandoutModel, handout_html
from desktop.measureview import MeasureView, measure_html
from index.facts.deadlines import EXPIRED, UNKNOWN, VALID, measure_status
from desktop.resultsmodel import ResultsModel, SnippetRole, StatusRole
from desktop.resultsview import ResultsView
from desktop.settings import Settings
from index.facts.similar import default_picks, similar_measures
from desktop.sourceview import locate
from desktop.tasks import TaskRunner
from desktop.userdata import UserData
from index.snippets import snippet
from tests.kit import fake_measure

ROOT = Path(__file__).resolve().parent.parent

TODAY = date(2026, 1, 5)


EVIL = "对<img src=x>和<a href='http://example.com'>链接</a>的企业&减免房租。"


def test_a_cjk_font_is_installed(qapp):
    """On a machine without one, the app registers the font it carries (resources/fonts, licence beside it)."""
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    fonts = ROOT / "resources" / "fonts"
    assert (fonts / "wqy-microhei.ttc").is_file() and (fonts / "LICENSE-Apache-2.0.txt").is_file()


def test_the_handout_pdf_embeds_a_chinese_font_and_a_latin_one_does_not(qapp, tmp_path):
    from desktop.handout import save_pdf
    from desktop.selftest import pdf_cjk_fonts

    save_pdf("<p>企业房租减免</p>", tmp_path / "zh.pdf")
    # the sheet's own font is the shipped CJK one (desktop/fonts.py): a Latin font named in the text is
    # what a PDF without any CJK font looks like to the check
    save_pdf("<p style=\"font-family:'DejaVu Sans'\">rent relief</p>", tmp_path / "en.pdf", page_numbers=False)
    assert pdf_cjk_fonts(tmp_path / "zh.pdf") != []
    assert pdf_cjk_fonts(tmp_path / "en.pdf") == []


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
    # a hit found through another wording says which, escaped like the rest
    model.set_result({"total": 1, "hits": [dict(m, snippet="…", why="按“<b>巡游出租</b>”匹配")], "highlight": []})
    assert model.index(0).data(SnippetRole) == "（按“&lt;b&gt;巡游出租&lt;/b&gt;”匹配）…"
    listing = ResultsView()
    qtbot.addWidget(listing)
    listing.setModel(model)
    listing.resize(500, 300)
    assert not listing.grab().isNull()


def test_status_against_today():
    assert measure_status(fake_measure("x"), TODAY) == EXPIRED
    assert measure_status(fake_measure("x"), date(2022, 6, 1)) == VALID
    assert measure_status(fake_measure("x", deadlines=[]), TODAY) == UNKNOWN


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
    similar = similar_measures(seed, engine.measures, likeness=engine.likeness)
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

    gate, lock = threading.Event(), threading.Lock()
    in_flight: list[str] = []
    seen_by: dict[str, list[str]] = {}

    def op(name, wait_for=None):
        def run():
            with lock:
                seen_by[name] = list(in_flight)  # what else was running when this one started
                in_flight.append(name)
            if wait_for is not None:
                wait_for.wait(10)
            with lock:
                in_flight.remove(name)
            return name
        return run

    runner.run(op("search-1", gate), order.append)
    runner.run(op("build"), order.append, exclusive=True)
    runner.run(op("search-2"), order.append)
    runner.run(lambda: 1 / 0, order.append, errors.append)
    # decided on the main thread as the tasks were queued: search-1 runs, the build waits for it and
    # everything after the build waits for the build
    assert runner.busy and not runner.exclusive_running and runner.queued == 3
    gate.set()
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert seen_by["build"] == [] and "build" not in seen_by["search-2"]
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


def test_handout_says_what_the_wizard_concluded_never_more(qtbot):
    """Only an eligible, current measure "applies"; a maybe lists what to confirm; an expired one is for information."""
    current = ["2026-12-31"]
    fits = fake_measure("符合的措施", id="t/1", subsection="甲", deadlines=current)
    maybe = fake_measure("可能的措施", id="t/2", subsection="乙", deadlines=current)
    expired = fake_measure("过期的措施", id="t/3", subsection="丙")  # 2022-12-31
    model = HandoutModel()
    model.add(fits, ["注册在朝阳区", "属于住宿餐饮业"], status="eligible")
    model.add(maybe, ["注册在朝阳区"], status="maybe", missing=["企业规模是？", "是否<租用>国有房屋？"])
    model.add(expired, ["注册在朝阳区"], status="eligible")
    html = handout_html(model.measures(), {}, TODAY, [], model.reasons, model.verdicts)
    sections = dict(zip(["fits", "maybe", "expired"], html.split('<a name="measure-')[1:]))
    assert "为什么适用" in sections["fits"] and "注册在朝阳区；属于住宿餐饮业" in sections["fits"]
    assert "为什么适用" not in sections["maybe"] and "为什么适用" not in sections["expired"]
    assert "可能适用，还需确认：企业规模是？；是否&lt;租用&gt;国有房屋？" in sections["maybe"]
    assert "已过期，仅供了解" in sections["expired"] and "适用（" not in sections["expired"]
    model.remove(1)
    assert "t/2" not in model.verdicts
    model.clear()
    assert model.verdicts == {}


def rendered(tip: str) -> str:
    """What a tooltip shows: Qt treats it as rich text when it looks like markup."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_tooltips_show_document_text_literally(qtbot):
    m = fake_measure("对<img src=x>的企业&减免", document=dict(fake_measure("x")["document"], title="测试<img src=x>&文件"))
    results = ResultsModel(TODAY)
    results.set_result({"total": 1, "hits": [dict(m, snippet="")], "highlight": []})
    handout = HandoutModel()
    handout.add(m)
    compare = CompareModel(TODAY)
    compare.set_measures([m])
    tips = {
        "results": (results.index(0).data(Qt.ItemDataRole.ToolTipRole), "测试<img src=x>&文件"),
        "handout": (handout.index(0, 0).data(Qt.ItemDataRole.ToolTipRole), "对<img src=x>的企业&减免"),
        "compare": (compare.index(5, 0).data(Qt.ItemDataRole.ToolTipRole), "对<img src=x>的企业&减免"),
    }
    for where, (tip, text) in tips.items():
        assert "<img" not in tip, where
        assert rendered(tip) == text, where
    assert compare.index(5, 0).data() == "对<img src=x>的企业&减免"  # the cell itself stays plain text
    facets = FacetPanel()
    qtbot.addWidget(facets)
    facets.set_labels("unit", {"u": "区财政局<img src=x>&税务局"})
    facets.set_counts({"unit": {"u": 1}})
    assert rendered(facets.checkbox("unit", "u").toolTip()) == "区财政局<img src=x>&税务局"


def test_facet_boxes_are_kept_while_the_values_stay_the_same(qtbot):
    facets = FacetPanel()
    qtbot.addWidget(facets)
    facets.set_counts({"district": {"朝阳区": 3, "昌平区": 2}})
    chaoyang, changping = facets.checkbox("district", "朝阳区"), facets.checkbox("district", "昌平区")
    changping.setFocus()
    facets.set_counts({"district": {"昌平区": 5, "朝阳区": 1}})  # same values, new counts
    assert facets.checkbox("district", "朝阳区") is chaoyang and facets.checkbox("district", "昌平区") is changping
    assert chaoyang.text() == "朝阳区（1）" and changping.text() == "昌平区（5）"
    layout = facets._groups["district"].layout()
    assert layout.indexOf(chaoyang) < layout.indexOf(changping)  # the places of the first search: nothing moves under the mouse
    facets.set_counts({"district": {"昌平区": 5, "平谷区": 9, "朝阳区": 1}})  # a new value goes after the known ones
    assert [layout.itemAt(i).widget().text() for i in range(3)] == ["朝阳区（1）", "昌平区（5）", "平谷区（9）"]
    changping.setChecked(True)  # ticked: stays listed with 0 when the next search lacks it
    facets.set_counts({"district": {"朝阳区": 1, "平谷区": 4}})
    assert facets.checkbox("district", "昌平区").text() == "昌平区（0）"
    assert facets.checkbox("district", "昌平区").isChecked() and facets.checkbox("district", "平谷区") is not None
    many = {f"区{i}": 20 - i for i in range(12)}
    facets.set_counts({"district": many})
    more = facets._more["district"]
    assert more.text() == "更多（4）"  # 8 of the 12, then 昌平区 (ticked: listed after them, not moved to the top)
    facets.set_counts({"district": dict(many, 区0=1)})
    assert facets._more["district"] is more and facets.checkbox("district", "区0").text() == "区0（1）"


def test_user_data_keeps_working_when_its_file_cannot_be_written(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")  # the folder cannot be made (works as root too)
    data = UserData.in_folder(blocker)
    assert data.set_favourite("a/1", True) is False
    assert data.record_opened("a/1") is False
    assert data.is_favourite("a/1") and data.history[0]["id"] == "a/1"
    assert data.error and "not-a-folder" in data.error
