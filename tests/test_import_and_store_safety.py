"""Imports, the data folder and its failures (issue 10): catalogue injection, missing copies, odd files,
re-imports, damaged CURRENT, concurrent builds, full disks and read-only folders."""
from __future__ import annotations

import errno
import json
import os
import pathlib
import resource
import sqlite3
import subprocess
import sys
import threading
import tomllib

import pytest

from index.build import build
from index.cli import main
from index.errors import PolicyDataError
from index.store import previous_store, Store, active_store
from tests.kit import ROOT

TWO_MEASURES = "1.对小微企业减免3个月房屋租金。（责任单位：区国资委）\n2.对个体工商户给予补贴。（责任单位：区财政局）\n"
OTHER_MEASURES = "1.对餐饮企业给予一次性补贴。（责任单位：区商务局）\n2.对零售企业给予贷款贴息。（责任单位：区金融办）\n"
CORPUS = 189  # measures of the bundled documents


@pytest.fixture
def home(tmp_path, monkeypatch):
    path = tmp_path / "home"
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(path))
    return path


def catalogue(home) -> list[dict]:
    return tomllib.loads((home / "imports" / "documents.toml").read_text(encoding="utf-8"))["document"]


def policy_file(folder, name: str, text: str = TWO_MEASURES) -> pathlib.Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# -- 1. the imports catalogue is written by a serializer, and never reaches outside its folder --------------

def test_a_title_with_a_newline_and_quotes_keeps_later_builds_working(tmp_path, home, capsys):
    data = tmp_path / "data"
    title = '延庆区"测试"措施\n[[document]]\nid = "x"'
    assert main(["import", str(policy_file(tmp_path, "a.txt")), "--district", "延庆区", "--title", title, "--data", str(data)]) == 0
    assert main(["import", str(policy_file(tmp_path, "b.txt", OTHER_MEASURES)), "--district", "延庆区", "--data", str(data)]) == 0
    assert [e.get("title") for e in catalogue(home)] == [title, None]
    store = Store(data)
    assert len(store.measures()) == CORPUS + 4
    assert [d["title"] for d in store.documents.values() if d["district"] == "延庆区"][0] == title
    assert main(["build", "--data", str(data)]) == 0


def test_a_crafted_file_name_adds_no_entry_and_reads_no_outside_file(tmp_path, home, capsys):
    secret = policy_file(tmp_path, "secret.txt", "1.这是机器上别处的文件，不得读入。\n")
    escaped = str(secret).replace("/", "\\u002F")  # a file name cannot hold "/", TOML's escape can
    name = f'x".txt\n[[document]]\nid = "evil"\nfile = "{escaped}"\ndistrict = "北京市"\n#.txt'
    path = policy_file(tmp_path, name)
    data = tmp_path / "data"
    assert main(["import", str(path), "--district", "延庆区", "--data", str(data)]) == 0
    entries = catalogue(home)
    assert len(entries) == 1 and entries[0]["original_name"] == name
    assert entries[0]["file"] == entries[0]["id"] + ".txt"
    store = Store(data)
    assert "evil" not in store.documents
    assert not any("别处的文件" in m["text"] for m in store.measures())
    assert len(store.measures()) == CORPUS + 2


def test_a_catalogue_entry_pointing_outside_the_imports_folder_is_skipped_with_a_warning(tmp_path, home, capsys):
    secret = policy_file(tmp_path, "secret.txt", "1.这是机器上别处的文件，不得读入。\n")
    folder = home / "imports"
    folder.mkdir(parents=True)
    (folder / "documents.toml").write_text(
        f'[[document]]\nid = "abs"\nfile = "{secret}"\ndistrict = "北京市"\n\n'
        '[[document]]\nid = "up"\nfile = "../../secret.txt"\ndistrict = "北京市"\n', encoding="utf-8")
    result = build(tmp_path / "data")
    assert result.measures == CORPUS
    skipped = [w for w in result.warnings if "不在导入文件夹内" in w]
    assert len(skipped) == 2 and "abs" in skipped[0] and "up" in skipped[1]
    assert set(Store(tmp_path / "data").documents).isdisjoint({"abs", "up"})


# -- 2. a deleted imported copy; listing and removing imports --------------------------------------------

