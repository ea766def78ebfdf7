"""Data packs: keygen → create → verify → diff → apply → rollback, and every refusal with the data untouched."""
from __future__ import annotations

import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from index.cli import main
from index.errors import PolicyDataError
from index.packs.archive import create_pack, verify_pack
from index.packs.install import apply_pack, pack_diff, rollback
from index.packs.keys import keygen
from index.search import SearchEngine
from index.store import Store, active_store
from tests.kit import CHAOYANG, PASSPHRASE, library_copy, snapshot, with_extra_document



def test_keygen_writes_a_private_key_only_its_owner_reads_and_never_overwrites_it(tmp_path):
    secret, public = keygen(tmp_path / "k", PASSPHRASE)
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert public.read_text(encoding="ascii").startswith("policy-browser-ed25519 ")
    assert secret.read_text(encoding="ascii").startswith("policy-browser-ed25519 secret-v2 argon2id13 ")
    with pytest.raises(PolicyDataError, match="已有签名密钥，不会覆盖"):
        keygen(tmp_path / "k", PASSPHRASE)


def test_a_pack_applied_to_a_fresh_workstation_is_searchable(tmp_path, key, home):
    pack = tmp_path / "p1.zip"
    manifest = create_pack(pack, key, passphrase=PASSPHRASE, notes="第一版", version="20261201.000001")
    assert manifest["measures"] == 189 and len(manifest["documents"]) == 5
    verified = verify_pack(pack)
    assert verified.version == "20261201.000001" and verified.signer.name == "maintainer.pub"
    data = tmp_path / "data"
    result = apply_pack(pack, data)
    assert (result["documents"], result["measures"], result["previous"]) == (5, 189, None)
    store = Store(data)
    assert store.pack["pack_version"] == "20261201.000001" and store.pack["notes"] == "第一版"
    assert store.meta["newest_document"] == "2022-06-13"
    assert store.measure("chaoyang-2022/4")["text"].startswith("2022年对承租区内各类国有房屋")
    hits = SearchEngine(data).search("房租减免")["hits"]
    assert "chaoyang-2022/4" in [h["id"] for h in hits]


def test_diff_lists_exactly_the_added_document_then_apply_and_rollback(tmp_path, key, home, capsys):
    first, second = tmp_path / "p1.zip", tmp_path / "p2.zip"
    create_pack(first, key, passphrase=PASSPHRASE, version="20261201.000001")
    create_pack(second, key, passphrase=PASSPHRASE, version="20261202.000001", resources=with_extra_document(tmp_path))
    data = tmp_path / "data"
    apply_pack(first, data)
    store_before = active_store(data)

    assert main(["pack", "diff", str(second), "--data", str(data), "--json"]) == 0
    diff = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in diff["documents"]["added"]] == ["chaoyang-copy"]
    assert diff["documents"]["removed"] == [] and diff["documents"]["replaced"] == []
    assert diff["measures"]["added"] == [f"chaoyang-copy/{n}" for n in range(1, 46)]
    assert diff["measures"]["removed"] == [] and diff["measures"]["changed"] == []
    assert diff["summary"] == "新增文件1份；新增措施45条"
    assert active_store(data) == store_before  # diff changes nothing

    apply_pack(second, data)
    assert Store(data).measure("chaoyang-copy/45") is not None
    rollback(data)
    assert active_store(data) == store_before
    store = Store(data)
    assert store.measure("chaoyang-copy/45") is None and store.pack["pack_version"] == "20261201.000001"


def test_a_changed_deadline_is_named_in_the_diff(tmp_path, key, home):
    first, second = tmp_path / "p1.zip", tmp_path / "p2.zip"
    create_pack(first, key, passphrase=PASSPHRASE, version="20261201.000001")
    lib = library_copy(tmp_path, "lib3")
    text = (lib / CHAOYANG).read_text(encoding="utf-8")
    (lib / CHAOYANG).write_text(text.replace("欠费不停供”，缓缴期限至2022年底", "欠费不停供”，缓缴期限至2026年底"), encoding="utf-8")
    create_pack(second, key, passphrase=PASSPHRASE, version="20261202.000001", resources=lib)
    data = tmp_path / "data"
    apply_pack(first, data)
    diff = pack_diff(second, data)
    assert [d["id"] for d in diff["documents"]["replaced"]] == ["chaoyang-2022"]
    assert [(c["id"], c["fields"]) for c in diff["measures"]["changed"]] == [("chaoyang-2022/5", ["text", "deadline"])]
    assert diff["measures"]["changed"][0]["deadline"]["new_dates"] == ["2026-12-31"]
    assert diff["summary"] == "更换文件1份；修改措施1条（原文1条、期限1条）"


