"""Documents imported in the window: 导入文件 → review (what was parsed, the district chosen where the text
names none, the measures to look at twice) → 导入 → searchable, in the facets, the eligibility check and
the handout like a bundled document → 数据 → 已导入的文件 → 移除 → gone; 取消 stores nothing; a newer
version replaces the old one in one change; a dropped scanned PDF is refused with the reason."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.dialogs import RecordingPrompter
from desktop.importdialog import SuspicionsRole, for_window
from index.catalog import imports_dir
from index.facts.eligibility import ELIGIBLE, INELIGIBLE, eligible
from index import corrections_local
from index.importer import list_imports
from index.importreview import suspicions
from tests.docfixtures import make_docx, make_scanned_pdf
from tests.windowkit import make_window, search, settle

SNOW = """关于支持冰雪旅游企业渡过难关的若干措施

为帮助冰雪旅游企业渡过难关，制定以下措施。

一、减轻经营负担
1.对承租区属国有房屋的冰雪旅游企业，免除3个月房租。（责任单位：区国资委）
2.向冰雪旅游企业发放冰雪消费券500万元，带动冬季消费。（责任单位：区商务局）
二、强化金融支持
3.对冰雪旅游企业新增贷款给予贴息，贴息比例不超过贷款市场报价利率的50%。
配合单位：区财政局
4.冰雪旅游企业可申请稳岗补贴，每人1000元。（责任单位：区人力社保局）

