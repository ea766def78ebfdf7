"""The clerk's keyboard and the measure pane: one documented key map (actions, tooltips and F1 help
from desktop/keymap.py), Enter opening the top hit at once, Esc's two meanings, Alt+1/2/3 to the facets,
a Tab order in the clerk's order; and a pane that follows the current result or clears."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox

from desktop import keymap
from desktop.facets import FacetPanel
from tests.windowkit import activate, click, late_searches, search, type_chinese

CTRL, SHIFT, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier


def focus_place() -> str:
    """Where the focus is: the title of the facet group its box is in, else the kind of widget."""
    widget = QApplication.focusWidget()
    return widget.parent().title() if isinstance(widget.parent(), QGroupBox) else type(widget).__name__


def set_query(qtbot, window, text: str) -> None:
    window.search_box.setText(text)
    qtbot.waitUntil(lambda: window.last_result["query"] == text and window.service.idle)


def test_the_pane_clears_when_a_facet_leaves_its_measure_out(qtbot, window):
    search(qtbot, window, "房租减免")
    ids = window.results_model.ids()
    assert "changping-2022/4" in ids
    window.open_row(ids.index("changping-2022/4"))
    assert window.measure_view.measure["id"] == "changping-2022/4"
    click(qtbot, window.facets.checkbox("district", "朝阳区"))
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().district == ["朝阳区"]
                    and "changping-2022/4" not in window.results_model.ids())
    assert window.measure_view.measure is None  # was: 昌平第4条 still shown, 加入打印单 live
    assert not window.measure_view.handout_button.isEnabled()
    window.handout_add_action.trigger()
    assert window.handout.rowCount() == 0


def test_the_pane_keeps_a_measure_the_new_search_still_lists_and_clears_on_others(qtbot, window):
    search(qtbot, window, "房租减免")
    window.open_row(0)
    kept = window.measure_view.measure["id"]
    set_query(qtbot, window, "房租")
    assert kept in window.results_model.ids()
    assert window.measure_view.measure["id"] == kept
    assert window.results_view.currentIndex().row() == window.results_model.ids().index(kept)
    set_query(qtbot, window, "火星殖民")
    assert window.measure_view.measure is None
    window.open_measure("chaoyang-2022/4")
    window.show_favourites()  # no favourites: the pane must not keep 朝阳第4条
    assert window.results_model.rowCount() == 0 and window.measure_view.measure is None


def test_the_key_map(qtbot, window):
    keys = {name: [s.toString() for s in getattr(window, f"{name}_action").shortcuts()] for name in keymap.SHORTCUTS}
    assert keys == {"focus": ["Ctrl+F", "Ctrl+L"], "handout_add": ["Ctrl+D"], "compare": ["Ctrl+T"],
                    "source": ["Ctrl+O"], "favourite": ["Ctrl+Shift+D"], "print": ["Ctrl+P"], "pdf": ["Ctrl+Shift+P"],
                    "wizard": ["Ctrl+W"], "new_visitor": ["Ctrl+N"], "undo_visitor": ["Ctrl+Shift+Z"], "quit": ["Ctrl+Q"],
                    "help": ["F1"]}
    assert [a.shortcut().toString() for a in window.facet_actions] == ["Alt+1", "Alt+2", "Alt+3"]
    assert [a.text() for a in window.facet_actions] == ["地区", "行业", "支持方式"]
    assert window.pdf_action.toolTip() == "把打印单存为PDF（Ctrl+Shift+P）"
    assert window.wizard_action.toolTip() == "问几个问题，找出这家企业可以申请的措施（Ctrl+W）"
    assert window.measure_view.handout_button.toolTip() == "加入打印单（Ctrl+D）"
    assert window.measure_view.compare_button.toolTip() == "同类措施（Ctrl+T）"
    assert window.measure_view.favourite_button.toolTip() == "收藏/取消收藏（Ctrl+Shift+D）"
    window.show_help()
    help_text = window.prompter_ref.messages[-1][2]
    for shown in ("Ctrl+W", "Ctrl+D", "Ctrl+Shift+P", "Ctrl+T", "Alt+1 / Alt+2 / Alt+3",
                  "联想列表开着时只关闭列表；没有列表时清空搜索框", "立即打开第一条结果"):
        assert shown in help_text, shown


def test_keys_do_what_the_map_says(qtbot, window, tmp_path):
    activate(qtbot, window)
    search(qtbot, window, "房租减免")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    first = window.results_model.measure_id(0)
    assert window.measure_view.measure["id"] == first and window.measure_view.browser.hasFocus()
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_D, CTRL)  # Ctrl+D: into the handout (was 收藏)
    assert [m["id"] for m in window.handout.measures()] == [first]
    assert not window.userdata.is_favourite(first)
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_D, CTRL | SHIFT)
    assert window.userdata.is_favourite(first)
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_T, CTRL)
    assert window.compare_dialog is not None and window.compare_dialog.isVisible()
    window.compare_dialog.hide()
    activate(qtbot, window)
    window.prompter_ref.save_to = tmp_path / "h.pdf"
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_P, CTRL | SHIFT)
    assert (tmp_path / "h.pdf").stat().st_size > 1000
    qtbot.waitUntil(lambda: window.service.idle)  # no search still to come back and rebuild the facet boxes
    activate(qtbot, window)  # a window shortcut needs the window itself as the focus window (see activate)
    window.measure_view.browser.setFocus()
    qtbot.keyClick(window.measure_view.browser, Qt.Key.Key_2, ALT)
    assert focus_place() == "行业" and QApplication.focusWidget().parent() is window.facets._groups["industry"]
    activate(qtbot, window)  # again: the focus moved to a box, and the shortcut goes to the focus window
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
    assert focus_place() == "地区" and QApplication.focusWidget().parent() is window.facets._groups["district"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_D, CTRL)  # in the box too: not the line edit's delete
    assert window.handout.rowCount() == 1 and window.search_box.text() == "房租减免"


def test_alt_n_stays_in_its_group_when_the_search_typed_just_before_comes_back_after_it(qtbot, window):
    activate(qtbot, window)
    search(qtbot, window, "房租减免")
    districts = window.facets._groups["district"]
    assert "北京市" not in window.facets._shown["district"]
    with late_searches(window) as gate:
        window.search_box.selectAll()
        type_chinese(window.search_box, "贷款")  # its search comes back only when the gate opens
        window.search_box.completer().popup().hide()  # while suggestions show, keys go to them
        activate(qtbot, window)
        qtbot.keyClick(window.search_box, Qt.Key.Key_2, ALT)
        assert focus_place() == "行业"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
        first = QApplication.focusWidget()
        assert first.parent() is districts and first is window.facets.checkbox("district", "昌平区")
        assert window.service.searching
        gate.set()
        qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "贷款")
    assert "北京市" in window.facets._shown["district"]  # the group was filled anew under the focus
    # was 行业: the group's boxes were remade and the focus went down the Tab chain into the next group
    assert focus_place() == "地区"
    assert QApplication.focusWidget() is first is window.facets.checkbox("district", "昌平区")  # its box kept
    qtbot.keyClick(first, Qt.Key.Key_3, ALT)
    assert focus_place() == "支持方式"


def test_a_search_coming_back_between_alt_2_and_alt_1_leaves_each_key_its_group(qtbot, window):
    activate(qtbot, window)
    search(qtbot, window, "房租减免")
    with late_searches(window) as gate:
        window.search_box.selectAll()
        type_chinese(window.search_box, "火星殖民")  # nothing found: every group loses its boxes
        activate(qtbot, window)
        qtbot.keyClick(window.search_box, Qt.Key.Key_2, ALT)
        assert focus_place() == "行业"
        gate.set()
        qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "火星殖民")
    assert window.facets.tab_stops() == [window.facets.municipal, window.facets.valid_only]  # no boxes left
    assert QApplication.focusWidget() is window.facets._groups["industry"]  # was: down the Tab chain, out of it
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, ALT)
    assert QApplication.focusWidget() is window.facets._groups["district"]
    with late_searches(window) as gate:
        window.search_box.setText("房租减免")  # searched again, its result coming back after the Alt+1 above
        gate.set()
        qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "房租减免")
    assert QApplication.focusWidget() is window.facets.checkbox("district", "昌平区")  # the group's first box


def test_the_focus_stays_in_a_facet_group_whose_values_change_under_it(qtbot):
    facets = FacetPanel()
    qtbot.addWidget(facets)
    facets.show()
    activate(qtbot, facets)
    three = {"朝阳区": 3, "昌平区": 2, "平谷区": 1}
    facets.set_counts({"district": three, "industry": {"制造业": 2}})
    changping = facets.checkbox("district", "昌平区")
    changping.setFocus()
    facets.set_counts({"district": {"朝阳区": 3, "昌平区": 2, "北京市": 5}, "industry": {"制造业": 2}})  # 平谷区 leaves
    assert facets.checkbox("district", "昌平区") is changping and changping.hasFocus()  # its box stays
    facets.set_counts({"district": {"朝阳区": 3, "北京市": 5}, "industry": {"制造业": 2}})  # 昌平区 leaves
    assert QApplication.focusWidget() is facets.checkbox("district", "北京市")  # the box now at its place
    facets.set_counts({"district": {f"区{i}": 20 - i for i in range(12)}, "industry": {"制造业": 2}})
    facets._more["district"].setFocus()
    facets.set_counts({"district": {"区0": 1, "区1": 1}, "industry": {"制造业": 2}})  # 更多 goes too
    assert QApplication.focusWidget() is facets.checkbox("district", "区1")
    facets.set_counts({"district": {}, "industry": {"制造业": 2}})
    assert QApplication.focusWidget() is facets._groups["district"]  # no boxes: the group itself
    facets.set_counts({"district": {"区0": 1}, "industry": {"制造业": 2}})
    assert QApplication.focusWidget() is facets.checkbox("district", "区0")  # Alt+1 before the boxes came


def test_enter_opens_the_top_hit_at_once_while_suggestions_show_and_esc_closes_them_first(qtbot, window):
    activate(qtbot, window)
    search(qtbot, window, "房租")
    box = window.search_box
    box.completer().complete()
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter: the popup closes and the top hit opens
    qtbot.waitUntil(lambda: window.measure_view.measure is not None)
    assert not popup.isVisible()
    assert window.measure_view.measure["id"] == window.results_model.measure_id(0)
    box.setFocus()
    box.completer().complete()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)  # Esc with suggestions: only they go
    assert not popup.isVisible() and box.text() == "房租"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc without: the box is cleared
    assert box.text() == ""


def test_tab_goes_search_results_text_buttons_handout_tab_then_facets(qtbot, window):
    view = window.measure_view
    window.open_measure("chaoyang-2022/4")
    stops, widget = [], window.search_box
    for _ in range(9):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(window) or not widget.isEnabled():
            widget = widget.nextInFocusChain()
        stops.append(widget)
    assert stops == [window.results_view, view.browser, view.source_button, view.compare_button, view.copy_button,
                     view.handout_button, view.favourite_button, window.tabs.tabBar(), window.facets.municipal]
    first_district = window.facets.tab_stops()[1]
    assert window.facets.municipal.nextInFocusChain() is first_district
    assert first_district.parent() is window.facets._groups["district"]
