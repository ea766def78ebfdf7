"""The main window driven as a clerk would: typing Chinese (input-method events), facets, keyboard,
the measure pane, compare, handout to PDF, new visitor, and recovery from damaged data."""
from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from html import escape as html_escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from desktop.resultsmodel import MissingRole, StatusRole
from desktop.app import create_window
from desktop.dialogs import RecordingPrompter
from desktop.settings import Settings
from desktop.userdata import UserData
from tests.windowkit import activate, TODAY, click, make_window, search, settle, type_chinese

def test_typing_chinese_lists_marked_hits_with_counts(qtbot, window):
    assert window.results_model.listed == 189  # empty query: every measure (its rows fetched as the list scrolls)
    with qtbot.waitSignal(window.results_shown, timeout=5000):
        type_chinese(window.search_box, "房租减免")
    assert window.search_box.text() == "房租减免"
    assert window.last_result["total"] == 6
    assert window.results_model.rowCount() == 6
    assert any("<mark>房租减免</mark>" in window.results_model.hit(r)["snippet"] for r in range(6))
    assert "找到6条" in window.count_label.text()
    assert window.result_label.text() == "6条结果"
    assert window.facets.checkbox("district", "昌平区").text() == "昌平区（4）"
    assert window.facets.checkbox("benefit_type", "租金减免").text() == "租金减免（3）"


def test_no_results_says_try_fewer_words(qtbot, window):
    search(qtbot, window, "火星殖民")
    assert window.results_model.rowCount() == 0
    assert "试试少输几个字" in window.count_label.text()


def test_clicking_a_facet_narrows_and_municipal_switch(qtbot, window):
    search(qtbot, window, "贷款")
    before = window.last_result["total"]
    click(qtbot, window.facets.checkbox("district", "朝阳区"))
    qtbot.waitUntil(lambda: window.last_result["total"] != before and window.service.idle)
    districts = {window.results_model.hit(r)["district"] for r in range(window.results_model.rowCount())}
    assert districts <= {"朝阳区", "北京市"} and "朝阳区" in districts
    assert window.facets.checkbox("district", "朝阳区").isChecked()
    click(qtbot, window.facets.municipal)
    qtbot.waitUntil(lambda: not window.last_result.get("hits") or window.service.idle and
                    {h["district"] for h in window.last_result["hits"]} == {"朝阳区"})
    assert {window.results_model.hit(r)["district"] for r in range(window.results_model.rowCount())} == {"朝阳区"}


def test_keyboard_arrows_enter_escape_and_favourite(qtbot, window):
    activate(qtbot, window)
    search(qtbot, window, "房租减免")
    first, second = window.results_model.measure_id(0), window.results_model.measure_id(1)
    window.search_box.completer().popup().hide()  # while suggestions show, ↓ walks them instead
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.measure_view.measure["id"] == first
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.measure_view.measure["id"] == second
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter in the box: the top result
    assert window.measure_view.measure["id"] == first
    assert window.measure_view.browser.hasFocus()
    # 收藏 is Ctrl+Shift+D since Ctrl+D became 加入打印单 (issue 16, desktop/keymap.py)
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.userdata.is_favourite(first)
    assert window.measure_view.favourite_button.text() == "★ 已收藏"
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.last_result["query"] == "" and window.service.idle)
    assert window.results_model.listed == 189


def test_enter_right_after_typing_opens_the_top_hit_of_that_query(qtbot, window):
    type_chinese(window.search_box, "社保")
    window.search_box.open_top_requested.emit()  # before the search has come back
    qtbot.waitUntil(lambda: window.measure_view.measure is not None and window.service.idle)
    assert window.measure_view.measure["id"] == window.results_model.measure_id(0)
    assert window.last_result["query"] == "社保"


