"""Issue 20, the pack and catalogue side: nothing reverts a pack just applied, no small pack member eats
the memory, no key or profile file blocks, a signed but malformed manifest or catalogue is refused in
Chinese, a pack's paths stay in its library, no link takes a write out of the app-data folder, and the
command line says every failure in one line. Hostile files are built here, at test time."""
from __future__ import annotations

import json
import logging
import os
import resource
import subprocess
import sys
import threading
import zipfile
import zlib
from pathlib import Path

import pytest

from index.build import build
from index.cli import main
from index.errors import PolicyDataError
from index.packs.archive import create_pack
from index.packs.install import apply_pack
from index.packs.keys import key_id, load_signing_key, trusted_keys
from index.store import Store, active_store
from index.vocab import PLACES
from tests.kit import PASSPHRASE, ROOT
from tests.hostile_zip import MB, raw_zip, zeros_deflated
from tests.hostile_zip import resign
from tests.kit import snapshot

POLICY = "1.对小微企业减免3个月房屋租金。（责任单位：区国资委）\n2.对个体工商户给予补贴。（责任单位：区财政局）\n"
CORPUS = 189


def cli(*args: str, home: Path, memory_mb: int = 1536, stdin=None) -> subprocess.CompletedProcess:
    """The command line in a child with bounded memory and 60 s."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))

    env = {**os.environ, "POLICY_BROWSER_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "index", *args], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          preexec_fn=limit, env=env, stdin=stdin)


# -- 1. a build that waited for a pack being applied builds the pack's library, not resources/ ----------------

def test_a_build_that_waits_for_an_apply_keeps_the_pack_just_applied(tmp_path, key, home):
    pack = tmp_path / "p1.zip"
    create_pack(pack, key, passphrase=PASSPHRASE, version="20261201.000001")
    data = tmp_path / "data"
    build(data)  # the workstation runs on the bundled documents
    applying, waiting = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def apply_progress(step, total, message):
        if message == "建立搜索索引":  # the apply holds the data folder
            applying.set()
            assert waiting.wait(60)

    def build_progress(step, total, message):
        if message == "另一个构建正在进行，等待中…":
            waiting.set()

    def run(work):
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    first = threading.Thread(target=run, args=(lambda: apply_pack(pack, data, progress=apply_progress),))
    first.start()
    assert applying.wait(60)
    second = threading.Thread(target=run, args=(lambda: build(data, progress=build_progress),))
    second.start()
    first.join(120)
    second.join(120)
    assert errors == []
    store = Store(data)
    assert store.pack is not None and store.pack["pack_version"] == "20261201.000001"
    assert store.library is not None and len(store.measures()) == CORPUS


def test_an_older_pack_that_waited_for_a_newer_one_is_refused_as_a_downgrade(tmp_path, key, home):
    newer, older = tmp_path / "new.zip", tmp_path / "old.zip"
    create_pack(newer, key, passphrase=PASSPHRASE, version="20261202.000001")
    create_pack(older, key, passphrase=PASSPHRASE, version="20261201.000001")
    data = tmp_path / "data"
    applying, waiting = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def newer_progress(step, total, message):
        if message == "建立搜索索引":
            applying.set()
            assert waiting.wait(60)

    def older_progress(step, total, message):
        if message == "另一个构建正在进行，等待中…":
            waiting.set()

    def run(pack, progress):
        try:
            apply_pack(pack, data, progress=progress)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    first = threading.Thread(target=run, args=(newer, newer_progress))
    first.start()
    assert applying.wait(60)
    second = threading.Thread(target=run, args=(older, older_progress))
    second.start()
    first.join(120)
    second.join(120)
    assert [str(e) for e in errors] == ["数据包版本 20261201.000001 比正在使用的 20261202.000001 旧，已拒绝，当前数据未改动。"
                                        "要回到上一版本，请用“恢复上一版本”。"]
    assert Store(data).pack["pack_version"] == "20261202.000001"


# -- 2. the command line: every failure is one Chinese line -----------------------------------------------------

def test_an_unforeseen_failure_is_logged_and_told_in_one_line_naming_the_log(tmp_path, home, monkeypatch, capsys):
    import index.cli

    def broken(args):
        raise RuntimeError("坏了")

    monkeypatch.setattr(index.cli, "cmd_info", broken)
    assert main(["info", "--data", str(tmp_path / "data")]) == 1
    log_file = home / "logs" / "policy-browser.log"
    assert capsys.readouterr().err == (f"错误：程序内部出错，info 没有完成。详情已记入日志：{log_file}。"
                                       "请把这个日志文件交给技术人员。\n")
    text = log_file.read_text(encoding="utf-8")
    assert "ERROR [MainThread] index.cli: info failed with an unexpected error\nTraceback" in text
    assert "RuntimeError: 坏了" in text


def test_with_the_log_on_a_full_disk_the_one_line_says_the_log_could_not_be_written(tmp_path, home, monkeypatch, capsys):
    import index.cli
    from index.logs import log_folder

    log_folder().mkdir(parents=True)
    (log_folder() / "policy-browser.log").symlink_to("/dev/full")  # every write: ENOSPC

    def broken(args):
        raise RuntimeError("坏了")

    monkeypatch.setattr(index.cli, "cmd_info", broken)
    assert main(["info", "--data", str(tmp_path / "data")]) == 1
    assert capsys.readouterr().err == (f"错误：程序内部出错，info 没有完成；日志也无法写入（{log_folder()}，可能磁盘已满或没有写入权限），"
                                       "详情未能保存。请清理磁盘空间或检查这个文件夹的权限后重试。\n")


def test_a_log_on_a_full_disk_puts_no_logging_traceback_on_stderr(tmp_path):
    home = tmp_path / "home"
    (home / "logs").mkdir(parents=True)
    (home / "logs" / "policy-browser.log").symlink_to("/dev/full")
    done = cli("show", "chaoyang-2022/4", "--data", str(tmp_path / "nodata"), home=home)
    assert done.returncode == 1
    assert done.stderr == (f"错误：{tmp_path / 'nodata'}：还没有构建数据。请在程序里点“重建数据”，或由维护人员重新构建数据。\n")


def test_a_huge_message_is_cut_in_the_log(tmp_path):
    from index.logs import setup_logging

    setup = setup_logging(tmp_path / "logs")
    try:
        logging.getLogger("index.test").warning("密钥 %s", "A" * 5_000_000)
    finally:
        setup.close()
    assert (tmp_path / "logs" / "policy-browser.log").stat().st_size < 200_000


# -- 3. pack members that inflate beyond what they declare ----------------------------------------------------

@pytest.mark.parametrize("member", ["manifest.json", "manifest.sig"])
def test_a_member_declared_small_that_inflates_to_gigabytes_is_refused_without_the_memory(tmp_path, applied, member, home):
    pack, _, _ = applied
    with zipfile.ZipFile(pack) as zf:
        real = {name: zf.read(name) for name in ("manifest.json", "manifest.sig")}
    declared = 3000 if member == "manifest.json" else 100
    bomb = zeros_deflated(3000)  # 3 GB of zeros in 3 MB
    members = [(name, zlib.compress(data)[2:-4], 8, zlib.crc32(data), len(data)) for name, data in real.items() if name != member]
    members.append((member, bomb, 8, zlib.crc32(bytes(declared)), declared))
    hostile = tmp_path / "bomb.pbpack"
    hostile.write_bytes(raw_zip(members))
    done = cli("pack", "verify", str(hostile), home=home, memory_mb=1024)
    expected = {"manifest.json": f"错误：{hostile}：签名不符，数据包在签名后被改动过，已拒绝，当前数据未改动。请向数据维护人员重新索取。\n",
                "manifest.sig": f"错误：{hostile}：数据包的签名已损坏，已拒绝，当前数据未改动。请向数据维护人员重新索取。\n"}
    assert (done.returncode, done.stderr) == (1, expected[member])


# -- 3/4. trusted keys that are not key files ---------------------------------------------------------------------

def test_a_trusted_key_that_is_dev_zero_a_fifo_or_huge_is_skipped_without_blocking(tmp_path, applied, home):
    pack, _, _ = applied
    folder = home / "trusted_keys"
    (folder / "zero.pub").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.pub")
    with (folder / "huge.pub").open("wb") as handle:
        handle.truncate(400 * MB)  # sparse: no disk used
    done = cli("pack", "verify", str(pack), home=home, memory_mb=1024)
    assert done.returncode == 0 and done.stdout.startswith("数据包完好：版本 20261201.000001")
    skipped: list[str] = []
    assert [k.path.name for k in trusted_keys(skipped).values()] == ["maintainer.pub"]
    assert sorted(skipped) == sorted([
        f"{folder / 'huge.pub'}：文件过大，不是本程序的公钥（.pub）文件。",
        f"{folder / 'pipe.pub'}：不是普通文件（是文件夹、设备或管道），不是本程序的公钥（.pub）文件。",
        f"{folder / 'zero.pub'}：不是普通文件（是文件夹、设备或管道），不是本程序的公钥（.pub）文件。"])


def test_a_fifo_given_as_the_profile_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "profile.json"
    os.mkfifo(fifo)
    done = cli("eligible", "--profile", str(fifo), "--data", str(tmp_path / "data"), home=tmp_path / "home")
    assert done.returncode == 1
    assert done.stderr == f"错误：{fifo}：不是普通文件（是设备、管道或套接字），不是企业资料文件。请选择用“保存资料…”保存的 .json 文件。\n"


def test_a_signing_key_others_can_read_is_used_with_a_warning(tmp_path, key, home, capsys):
    key.chmod(0o644)
    out = tmp_path / "p.pbpack"
    assert main(["pack", "create", "-o", str(out), "--key", str(key), "--pack-version", "20261201.000001"]) == 0
    err = capsys.readouterr().err
    assert f"警告：{key}：签名密钥的权限是 0644，本机其他用户也能读取。请改为只有自己能读写（chmod 600 {key}），必要时换一把新密钥。" in err
    key.chmod(0o600)
    assert main(["pack", "create", "-o", str(out), "--key", str(key), "--pack-version", "20261201.000002"]) == 0
    assert "警告" not in capsys.readouterr().err


# -- 5. malformed signatures and signed-but-malformed manifests ----------------------------------------------------

def replace_member(pack: Path, out: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, data if info.filename == name else zin.read(info))
    return out


@pytest.mark.parametrize("signature", [b"[" * 4000, b'{"key_id": {"a": 1}, "signature": "AA=="}', b'"just text"'])
def test_a_malformed_signature_file_is_refused_as_damaged(tmp_path, applied, signature):
    pack, data, before = applied
    hostile = replace_member(pack, tmp_path / "s.pbpack", "manifest.sig", signature)
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(hostile, data)
    assert str(caught.value) == f"{hostile}：数据包的签名已损坏，已拒绝，当前数据未改动。请向数据维护人员重新索取。"
    assert snapshot(data) == before


def test_an_unknown_huge_key_id_is_echoed_cut(tmp_path, applied):
    pack, data, before = applied
    hostile = replace_member(pack, tmp_path / "k.pbpack", "manifest.sig",
                             json.dumps({"key_id": "A" * 4000, "signature": "AA=="}).encode())
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(hostile, data)
    assert str(caught.value) == (f"{hostile}：数据包的签名者（密钥 {'A' * 24}…（共4000字））不在本机信任的密钥中，已拒绝，当前数据未改动。"
                                 "如确认来源可靠，请让管理员把维护人员的公钥（.pub）放进“trusted_keys”文件夹。")
    assert snapshot(data) == before


@pytest.mark.parametrize(("field", "value", "why"), [
    ("schema_version", "二", "schema_version 应为整数"),
    ("format_version", [1], "format_version 应为整数"),
    ("files", [], "files 应为文件表"),
    ("documents", None, "documents 应为文件列表"),
    ("pack_version", 20261209, "pack_version 应为不超过64个字的文字"),
    ("notes", {"a": 1}, "notes 应为不超过4000个字的文字"),
])
def test_a_signed_manifest_with_a_field_of_the_wrong_kind_is_refused(tmp_path, key, applied, field, value, why):
    pack, data, before = applied
    hostile = resign(pack, key, tmp_path / "m.pbpack", lambda m: m.__setitem__(field, value))
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(hostile, data)
    assert str(caught.value) == (f"{hostile}：数据包清单有误（{why}），不是本程序能用的数据包，已拒绝，当前数据未改动。"
                                 "请向数据维护人员重新索取。")
    assert snapshot(data) == before


# -- 6. a pack's documents.toml names only files of the pack ------------------------------------------------------

@pytest.mark.parametrize("where", ["absolute", "dot-dot"])
def test_a_signed_pack_cannot_read_a_file_of_the_workstation(tmp_path, key, applied, where):
    pack, data, before = applied
    secret = tmp_path / "secret.txt"
    secret.write_text("1.这是工作站上的私人文件，不得读入。（责任单位：区国资委）\n", encoding="utf-8")
    name = str(secret) if where == "absolute" else "../../secret.txt"  # from data/.pack-…/ up to tmp_path
    with zipfile.ZipFile(pack) as zf:
        catalogue = zf.read("library/documents.toml").decode("utf-8")
    catalogue += f'\n[[document]]\nid = "evil"\nfile = "{name}"\ndistrict = "朝阳区"\n'
    hostile = resign(pack, key, tmp_path / "e.pbpack", lambda m: m.__setitem__("pack_version", "20261209.000001"),
                     members={"documents.toml": catalogue.encode("utf-8")})
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(hostile, data)
    assert str(caught.value) == (f"{hostile}：数据包里的文件目录中，“evil”的 file “{name}”不是数据包里的文件（绝对路径、.. 或不存在），"
                                 "已拒绝，当前数据未改动。")
    assert snapshot(data) == before
    assert not any("私人文件" in m["text"] for m in Store(data).measures())


def test_a_library_file_that_is_a_link_out_of_the_library_is_refused(tmp_path, home):
    from tests.kit import library_copy

    lib = library_copy(tmp_path, "lib")
    secret = tmp_path / "secret.txt"
    secret.write_text("1.这是工作站上的私人文件，不得读入。（责任单位：区国资委）\n", encoding="utf-8")
    (lib / "documents" / "linked.txt").symlink_to(secret)
    with (lib / "documents.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[document]]\nid = "linked"\nfile = "documents/linked.txt"\ndistrict = "朝阳区"\n')
    data = tmp_path / "data"
    with pytest.raises(PolicyDataError) as caught:
        build(data, resources=lib)
    assert str(caught.value) == f"{lib / 'documents.toml'}：文件“documents/linked.txt”不在文件库（{lib}）之内（绝对路径、.. 或链接），已拒绝。"
    assert active_store(data) is None


# -- 5/8. an imports catalogue with entries of the wrong kind ----------------------------------------------------

def test_bad_entries_of_the_imports_catalogue_are_skipped_with_a_warning_by_builds_and_list(tmp_path, home, capsys):
    data = tmp_path / "data"
    source = tmp_path / "a.txt"
    source.write_text(POLICY, encoding="utf-8")
    assert main(["import", str(source), "--district", "延庆区", "--data", str(data)]) == 0
    folder = home / "imports"
    path = folder / "documents.toml"
    good = path.read_text(encoding="utf-8")
    for name in ("n.txt", "m.txt", "d.txt"):
        (folder / name).write_text(POLICY, encoding="utf-8")
    path.write_text(good + '\n[[document]]\nid = 5\nfile = "n.txt"\ndistrict = "延庆区"\n'
                    '\n[[document]]\nid = "mars"\nfile = "m.txt"\ndistrict = "火星区"\n'
                    '\n[[document]]\nid = "deep"\nfile = "d.txt"\ntitle = ' + "[" * 50_000 + "]" * 50_000 + "\n",
                    encoding="utf-8")
    capsys.readouterr()
    result = build(data)
    assert result.measures == CORPUS + 2
    assert sorted(w for w in result.warnings if w.startswith(str(path))) == sorted([
        f"{path}：第4个导入条目无法读取（格式错误或嵌套过深），已跳过。",
        f"{path}：条目的 id“（数字）”应为由字母、数字、- _ . 组成的文字，已跳过。",
        f"{path}：条目“mars”的地区“火星区”不是北京市或其下的区（可用：{'、'.join(PLACES)}），已跳过。"])
    assert set(Store(data).documents).isdisjoint({"mars", "deep", "5"})
    assert main(["import", "--list"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1 and "延庆区" in captured.out
    assert captured.err.count("警告：") == 3
    # a catalogue that cannot be read whole is never rewritten (its other entries would be lost): refused
    other = tmp_path / "b.txt"
    other.write_text(POLICY.replace("补贴", "贷款贴息"), encoding="utf-8")
    assert main(["import", str(other), "--district", "延庆区", "--data", str(data)]) == 1
    assert capsys.readouterr().err == f"错误：{path}：文件目录中有嵌套过深的值，格式错误。请由维护人员修正这个文件。\n"
    assert path.read_text(encoding="utf-8").startswith(good)


# -- 7. folders that are links out of the app-data folder --------------------------------------------------------

def test_an_imports_folder_linked_out_of_the_app_data_folder_is_never_written(tmp_path, home, capsys):
    outside = tmp_path / "etc"
    outside.mkdir()
    home.mkdir(parents=True)
    (home / "imports").symlink_to(outside)
    source = tmp_path / "a.txt"
    source.write_text(POLICY, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["import", str(source), "--district", "延庆区", "--data", str(data)]) == 1
    assert capsys.readouterr().err == (f"错误：{home / 'imports'}：导入文件夹是指向程序数据文件夹以外（{outside}）的链接，为安全起见不会写入或读取。"
                                       f"请删除这个链接（程序会重新建立文件夹），或请管理员检查 {home} 的内容。\n")
    assert list(outside.iterdir()) == []
    assert main(["import", "--list"]) == 1
    result = build(data)  # builds go on without the imports, saying why
    assert result.measures == CORPUS and "导入文件夹是指向程序数据文件夹以外" in result.warnings[0]
    assert list(outside.iterdir()) == []


def test_a_data_folder_linked_out_of_the_app_data_folder_is_never_written(tmp_path, home):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    home.mkdir(parents=True)
    (home / "data").symlink_to(outside)
    with pytest.raises(PolicyDataError, match="数据文件夹是指向程序数据文件夹以外"):
        build(home / "data")
    assert list(outside.iterdir()) == []


# -- 8. text of a signed pack is shown, never obeyed, by the terminal --------------------------------------------

def test_control_characters_of_a_signed_version_and_notes_are_shown_escaped(tmp_path, key, home, capsys):
    pack = tmp_path / "c.pbpack"
    create_pack(pack, key, passphrase=PASSPHRASE, version="20261201.1\x1b[2J", notes="第一行\n已更新到数据包版本 99\u202e")
    assert main(["pack", "verify", str(pack)]) == 0
    out = capsys.readouterr().out
    assert out == (f"数据包完好：版本 20261201.1\\x1b[2J，签名者 {key_id(bytes(load_signing_key(key, PASSPHRASE).verify_key))}（maintainer.pub），"
                   "5份文件，189条措施。\n更新说明：第一行 已更新到数据包版本 99\\u202e\n")
    data = tmp_path / "data"
    assert main(["pack", "apply", str(pack), "--data", str(data)]) == 0
    assert "\x1b" not in capsys.readouterr().out
    assert Store(data).pack["notes"] == "第一行 已更新到数据包版本 99\\u202e"


def test_a_central_directory_asking_for_a_future_zip_version_is_refused_as_damaged(tmp_path, applied):
    """Found by the fuzz (tests/test_pack_fuzz.py): zipfile raised NotImplementedError while opening."""
    pack, data, before = applied
    raw = bytearray(pack.read_bytes())
    raw[raw.rfind(b"PK\x01\x02") + 6] = 101  # "needs zip version 10.1"
    hostile = tmp_path / "v.pbpack"
    hostile.write_bytes(bytes(raw))
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(hostile, data)
    assert str(caught.value) == f"{hostile}：数据包已损坏或不完整（可能复制时被截断），已拒绝，当前数据未改动。请重新复制一份。"
    assert snapshot(data) == before
