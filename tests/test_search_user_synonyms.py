"""The maintainer's own synonym rows (数据 → 同义词…): appended to synonyms.txt in the app-data folder,
merged with the bundled table from the next search on, without a rebuild."""
from __future__ import annotations

import pytest

from index.errors import PolicyDataError
from index.search import SearchEngine
from index.synonyms import append_user_row, user_row, user_synonyms_path


def test_a_row_added_to_the_users_file_works_from_the_next_search_on(data_dir, home):
    engine = SearchEngine(data_dir)
    try:
        assert engine.search("wxyz")["total"] == 0
        append_user_row(user_row("wxyz", "住房公积金", both_ways=False))
        found = {h["id"] for h in engine.search("wxyz", limit=100)["hits"]}
        assert found and found == {h["id"] for h in engine.search("住房公积金", limit=100)["hits"]}
        assert "住房公积金" in engine.understanding.synonyms.variants("wxyz")
        assert engine.understanding.synonyms.variants("社保")[0] == "社会保险"  # the bundled rows stay
    finally:
        engine.close()
    assert user_synonyms_path() == home / "synonyms.txt"
    assert (home / "synonyms.txt").read_text(encoding="utf-8").splitlines()[-1] == "wxyz => 住房公积金"


def test_a_damaged_users_file_leaves_the_bundled_table_in_use(data_dir, home):
    home.mkdir(parents=True, exist_ok=True)
    (home / "synonyms.txt").write_text("没有等号的一行\n", encoding="utf-8")
    engine = SearchEngine(data_dir)
    try:
        assert engine.search("社保缓缴")["total"] > 0
        assert engine.understanding.synonyms.variants("社保")[0] == "社会保险"
    finally:
        engine.close()


@pytest.mark.parametrize(("everyday", "official", "message"), [
    ("", "租金", "请填写常用说法（可写几个词，用空格隔开）。"),
    ("房钱", "  ", "请填写文件用语（可写几个词，用空格隔开）。"),
    ("房=钱", "租金", "常用说法里的“房=钱”含有不能用的符号；每个词只写汉字、字母或数字，词之间用空格隔开。"),
])
def test_a_row_the_table_cannot_hold_is_refused_in_words(everyday, official, message):
    with pytest.raises(PolicyDataError) as caught:
        user_row(everyday, official, both_ways=True)
    assert str(caught.value) == message


def test_rows_are_written_as_the_table_reads_them():
    assert user_row("拖欠货款，欠款", "逾期 款项支付", both_ways=False) == "拖欠货款 欠款 => 逾期 款项支付"
    assert user_row("房钱", "租金", both_ways=True) == "房钱 = 租金"


def test_the_data_menu_adds_a_synonym_the_search_then_uses(qtbot, data_dir, home, tmp_path):
    from tests.windowkit import make_window, search, settle

    window = make_window(qtbot, data_dir, tmp_path)
    settle(qtbot, window)
    assert window.synonyms_action in window.data_menu.actions()
    search(qtbot, window, "wxyz")
    assert window.last_result["total"] == 0
    window.synonyms_action.trigger()
    dialog = window.prompter_ref.dialogs[-1]
    dialog.everyday.setText("wxyz")
    dialog.official.setText("住房公积金")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (home / "synonyms.txt").read_text(encoding="utf-8").splitlines()[-1] == "wxyz => 住房公积金"
    window.search_box.clear()
    search(qtbot, window, "社保")
    window.search_box.clear()
    search(qtbot, window, "wxyz")
    assert window.last_result["total"] > 0


def test_the_dialog_says_what_is_missing_and_stays_open(qtbot, home):
    from desktop.dialogs import RecordingPrompter
    from desktop.synonymsdialog import SynonymsDialog

    prompter = RecordingPrompter()
    dialog = SynonymsDialog(prompter)
    qtbot.addWidget(dialog)
    dialog.official.setText("租金")
    dialog.accept()
    assert prompter.messages == [("warn", "同义词", "请填写常用说法（可写几个词，用空格隔开）。")]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not (home / "synonyms.txt").exists()
