"""The visitor's question answered whole in the window (issue 21): parts grouped under headers, 不限行业
under an industry filter, "N条被筛选条件隐藏" with one click to show them, a district the data does not
cover said above the results and on the 打印单, what the data covers said once, and 只看有效."""
from __future__ import annotations

from desktop.resultsmodel import FlagsRole, GroupRole, StatusRole
from index.facts.deadlines import EXPIRED
from index.search import Filters
from tests.windowkit import click, search


def _rows(window) -> list:
    model = window.results_model
    return [model.index(row) for row in range(model.rowCount())]


def test_a_question_of_two_parts_lists_each_part_under_its_header(qtbot, window):
    search(qtbot, window, "房租能减免吗？社保能缓缴吗？")
    headers = [index.data(GroupRole) for index in _rows(window) if index.data(GroupRole)]
    assert len(headers) == 2
    assert headers[0].startswith("问1“房租能减免吗”：") and headers[1].startswith("问2“社保能缓缴吗”：")
    benefits = [(window.results_model.hit(i.row())["part"], window.results_model.hit(i.row())["benefit_types"])
                for i in _rows(window)]
    assert any(part == 0 and "租金减免" in types for part, types in benefits)
    assert any(part == 1 and "社保缓缴" in types for part, types in benefits)
    assert not window.results_view.uniformItemSizes()
    delegate = window.results_view.itemDelegate()
    first, second = _rows(window)[:2]
    assert delegate.sizeHint(_option(window), first).height() > delegate.sizeHint(_option(window), second).height()
    window.search_box.clear()
    search(qtbot, window, "房租减免")
    assert not window.results_model.grouped and window.results_view.uniformItemSizes()


def _option(window):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(window.results_view)
    return option


def test_a_measure_for_every_industry_is_found_under_an_industry_filter(qtbot, window):
    window.facets.set_filters(Filters(district=["朝阳区"], industry=["住宿餐饮"]), notify=True)
    search(qtbot, window, "社保缓缴")
    qtbot.waitUntil(lambda: window.service.idle and "住宿餐饮" in window.facets.filters().industry
                    and window.last_result["query"] == "社保缓缴")
    ids = window.results_model.ids()
    assert "chaoyang-2022/2" in ids
    row = ids.index("chaoyang-2022/2")
    assert "不限行业" in window.results_model.index(row).data(FlagsRole)
    assert "没有找到" not in window.count_label.text()


def test_matches_hidden_by_filters_are_counted_and_one_click_shows_them(qtbot, window):
    search(qtbot, window, "社保缓缴")
    everything, listed = window.last_result["total"], set(window.results_model.ids())
    click(qtbot, window.facets.municipal)
    click(qtbot, window.facets.checkbox("district", "平谷区"))
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().district == ["平谷区"]
                    and not window.facets.filters().include_municipal)
    hidden = window.last_result["hidden"]["count"]
    assert hidden == len(listed - set(window.results_model.ids())) > 0
    assert window.hidden_line.isVisible()
    assert window.hidden_line.text().startswith(f"{hidden}条被筛选条件隐藏（地区）")
    window.hidden_line.linkActivated.emit("show")  # the one link of the line
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().district == [])
    assert window.last_result["total"] == everything and not window.hidden_line.isVisible()


def test_a_district_the_data_does_not_cover_is_said_above_the_results_and_on_the_handout(qtbot, window):
    search(qtbot, window, "海淀 社保")
    notice = "当前数据没有海淀区的区级文件；以下是市级措施"
    assert window.notice_label.isVisible() and notice in window.notice_label.text().split("\n")
    assert {window.results_model.hit(i.row())["district"] for i in _rows(window)} == {"北京市"}
    window.open_row(0)
    window.handout_add_action.trigger()
    assert notice in window.handout_html()
    window.search_box.clear()
    search(qtbot, window, "朝阳 社保")
    assert notice not in window.notice_label.text()


def test_what_the_data_covers_is_said_once_and_only_valid_hides_what_is_over(qtbot, window):
    note = window.data_note
    assert note.isVisible()
    said = note.text()
    summary = window.engine.summary(window.today)
    for district in summary["districts"]:
        assert district in said
    assert summary["newest_document"] in said and "已过期" in said
    note.linkActivated.emit("ok")
    assert not note.isVisible()
    window.service.engine_ready.emit(window.engine)  # the data opened again: not said a second time
    qtbot.waitUntil(lambda: window.service.idle and window._data_summarised)
    assert not note.isVisible()

    search(qtbot, window, "社保")
    before = window.last_result["total"]
    assert EXPIRED in {i.data(StatusRole) for i in _rows(window)}
    click(qtbot, window.facets.valid_only)
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().valid_only)
    assert window.last_result["total"] < before
    assert EXPIRED not in {i.data(StatusRole) for i in _rows(window)}
