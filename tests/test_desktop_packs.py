"""Data packs in the window: 导入数据包 → review (signer, version, what changes) → 更新 → 关于数据 shows the
new version; 恢复上一版本 goes back; favourites survive both; a tampered pack is refused with the data kept."""
from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from desktop.dialogs import RecordingPrompter
from tests.windowkit import make_window, settle


def open_review(qtbot, window, path):
    window.prompter_ref.choose = path
    with qtbot.waitSignal(window.pack_flow.review_shown, timeout=30000):
        window.import_pack_action.trigger()
    return window.pack_flow.review


def test_import_review_update_about_and_rollback(qtbot, workstation):
    data, home, second = workstation
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    assert window.data_label.text() == "数据：数据包20261201.000001，最新文件2022-06-13（5份文件，189条措施）"
    window.userdata.set_favourite("chaoyang-2022/4", True)

    review = open_review(qtbot, window, second)
    head = review.header.text()
    assert re.fullmatch(r"数据包版本：20261202\.000001　签名者：[0-9a-f]{16}（maintainer\.pub）　制作于：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", head)
    assert review.current.text() == "正在使用：20261201.000001"
    assert review.notes.text() == "更新说明：新增一份朝阳区文件"
    assert review.summary.text() == "新增文件1份；新增措施45条"
    lines = [review.changes.item(i).text() for i in range(review.changes.count())]
    assert lines == ["新增文件：朝阳区　朝阳区统筹疫情防控和稳定经济增长的实施方案（45条）"]
    assert window.engine.store.measure("chaoyang-copy/1") is None  # nothing changes before 更新

    qtbot.mouseClick(review.update_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.store.pack["pack_version"] == "20261202.000001",
                    timeout=60000)
    settle(qtbot, window)
    assert len(window.engine.measures) == 189 + 45
    window.about_data_action.trigger()
    about = window.pack_flow.about.browser.toPlainText()
    assert "数据包20261202.000001，最新文件2022-06-13" in about and "更新说明：新增一份朝阳区文件" in about
    assert "不包含：东城区、西城区、丰台区" in about
    assert window.userdata.is_favourite("chaoyang-2022/4")

    window.rollback_action.trigger()
    qtbot.waitUntil(lambda: window.engine is not None and window.engine.store.pack["pack_version"] == "20261201.000001",
                    timeout=60000)
    assert len(window.engine.measures) == 189
    assert window.userdata.is_favourite("chaoyang-2022/4")
    assert ("confirm", "恢复上一版本", "换回上一版本的数据？收藏和浏览记录不受影响，之后还可以再换回来。") in window.prompter_ref.messages


def test_a_tampered_pack_dropped_on_the_window_is_refused_and_the_data_kept(qtbot, workstation, tmp_path):
    data, home, second = workstation
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    raw = second.read_bytes()
    cut = tmp_path / "cut.pbpack"
    cut.write_bytes(raw[: len(raw) // 2])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(cut))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: any(m[0] == "warn" for m in window.prompter_ref.messages), timeout=30000)
    assert window.prompter_ref.messages[-1] == (
        "warn", "数据包未采用", f"{cut}：数据包已损坏或不完整（可能复制时被截断），已拒绝，当前数据未改动。请重新复制一份。")
    assert window.engine.store.pack["pack_version"] == "20261201.000001" and len(window.engine.measures) == 189
