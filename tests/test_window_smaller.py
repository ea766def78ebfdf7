"""The smaller things of issue 16 (item 10): what 复制 copies, snippets cut with "…", 已过期 readable in
the compare view, facet counts that belong to the list shown, a ticked district that stays under the
mouse, the build warning about a measure without units."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.compare import CompareModel, CompareView, StatusDelegate
from desktop.measureview import measure_plain_text
from desktop.resultdelegate import ResultDelegate
from desktop.resultsmodel import SnippetRole
from index.source.parser import parse_text
from tests.kit import HEAD, fake_measure
from tests.windowkit import click, search

TODAY = date(2026, 1, 5)


def test_copy_gives_what_a_clerk_pastes_without_the_internal_id_and_the_deadline_once():
    m = fake_measure("对小微企业减免3个月房屋租金。", id="chaoyang-2022/4", number=4, valid_until=None,
                     responsible_units=["区国资委", "区财政局"], flags=["征求意见稿"])
    assert measure_plain_text(m, TODAY) == (
        "测试<文件>　测〔2022〕1号　朝阳区　第4条\n"
        "一、<b>节</b>\n（一）<i>小节</i>\n\n"
        "对小微企业减免3个月房屋租金。\n\n"
        "责任单位：区国资委、区财政局\n"
        "期限：本条期限至2022-12-31，已过期：不能再承诺办理，仅供了解（今天是2026-01-05）\n"
        "提示：本文件为征求意见稿，非正式文件")


def test_a_snippet_longer_than_its_lines_ends_with_an_ellipsis(qapp):
    model = QStandardItemModel()
    item = QStandardItem()
    long = "对符合条件的中小微企业和个体工商户减免房屋租金，" * 8
    item.setData(long, SnippetRole)
    model.appendRow(item)
    delegate = ResultDelegate()
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 260, 200)
    option.font = qapp.font()
    image = QImage(260, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    shown = delegate._doc.toPlainText()
    assert shown.endswith("…") and long.startswith(shown[:-1]) and len(shown) < len(long)
    short = QStandardItem()
    short.setData("减免房租。", SnippetRole)
    model.appendRow(short)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(1, 0))
    painter.end()
    assert delegate._doc.toPlainText() == "减免房租。"  # what fits is left alone


def test_a_favourite_listed_has_its_snippet_cut_with_an_ellipsis_and_the_facets_count_the_list(qtbot, window):
    search(qtbot, window, "房租减免")
    assert window.facets._counts["district"] == {"昌平区": 4, "朝阳区": 1, "平谷区": 1}
    window.userdata.set_favourite("pinggu-2022/4", True)
    window.show_favourites()
    assert window.results_model.ids() == ["pinggu-2022/4"]
    assert window.results_model.data(window.results_model.index(0, 0), SnippetRole).endswith("…")
    assert window.facets._counts["district"] == {"平谷区": 1}  # not the last search's counts


def test_a_ticked_district_stays_where_it_was_clicked(qtbot, window):
    search(qtbot, window, "房租减免")
    layout = window.facets._groups["district"].layout()
    order = [layout.itemAt(i).widget().text() for i in range(layout.count()) if layout.itemAt(i).widget()]
    third = window.facets._shown["district"][2]
    box = window.facets.checkbox("district", third)
    before = layout.indexOf(box)
    assert before == 2
    click(qtbot, box)
    qtbot.waitUntil(lambda: window.service.idle and window.last_result is not None and
                    window.facets.filters().district == [third])
    box = window.facets.checkbox("district", third)
    assert box.isChecked() and layout.indexOf(box) == 2  # was moved to the top, away from the mouse
    assert [layout.itemAt(i).widget().text() for i in range(layout.count()) if layout.itemAt(i).widget()] == order


def test_expired_in_the_compare_view_is_a_red_bordered_label(qtbot):
    model = CompareModel(TODAY)
    model.set_measures([fake_measure("x", id="t/1"), fake_measure("y", id="t/2", deadlines=["2026-12-31"])])
    expired, current = model.index(3, 0), model.index(3, 1)
    assert expired.data() == "已过期" and current.data() == "有效"
    assert expired.data(Qt.ItemDataRole.ForegroundRole) == QColor("#a02020")  # was black on grey
    assert expired.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    view = CompareView(TODAY)
    qtbot.addWidget(view)
    assert isinstance(view.table.itemDelegate(), StatusDelegate)


def test_the_build_warning_names_the_clause_without_units():
    doc = parse_text(HEAD + "1.减免房租。（责任单位：区财政局）\n2.缓缴社保。\n")
    assert "第2条未写责任单位。" in doc.warnings
    assert not any("没有找到（责任单位" in w for w in doc.warnings)


def test_a_narrow_measure_pane_wraps_its_buttons_instead_of_squeezing_the_results(qapp):
    """At 150 % on a 1366×768 screen the five buttons in one row made the pane ~640 px wide at least,
    and the results column got what was left (a third of the window)."""
    from desktop.measureview import MeasureView
    view = MeasureView(TODAY)
    buttons = [view.source_button, view.compare_button, view.copy_button, view.handout_button, view.favourite_button]
    one_row = sum(b.sizeHint().width() for b in buttons)
    assert view.minimumSizeHint().width() < one_row / 2
    width = max(b.sizeHint().width() for b in buttons) * 2 + 20
    view.resize(width, 400)
    view.show()
    qapp.processEvents()
    rects = [b.geometry() for b in buttons]
    assert all(r.right() < width for r in rects)  # every button inside the pane
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert len({r.top() for r in rects}) >= 2  # wrapped onto a second row
    assert view.browser.geometry().top() > max(r.bottom() for r in rects)  # the text starts below them
    view.close()