本措施自印发之日起施行，有效期至2026年12月31日。
"""
SNOW_V2 = SNOW.replace("4.冰雪旅游企业可申请稳岗补贴，每人1000元。（责任单位：区人力社保局）",
                       "4.冰雪旅游企业可申请稳岗补贴，每人1500元。（责任单位：区人力社保局）\n"
                       "5.支持冰雪旅游企业参加冰雪装备展会，给予展位费补贴。（责任单位：区商务局）")


@pytest.fixture
def workstation(tmp_path, monkeypatch):
    """A fresh machine: its own home (imports go there) and a data folder the window builds at start."""
    home = tmp_path / "home"
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(home))
    return tmp_path / "data", home


def started(qtbot, workstation, prompter=None):
    data, home = workstation
    window = make_window(qtbot, data, home / "ui", prompter or RecordingPrompter(answer=True))
    settle(qtbot, window, 60000)
    return window


def open_review(qtbot, window, path):
    window.prompter_ref.choose = path
    with qtbot.waitSignal(window.import_flow.review_shown, timeout=30000):
        window.import_file_action.trigger()
    return window.import_flow.review


def store(qtbot, window, review, district: str | None, measure_id: str):
    if district is not None:
        review.district.setCurrentIndex(review.district.findData(district))
    qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.measure(measure_id) is not None, timeout=60000)
    settle(qtbot, window)


def test_import_review_import_search_eligibility_handout_and_remove(qtbot, qtmodeltester, workstation, tmp_path):
    window = started(qtbot, workstation)
    bundled = len(window.engine.measures)
    source = tmp_path / "冰雪措施.txt"
    source.write_text(SNOW, encoding="utf-8")

    review = open_review(qtbot, window, source)
    assert review.windowTitle() == "导入文件"
    assert {k: w.text() for k, w in review.fields.items() if k != "file"} == {
        "title": "关于支持冰雪旅游企业渡过难关的若干措施", "issuer": "（未注明）", "doc_number": "（未注明）",
        "dates": "发布：（未注明）　成文：（未注明）", "validity": "至2026-12-31", "status": "正式文件",
    }
    assert review.fields["file"].text() == "冰雪措施.txt（文本文件，UTF-8）"
    assert [review.warnings.item(i).text() for i in range(review.warnings.count())] == [
        "第3条未写责任单位。", "无法从文本判断适用地区，请在上面的“适用地区”中选择。"]
    assert review.summary.text() == "识别出4条措施，其中1条需要核对（标黄，原因见最后一列）。"
    model = review.model
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(4)] == ["1", "2", "3", "4"]
    assert model.index(0, 1).data() == "一、减轻经营负担"
    assert model.index(1, 3).data() == "区商务局"
    assert model.index(2, 3).data() == "（未注明）"
    assert model.index(2, 8).data() == "正文里还有责任单位行"  # the last column (the meaning columns before it)
    assert model.index(2, 2).data(SuspicionsRole) == ["正文里还有责任单位行"]
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert review.district.isEnabled() and review.district.currentText() == "请选择…"
    assert review.district.count() == 1 + 18  # 北京市, 16 districts, 经开区
    assert not review.import_button.isEnabled()
    assert review.blocker.text() == "文件中没有写明适用地区：请先在“适用地区”中选择。"
    assert not (imports_dir() / "imports.toml").exists()  # nothing stored before 导入

    review.district.setCurrentIndex(review.district.findData("延庆区"))
    assert review.import_button.isEnabled() and review.blocker.isHidden()
    doc_id = review.document_id
    store(qtbot, window, review, None, f"{doc_id}/2")
    assert len(window.engine.measures) == bundled + 4
    assert window.statusBar().currentMessage() == "已导入：关于支持冰雪旅游企业渡过难关的若干措施（4条措施）"
    assert [(d.id, d.title, d.district, d.measures, d.original_name, d.present) for d in list_imports()] == [
        (doc_id, "关于支持冰雪旅游企业渡过难关的若干措施", "延庆区", 4, "冰雪措施.txt", True)]

    # like a bundled document: search, facets, eligibility, handout
    search(qtbot, window, "“冰雪消费券”")
    assert [h["id"] for h in window.last_result["hits"]] == [f"{doc_id}/2"]
    assert window.last_result["facets"]["district"] == {"延庆区": 1}
    assert window.last_result["facets"]["document"] == {doc_id: 1}
    measure = window.engine.measure(f"{doc_id}/2")
    assert measure["district"] == "延庆区" and measure["responsible_units"] == ["区商务局"]
    today = date(2026, 1, 5)
    # (a grant to 冰雪旅游企业 is for the tourism trade: a visitor of that trade, else its trade is asked)
    visitor = {"district": "延庆区", "entity_type": "企业", "industries": ["文化旅游体育"]}
    mine = eligible(visitor, [measure], today)[0]
    assert (mine["status"], mine["reasons"][0]) == (ELIGIBLE, "您所在区：延庆区，本条适用延庆区")
    other = eligible(dict(visitor, district="朝阳区"), [measure], today)[0]
    assert (other["status"], other["reasons"][0]) == (INELIGIBLE, "您所在区：朝阳区，本条只适用延庆区")
    window.open_row(0)
    window.handout.add(measure)
    page = window.handout_html()
    assert "向冰雪旅游企业发放冰雪消费券500万元，带动冬季消费。" in page and "区商务局" in page

    # 数据 → 已导入的文件 → 移除
    window.imports_action.trigger()
    listing = window.import_flow.imports
    qtmodeltester.check(listing.model)
    row = [listing.model.index(0, c).data() for c in range(6)]
    assert row[1:] == ["关于支持冰雪旅游企业渡过难关的若干措施", "延庆区", "4", "冰雪措施.txt", "在"]
    assert len(row[0]) == 16 and row[0][:2] == "20"
    assert listing.selected().id == doc_id
    qtbot.mouseClick(listing.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.measure(f"{doc_id}/2") is None, timeout=60000)
    settle(qtbot, window)
    assert ("confirm", "移除导入的文件", "移除“关于支持冰雪旅游企业渡过难关的若干措施”（4条措施）？它的措施将不再能查到；"
            "收藏和浏览记录不受影响，之后可以重新导入。") in window.prompter_ref.messages
    assert len(window.engine.measures) == bundled
    # no import left: the hint says so; the bundled documents stay listed, for 复核与更正 only
    qtbot.waitUntil(lambda: listing.model.rowCount() == 5)
    assert all(listing.model.document(n).bundled for n in range(5)) and listing.empty.isVisibleTo(listing)
    assert list_imports() == []
    window.search_box.clear()
    search(qtbot, window, "“冰雪”")
    assert window.last_result["total"] == 0


def test_cancel_stores_nothing(qtbot, workstation, tmp_path):
    window = started(qtbot, workstation, RecordingPrompter(answer=False))
    bundled = len(window.engine.measures)
    source = tmp_path / "snow.txt"
    source.write_text(SNOW.replace("若干措施\n", "若干措施\n\n延庆区人民政府\n", 1), encoding="utf-8")
    review = open_review(qtbot, window, source)
    qtbot.mouseClick(review.cancel_button, Qt.MouseButton.LeftButton)
    assert not review.isVisible()
    assert not (imports_dir() / "imports.toml").exists() and list_imports() == []
    assert len(window.engine.measures) == bundled and window.service.idle


def test_same_file_twice_is_not_imported_again_and_a_named_district_is_not_asked(qtbot, workstation, tmp_path):
    window = started(qtbot, workstation)
    source = tmp_path / "snow.txt"
    source.write_text(SNOW.replace("冰雪旅游企业渡过难关的若干措施", "延庆区冰雪旅游企业渡过难关的若干措施", 1), encoding="utf-8")
    review = open_review(qtbot, window, source)
    assert not review.district.isEnabled() and review.district.currentText() == "延庆区"
    assert review.chosen_district() is None
    doc_id = review.document_id
    store(qtbot, window, review, None, f"{doc_id}/1")
    again = open_review(qtbot, window, source)
    assert not again.import_button.isEnabled()
    assert again.blocker.text().startswith("这份文件已经导入过：“关于支持延庆区冰雪旅游企业渡过难关的若干措施”（20")
    again.reject()

    window.prompter_ref.answer = False  # 移除 asked, and declined: nothing changes
    listing = window.import_flow.show_imports()
    qtbot.mouseClick(listing.remove_button, Qt.MouseButton.LeftButton)
    assert window.prompter_ref.messages[-1][:2] == ("confirm", "移除导入的文件")
    assert window.service.idle and window.engine.measure(f"{doc_id}/1") is not None
    assert [d.id for d in list_imports()] == [doc_id]


def test_replace_with_a_newer_version_in_one_change(qtbot, workstation, tmp_path):
    window = started(qtbot, workstation)
    bundled = len(window.engine.measures)
    old, new = tmp_path / "snow-v1.txt", tmp_path / "snow-v2.txt"
    old.write_text(SNOW, encoding="utf-8")
    new.write_text(SNOW_V2, encoding="utf-8")
    review = open_review(qtbot, window, old)
    old_id = review.document_id
    store(qtbot, window, review, "延庆区", f"{old_id}/1")

    listing = window.import_flow.show_imports()
    window.prompter_ref.choose = new
    with qtbot.waitSignal(window.import_flow.review_shown, timeout=30000):
        qtbot.mouseClick(listing.replace_button, Qt.MouseButton.LeftButton)
    review = window.import_flow.review
    assert review.windowTitle() == "替换为新版本" and review.import_button.text() == "替换"
    assert review.fields["replacing"].text().startswith("关于支持冰雪旅游企业渡过难关的若干措施（20")
    assert review.fields["replacing"].text().endswith("，4条措施）")
    assert review.district.currentData() == "延庆区"  # the old version's district, as the text names none
    assert review.import_button.isEnabled()
    new_id = review.document_id
    qtbot.mouseClick(review.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.measure(f"{new_id}/5") is not None
                    and window.engine.measure(f"{old_id}/1") is None, timeout=60000)
    settle(qtbot, window)
    assert len(window.engine.measures) == bundled + 5
    assert [(d.id, d.district, d.measures, d.original_name) for d in list_imports()] == [(new_id, "延庆区", 5, "snow-v2.txt")]
    assert [listing.model.index(0, c).data() for c in (2, 3, 4)] == ["延庆区", "5", "snow-v2.txt"]
    assert window.statusBar().currentMessage() == (
        "已替换：关于支持冰雪旅游企业渡过难关的若干措施 → 关于支持冰雪旅游企业渡过难关的若干措施（5条措施）")

    # the very same file as the one it would replace: nothing to do
    window.prompter_ref.choose = new
    with qtbot.waitSignal(window.import_flow.review_shown, timeout=30000):
        qtbot.mouseClick(listing.replace_button, Qt.MouseButton.LeftButton)
    assert not window.import_flow.review.import_button.isEnabled()
    assert window.import_flow.review.blocker.text() == "这就是要替换的那份文件（内容完全相同），不需要替换。"


def drop(window, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))


def test_a_dropped_word_file_is_reviewed_and_a_dropped_scan_refused(qtbot, workstation, tmp_path):
    window = started(qtbot, workstation)
    word = tmp_path / "朝阳.docx"
    word.write_bytes(make_docx())
    with qtbot.waitSignal(window.import_flow.review_shown, timeout=30000):
        drop(window, word)
    review = window.import_flow.review
    assert review.fields["file"].text() == "朝阳.docx（Word 文档）"
    assert review.model.rowCount() == 45 and review.model.flagged_rows() == []
    assert review.district.currentText() == "朝阳区" and review.import_button.isEnabled()
    review.reject()

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_scanned_pdf())
    with qtbot.waitSignal(window.import_flow.read_failed, timeout=30000):
        drop(window, scan)
    assert window.prompter_ref.messages[-1] == (
        "warn", "文件未导入", f"{scan}：扫描件，没有文字层，请先做文字识别（OCR）后再导入")
    assert list_imports() == []


def test_window_messages_never_name_command_line_options():
    assert for_window("无法从文本判断适用地区，请用 --district 指定（如 --district 朝阳区）。") == \
        "无法从文本判断适用地区，请在上面的“适用地区”中选择。"
    assert for_window("/x/a.txt：没有识别出任何措施，未导入。请先用 --dry-run 查看原因。") == \
        "/x/a.txt：没有识别出任何措施，未导入。请在导入前的预览中查看原因。"
    assert for_window("/x/a.txt：无法判断适用地区，未导入。请加 --district（如 --district 朝阳区）。") == \
        "/x/a.txt：无法判断适用地区，未导入。请在导入前的预览中选择适用地区后再导入。"
    assert for_window("读不出来（试试 --encoding gbk）。请另存为 UTF-8。") == "读不出来。请另存为 UTF-8。"
    assert for_window("请用 --title 给出标题。其余照旧。") == "其余照旧。"


def test_suspicions_name_units_lines_page_numbers_and_headings():
    assert suspicions({"text": "对小微企业减免房租。"}) == []
    assert suspicions({"text": "对小微企业减免房租。牵头单位：区国资委；配合单位：区财政局"}) == ["正文里还有责任单位行"]
    assert suspicions({"text": "对小微企业减免房租，— 3 — 期限为3个月。"}) == ["正文里有页码"]
    assert suspicions({"text": "对小微企业减免房租。第3页 共12页"}) == ["正文里有页码"]
    assert suspicions({"text": "对小微企业减免房租。二、强化金融支持"}) == ["正文里混入了标题"]
    assert suspicions({"text": "（三）稳岗补贴 每人1000元，2022-06-30前申请。"}) == ["正文里混入了标题"]
    assert suspicions({"text": "2022-3-31前申请，补贴1-2个月。"}) == []


def test_hostile_files_through_import_file_get_the_command_line_messages(qtbot, workstation, tmp_path):
    """数据 → 导入文件… meets the files of issue 20 with the very messages of `import`: a saved page (the
    browser's comment on top) is reviewed; a Flate bomb, an AES-encrypted PDF and a .docx whose document
    claims more than the bound are refused with what they are, not as scans."""
    import hostile
    from index.errors import PolicyDataError
    from index.source.readers import read_source
    from index.source.readers.limits import MAX_DOCUMENT_PART_BYTES, MAX_PDF_STREAM_BYTES
    from tests.docfixtures import make_html

    window = started(qtbot, workstation)
    page = tmp_path / "saved.htm"
    page.write_bytes(hostile.saved_page(make_html(charset="utf-8").decode("utf-8")).encode("utf-8"))
    review = open_review(qtbot, window, page)
    assert review.model.rowCount() == 45
    review.reject()

    refused = {
        "bomb.pdf": (hostile.flate_bomb_pdf(MAX_PDF_STREAM_BYTES + 2**20), "PDF 中的压缩数据异常"),
        "aes.pdf": (hostile.aes_pdf(["1. Rent relief for small firms, three months."]), "PDF 已加密"),
        "bomb.docx": (hostile.docx_with_bomb("word/document.xml", MAX_DOCUMENT_PART_BYTES + 1, chunk=b" "),
                      ".docx 中的 word/document.xml 解压后超过64 MB（上限）"),
    }
    for name, (data, says) in refused.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(PolicyDataError) as caught:
            read_source(data, str(path))
        window.prompter_ref.choose = path
        with qtbot.waitSignal(window.import_flow.read_failed, timeout=30000):
            window.import_file_action.trigger()
        assert window.prompter_ref.messages[-1] == ("warn", "文件未导入", str(caught.value))
        assert says in str(caught.value) and "扫描件" not in str(caught.value)
    assert list_imports() == []


PLAN_2026 = """北京市某区关于支持小微企业和个体工商户稳定经营的若干措施

为支持小微企业和个体工商户稳定经营，制定以下措施。

一、对承租区属国有企业房屋的小微企业和个体工商户，减免3个月房屋租金。申报截止时间为2026年6月30日。
（责任单位：区国资委）
二、区商务局负责统筹推进全区消费促进工作，建立工作台账。
（责任单位：区商务局）
三、对符合条件的餐饮门店给予最高10万元补贴，具体办法另行制定。
（责任单位：区商务局）
"""


def test_the_review_says_what_each_measure_will_mean_with_its_basis_ten_rows_a_screen(qtbot, workstation, tmp_path):
    """Issue 23 item 6: kind, beneficiaries, the deadline and status as of the window's day, amounts, each
    with the words behind it; two lines a row so that ten measures are checked on one 1366×768 screen."""
    window = started(qtbot, workstation)
    source = tmp_path / "2026措施.txt"
    source.write_text(PLAN_2026, encoding="utf-8")
    review = open_review(qtbot, window, source)
    model = review.model
    assert model.HEADERS[4:8] == ("性质", "受益方", "期限（今天）", "金额")
    row = {n: [model.index(n, c).data() for c in range(4, 8)] for n in range(3)}
    assert row[0][0] == "可申请的支持" and "个体工商户" in row[0][1] and "国有企业" not in row[0][1]
    assert row[0][2] == "有效（至2026-06-30）" and row[0][3] == "减免3个月房屋租金"  # the window's day is 2026-01-05
    assert "申报截止时间为2026年6月30日" in model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("依据：")
    assert row[1][0] == "政府职责" and row[1][1] == "（不面向企业）"
    assert row[2][3] == "最高10万元"
    line = review.fontMetrics().lineSpacing()
    assert review.view.verticalHeader().defaultSectionSize() == line * 2 + 4  # two lines a row, whatever the text
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == model.index(0, 2).data()  # the whole text on hover
    review.reject()


PLAN_RIGHT = """北京市某区关于保障小微企业合法权益的若干措施

为保障小微企业合法权益，制定以下措施。

一、本区国家机关、事业单位和大型企业应当及时将货物、服务账款支付给中小企业，不得无故拖延。
（责任单位：区经济和信息化局）
二、区商务局负责统筹推进全区营商环境工作。
（责任单位：区商务局）
"""


def test_the_review_names_whom_a_right_protects(qtbot, workstation, tmp_path):
    """A right names no receiver of its own: its 受益方 cell shows the parties it protects (here 中小企业, by size),
    not （未限定）, which would let the maintainer think every business may invoke it."""
    window = started(qtbot, workstation)
    source = tmp_path / "权益措施.txt"
    source.write_text(PLAN_RIGHT, encoding="utf-8")
    review = open_review(qtbot, window, source)
    model = review.model
    assert model.index(0, 4).data() == "可主张的权利"
    assert model.index(0, 5).data() == "中型、小型、微型、企业"
    assert model.index(1, 5).data() == "（不面向企业）"
    review.reject()


def test_the_maintainer_corrects_an_imported_measure_from_the_window(qtbot, workstation, tmp_path):
    """数据 → 更正当前措施…: kind, beneficiaries and deadline with a why; the data is rebuilt and says so
    (issue 23 item 6). A bundled measure is corrected the same way (its dialog opens); nothing is saved without a why."""
    window = started(qtbot, workstation)
    window.open_measure("chaoyang-2022/4")
    window.correct_action.trigger()
    bundled = window.prompter_ref.dialogs[-1]
    assert bundled.measure["id"] == "chaoyang-2022/4"
    bundled.reject()
    source = tmp_path / "2026措施.txt"
    source.write_text(PLAN_2026, encoding="utf-8")
    review = open_review(qtbot, window, source)
    doc_id = review.document_id
    store(qtbot, window, review, "朝阳区", f"{doc_id}/1")
    window.open_measure(f"{doc_id}/1")
    window.correct_action.trigger()
    dialog = window.prompter_ref.dialogs[-1]
    dialog.who_box.setChecked(True)
    dialog.entity_boxes["个体工商户"].setChecked(False)
    dialog.deadline.setText("2026-03-31")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # no why: refused, the dialog stays
    assert window.prompter_ref.messages[-1][0] == "warn" and "为什么更正" in window.prompter_ref.messages[-1][2]
    assert not corrections_local.path().exists()
    dialog.why.setPlainText("区国资委确认：只面向企业，3月底截止")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.measure(f"{doc_id}/1")["deadlines"] == ["2026-03-31"],
                    timeout=60000)
    corrected = window.engine.measure(f"{doc_id}/1")
    assert "个体工商户" not in corrected["entity_types"] and "企业" in corrected["entity_types"]
    assert corrected["tag_basis"]["deadlines"]["2026-03-31"] == "维护人员更正：区国资委确认：只面向企业，3月底截止"


def test_the_review_proposes_an_earlier_edition_and_the_maintainer_confirms(qtbot, workstation, tmp_path):
    window = started(qtbot, workstation)
    first = tmp_path / "2026措施.txt"
    first.write_text(PLAN_2026, encoding="utf-8")
    review = open_review(qtbot, window, first)
    old_id = review.document_id
    assert review.edition_boxes == {}
    store(qtbot, window, review, "朝阳区", f"{old_id}/1")
    revised = tmp_path / "2026措施-修订.txt"
    revised.write_text(PLAN_2026.replace("若干措施\n", "若干措施（2026年修订）\n", 1).replace("3个月", "6个月"), encoding="utf-8")
    review = open_review(qtbot, window, revised)
    box = review.edition_boxes[old_id]
    assert not box.isChecked() and "像是这份文件的旧版本" in box.text()  # proposed, never decided alone
    box.setChecked(True)
    store(qtbot, window, review, "朝阳区", f"{review.document_id}/1")
    qtbot.waitUntil(lambda: "修订版取代" in (window.engine.store.documents[old_id].get("status") or ""), timeout=60000)
    assert window.engine.measure(f"{old_id}/1") is not None  # the older edition stays searchable


def test_an_imported_revision_of_a_bundled_plan_is_proposed_to_supersede_it(qtbot, workstation, tmp_path):
    """The bundled plans have lives too: a revision imported from a file proposes to supersede the bundled
    text (titles match); confirmed, the bundled one is marked, stays searchable and is never offered."""
    window = started(qtbot, workstation)
    title = window.engine.store.documents["pinggu-2022"]["title"]
    revision = tmp_path / "平谷修订.txt"
    revision.write_text(f"{title}（2023年修订）\n\n为稳定经济增长，制定以下措施。\n"
                        "一、对个体工商户开展线上经营给予每户3000元补贴。（责任单位：区商务局）\n"
                        "北京市平谷区人民政府\n2023年3月1日\n", encoding="utf-8")
    review = open_review(qtbot, window, revision)
    box = review.edition_boxes["pinggu-2022"]
    assert not box.isChecked() and f"《{title}》像是这份文件的旧版本" in box.text()
    box.setChecked(True)
    store(qtbot, window, review, "平谷区", f"{review.document_id}/1")
    qtbot.waitUntil(lambda: "修订版取代" in (window.engine.store.documents["pinggu-2022"].get("status") or ""), timeout=60000)
    assert window.engine.measure("pinggu-2022/1") is not None