def test_measure_pane_status_flags_and_source(qtbot, window):
    window.open_measure("chaoyang-2022/4")
    pane = window.measure_view.browser.toPlainText()
    assert "已过期" in pane and "期限至2022-12-31" in pane
    assert "本文件为征求意见稿，非正式文件" in pane
    assert "朝阳区统筹疫情防控和稳定经济增长的实施方案" in pane
    window.open_measure("pinggu-2022/4")
    assert "本条文本由乱序原文整理，请以原件为准" in window.measure_view.browser.toPlainText()
    dialog = window.open_source("pinggu-2022/4")
    qtbot.addWidget(dialog)
    assert dialog.info.text() == "正在读取原文…"  # read in the background: the window does not wait for it
    with qtbot.waitSignal(dialog.source_loaded, timeout=10000):
        pass
    assert dialog.span is not None
    start, end = dialog.span
    assert dialog.text.toPlainText()[start:end].startswith("2022年对承租区内各类国有产权房屋")


def test_compare_puts_rent_relief_of_districts_side_by_side(qtbot, window):
    dialog = window.open_compare("pinggu-2022/4")
    model = dialog.view.model
    assert model.measure_ids()[0] == "pinggu-2022/4"
    assert {"chaoyang-2022/4", "changping-2022/4"} <= set(model.measure_ids())
    amounts = {model.measure_ids()[c]: model.index(1, c).data() for c in range(model.columnCount())}
    assert "减免3个月房屋租金" in amounts["pinggu-2022/4"]
    assert "减免6个月房屋租金" in amounts["chaoyang-2022/4"]
    assert model.index(3, model.measure_ids().index("chaoyang-2022/4")).data() == "已过期"
    dialog.view.set_picked(["pinggu-2022/4"])
    assert model.columnCount() == 1


def test_handout_pdf_has_the_measure_text(qtbot, window, tmp_path):
    window.open_measure("chaoyang-2022/4")
    window.measure_view.handout_button.click()
    assert window.handout.rowCount() == 1
    assert window.tabs.tabText(1) == "打印单（1）"
    pdf = window.save_handout_pdf(tmp_path / "handout.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        flat = "".join(text.split())
        assert "减免6个月房屋租金" in flat
        assert "朝阳区统筹疫情防控和稳定经济增长的实施方案" in flat
        assert "已过期" in flat and "2026-01-05" in flat
    window.print_handout()
    assert isinstance(window.prompter_ref.dialogs[-1], QPrintPreviewDialog)


def test_new_visitor_clears_everything(qtbot, window):
    search(qtbot, window, "房租减免")
    click(qtbot, window.facets.checkbox("district", "昌平区"))
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().district == ["昌平区"]
                    and window.last_result["total"] == 4)
    window.open_row(0)
    window.measure_view.handout_button.click()
    window.handout.answers.append(("企业注册在哪个区？", "昌平区"))
    window.new_visitor_action.trigger()
    qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "")
    assert window.search_box.text() == ""
    assert window.facets.filters().active() == {}
    assert window.handout.rowCount() == 0 and window.handout.answers == []
    assert window.measure_view.measure is None
    assert not window.results_view.currentIndex().isValid()
    assert window.results_model.listed == 189


# whoosh's SegmentReader leaves the damaged segment's file open when it fails to read it (inside whoosh)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_damaged_index_is_explained_and_rebuilt_keeping_favourites(qtbot, data_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    segment = next(data.glob("store-*/whoosh/*.seg"))
    segment.write_bytes(segment.read_bytes()[:100])  # truncated
    home = tmp_path / "home"
    UserData.in_folder(home).set_favourite("chaoyang-2022/4", True)
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, data, home, prompter)
    settle(qtbot, window, timeout=60000)
    assert prompter.messages[0][0] == "confirm" and "损坏" in prompter.messages[0][2]
    assert window.last_result["total"] == 189
    assert UserData.in_folder(home).favourites == ["chaoyang-2022/4"]
    search(qtbot, window, "房租减免")
    assert window.last_result["total"] == 6


