"""新访客 clears everything of the last visitor, and brings it back for a minute when pressed by mistake."""
from __future__ import annotations

from desktop.sourceview import SourceDialog
from desktop.visitor import UNDO_MS
from tests.windowkit import click, search


def test_new_visitor_leaves_nothing_of_the_last_one_and_undo_brings_it_back(qtbot, window):
    search(qtbot, window, "房租减免")
    click(qtbot, window.facets.municipal)  # the last visitor wanted district measures only
    qtbot.waitUntil(lambda: window.service.idle and not window.facets.filters().include_municipal)
    window.open_row(0)
    shown = window.measure_view.measure["id"]
    window.handout_add_action.trigger()
    window.handout.answers.append(("企业注册在哪个区？", "昌平区"))
    source = window.open_source(shown)
    window.open_compare(shown)
    wizard = window.open_wizard()
    wizard.show_results_for({"district": "平谷区", "entity_type": "企业"})
    window.tabs.setCurrentWidget(window.handout_panel)
    window.handout_panel.list.setCurrentIndex(window.handout.index(0, 0))
    assert window.settings.recent_searches == ["房租减免"]
    assert not window.undo_visitor_action.isEnabled()

    with qtbot.waitSignal(source.destroyed):
        window.new_visitor_action.trigger()
    qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "")
    assert window.search_box.text() == "" and window.facets.filters().active() == {}
    assert window.facets.municipal.isChecked() and window.settings.include_municipal  # back to its default
    assert window.measure_view.measure is None
    assert window.handout.rowCount() == 0 and window.handout.answers == []
    assert window.tabs.currentWidget() is window.measure_view
    assert not window.handout_panel.list.currentIndex().isValid()
    assert window.findChildren(SourceDialog) == [] and not window.compare_dialog.isVisible()
    assert not wizard.isVisible() and wizard.profile()["district"] is None
    assert window.settings.recent_searches == [] and window.search_box.suggestions()[:1] != ["房租减免"]
    assert window.undo_visitor_action.isEnabled() and window.visitor.timer.interval() == UNDO_MS == 60_000
    assert "撤销新访客" in window.statusBar().currentMessage()

    window.undo_visitor_action.trigger()
    qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "房租减免")
    assert window.search_box.text() == "房租减免"
    assert not window.facets.filters().include_municipal
    assert [m["id"] for m in window.handout.measures()] == [shown]
    assert window.handout.answers == [("企业注册在哪个区？", "昌平区")]
    assert window.measure_view.measure["id"] == shown
    assert wizard.profile()["district"] == "平谷区"
    assert window.settings.recent_searches[0] == "房租减免"
    assert not window.undo_visitor_action.isEnabled()


def test_after_a_minute_the_last_visitor_is_gone_for_good(qtbot, window):
    search(qtbot, window, "社保")
    window.open_row(0)
    window.handout_add_action.trigger()
    window.new_visitor()
    qtbot.waitUntil(lambda: window.service.idle and window.last_result["query"] == "")
    window.visitor.timer.timeout.emit()  # the minute is over (no waiting in a test)
    assert not window.undo_visitor_action.isEnabled() and not window.visitor.can_undo
    window.undo_new_visitor()
    assert window.handout.rowCount() == 0 and window.search_box.text() == ""