def test_a_deleted_imported_copy_is_skipped_with_a_warning_and_can_be_removed(tmp_path, home, capsys):
    from index.importer import list_imports, remove_import

    data = tmp_path / "data"
    path = policy_file(tmp_path, "延庆.txt")
    assert main(["import", str(path), "--district", "延庆区", "--title", "延庆区测试措施", "--data", str(data)]) == 0
    [imported] = list_imports()
    assert (imported.title, imported.district, imported.measures, imported.original_name) == ("延庆区测试措施", "延庆区", 2, "延庆.txt")
    assert imported.id.startswith("import-") and len(imported.imported_at) == 19 and imported.present
    imported.file.unlink()
    capsys.readouterr()
    assert main(["build", "--data", str(data)]) == 0
    err = capsys.readouterr().err
    assert f"警告：导入的文件“延庆区测试措施”（{imported.id}）的副本 {imported.file.name} 已不存在，本次构建跳过。" in err
    assert main(["info", "--data", str(data), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["measures"] == str(CORPUS) and imported.id in json.loads(info["warnings"])[0]
    assert [i.present for i in list_imports()] == [False]

    outcome = remove_import(imported.id, data)
    assert outcome.removed.id == imported.id and outcome.build.measures == CORPUS
    assert list_imports() == [] and catalogue(home) == []


def test_import_remove_on_the_command_line_deletes_the_copy_and_rebuilds(tmp_path, home, capsys):
    data = tmp_path / "data"
    assert main(["import", str(policy_file(tmp_path, "a.txt")), "--district", "延庆区", "--data", str(data)]) == 0
    [entry] = catalogue(home)
    assert len(Store(data).measures()) == CORPUS + 2
    capsys.readouterr()
    assert main(["import", "--remove", entry["id"], "--data", str(data)]) == 0
    assert f"已移除导入的文件 {entry['id']}" in capsys.readouterr().err
    assert not (home / "imports" / entry["file"]).exists() and catalogue(home) == []
    assert len(Store(data).measures()) == CORPUS
    assert main(["import", "--remove", entry["id"], "--data", str(data)]) == 1
    assert f"没有编号为 {entry['id']} 的导入文件" in capsys.readouterr().err


# -- 3. non-regular and huge files are refused before they are read ---------------------------------------

def _limited_cli(*args: str) -> subprocess.CompletedProcess:
    """The command line in a child with 1.5 GB of memory and 60 s: reading /dev/zero or a FIFO must not hang us."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))

    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, preexec_fn=limit)


def test_a_device_and_a_fifo_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        done = _limited_cli("import", path, "--dry-run", "--district", "朝阳区")
        assert done.returncode == 1
        assert done.stderr == f"错误：{path}：不是普通文件（是设备、管道或套接字），无法导入。请选择保存在磁盘上的政策文件。\n"


def test_a_folder_and_a_huge_file_are_refused(tmp_path, capsys):
    assert main(["import", str(tmp_path), "--dry-run", "--district", "朝阳区"]) == 1
    assert capsys.readouterr().err == f"错误：{tmp_path}：这是一个文件夹，不是文件。请选择文件夹里的政策文件。\n"
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)
    assert main(["import", str(huge), "--dry-run", "--district", "朝阳区"]) == 1
    assert capsys.readouterr().err == f"错误：{huge}：文件有50.0 MB，超过导入上限20 MB，未读取。政策文件通常不到1 MB，请确认选对了文件。\n"


# -- 4. a second import of the same bytes; a failed import leaves nothing behind ---------------------------

def test_importing_the_same_file_twice_says_so_and_does_not_rebuild(tmp_path, home, capsys):
    data = tmp_path / "data"
    path = policy_file(tmp_path, "a.txt")
    assert main(["import", str(path), "--district", "延庆区", "--title", "延庆区测试措施", "--data", str(data)]) == 0
    [entry] = catalogue(home)
    store_before = active_store(data)
    capsys.readouterr()
    assert main(["import", str(path), "--district", "延庆区", "--data", str(data)]) == 0
    err = capsys.readouterr().err
    assert f"已导入过：延庆区测试措施（ID {entry['id']}），未重复导入，也未重建数据。" in err
    assert "已导入并重建" not in err
    assert active_store(data) == store_before and len(catalogue(home)) == 1


def test_an_import_whose_build_fails_records_nothing(tmp_path, home, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    previous = policy_file(tmp_path, "first.txt", OTHER_MEASURES)
    assert main(["import", str(previous), "--district", "延庆区", "--data", str(tmp_path / "data")]) == 0
    before = (home / "imports" / "documents.toml").read_bytes()
    copies = sorted(p.name for p in (home / "imports").iterdir())
    assert main(["import", str(policy_file(tmp_path, "a.txt")), "--district", "延庆区", "--data", str(blocker / "data")]) == 1
    assert "不是文件夹" in capsys.readouterr().err
    assert (home / "imports" / "documents.toml").read_bytes() == before
    assert sorted(p.name for p in (home / "imports").iterdir()) == copies


# -- 5. a damaged CURRENT pointer is "data missing or damaged" --------------------------------------------

@pytest.mark.parametrize("pointer", [b"\xff\xfe\x80garbage", b"store-gone", b"", b"../../etc", b"\x00"])
def test_a_damaged_current_pointer_is_missing_or_damaged_data(tmp_path, capsys, pointer):
    data = tmp_path / "data"
    data.mkdir()
    (data / "CURRENT").write_bytes(pointer)
    assert active_store(data) is None
    assert main(["info", "--data", str(data)]) == 1
    assert capsys.readouterr().err == (f"错误：{data}：数据缺失或损坏。请在程序里点“重建数据”，或由维护人员重新构建数据。\n")


def test_no_data_yet_says_so_without_commands(tmp_path):
    with pytest.raises(PolicyDataError) as caught:
        Store(tmp_path / "nothing")
    assert str(caught.value) == f"{tmp_path / 'nothing'}：还没有构建数据。请在程序里点“重建数据”，或由维护人员重新构建数据。"


def test_the_window_rebuilds_when_current_is_undecodable(qtbot, tmp_path):
    from desktop.dialogs import RecordingPrompter
    from tests.windowkit import make_window, settle

    data = tmp_path / "data"
    data.mkdir()
    (data / "CURRENT").write_bytes(b"\xff\xfe\x80")
    window = make_window(qtbot, data, tmp_path / "home", RecordingPrompter(answer=True))
    settle(qtbot, window, timeout=60000)
    assert window.last_result["total"] == CORPUS


# -- 6. two builds at once ---------------------------------------------------------------------------------

def test_a_second_build_waits_for_the_first_and_both_succeed(tmp_path):
    data = tmp_path / "data"
    first_indexing, second_waiting = threading.Event(), threading.Event()
    results, errors, second_messages = [], [], []

    def first_progress(step, total, message):
        if message == "建立搜索索引":
            first_indexing.set()
            second_waiting.wait(30)  # hold the folder until the second build says it waits

    def second_progress(step, total, message):
        second_messages.append(message)
        if message == "另一个构建正在进行，等待中…":
            second_waiting.set()

    def run(progress):
        try:
            results.append(build(data, progress=progress))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    first = threading.Thread(target=run, args=(first_progress,))
    first.start()
    assert first_indexing.wait(60)
    second = threading.Thread(target=run, args=(second_progress,))
    second.start()
    first.join(90)
    second.join(90)
    assert errors == [] and [r.measures for r in results] == [CORPUS, CORPUS]
    assert second_messages[0] == "另一个构建正在进行，等待中…"
    assert active_store(data) == results[1].store and previous_store(data) == results[0].store
    # the replaced store is kept (for a rollback), nothing else is left
    assert sorted(p.name for p in data.iterdir() if p.is_dir()) == sorted([results[0].store.name, results[1].store.name])


def test_a_build_refuses_clearly_when_another_holds_the_folder_too_long(tmp_path, monkeypatch):
    import index.store

    data = tmp_path / "data"
    data.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time, filelock; lock = filelock.FileLock(sys.argv[1]); lock.acquire();"
         " print('held', flush=True); time.sleep(60)", str(data / ".build.lock")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        monkeypatch.setattr(index.store, "BUILD_LOCK_TIMEOUT_S", 0.5)
        with pytest.raises(PolicyDataError) as caught:
            build(data)
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    assert str(caught.value) == (f"{data}：另一个构建已进行很久仍未结束（等待了1秒）。请等它结束后再试；"
                                 "如果没有别的构建在运行，请关闭程序后重试。")
    assert active_store(data) is None and not any(p.name.startswith(".building-") for p in data.iterdir())


def test_leftovers_of_a_killed_build_are_cleaned_at_the_next_build(tmp_path):
    data = tmp_path / "data"
    leftover = data / ".building-20200101T000000-99999"
    leftover.mkdir(parents=True)
    (leftover / "policy.db").write_bytes(b"half")
    result = build(data)
    assert sorted(p.name for p in data.iterdir() if p.is_dir()) == [result.store.name]


# -- 7. a full disk, permissions, a read-only folder: Chinese, with the folder and what to do --------------

FULL = "磁盘空间不足。请清理磁盘空间后重试，或换一个空间充足的文件夹。"


def _no_english(message: str) -> None:
    assert "Errno" not in message and "No space" not in message and "disk is full" not in message


def test_a_full_disk_while_indexing_is_explained_and_the_old_data_kept(data_dir, tmp_path, monkeypatch):
    import shutil

    import index.build

    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    before = active_store(data)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index.build, "write_index", full)
    with pytest.raises(PolicyDataError) as caught:
        build(data)
    assert str(caught.value) == f"构建数据失败：{data}：{FULL}"
    assert active_store(data) == before and len(Store(data).measures()) == CORPUS
    assert sorted(p.name for p in data.iterdir() if p.is_dir()) == [before.name]


def test_a_full_database_is_explained(tmp_path, monkeypatch, capsys):
    import index.build

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index.build, "insert_document", full)
    assert main(["build", "--data", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert err.endswith(f"\n错误：构建数据失败：{tmp_path / 'data'}：{FULL}\n")
    _no_english(err)


def test_a_full_disk_while_switching_keeps_the_old_data(data_dir, tmp_path, monkeypatch):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(data_dir, data)
    before = active_store(data)
    real_write_text = pathlib.Path.write_text

    def write_text(self, *args, **kwargs):
        if self.name == "CURRENT.tmp":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_text(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_text", write_text)
    with pytest.raises(PolicyDataError) as caught:
        build(data)
    assert str(caught.value) == f"构建数据失败：{data}：{FULL}"
    assert active_store(data) == before and len(Store(data).measures()) == CORPUS
    assert sorted(p.name for p in data.iterdir() if p.is_dir()) == [before.name]


def test_a_read_only_data_folder_is_explained(tmp_path, monkeypatch, capsys):
    # We run as root, which chmod cannot stop: a read-only file system is simulated by failing mkdir.
    real_mkdir = pathlib.Path.mkdir
    data = tmp_path / "data"

    def mkdir(self, *args, **kwargs):
        if self == data or data in self.parents:
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "mkdir", mkdir)
    assert main(["build", "--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert err == f"错误：构建数据失败：{data}：这个文件夹是只读的。请换一个可写的文件夹。\n"
    assert "--data" not in err


def test_permission_denied_while_importing_is_explained_and_nothing_recorded(tmp_path, home, monkeypatch, capsys):
    real_write_bytes = pathlib.Path.write_bytes

    def write_bytes(self, *args, **kwargs):
        if home in self.parents:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_write_bytes(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "write_bytes", write_bytes)
    assert main(["import", str(policy_file(tmp_path, "a.txt")), "--district", "延庆区", "--data", str(tmp_path / "data")]) == 1
    err = capsys.readouterr().err
    assert err == f"错误：保存导入的文件失败：{home / 'imports'}：没有写入权限。请检查这个文件夹的权限，或换一个文件夹。\n"
    assert not (home / "imports" / "documents.toml").exists()
    assert active_store(tmp_path / "data") is None


def test_a_full_disk_while_exporting_is_explained(data_dir, tmp_path, monkeypatch, capsys):
    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pathlib.Path, "write_text", full)
    out = tmp_path / "measures.csv"
    assert main(["export", "--data", str(data_dir), "--format", "csv", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"错误：导出失败：{out}：{FULL}\n"


# -- 8. what a clerk reads never asks them to type commands -----------------------------------------------

@pytest.mark.parametrize("module", ["store.py", "build.py", "importer.py", "catalog.py", "errors.py", "searchindex.py"])
def test_store_build_and_import_messages_name_no_command(module):
    text = (ROOT / "index" / module).read_text(encoding="utf-8")
    for phrase in ("python -m index", "--data", "contracts.md"):
        assert phrase not in text, (module, phrase)
