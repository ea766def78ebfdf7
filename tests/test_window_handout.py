"""The 打印单 worth handing over: a summary table first, page numbers, the office's details only when the
clerk has set them, 已过期 as a bordered label, the deadline said once, 自查结论 only from the wizard, a
file name per visitor; and a list with several selected, 清空, 上移/下移 and a status column."""
from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel

from desktop.handout import HandoutModel, HandoutPanel
from desktop.handoutdoc import SUMMARY_FITS, Office, a4_printer, handout_html, save_pdf, suggested_name, text_document
from desktop.dialogs import documents_dir
from desktop.officedialog import OfficeDialog
from desktop.settings import Settings
from tests.kit import fake_measure

TODAY = date(2026, 1, 5)
CURRENT = ["2026-12-31"]


def three() -> list[dict]:
    return [fake_measure("可以的措施", id="t/1", number=1, deadlines=CURRENT),
            fake_measure("要确认的措施", id="t/2", number=2, deadlines=CURRENT, amounts=[]),
            fake_measure("过期的措施", id="t/3", number=3, district="平谷区")]


def test_the_sheet_opens_with_a_summary_table_and_marks_expired_with_a_border():
    html = handout_html(three(), {}, TODAY, [], {"t/1": ["注册在朝阳区"]}, {"t/1": {"status": "eligible"}})
    summary = html[html.index("<b>一览</b>"):html.index("详细内容")]
    rows = re.findall(r"<tr>(.*?)</tr>(?=<tr>|</table>|</thead>)", summary)
    assert len(rows) == 1 + 3
    assert '<thead><tr><th width="5%">序号</th>' in summary  # the header row repeats when a long list runs onto page 2
    assert ["<b>可以申请</b>" in rows[1], "<b>需确认</b>" in rows[2], "<b>已过期</b>" in rows[3]] == [True, True, True]
    assert "减免3个月房屋租金" in rows[1] and "平谷区" in rows[3] and "区财政局&lt;script&gt;" in rows[1]
    assert '<table border="1" cellspacing="0" cellpadding="2" style="border-style:solid; border-color:#000;"><tr><td><b>已过期</b>' in rows[3]
    details = html[html.index("详细内容"):]
    expired = details.split('<a name="measure-')[3]
    assert expired.count("已过期：不能再承诺办理") == 1  # the deadline sentence, once (was 状态 + sentence)
    assert "自查结论" in details.split('<a name="measure-')[1] and "自查结论" not in expired  # t/3 did not come from the wizard
    assert "办理窗口" not in html and "经办人" not in html  # nothing invented when nothing is set


def test_the_office_details_come_from_the_settings_page(qtbot, tmp_path):
    settings = Settings.at(tmp_path / "s.ini")
    assert settings.office == {"name": "", "address": "", "phone": "", "clerk": ""}
    dialog = OfficeDialog(settings)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("朝阳区某街道企业服务窗口")
    dialog.fields["phone"].setText("010-12345678 ")
    dialog.accept()
    assert settings.office == {"name": "朝阳区某街道企业服务窗口", "address": "", "phone": "010-12345678", "clerk": ""}
    html = handout_html(three(), {}, TODAY, office=Office(**settings.office))
    assert "<b>惠企政策打印单</b></span>　　办理窗口：朝阳区某街道企业服务窗口　电话：010-12345678</p>" in html
    assert "地址" not in html and "经办人" not in html


