"""数据 → 已导入的文件 → 复核与更正… (issue 23 items 5 and 6): an imported document's measures as the data
says them — kind, beneficiaries, deadline and status as of the window's day, amounts, each with its basis,
ten rows on one 1366×768 screen — and the maintainer's corrections from there: a measure (kind, deadline)
and the document (title, then 已废止), each with a why, rebuilt and shown again; a repealed document's
measures carry a banner and are never offered."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt

from desktop.correctdialog import CorrectDialog, DocumentCorrectDialog
from desktop.dialogs import RecordingPrompter
from desktop.geometry import fitted
from index.facts.eligibility import ELIGIBLE, MAYBE, RIGHT, eligible, ordered
from index.importer import import_files, list_imports
from tests.windowkit import TODAY, make_window, settle

PLAN = """北京市某区关于支持餐饮零售小微企业稳定经营的若干措施

为支持餐饮零售小微企业稳定经营，结合本区实际，制定以下措施。

一、对承租区属国有企业房屋的餐饮、零售小微企业，减免3个月房屋租金。申报截止时间为2026年6月30日。（责任单位：区国资委）
二、对新开业的餐饮门店给予一次性开业补贴，每家最高5万元，须于2026年9月30日前提交申请。（责任单位：区商务局）
三、区商务局负责统筹推进全区消费促进工作，建立工作台账。
四、对餐饮企业数字化改造按投资额的30%给予补贴，最高不超过50万元。（责任单位：区经济和信息化局）
五、对小微企业新增贷款给予贴息，贴息期限至2026年12月31日止。（责任单位：区金融办）
六、对吸纳重点群体就业的餐饮企业给予社会保险补贴，政策执行至2026年11月30日。（责任单位：区人力社保局）
七、开展特色餐饮品牌评选，获评企业给予10万元奖励，企业须于2027年1月15日前完成报名。（责任单位：区商务局）
八、对零售企业参加展会给予展位费补贴，按实际费用的50%给予补贴。（责任单位：区商务局）
九、对个体工商户开展线上经营给予每户3000元补贴。（责任单位：区市场监管局）
十、经营主体应当依法诚信经营，不得虚报冒领补贴资金。
十一、对小微企业新招用员工给予每人1000元一次性扩岗补助。（责任单位：区人力社保局）
十二、本措施自印发之日起施行，有效期至2027年6月30日，由区商务局负责解释。

