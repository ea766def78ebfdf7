"""Favourites and history survive every fault: a damaged or mistyped file, a second instance, a
disk that refuses; the old JSON file is migrated once; the clerk is told once, in Chinese."""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from desktop import userdata
from desktop.userdata import IN_MEMORY, MOVED, SKIPPED, STUCK, UNMOVABLE, UserData, notice_text

STAMP = "20260105-093000"


@pytest.fixture(autouse=True)
def fixed_stamp(monkeypatch):
    monkeypatch.setattr(userdata, "_stamp", lambda: STAMP)


def files(folder: Path) -> list[str]:
    """The folder's files, without SQLite's own -wal/-shm companions."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


def opened(folder: Path) -> UserData:
    return UserData.in_folder(folder)


DAMAGED_JSON = [
    pytest.param(b'{"favourites": ["chaoyang-2022/4"], "hist', id="truncated"),
    pytest.param(b"favourites = chaoyang-2022/4", id="invalid-json"),
    pytest.param('{"favourites": ["朝阳区第4条"]}'.encode("gbk"), id="gbk-bytes"),
    pytest.param(b'["chaoyang-2022/4"]', id="a-json-list"),
]


@pytest.mark.parametrize("content", DAMAGED_JSON)
def test_a_damaged_json_file_is_moved_aside_never_overwritten_and_told_once(tmp_path, content):
    (tmp_path / "userdata.json").write_bytes(content)
    data = opened(tmp_path)
    moved = tmp_path / f"userdata.json.damaged-{STAMP}"
    assert moved.read_bytes() == content  # kept as it was, byte for byte
    assert data.favourites == [] and data.history == []
    notices = data.take_notices()
    assert [(n.kind, n.moved_to) for n in notices] == [(MOVED, moved)]
    assert notice_text(notices[0]) == (f"收藏和浏览记录文件已损坏，已移到 {moved}，新的记录从现在开始。"
                                       "如需找回，请把该文件交给技术人员。")
    assert data.take_notices() == []  # once
    assert data.set_favourite("pinggu-2022/4", True) is True
    assert moved.read_bytes() == content  # a click does not overwrite it either
    assert files(tmp_path) == ["userdata.json.damaged-20260105-093000", "userdata.sqlite"]
    data.close()
    again = opened(tmp_path)
    assert again.favourites == ["pinggu-2022/4"] and again.take_notices() == []


def test_an_unreadable_json_file_is_moved_aside(tmp_path, monkeypatch):
    """chmod 000 does not stop root (the tests run as root), so reading is refused by a monkeypatched
    Path.read_bytes raising PermissionError, as it does for a chmod 000 file; the rename still works, as
    it does for a chmod 000 file in a writable folder."""
    legacy = tmp_path / "userdata.json"
    legacy.write_text('{"favourites": ["chaoyang-2022/4"]}', encoding="utf-8")
    real_read = Path.read_bytes

    def refuse(self):
        if self.name == "userdata.json":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    data = opened(tmp_path)
    moved = tmp_path / f"userdata.json.damaged-{STAMP}"
    assert real_read(moved) == b'{"favourites": ["chaoyang-2022/4"]}'
    assert [(n.kind, n.moved_to, n.detail) for n in data.take_notices()] == [(MOVED, moved, "没有访问权限")]
    assert data.set_favourite("pinggu-2022/4", True) is True and data.favourites == ["pinggu-2022/4"]


def test_a_json_file_that_cannot_be_read_nor_moved_is_left_and_said_so(tmp_path, monkeypatch):
    """The rename is refused by a monkeypatched os.rename (root ignores a read-only folder)."""
    (tmp_path / "userdata.json").write_bytes(b"{broken")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(userdata.os, "rename", refuse)
    data = opened(tmp_path)
    [notice] = data.take_notices()
    assert notice.kind == UNMOVABLE
    assert notice_text(notice) == (
        f"旧的收藏和浏览记录文件 {tmp_path / 'userdata.json'} 无法读取，也无法移开"
        "（内容不是有效的记录格式；没有访问权限）。"
        "新的记录照常保存。如需找回旧记录，请把该文件交给技术人员。")
    assert (tmp_path / "userdata.json").read_bytes() == b"{broken"
    assert data.set_favourite("pinggu-2022/4", True) is True


def test_a_string_where_a_list_belongs_is_one_id_and_non_string_ids_are_skipped_and_counted(tmp_path):
    (tmp_path / "userdata.json").write_text(json.dumps({
        "favourites": "chaoyang-2022/4",
        "history": [{"id": "pinggu-2022/4", "at": "2025-03-01T09:00:00"}, {"id": 7}, "changping-2022/10", None],
    }), encoding="utf-8")
    data = opened(tmp_path)
    assert data.favourites == ["chaoyang-2022/4"]  # was 15 one-character favourites
    assert [(h["id"], h["at"]) for h in data.history] == [("pinggu-2022/4", "2025-03-01T09:00:00"),
                                                          ("changping-2022/10", "")]
    [notice] = data.take_notices()
    moved = tmp_path / f"userdata.json.migrated-{STAMP}"
    assert (notice.kind, notice.count, notice.moved_to) == (SKIPPED, 2, moved)
    assert notice_text(notice) == f"旧的收藏和浏览记录中有2条无法识别，已跳过；其余已转入新的记录。原文件保存在 {moved}。"


def test_non_string_favourites_are_skipped_and_counted(tmp_path):
    (tmp_path / "userdata.json").write_text(json.dumps({"favourites": ["a/1", 7, None, {"id": "b/2"}, "a/1"]}),
                                            encoding="utf-8")
    data = opened(tmp_path)
    assert data.favourites == ["a/1"]
    assert [(n.kind, n.count) for n in data.take_notices()] == [(SKIPPED, 3)]


def test_the_old_json_file_is_migrated_once_then_renamed_aside(tmp_path):
    original = json.dumps({"favourites": ["chaoyang-2022/4", "pinggu-2022/4"],
                           "history": [{"id": "pinggu-2022/4", "at": "2025-03-02T10:00:00"},
                                       {"id": "chaoyang-2022/4", "at": "2025-03-01T09:00:00"}]}, ensure_ascii=False)
    (tmp_path / "userdata.json").write_text(original, encoding="utf-8")
    data = opened(tmp_path)
    assert files(tmp_path) == [f"userdata.json.migrated-{STAMP}", "userdata.sqlite"]
    assert data.favourites == ["chaoyang-2022/4", "pinggu-2022/4"]
    assert [h["id"] for h in data.history] == ["pinggu-2022/4", "chaoyang-2022/4"]
    assert data.take_notices() == []  # a clean migration needs no words
    assert (tmp_path / f"userdata.json.migrated-{STAMP}").read_text(encoding="utf-8") == original
    assert data.set_favourite("chaoyang-2022/4", False) is True
    data.close()
    again = opened(tmp_path)
    assert again.favourites == ["pinggu-2022/4"]  # not brought back by a second migration
    assert files(tmp_path) == [f"userdata.json.migrated-{STAMP}", "userdata.sqlite"]


@pytest.mark.parametrize("damage", ["garbage", "torn-pages"])
def test_a_damaged_sqlite_file_is_moved_aside_and_a_fresh_store_started(tmp_path, damage):
    store = tmp_path / "userdata.sqlite"
    if damage == "garbage":
        store.write_bytes(b"this is not a database " * 200)
    else:  # a real store whose pages after the header were overwritten
        first = opened(tmp_path)
        for n in range(300):
            first.set_favourite(f"chaoyang-2022/{n}", True)
        first.close()
        raw = bytearray(store.read_bytes())
        raw[4096:] = b"\xff" * (len(raw) - 4096)
        store.write_bytes(bytes(raw))
    before = store.read_bytes()
    data = opened(tmp_path)
    moved = tmp_path / f"userdata.sqlite.damaged-{STAMP}"
    assert moved.read_bytes() == before
    assert [(n.kind, n.moved_to) for n in data.take_notices()] == [(MOVED, moved)]
    assert data.favourites == []
    assert data.set_favourite("pinggu-2022/4", True) is True
    data.close()
    assert opened(tmp_path).favourites == ["pinggu-2022/4"]


def test_a_damaged_store_that_cannot_be_moved_keeps_working_in_memory(tmp_path, monkeypatch):
    """The rename is refused by a monkeypatched os.rename (root ignores chmod on the folder)."""
    store = tmp_path / "userdata.sqlite"
    store.write_bytes(b"this is not a database " * 200)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied", str(src))

    monkeypatch.setattr(userdata.os, "rename", refuse)
    data = opened(tmp_path)
    [notice] = data.take_notices()
    assert notice.kind == STUCK and data.in_memory
    assert notice_text(notice) == (f"收藏和浏览记录文件 {store} 已损坏，也无法移开（没有访问权限）。"
                                   "本次仍可使用，但关闭程序后不保留。请联系技术人员检查该文件夹的权限，并把该文件交给技术人员。")
    assert data.set_favourite("pinggu-2022/4", True) is False
    assert data.record_opened("pinggu-2022/4") is False
    assert data.favourites == ["pinggu-2022/4"] and data.history[0]["id"] == "pinggu-2022/4"
    assert store.read_bytes() == b"this is not a database " * 200  # untouched
    assert data.save() is False


def test_a_json_file_is_not_renamed_while_its_entries_live_only_in_memory(tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "userdata.json").write_text('{"favourites": ["chaoyang-2022/4"]}', encoding="utf-8")
    (folder / "userdata.sqlite").mkdir()  # the store cannot be opened (works as root too)
    data = opened(folder)
    assert data.in_memory and data.favourites == ["chaoyang-2022/4"]
    assert [n.kind for n in data.take_notices()] == [IN_MEMORY]
    assert (folder / "userdata.json").is_file()  # migrated at the next start that can save


def test_two_instances_on_one_folder_both_keep_their_favourites(tmp_path):
    first, second = opened(tmp_path), opened(tmp_path)
    assert first.set_favourite("chaoyang-2022/4", True) is True
    assert second.set_favourite("pinggu-2022/4", True) is True
    assert first.record_opened("chaoyang-2022/4") and second.record_opened("pinggu-2022/4")
    assert first.favourites == ["chaoyang-2022/4", "pinggu-2022/4"]  # sees the other's too
    assert first.is_favourite("pinggu-2022/4")
    first.close()
    second.close()
    again = opened(tmp_path)
    assert again.favourites == ["chaoyang-2022/4", "pinggu-2022/4"]
    assert [h["id"] for h in again.history] == ["pinggu-2022/4", "chaoyang-2022/4"]


def test_a_second_instance_waits_for_the_first_instead_of_failing(tmp_path):
    data = opened(tmp_path)
    assert data.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert data.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_history_is_newest_first_without_repeats_and_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(userdata, "HISTORY_LIMIT", 3)
    data = opened(tmp_path)
    for measure_id in ["a/1", "b/2", "a/1", "c/3", "d/4"]:
        data.record_opened(measure_id, f"标签{measure_id}")
    assert [(h["id"], h["label"]) for h in data.history] == [("d/4", "标签d/4"), ("c/3", "标签c/3"), ("a/1", "标签a/1")]
    assert data.label("a/1") == "标签a/1" and data.label("e/5") == ""


def test_a_disk_that_refuses_mid_session_keeps_the_lists_in_memory(tmp_path, monkeypatch):
    data = opened(tmp_path)
    data.set_favourite("chaoyang-2022/4", True)

    def full(_change):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(data, "_write", full)
    assert data.set_favourite("pinggu-2022/4", True) is False
    assert data.in_memory
    assert data.error == f"{tmp_path / 'userdata.sqlite'}：磁盘空间不足。请清理磁盘空间后重试，或换一个空间充足的文件夹"
    assert data.favourites == ["chaoyang-2022/4", "pinggu-2022/4"]
    assert data.record_opened("pinggu-2022/4") is False and data.history[0]["id"] == "pinggu-2022/4"


def test_moving_aside_never_overwrites_an_earlier_copy(tmp_path):
    (tmp_path / f"userdata.json.damaged-{STAMP}").write_bytes(b"first")
    (tmp_path / "userdata.json").write_bytes(b"second")
    moved = userdata.move_aside(tmp_path / "userdata.json", "damaged")
    assert moved == tmp_path / f"userdata.json.damaged-{STAMP}-1"
    assert moved.read_bytes() == b"second" and (tmp_path / f"userdata.json.damaged-{STAMP}").read_bytes() == b"first"
    assert not os.path.exists(tmp_path / "userdata.json")
