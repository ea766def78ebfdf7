"""One name each, everywhere: the handout is 打印单, the wizard 资格自查 (it was also 告知单, 惠企政策措施摘要
and 帮企业找政策)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.handout import handout_html

ROOT = Path(__file__).resolve().parent.parent


def test_the_handout_and_the_wizard_have_one_name_each(qtbot, window):
    wizard = window.open_wizard()
    assert window.wizard_action.text() == wizard.windowTitle() == "资格自查"
    assert window.tabs.tabText(1) == "打印单（0）"
    assert wizard.results_page.handout_button.text().startswith("加入打印单")
    assert window.measure_view.handout_button.text() == "加入打印单"
    html = handout_html([], {}, date(2026, 1, 5))
    assert "<b>惠企政策打印单</b>" in html


def test_no_other_name_is_left_in_the_sources():
    sources = sorted((ROOT / "desktop").rglob("*.py"))
    assert ROOT / "desktop" / "wizard" / "dialog.py" in sources  # the packages too, not only the top folder
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for old in ("告知单", "帮企业找政策", "措施摘要"):
            assert old not in text, f"{path.name}: {old}"