def footer_positions(page) -> list[tuple[str, float, float]]:
    """(text, x, y) in PDF points of every run of 第…页 drawn on the page."""
    found: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, _font, _size):
        if "页" in text:
            x, y = tm[4], tm[5]
            found.append((text, cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


def test_every_page_is_numbered_inside_the_page(qapp, tmp_path):
    many = [fake_measure("减免房租。" * 160, id=f"t/{n}", number=n) for n in range(1, 9)]
    pdf = save_pdf(handout_html(many, {}, TODAY), tmp_path / "h.pdf")
    pages = PdfReader(str(pdf)).pages
    assert len(pages) >= 3
    for n, page in enumerate(pages, 1):
        assert f"第{n}页 共{len(pages)}页" in "".join(page.extract_text().split()).replace("页共", "页 共")
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        spots = footer_positions(page)
        assert spots and all(0 < x < width and 0 < y < height / 10 for _, x, y in spots), spots  # at the foot, on the paper


def test_a_visits_eight_measures_print_on_one_sheet_with_the_visitor_and_a_title(qapp, data_dir, tmp_path):
    from index.store import Store

    store = Store(data_dir)
    every = sorted((m for d in store.documents for m in store.measures(d)), key=lambda m: (len(m["text"]), m["id"]))
    meta = store.meta
    store.close()
    middle = len(every) // 2
    usual = every[middle - 4: middle + 4]  # measures of the corpus's usual length, notes and flags included
    answers = [("所在区", "朝阳区"), ("单位类型", "企业"), ("企业规模", "小型"), ("所属行业", "餐饮")]
    html = handout_html(usual, meta, TODAY, answers, office=Office(name="某街道企业服务窗口"), visitor="朝阳某小餐馆")
    assert "访客：朝阳某小餐馆　办理窗口：某街道企业服务窗口" in html
    pdf = save_pdf(html, tmp_path / "打印单-朝阳某小餐馆-2026-01-05.pdf")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 1
    assert reader.metadata.title == "打印单-朝阳某小餐馆-2026-01-05"
    text = "".join(reader.pages[0].extract_text().split())
    assert "访客：朝阳某小餐馆" in text and all(f"{n}." in text for n in range(1, 9)) and "第1页共1页" in text


def test_the_file_name_carries_the_visitor_or_the_time():
    assert suggested_name("", datetime(2026, 1, 5, 14, 32)) == "打印单-2026-01-05-1432.pdf"
    assert suggested_name("朝阳/小餐馆", datetime(2026, 1, 5, 14, 32)) == "打印单-朝阳小餐馆-2026-01-05.pdf"


def test_the_list_selects_several_clears_reorders_and_shows_status(qtbot, qtmodeltester):
    model = HandoutModel(today=TODAY)
    for m in three():
        model.add(m)
    qtmodeltester.check(model)
    panel = HandoutPanel(model)
    qtbot.addWidget(panel)
    assert [model.index(r, 1).data() for r in range(3)] == ["需确认", "需确认", "已过期"]
    assert model.headerData(1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "状态"
    panel.list.setCurrentIndex(model.index(2, 0))
    panel.up_button.click()
    assert [m["id"] for m in model.measures()] == ["t/1", "t/3", "t/2"]
    panel.down_button.click()
    panel.down_button.click()  # already last: stays
    assert [m["id"] for m in model.measures()] == ["t/1", "t/2", "t/3"]
    selection = panel.list.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.clearSelection()
    selection.select(model.index(0, 0), flags)
    selection.select(model.index(2, 0), flags)
    panel.remove_button.click()
    assert [m["id"] for m in model.measures()] == ["t/2"]
    panel.clear_button.click()
    assert model.rowCount() == 0 and not panel.clear_button.isEnabled()


def test_the_window_prints_the_office_and_suggests_a_timed_name(qtbot, window, tmp_path):
    window.settings.office = {"name": "某街道企业服务窗口", "clerk": "王"}
    window.open_measure("chaoyang-2022/4")
    window.handout_add_action.trigger()
    assert "办理窗口：某街道企业服务窗口　经办人：王" in window.handout_html()
    window.prompter_ref.save_to = None
    window.save_handout_pdf()
    title, suggested = window.prompter_ref.messages[-1][1:]
    assert title == "存为PDF" and re.search(r"打印单-\d{4}-\d\d-\d\d-\d{4}\.pdf$", suggested)


def first_page_holds_the_summary(measures: list[dict], answers: list[tuple[str, str]]) -> int:
    """Pages the sheet's part before 详细内容 takes (header, summary table, the visitor's answers)."""
    from desktop.handoutdoc import laid_out

    html = handout_html(measures, {}, TODAY, answers)
    return laid_out(html[:html.index("详细内容")], a4_printer()).pageCount()


def test_a_visits_dozen_measures_fit_the_first_page_and_more_run_on(qapp, data_dir):
    from index.store import Store

    store = Store(data_dir)
    every = [m for d in store.documents for m in store.measures(d)]
    store.close()
    # the hardest dozen: the longest unit lists and headings of the real corpus, with the wizard's answers
    worst = sorted(every, key=lambda m: -len("、".join(m["responsible_units"])) - len(m.get("subsection") or ""))
    answers = [("所在区", "朝阳区"), ("单位类型", "企业"), ("企业规模", "小型"), ("所属行业", "餐饮"),
               ("目前情况", "受疫情影响经营困难、租用国有房屋")]
    assert SUMMARY_FITS == 12
    assert first_page_holds_the_summary(worst[:SUMMARY_FITS], answers) == 1
    assert first_page_holds_the_summary(worst[:60], answers) == 2  # far beyond: the table runs on, header repeated
    many_units = handout_html([fake_measure("x", responsible_units=[f"单位{i}" for i in range(8)])], {}, TODAY)
    summary, details = many_units.split("详细内容")
    assert "<td>单位0等8个单位</td>" in summary and "单位0、单位1、单位2、单位3、单位4、单位5、单位6、单位7" in details


def test_the_visitors_name_names_the_pdf_and_goes_with_the_visitor(qtbot, window):
    window.open_measure("chaoyang-2022/4")
    window.handout_add_action.trigger()
    panel = window.handout_panel
    assert panel.visitor_edit.text() == "" and panel.visitor_edit.placeholderText() == "访客（企业名称或姓名，可不填）"
    panel.visitor_edit.setText(" 朝阳/小餐馆 ")
    window.prompter_ref.save_to = None  # the clerk cancels the file dialog: only the suggestion is seen
    day = datetime.now().strftime("%Y-%m-%d")
    assert window.save_handout_pdf() is None
    assert window.prompter_ref.messages[-1] == ("save", "存为PDF", str(documents_dir() / f"打印单-朝阳小餐馆-{day}.pdf"))
    window.new_visitor_action.trigger()
    assert panel.visitor_edit.text() == "" and window.handout.visitor == ""
    window.undo_visitor_action.trigger()
    assert panel.visitor_edit.text() == "朝阳/小餐馆" and window.handout.rowCount() == 1


def test_the_sheet_lays_out_in_the_shipped_font_whatever_the_workstation_has(qapp, data_dir):
    """A machine with another CJK font (Noto, YaHei) or a larger screen font must break pages where
    this one does: the handout takes the shipped font, never the application's."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QFont

    from index.store import Store

    store = Store(data_dir)
    dozen = [m for d in store.documents for m in store.measures(d)][:SUMMARY_FITS]
    store.close()
    html = handout_html(dozen, {}, TODAY)
    before = text_document(html)
    assert before.defaultFont().family() == "WenQuanYi Micro Hei" and before.defaultFont().pointSizeF() == 9
    screen_font = qapp.font()
    try:
        qapp.setFont(QFont("DejaVu Serif", 14))
        after = text_document(html)
        for doc in (before, after):
            doc.setPageSize(QSizeF(794, 1050))
        assert after.defaultFont().family() == "WenQuanYi Micro Hei"
        assert after.pageCount() == before.pageCount()
    finally:
        qapp.setFont(screen_font)


def test_file_dialogs_start_in_documents_and_speak_chinese(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    documents = tmp_path / "文档"
    documents.mkdir()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    try:
        assert documents_dir() == documents
    finally:
        (config / "user-dirs.dirs").unlink()
    assert documents_dir() == Path.home() or documents_dir().is_dir()  # a missing Documents folder: home
    dialog = QFileDialog(None, "存为PDF", str(tmp_path), "PDF 文件 (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    shown = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.text()]
    assert "查找范围(&L)：" in shown and "文件类型(&T)：" in shown
    assert [t for t in shown if t.isascii()] == []  # no "Look in:", "Files of type:" left in English