def rewrite(pack: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            name, data = change(info.filename, zin.read(info))
            zout.writestr(name, data)
    return out


def refused(pack: Path, data: Path, before: dict, message: str, **kwargs) -> None:
    with pytest.raises(PolicyDataError) as caught:
        apply_pack(pack, data, **kwargs)
    assert message in str(caught.value)
    assert snapshot(data) == before


def test_a_one_byte_tamper_is_refused(tmp_path, applied):
    pack, data, before = applied
    raw = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        info = zf.getinfo(f"library/{CHAOYANG}")
    raw[info.header_offset + 30 + len(info.filename) + 10] ^= 0x01  # a byte inside the compressed document
    (tmp_path / "t.zip").write_bytes(bytes(raw))
    refused(tmp_path / "t.zip", data, before, "已损坏，已拒绝，当前数据未改动")


def test_a_document_changed_after_signing_is_refused(tmp_path, applied):
    pack, data, before = applied
    tampered = rewrite(pack, tmp_path / "t.zip", lambda n, d: (n, d.replace("减免6个月".encode(), "减免9个月".encode())))
    refused(tampered, data, before, "校验不符（被改动或损坏），已拒绝，当前数据未改动")


def test_a_manifest_changed_after_signing_is_refused(tmp_path, applied):
    pack, data, before = applied
    tampered = rewrite(pack, tmp_path / "t.zip",
                       lambda n, d: (n, d.replace(b'"measures": 189', b'"measures": 190') if n == "manifest.json" else d))
    refused(tampered, data, before, "签名不符，数据包在签名后被改动过，已拒绝，当前数据未改动")


def test_a_pack_signed_by_an_unknown_key_is_refused(tmp_path, applied):
    _, data, before = applied
    stranger, _ = keygen(tmp_path / "stranger", PASSPHRASE)
    pack = tmp_path / "s.zip"
    create_pack(pack, stranger, passphrase=PASSPHRASE, version="20261203.000001")
    refused(pack, data, before, "不在本机信任的密钥中，已拒绝，当前数据未改动")


def test_a_dot_dot_entry_is_refused(tmp_path, applied):
    pack, data, before = applied
    tampered = rewrite(pack, tmp_path / "t.zip",
                       lambda n, d: (n.replace("library/synonyms.txt", "library/../../synonyms.txt"), d))
    refused(tampered, data, before, "不安全的文件名“library/../../synonyms.txt”")
    assert not (tmp_path / "synonyms.txt").exists()


def test_a_link_entry_is_refused(tmp_path, applied):
    pack, data, before = applied
    out = tmp_path / "l.zip"
    shutil.copy(pack, out)
    with zipfile.ZipFile(out, "a") as zf:
        link = zipfile.ZipInfo("library/evil")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    refused(out, data, before, "不是普通文件（链接或目录）")


def test_a_truncated_pack_is_refused(tmp_path, applied):
    pack, data, before = applied
    raw = pack.read_bytes()
    (tmp_path / "cut.zip").write_bytes(raw[: len(raw) // 2])
    refused(tmp_path / "cut.zip", data, before, "数据包已损坏或不完整（可能复制时被截断），已拒绝，当前数据未改动")


def test_a_downgrade_is_refused_unless_allowed(tmp_path, key, applied):
    _, data, before = applied
    older = tmp_path / "old.zip"
    create_pack(older, key, passphrase=PASSPHRASE, version="20261130.000001")
    refused(older, data, before, "数据包版本 20261130.000001 比正在使用的 20261201.000001 旧，已拒绝")
    apply_pack(older, data, allow_downgrade=True)
    assert Store(data).pack["pack_version"] == "20261130.000001"


def test_a_pack_for_a_newer_schema_is_refused(tmp_path, key, applied, monkeypatch):
    _, data, before = applied
    import index.packs.archive as archive

    supported = archive.SCHEMA_VERSION
    monkeypatch.setattr(archive, "SCHEMA_VERSION", 99)  # made by a newer program
    newer = tmp_path / "new.zip"
    create_pack(newer, key, passphrase=PASSPHRASE, version="20261205.000001")
    monkeypatch.setattr(archive, "SCHEMA_VERSION", supported)
    refused(newer, data, before, "数据包需要更新版本的程序（数据格式 99")


def test_rollback_without_a_previous_version_says_so(tmp_path, home):
    with pytest.raises(PolicyDataError, match="没有可以恢复的上一版本数据"):
        rollback(tmp_path / "empty")


def test_cli_verify_reports_the_reason_in_chinese_with_a_non_zero_exit(tmp_path, applied, capsys):
    pack, _, _ = applied
    raw = pack.read_bytes()
    (tmp_path / "cut.zip").write_bytes(raw[:100])
    assert main(["pack", "verify", str(tmp_path / "cut.zip")]) == 1
    assert "数据包已损坏或不完整" in capsys.readouterr().err
    assert main(["pack", "verify", str(pack), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pack_version"] == "20261201.000001"
