"""Result cards and the window's smaller things (issue 21, item 6): the snippet's third line whole at
1366×768 and 150 % (on a real X server), 第N条 kept beside three badges, one "…" where a cut snippet is
cut again, the suggestions neither repeating what is typed nor covering the 找到N条 line, the compare
header counting every tick, and a 退出 menu item."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem

from desktop.resultdelegate import ResultDelegate, source_text
from desktop.resultsmodel import FlagsRole, SnippetRole, SourceRole, StatusRole
from tests.windowkit import search
from tests.xserver import last_json, run_child, xcb_missing, xvfb


@pytest.mark.parametrize(("screen", "scale"), [((1366, 768), "1"), ((1920, 1080), "1.5")], ids=["1366x768", "150pc"])
def test_on_a_real_x_server_cards_and_suggestions_show_what_they_hold(data_dir, screen, scale):
    with xvfb(*screen) as display:
        result = run_child(["-m", "tests.cardcheck", str(data_dir)], display, {"QT_SCALE_FACTOR": scale})
    if xcb_missing(result):
        pytest.skip(f"Qt 的 xcb 插件缺少系统库：{result.stderr.strip()[-200:]}")
    report = last_json(result.stdout)
    assert report["third_line_bottom"] > 0 and report["snippet_room"] >= report["third_line_bottom"]  # was 42 < 44.06
    assert report["source_kept"].endswith("　" + report["clause"])  # was "朝阳区统筹疫…"
    assert report["popup_shown"] and not report["popup_covers_count"]
    assert not report["suggestions_repeat_typed"]


def test_three_badges_leave_the_clause_number_and_a_cut_snippet_has_one_ellipsis(qapp):
    metrics = QFontMetrics(qapp.font())
    source = "平谷区贯彻落实统筹疫情防控和稳定经济增长政策措施　第12条"
    assert source_text(metrics, source, 10_000) == source
    narrow = source_text(metrics, source, metrics.horizontalAdvance("国") * 9)
    assert narrow.endswith("…　第12条") and narrow.startswith("平谷区")
    assert source_text(metrics, source, metrics.horizontalAdvance("第12条") + 2) == "第12条"

    model = QStandardItemModel()
    delegate = ResultDelegate()
    option = QStyleOptionViewItem()
    option.font = qapp.font()
    option.rect = QRect(0, 0, 300, 200)
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    text = "对符合条件的中小微企业和个体工商户减免房屋租金，缓缴期限至2022年底，" * 4
    for length in range(30, 140):  # a snippet index.snippets cut ("…"), filling one, two, three lines or more
        item = QStandardItem()
        item.setData(text[:length] + "…", SnippetRole)
        item.setData(source, SourceRole)
        item.setData("已过期", StatusRole)
        item.setData(["文本重组", "不限行业"], FlagsRole)
        model.appendRow(item)
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(model.rowCount() - 1, 0))
        painter.end()
        shown = delegate._doc.toPlainText()
        assert shown.endswith("…") and not shown.endswith("……"), (length, shown)
        assert text.startswith(shown[:-1])


def test_the_compare_header_counts_every_tick(qtbot, window):
    search(qtbot, window, "社保")
    dialog = window.open_compare(window.results_model.ids()[0])
    view = dialog.view
    assert len(view._order) == view.candidates.count() >= 2
    view.set_picked([])
    assert "已选0条" in view.summary.text()
    view.set_picked(view._order)
    assert f"共{len(view._order)}条，已选{len(view._order)}条" in view.summary.text()
    view.candidates.item(0).setCheckState(view.candidates.item(0).checkState().Unchecked)
    assert f"已选{len(view._order) - 1}条" in view.summary.text()


def test_the_data_menu_ends_with_quit(qtbot, window):
    actions = [a for a in window.data_menu.actions() if not a.isSeparator()]
    assert actions[-1] is window.quit_action and window.quit_action.text() == "退出"
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