北京市某区人民政府办公室
2026年1月2日
"""
PROFILE = {"district": "朝阳区", "entity_type": "企业", "size": "小型", "industries": ["住宿餐饮"], "traits": [],
           "situations": [], "confirmed": {}}


@pytest.fixture
def imported(tmp_path, monkeypatch):
    """A machine with the plan imported (district 朝阳区) and its window started."""
    home = tmp_path / "home"
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(home))
    source = tmp_path / "措施.txt"
    source.write_text(PLAN, encoding="utf-8")
    data = tmp_path / "data"
    doc_id = import_files([source], district="朝阳区", title=None, dry_run=False, data_dir=data).results[0]["document"]["id"]
    return data, home, doc_id


def _open_review(qtbot, window):
    imports = window.import_flow.show_imports()
    assert imports.review_button.isEnabled()  # the one document is selected
    with qtbot.waitSignal(window.import_flow.corrections.document_review_shown, timeout=30000):
        imports.review_button.click()
    return window.import_flow.corrections.document_review


def _save(qtbot, window, dialog, done) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.engine is not None and window.service.idle and done(), timeout=60000)
    settle(qtbot, window)


def test_review_and_correct_an_imported_document_from_the_list(qtbot, imported):
    data, home, doc_id = imported
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, data, home / "ui", prompter)
    settle(qtbot, window, 60000)
    review = _open_review(qtbot, window)
    model = review.model
    assert model.rowCount() == 12 and review.summary.text() == "12条措施。"
    assert review.fields["title"].text() == "北京市某区关于支持餐饮零售小微企业稳定经营的若干措施"
    cells = {n: [model.index(n, c).data() for c in range(4, 8)] for n in range(12)}
    assert cells[0][2] == "有效（至2026-06-30）" and cells[0][3] == "减免3个月房屋租金"  # the window's day: 2026-01-05
    assert cells[2][0] == "政府职责" and cells[2][1] == "（不面向企业）"
    assert cells[6][2] == "有效（至2027-01-15）"
    # each judged cell's basis: the words of the text behind it
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("依据：")
    assert "申报截止时间为2026年6月30日" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(3, 7).data(Qt.ItemDataRole.ToolTipRole) == (
        "依据：按投资额的30%：对餐饮企业数字化改造按投资额的30%给予补贴，最高不超过50万元。\n"
        "最高不超过50万元：对餐饮企业数字化改造按投资额的30%给予补贴，最高不超过50万元。")
    # ten measures and more checked at once on a 1366×768 screen (the taskbar takes 40 pixels)
    review.resize(fitted(QSize(review.em * 100, review.em * 64), QRect(0, 0, 1366, 728)))
    qtbot.waitUntil(lambda: review.view.viewport().height() >= 10 * review.view.rowHeight(0))

    # a measure corrected from its row: the deadline, with a why (refused without one)
    review.view.selectRow(1)
    review.correct_button.click()
    dialog = prompter.dialogs[-1]
    assert isinstance(dialog, CorrectDialog) and dialog.measure["id"] == f"{doc_id}/2"
    dialog.deadline.setText("2026-10-31")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert prompter.messages[-1][0] == "warn" and "为什么更正" in prompter.messages[-1][2]
    dialog.why.setPlainText("区商务局通知：受理延至10月底")
    _save(qtbot, window, dialog, lambda: review.model.rowCount() and
          review.model.index(1, 6).data() == "有效（至2026-10-31）")
    assert "维护人员更正：区商务局通知：受理延至10月底" in review.model.index(1, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert review.selected_row() == 1  # the row checked stays selected

    # the document's title, with a why
    review.document_button.click()
    dialog = prompter.dialogs[-1]
    assert isinstance(dialog, DocumentCorrectDialog) and dialog.status.currentData() is None
    dialog.title.setText("某区支持餐饮零售小微企业稳定经营若干措施")
    dialog.published.setText("2026-1-2")
    dialog.why.setPlainText("以区政府网站公布的标题为准")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert prompter.messages[-1][0] == "warn" and "日期要写成 2026-06-30 这样：2026-1-2" in prompter.messages[-1][2]
    dialog.published.clear()
    _save(qtbot, window, dialog, lambda: review.fields["title"].text() == "某区支持餐饮零售小微企业稳定经营若干措施")
    assert [d.title for d in list_imports()] == ["某区支持餐饮零售小微企业稳定经营若干措施"]
    offered = [r["id"] for r in ordered(PROFILE, eligible(PROFILE, window.engine.measures, TODAY))
               if r["group"] in (ELIGIBLE, MAYBE, RIGHT) and r["id"].startswith(doc_id)]
    assert offered  # while in force, the plan's benefits are offered to a small restaurant

    # 标为已废止…: searchable still, a banner over each measure, never offered
    review.repeal_button.click()
    dialog = prompter.dialogs[-1]
    assert dialog.status.currentData() == "已废止"
    dialog.why.setPlainText("区政府2026年1月发文废止")
    _save(qtbot, window, dialog, lambda: window.engine.store.documents[doc_id].get("status") == "已废止")
    assert review.fields["status"].text() == "已废止：其措施仍可检索，资格自查不再推荐"
    assert not review.repeal_button.isEnabled()
    assert all(review.model.index(n, 6).data().startswith("已过期") for n in range(12))
    window.open_measure(f"{doc_id}/1")
    assert window.measure_view.browser.toPlainText().strip().startswith("本文件已废止：本条仅供了解，资格自查不再推荐。")
    offered = [r["id"] for r in ordered(PROFILE, eligible(PROFILE, window.engine.measures, TODAY))
               if r["group"] in (ELIGIBLE, MAYBE, RIGHT) and r["id"].startswith(doc_id)]
    assert offered == []
    review.close()


def test_a_document_correction_needs_a_why_and_a_change(qtbot, qapp):
    prompter = RecordingPrompter()
    dialog = DocumentCorrectDialog({"id": "import-x", "title": "某措施", "status": None}, prompter)
    qtbot.addWidget(dialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert prompter.messages[-1] == ("warn", "不能保存", "请写明为什么更正，它随数据包发给各工作站。"
                                     "没有要更正的内容：请改标题、发布日期、有效期或状态中的至少一项。")
    dialog.valid_until.setText("2026-02-30")
    dialog.why.setPlainText("x")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert prompter.messages[-1][2] == "日期要写成 2026-06-30 这样：2026-02-30。"
    dialog.valid_until.setText("2026-02-28")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.changes() == ({"valid_until": "2026-02-28"}, "x")


def test_a_superseded_documents_measure_carries_a_banner_naming_the_new_edition():
    from datetime import date

    from desktop.measureview import measure_html
    from tests.kit import fake_measure

    measure = fake_measure("对小微企业给予补贴。")
    measure["document"]["status"] = "已被《某区若干措施（2026年修订）》2026年修订版取代"
    html = measure_html(measure, [], date(2026, 12, 4))
    assert html.startswith('<table width="100%"')
    assert "本文件已被《某区若干措施（2026年修订）》2026年修订版取代：本条仅供了解，资格自查不再推荐。请查看新版本。" in html
    measure["document"]["status"] = "已印发"
    assert "本文件" not in measure_html(measure, [], date(2026, 12, 4))


def test_corrections_noted_in_the_import_review_are_saved_with_the_import(qtbot, tmp_path, monkeypatch):
    """Issue 23 item 6, the review half: a measure's deadline and the document's title corrected before 导入,
    each with a why; the import's build applies them."""
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(tmp_path / "home"))
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, tmp_path / "data", tmp_path / "home" / "ui", prompter)
    settle(qtbot, window, 60000)
    source = tmp_path / "措施.txt"
    source.write_text(PLAN, encoding="utf-8")
    prompter.choose = source
    with qtbot.waitSignal(window.import_flow.review_shown, timeout=30000):
        window.import_file_action.trigger()
    review = window.import_flow.review
    doc_id = review.document_id
    assert review.warnings.count() >= 3  # 第N条未写责任单位: two shown, the rest scroll
    em = review.fontMetrics().horizontalAdvance("国")
    review.resize(fitted(QSize(em * 100, em * 64), QRect(0, 0, 1366, 728)))
    qtbot.waitUntil(lambda: review.view.viewport().height() >= 10 * review.view.rowHeight(0))
    review.correct_button.click()  # nothing selected: said, nothing asked
    assert review.blocker.text() == "请先在表中选中要更正的那条措施。" and not prompter.dialogs
    review.view.selectRow(4)
    review.correct_button.click()
    dialog = prompter.dialogs[-1]
    assert isinstance(dialog, CorrectDialog) and dialog.measure["id"] == f"{doc_id}/5"
    dialog.deadline.setText("2026-03-31")
    dialog.why.setPlainText("区金融办通知：一季度末截止")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert review.model.index(4, 8).data() == "导入时更正：期限→2026-03-31（区金融办通知：一季度末截止）"
    review.document_button.click()
    dialog = prompter.dialogs[-1]
    dialog.title.setText("某区支持餐饮零售小微企业稳定经营若干措施")
    dialog.why.setPlainText("以区政府网站公布的标题为准")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert review.fields["title"].text().startswith("某区支持餐饮零售小微企业稳定经营若干措施（导入时更正")
    assert review.summary.text().endswith("已记下2项更正，点“导入”时一并保存。")
    qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine is not None and window.service.idle
                    and window.engine.store.documents.get(doc_id, {}).get("title") == "某区支持餐饮零售小微企业稳定经营若干措施",
                    timeout=90000)
    corrected = window.engine.measure(f"{doc_id}/5")
    assert corrected["deadlines"] == ["2026-03-31"]
    assert corrected["tag_basis"]["deadlines"]["2026-03-31"] == "维护人员更正：区金融办通知：一季度末截止"
    assert window.engine.measure(f"{doc_id}/6")["deadlines"] == ["2026-11-30"]  # the others as the text says


