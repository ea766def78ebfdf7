"""查看原文 at the measure's place: every sentence marked, a measure whose text the source lost shown at
the units it left, a find box; a 原文缺失 row in the results with its badge (issue 16, item 8)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.resultsmodel import FlagsRole, ResultsModel, SnippetRole
from desktop.sourceview import SourceDialog, find_all, locate, locate_units
from desktop.tasks import TaskRunner
from index.search import SearchEngine
from tests.windowkit import activate


def loaded(qtbot, window, measure_id: str) -> SourceDialog:
    dialog = window.open_source(measure_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.source_loaded, timeout=10000):
        pass
    return dialog


def marked(dialog: SourceDialog) -> list[str]:
    return [s.cursor.selectedText() for s in dialog.text.extraSelections()]


def test_a_measure_whose_text_the_source_lost_opens_at_the_units_it_left(qtbot, window):
    dialog = loaded(qtbot, window, "pinggu-2022/29")
    assert dialog.info.text() == ("收集到的原文缺少本条（第29条）的正文，只留下了责任单位（黄色标出），正文原应在它前面，"
                                  "请查阅原件。文件：pinggu-2022-stabilize-economy.txt")
    assert marked(dialog) == ["区科技和信息化局、区商务局、马坊物流基地管委会、中关村平谷园管委会"]
    start, end = dialog.span
    text = dialog.text.toPlainText()
    assert text[end:end + 3] == "）30"  # the place the lost 29 stood: right before 30
    assert dialog.text.textCursor().position() == start
    view = dialog.text  # and in sight (the source is a few very long paragraphs: centring needs their layout)
    qtbot.waitUntil(lambda: 0 <= view.cursorRect().top() < view.viewport().height())


def test_a_reassembled_measure_has_each_of_its_scattered_sentences_marked(qtbot, window):
    dialog = loaded(qtbot, window, "pinggu-2022/4")
    assert dialog.info.text() == ("本条由乱序原文整理，各句分散在原文各处。黄色标出的是本条（第4条）的全部4句，窗口停在第一句。"
                                  "文件：pinggu-2022-stabilize-economy.txt")
    sentences = marked(dialog)
    assert [s[:14] for s in sentences] == ["2022年对承租区内各类国有", "符合条件的连锁超市、便利店、", "对承租非国有房屋的科技型孵化",
                                           "由区国资委组建全区房租减免工"]
    assert [b - a for a, b in dialog.spans] == [len(s) for s in sentences]
    assert dialog.spans[0][0] < 1000 < 2500 < dialog.spans[1][0]  # far apart in the scrambled source
    dialog.find_next()  # nothing typed in the find box: to the measure's next sentence
    assert dialog.find_count.text() == "本条第2句，共4句" and dialog.text.textCursor().position() == dialog.spans[1][0]
    dialog.find_previous()
    dialog.find_previous()
    assert dialog.find_count.text() == "本条第4句，共4句" and dialog.text.textCursor().position() == dialog.spans[3][0]


def test_a_measure_in_one_run_has_all_its_sentences_marked_not_only_the_first(qtbot, window):
    dialog = loaded(qtbot, window, "chaoyang-2022/4")
    assert dialog.info.text() == ("黄色标出的是本条（第4条）的全部7句，窗口停在第一句。"
                                  "文件：chaoyang-2022-stabilize-economy-draft.txt")
    assert len(marked(dialog)) == 7 and marked(dialog)[2] == "本区集体企业可结合实际情况参照执行。"


def test_the_find_box_counts_and_steps_with_enter_f3_and_shift_f3(qtbot, window):
    dialog = loaded(qtbot, window, "pinggu-2022/29")
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_box.hasFocus()
    total = len(find_all(dialog.text.toPlainText(), "担保"))
    assert total == 26 == dialog.text.toPlainText().count("担保")
    dialog.find_box.setText("担保")  # Chinese through setText (keyClicks cannot type it)
    assert dialog.hit == 24 and dialog.hits[23][0] < dialog.span[0] < dialog.hits[24][0]  # the first after the measure
    assert dialog.find_count.text() == "第25处，共26处"
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.find_count.text() == "第26处，共26处" and dialog.isVisible()  # Enter is "next", not "close"
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_F3)
    assert dialog.find_count.text() == "第1处，共26处"  # round to the top
    qtbot.keyClick(dialog.find_box, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert dialog.find_count.text() == "第26处，共26处"
    start, end = dialog.hits[dialog.hit]
    assert dialog.text.toPlainText()[start:end] == "担保" and dialog.text.textCursor().position() == start
    assert marked(dialog)[-1] == "担保" and len(marked(dialog)) == 2  # the measure's units stay marked under it
    dialog.find_box.setText("没有这句话")
    assert dialog.find_count.text() == "没有找到"


def test_the_find_box_wraps_and_finds_across_wrapped_lines(qtbot, tmp_path):
    path = tmp_path / "原文.txt"
    path.write_text("一、房租\n减免。\n二、房租减免。\n三、其他。", encoding="utf-8")
    measure = {"document": {"id": "x", "title": "x", "source_file": str(path)}, "number": 3, "text": "其他。"}
    runner = TaskRunner()  # kept: its results come back through it
    dialog = SourceDialog(measure, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.source_loaded, timeout=5000):
        pass
    dialog.find_box.setText("房租减免")
    assert dialog.find_count.text() == "第1处，共2处"  # none after the measure (三): from the top
    dialog.find_next()
    dialog.find_next()
    assert dialog.find_count.text() == "第1处，共2处"
    start, end = dialog.hits[0]
    assert dialog.text.toPlainText()[start:end] == "房租\n减免"


def test_locating_a_sentence_with_a_changed_character_marks_it_to_its_end():
    source = "前文。对符合条件的中小微企业，减免3个月房租并给予补贴支持。后文。"
    start, end = locate(source, "对符合条件的中小微企业，減免3个月房租并给予补贴支持。")  # a traditional 減
    assert source[start:end] == "对符合条件的中小微企业，减免3个月房租并给予补贴支持。"


def test_units_left_by_a_lost_measure_are_found_before_the_next_number():
    source = "44.甲。（责任单位：区商务局）45.乙。（责任单位：区发展改革委、区商务局）（二）丙（责任单位：区商务局）47.丁。"
    start, end = locate_units(source, "区商务局", 46)
    assert source[start - 6:end + 3] == "（责任单位：区商务局）47"


def test_a_measure_the_source_lost_has_its_badge_and_says_so_in_the_results(qtbot, data_dir, qtmodeltester):
    engine = SearchEngine(data_dir)
    model = ResultsModel(date(2026, 1, 5))
    model.set_result({"hits": [{**engine.measure("pinggu-2022/29"), "snippet": ""},
                               {**engine.measure("pinggu-2022/4"), "snippet": "x"}], "total": 2})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), FlagsRole) == ["原文缺失"]
    assert model.data(model.index(0, 0), SnippetRole) == ("收集到的原文缺少本条正文，请查阅原件。留下的责任单位："
                                                          "区科技和信息化局、区商务局、马坊物流基地管委会、中关村平谷园管委会")
    assert model.data(model.index(1, 0), FlagsRole) == ["文本重组"]
    engine.close()


def test_a_large_source_filled_in_chunks_has_the_sentences_further_down_marked_too(qtbot, tmp_path):
    path = tmp_path / "大文件.txt"
    filler = "本市持续优化营商环境，各部门按职责分工抓好落实。\n" * 8000  # 200 K characters: several chunks
    path.write_text("三、对符合条件的企业减免房租。\n" + filler + "给予一次性补贴。\n" + filler, encoding="utf-8")
    measure = {"document": {"id": "big", "title": "大文件", "source_file": str(path)}, "number": 3,
               "text": "对符合条件的企业减免房租。给予一次性补贴。"}
    runner = TaskRunner()
    dialog = SourceDialog(measure, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.source_loaded, timeout=10000):
        pass
    assert marked(dialog) == ["对符合条件的企业减免房租。", "给予一次性补贴。"]
    assert dialog.info.text() == "黄色标出的是本条（第3条）的全部2句，窗口停在第一句。文件：大文件.txt"
    assert dialog.text.textCursor().position() == 2
