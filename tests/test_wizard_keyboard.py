"""资格自查 by keyboard: each page starts with the focus on its answers, Up/Down move between the
choices without changing a tick, number keys pick a choice; the wizard starts from the search's
district and industries; Ctrl+Shift+Z undoes 新访客 wherever the focus is (issue 21, item 5)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from desktop.dialogs import RecordingPrompter
from desktop.settings import Settings
from desktop.wizard import EligibilityWizard, PageId
from index.search import SearchEngine
from tests.windowkit import TODAY, activate, click, search


@pytest.fixture
def wizard(qtbot, data_dir, tmp_path):
    w = EligibilityWizard(SearchEngine(data_dir).measures, Settings.at(tmp_path / "s.ini"), TODAY,
                          prompter=RecordingPrompter())
    qtbot.addWidget(w)
    w.show()
    activate(qtbot, w)
    return w


def next_page(qtbot, wizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_every_question_page_starts_with_the_focus_on_its_choices(qtbot, wizard):
    assert wizard.currentId() == PageId.DISTRICT
    first = list(wizard.district_page.choices.buttons.values())[0]
    assert QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_3)  # the third district, chosen by its number
    assert wizard.district_page.value == list(wizard.district_page.choices.buttons)[2]
    next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.ENTITY
    assert QApplication.focusWidget() in wizard.entity_page.choices.buttons.values()


def test_up_and_down_move_between_check_boxes_and_never_untick(qtbot, wizard):
    wizard.district_page.value = "朝阳区"
    wizard.entity_page.value = "企业"
    wizard.size_page.value = "小型"
    for _ in range(3):
        next_page(qtbot, wizard)
    assert wizard.currentId() == PageId.INDUSTRIES
    boxes = list(wizard.industries_page.choices.buttons.values())
    assert QApplication.focusWidget() is boxes[0]
    qtbot.keyClick(boxes[0], Qt.Key.Key_Space)
    assert wizard.industries_page.values() == [boxes[0].text()]
    qtbot.keyClick(boxes[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is boxes[1]
    qtbot.keyClick(boxes[1], Qt.Key.Key_Space)
    qtbot.keyClick(boxes[1], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is boxes[0]
    qtbot.keyClick(boxes[0], Qt.Key.Key_Up)  # at the top: stays, and the tick stays
    assert QApplication.focusWidget() is boxes[0]
    assert wizard.industries_page.values() == [boxes[0].text(), boxes[1].text()]
    qtbot.keyClick(boxes[0], Qt.Key.Key_3)  # a number toggles that box
    assert wizard.industries_page.values() == [b.text() for b in boxes[:3]] and QApplication.focusWidget() is boxes[2]
    qtbot.keyClick(boxes[2], Qt.Key.Key_3)
    assert wizard.industries_page.values() == [b.text() for b in boxes[:2]]


def test_the_wizard_starts_from_the_searchs_district_and_industry(qtbot, window):
    click(qtbot, window.facets.checkbox("district", "朝阳区"))
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().district == ["朝阳区"])
    # 住宿餐饮 may sit under 更多: ticked through the panel, as the box would
    window.facets.set_filters(replace(window.facets.filters(), industry=["住宿餐饮"]), notify=True)
    qtbot.waitUntil(lambda: window.service.idle and window.facets.filters().industry == ["住宿餐饮"])
    wizard = window.open_wizard()
    assert wizard.district_page.value == "朝阳区"
    assert wizard.industries_page.values() == ["住宿餐饮"]
    wizard.hide()


def test_ctrl_shift_z_undoes_a_new_visitor_from_the_search_box(qtbot, window):
    activate(qtbot, window)
    search(qtbot, window, "房租减免")
    window.search_box.completer().popup().hide()
    activate(qtbot, window)
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_box.text() == "")
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.search_box.text() == "房租减免")