def test_first_start_without_data_builds_it(qtbot, tmp_path):
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, tmp_path / "empty", tmp_path / "home", prompter)
    settle(qtbot, window, timeout=60000)
    assert prompter.messages == []  # nothing to ask: there was nothing to lose
    assert "189条措施" in window.data_label.text()
    assert window.data_setup.progress is None  # the progress dialog closed


RESTAURANT = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"],
              "traits": [], "situations": ["租用国有房屋", "受疫情影响经营困难"]}


def test_wizard_results_go_to_the_handout_and_new_visitor_forgets_them(qtbot, window, tmp_path):
    window.wizard_action.trigger()
    wizard = window.wizard
    assert wizard is not None and wizard.isVisible()
    wizard.show_results_for(RESTAURANT)
    with qtbot.waitSignal(wizard.handout_requested, timeout=2000):
        qtbot.mouseClick(wizard.results_page.handout_button, Qt.MouseButton.LeftButton)
    assert ("所在区", "朝阳区") in window.handout.answers
    # expired measures (朝阳's plan ended 2022-12-31) stay in the wizard's 已过期 group, never on the handout
    assert "chaoyang-2022/4" not in [m["id"] for m in window.handout.measures()]
    current = "beijing-2022-manufacturing/6"  # 留抵退税 for 小微 (no end date written)
    assert current in [m["id"] for m in window.handout.measures()]
    assert window.handout.reasons[current]  # why it applies travels with it
    html = window.handout_html()
    assert "朝阳区" in html and window.handout.reasons[current][0] in html
    # each measure prints with the wizard's own verdict: a maybe never as "applies"
    verdicts = window.handout.verdicts
    assert {v["status"] for v in verdicts.values()} == {"eligible", "maybe"}
    sections = dict(zip([m["id"] for m in window.handout.measures()], re.split(r'<a name="measure-\d+"></a>', html)[1:], strict=True))
    for measure_id, section in sections.items():
        assert "已过期，仅供了解" not in section, measure_id
        if verdicts[measure_id]["status"] == "maybe":
            assert "为什么适用" not in section, measure_id
            assert "可能适用，还需确认：" + html_escape(verdicts[measure_id]["missing"][0]) in section, measure_id
    pdf = window.save_handout_pdf(tmp_path / "wizard.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    window.new_visitor_action.trigger()
    assert window.handout.rowCount() == 0 and window.handout.answers == []
    assert wizard.profile()["district"] in (None, window.settings.default_district)
    assert not wizard.profile()["situations"] and not wizard.profile()["industries"] and not wizard.isVisible()


def test_a_failed_rebuild_keeps_the_data_that_was_open(qtbot, window, monkeypatch):
    import desktop.searchservice as searchservice

    def failing_build(data_dir, progress=None):
        raise OSError(30, "Read-only file system", str(data_dir))

    monkeypatch.setattr(searchservice, "build", failing_build)
    old = window.engine
    window.data_setup.rebuild()
    qtbot.waitUntil(lambda: window.engine is not None and window.engine is not old and window.service.idle, timeout=30000)
    kind, title, text = window.prompter_ref.messages[-1]
    assert kind == "warn" and "构建数据失败" in title and "继续使用原来的数据" in text
    assert "189条措施" in window.data_label.text()
    with pytest.raises(sqlite3.ProgrammingError):  # the replaced engine's database connection was closed
        old.store.db.conn.execute("select 1")
    search(qtbot, window, "房租减免")
    assert window.last_result["total"] == 6


def test_the_wizard_judges_the_measures_of_the_data_now_open(qtbot, window):
    window.wizard_action.trigger()
    wizard = window.wizard
    wizard.show_results_for(RESTAURANT)
    old_measures = wizard.measures
    with qtbot.waitSignal(wizard.results_updated, timeout=30000):
        window.service.load()  # what a rebuild ends with
    qtbot.waitUntil(lambda: window.engine is not None and window.service.idle, timeout=30000)
    assert wizard.measures is window.engine.measures and wizard.measures is not old_measures
    shown = {r["id"]: r for r in wizard.last_results}
    assert shown["chaoyang-2022/4"]["text"] == window.engine.measure("chaoyang-2022/4")["text"]


def test_a_typed_query_that_looks_like_markup_is_shown_as_typed(qtbot, window):
    search(qtbot, window, "<img src=x>")
    assert window.count_label.textFormat() == Qt.TextFormat.PlainText
    assert "<img src=x>" in window.count_label.text()


def test_favourites_work_when_they_cannot_be_saved(qtbot, data_dir, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "blocked").write_text("x", encoding="utf-8")  # a file where the folder should be: writes fail
    prompter = RecordingPrompter(answer=True)
    window = create_window(data_dir, Settings.at(home / "settings.ini"), UserData.in_folder(home / "blocked"),
                           prompter, TODAY)
    qtbot.addWidget(window)
    window.show()
    window.start()
    settle(qtbot, window)
    store = home / "blocked" / "userdata.sqlite"
    assert prompter.messages == [("warn", "收藏和浏览记录",
                                  f"收藏和浏览记录无法保存到 {store}（同名的文件已存在。请换一个位置或名称）。本次仍可使用，但关闭程序后不保留。"
                                  "请联系技术人员检查该文件夹的权限和磁盘空间。")]
    window.open_measure("chaoyang-2022/4")  # raised OSError before
    window.open_measure("pinggu-2022/4")
    window.measure_view.toggle_favourite()
    assert window.userdata.is_favourite("pinggu-2022/4")
    assert [h["id"] for h in window.userdata.history] == ["pinggu-2022/4", "chaoyang-2022/4"]
    assert "无法保存" not in window.statusBar().currentMessage()  # told once, not at every click
    assert len(prompter.messages) == 1


def test_a_disk_that_stops_answering_is_told_once_in_the_status_bar(qtbot, window, monkeypatch):
    def full(_change):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.userdata, "_write", full)
    window.open_measure("chaoyang-2022/4")
    assert window.statusBar().currentMessage() == (
        f"无法保存收藏和浏览记录（{window.userdata.path}：磁盘空间不足。请清理磁盘空间后重试，或换一个空间充足的文件夹）。本次仍可使用，关闭程序后不保留。")
    window.statusBar().clearMessage()
    window.measure_view.toggle_favourite()
    assert window.userdata.is_favourite("chaoyang-2022/4")
    assert window.statusBar().currentMessage() == "已收藏"


