"""The main window driven as a clerk would: typing Chinese (input-method events), facets, keyboard,
the measure pane, compare, handout to PDF, new visitor, and recovery from damaged data."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from desktop.app import create_window
from desktop.dialogs import RecordingPrompter
from desktop.settings import Settings
from desktop.userdata import UserData

TODAY = date(2026, 1, 5)  # every 2022 deadline is past


def type_chinese(widget, text: str) -> None:
    """What an IME does on commit (qtbot.keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def make_window(qtbot, data_dir: Path, home: Path, prompter: RecordingPrompter | None = None):
    prompter = prompter or RecordingPrompter(answer=True)
    window = create_window(data_dir, Settings.at(home / "settings.ini"), UserData.in_folder(home), prompter, TODAY)
    qtbot.addWidget(window)
    window.prompter_ref = prompter
    window.show()
    window.start()
    return window


def click(qtbot, checkbox) -> None:
    """On the box itself: a QCheckBox ignores clicks on the empty space right of its label."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def settle(qtbot, window, timeout: int = 15000) -> None:
    qtbot.waitUntil(lambda: window.engine is not None and window.last_result is not None and window.service.idle,
                    timeout=timeout)


def search(qtbot, window, text: str) -> None:
    type_chinese(window.search_box, text)
    qtbot.waitUntil(lambda: window.last_result["query"] == text and window.service.idle and
                    window.last_result["query"] == window.search_box.text())


@pytest.fixture
def window(qtbot, data_dir, tmp_path):
    w = make_window(qtbot, data_dir, tmp_path)
    settle(qtbot, w)
    return w


def test_typing_chinese_lists_marked_hits_with_counts_and_timing(qtbot, window):
    assert window.results_model.rowCount() == 189  # empty query: every measure
    with qtbot.waitSignal(window.results_shown, timeout=5000) as shown:
        type_chinese(window.search_box, "房租减免")
    assert window.search_box.text() == "房租减免"
    assert window.last_result["total"] == 6
    assert window.results_model.rowCount() == 6
    assert shown.args[0] < 500  # typing → painted (measured ~10–30 ms; generous for a loaded CI box)
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
    window.activateWindow()
    qtbot.waitActive(window)
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
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.userdata.is_favourite(first)
    assert window.measure_view.favourite_button.text() == "★ 已收藏"
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    qtbot.waitUntil(lambda: window.last_result["query"] == "" and window.service.idle)
    assert window.results_model.rowCount() == 189


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
    assert window.results_model.rowCount() == 189


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
    assert "chaoyang-2022/4" in [m["id"] for m in window.handout.measures()]
    assert window.handout.reasons["chaoyang-2022/4"]  # why it applies travels with it
    html = window.handout_html()
    assert "朝阳区" in html and window.handout.reasons["chaoyang-2022/4"][0] in html
    pdf = window.save_handout_pdf(tmp_path / "wizard.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    window.new_visitor_action.trigger()
    assert window.handout.rowCount() == 0 and window.handout.answers == []
    assert wizard.profile()["district"] in (None, window.settings.default_district)
    assert not wizard.profile()["situations"] and not wizard.profile()["industries"] and not wizard.isVisible()