def test_a_bundled_document_is_reviewed_and_corrected_from_the_list_as_an_import_is(qtbot, imported):
    """The five 2022 plans ship with the program: 数据 → 已导入的文件 lists them below the imports (程序自带),
    for 复核与更正 only (never replaced or removed); a measure's deadline and the document's validity are
    corrected with a why, kept beside the imports, the program's own files untouched."""
    from index.catalog import LIBRARY_CORRECTIONS
    from index.paths import resources_dir

    data, home, doc_id = imported
    library_before = {p: p.read_bytes() for p in resources_dir().rglob("*") if p.is_file()}
    prompter = RecordingPrompter(answer=True)
    window = make_window(qtbot, data, home / "ui", prompter)
    settle(qtbot, window, 60000)
    imports = window.import_flow.show_imports()
    rows = [imports.model.document(n) for n in range(imports.model.rowCount())]
    assert rows[0].id == doc_id and not rows[0].bundled
    assert {d.id for d in rows[1:]} == {"beijing-2022-manufacturing", "beijing-2022-high-end", "changping-2022",
                                        "chaoyang-2022", "pinggu-2022"}
    assert all(d.bundled for d in rows[1:]) and imports.model.index(1, 0).data() == "程序自带"
    imports.select("chaoyang-2022")
    assert imports.review_button.isEnabled() and not imports.replace_button.isEnabled() and not imports.remove_button.isEnabled()
    with qtbot.waitSignal(window.import_flow.corrections.document_review_shown, timeout=30000):
        imports.review_button.click()
    review = window.import_flow.corrections.document_review
    assert review.document["id"] == "chaoyang-2022" and review.model.rowCount() == 45
    row = [m["id"] for m in review.model.rows()].index("chaoyang-2022/4")
    review.view.selectRow(row)
    review.correct_button.click()
    dialog = prompter.dialogs[-1]
    assert isinstance(dialog, CorrectDialog) and dialog.measure["id"] == "chaoyang-2022/4"
    dialog.deadline.setText("2022-06-30")
    dialog.why.setPlainText("区商务局：房租减免于2022年6月底截止")
    _save(qtbot, window, dialog, lambda: review.model.rowCount() == 45 and
          review.model.index(row, 6).data() == "已过期（至2022-06-30）")
    assert "维护人员更正：区商务局：房租减免于2022年6月底截止" in review.model.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    review.document_button.click()
    dialog = prompter.dialogs[-1]
    dialog.valid_until.setText("2022-12-31")
    dialog.why.setPlainText("区政府通知：本措施执行至2022年底")
    _save(qtbot, window, dialog, lambda: "有效期至：2022-12-31" in review.fields["dates"].text())
    assert window.engine.store.documents["chaoyang-2022"]["valid_until"] == "2022-12-31"
    assert 'valid_until = "2022-12-31"' in (home / "imports" / LIBRARY_CORRECTIONS).read_text(encoding="utf-8")
    assert {p: p.read_bytes() for p in resources_dir().rglob("*") if p.is_file()} == library_before
    # and the list, read again once the rebuilt data is open, still offers it
    qtbot.waitUntil(lambda: imports.model.rowCount() == 6 and imports.selected().id == "chaoyang-2022")
    review.close()