def test_a_damaged_favourites_file_is_moved_aside_and_the_clerk_told_once(qtbot, data_dir, tmp_path, monkeypatch):
    import desktop.userdata as userdata

    monkeypatch.setattr(userdata, "_stamp", lambda: "20260105-093000")
    home = tmp_path / "home"
    home.mkdir()
    (home / "userdata.json").write_bytes('{"favourites": ["朝阳"]}'.encode("gbk"))
    prompter = RecordingPrompter(answer=True)
    settle(qtbot, make_window(qtbot, data_dir, home, prompter))
    moved = home / "userdata.json.damaged-20260105-093000"
    assert prompter.messages == [("warn", "收藏和浏览记录", f"收藏和浏览记录文件已损坏，已移到 {moved}，新的记录从现在开始。"
                                                     "如需找回，请把该文件交给技术人员。")]
    assert moved.read_bytes() == '{"favourites": ["朝阳"]}'.encode("gbk")
    again = RecordingPrompter(answer=True)
    settle(qtbot, make_window(qtbot, data_dir, home, again))
    assert again.messages == []  # told once: the next start has nothing to say


def test_favourites_and_history_whose_measure_left_the_data_stay_listed(qtbot, data_dir, tmp_path, qtmodeltester):
    home = tmp_path / "home"
    before = UserData.in_folder(home)  # as left by a data pack that had a measure this one lacks
    before.set_favourite("chaoyang-2022/4", True)
    before.record_opened("chaoyang-2022/4")
    before.set_favourite("gone-2020/1", True, "朝阳区　旧的通知　第1条")
    before.record_opened("gone-2020/1", "朝阳区　旧的通知　第1条")
    before.close()
    window = make_window(qtbot, data_dir, home)
    settle(qtbot, window)
    window.favourites_action.trigger()
    model = window.results_model
    qtmodeltester.check(model)
    assert model.ids() == ["chaoyang-2022/4", "gone-2020/1"]
    assert window.count_label.text() == "收藏夹：2条措施"
    gone = model.index(1)
    assert gone.data() == "朝阳区　旧的通知　第1条　已不在当前数据中"
    assert gone.data(MissingRole) is True and model.index(0).data(MissingRole) is False
    assert gone.data(StatusRole) == "已不在当前数据中"
    window.open_row(1)
    assert window.statusBar().currentMessage() == "这条措施已不在当前数据中"
    assert window.measure_view.measure is None and window.measure_view.missing_id == "gone-2020/1"
    assert "这条措施已不在当前数据中" in window.measure_view.browser.toPlainText()
    assert not window.measure_view.source_button.isEnabled()
    assert [h["id"] for h in window.userdata.history] == ["gone-2020/1", "chaoyang-2022/4"]  # kept, not re-dated
    window.history_action.trigger()
    assert model.ids() == ["gone-2020/1", "chaoyang-2022/4"]
    assert model.index(0).data(MissingRole) is True and model.index(1).data(MissingRole) is False
    assert window.count_label.text() == "浏览记录：2条措施"
    window.measure_view.toggle_favourite()  # the clerk may still let it go
    assert window.userdata.favourites == ["chaoyang-2022/4"]


