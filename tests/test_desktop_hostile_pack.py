"""The window meets a hostile pack (issue 20) through 数据 → 导入数据包… and says what the command line says."""
from __future__ import annotations

import zipfile

from desktop.dialogs import RecordingPrompter
from index.store import active_store
from tests.windowkit import make_window, settle
from tests.hostile_zip import resign
from tests.kit import snapshot


def test_a_pack_whose_catalogue_reaches_outside_its_library_is_refused_by_the_window(qtbot, workstation, tmp_path):
    data, home, second = workstation
    secret = tmp_path / "secret.txt"
    secret.write_text("1.这是工作站上的私人文件，不得读入。（责任单位：区国资委）\n", encoding="utf-8")
    with zipfile.ZipFile(second) as zf:
        catalogue = zf.read("library/documents.toml").decode("utf-8")
    catalogue += f'\n[[document]]\nid = "evil"\nfile = "{secret}"\ndistrict = "朝阳区"\n'
    hostile = resign(second, tmp_path / "keys" / "signing.key", tmp_path / "evil.pbpack",
                     members={"documents.toml": catalogue.encode("utf-8")})
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    before, store = snapshot(data), active_store(data)
    window.prompter_ref.choose = hostile
    window.import_pack_action.trigger()
    qtbot.waitUntil(lambda: any(m[0] == "warn" for m in window.prompter_ref.messages), timeout=30000)
    assert window.prompter_ref.messages[-1] == (
        "warn", "数据包未采用", f"{hostile}：数据包里的文件目录中，“evil”的 file “{secret}”不是数据包里的文件（绝对路径、.. 或不存在），"
                             "已拒绝，当前数据未改动。")
    assert window.pack_flow.review is None
    assert active_store(data) == store and snapshot(data) == before
    assert len(window.engine.measures) == 189


def test_the_review_shows_control_characters_of_a_pack_as_escapes(qtbot):
    from desktop.packdialog import PackReviewDialog

    diff = {"pack": {"pack_version": "2026\x1b[2J", "key_id": "ab" * 8, "signer": "m.pub", "created_at": "2026-12-01T00:00:00",
                     "notes": "第一行\n第二行\u202e"},
            "installed": {"pack_version": "2025\u202e1"}, "summary": "新增文件1份",
            "documents": {"added": [], "replaced": [], "removed": []}, "measures": {"added": [], "removed": [], "changed": []}}
    review = PackReviewDialog(diff)
    qtbot.addWidget(review)
    assert review.header.text() == f"数据包版本：2026\\x1b[2J　签名者：{'ab' * 8}（m.pub）　制作于：2026-12-01 00:00:00"
    assert review.current.text() == "正在使用：2025\\u202e1"
    assert review.notes.text() == "更新说明：第一行 第二行\\u202e"