def test_a_pdf_that_could_not_be_written_is_not_reported_saved(qtbot, window, tmp_path):
    window.open_measure("chaoyang-2022/4")
    window.measure_view.handout_button.click()
    folder = tmp_path / "a-folder.pdf"
    folder.mkdir()  # QPrinter cannot write there and says nothing
    assert window.save_handout_pdf(folder) is None
    kind, title, text = window.prompter_ref.messages[-1]
    assert kind == "warn" and str(folder) in text
    assert "已保存" not in window.statusBar().currentMessage()
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert window.save_handout_pdf(blocked / "handout.pdf") is None  # the folder cannot be made
    assert window.prompter_ref.messages[-1][0] == "warn"


def test_cards_found_damaged_while_in_use_offer_the_rebuild(qtbot, data_dir, tmp_path, monkeypatch):
    # a large library opens without decoding its cards, then decodes them for the wizard in the
    # background: a garbled card there is damaged data (the rebuild offer), not a task's "出错"
    from index.prepared import SEARCH_DATA
    from index.searchindex import INDEX_DIR

    monkeypatch.setattr("index.search.EAGER_MEASURES", 0)
    monkeypatch.setattr("desktop.searchservice.EAGER_MEASURES", 0)
    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    prepared = next(data.glob(f"store-*/{INDEX_DIR}")) / SEARCH_DATA
    blob = bytearray(prepared.read_bytes())
    blob[-2000:-10] = b"\xff" * 1990  # the last cards garbled, the file's length kept
    prepared.write_bytes(bytes(blob))
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, data, tmp_path / "home", prompter)
    qtbot.waitUntil(lambda: bool(prompter.messages), timeout=60000)
    kind, title, text = prompter.messages[0][:3]
    assert (kind, title) == ("confirm", "数据缺失或损坏") and "搜索数据已损坏" in text and "重新构建" in text
    settle(qtbot, window, timeout=60000)
    qtbot.waitUntil(lambda: window.service.engine is not None and window.service.engine.count == 189, timeout=60000)
    assert len(window.service.engine.measures) == 189  # the rebuilt data's cards read
