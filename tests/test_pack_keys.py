"""Signing keys encrypted with a passphrase (issue 24, item 2): Argon2id + SecretBox behind a versioned
header; a wrong passphrase, a damaged or a missing key each say so in Chinese with nothing written;
keys of the first format (in clear) still sign, with a warning that says how to encrypt them; the
command line takes the passphrase from a file or the environment, never from its arguments. And the
machine-wide trusted keys folder (item 3)."""
from __future__ import annotations

import base64
import errno
import json
import shutil
import sys
import zipfile

import pytest
from nacl.signing import SigningKey

from index import paths
from index.cli import main
from index.errors import PolicyDataError
from index.packs.archive import create_pack, verify_pack
from index.packs.keys import (PassphraseNeeded, WrongPassphrase, export_public_key, key_id, keygen, load_public_key,
                              load_signing_key, read_key_file, trusted_keys)
from tests.kit import PASSPHRASE


def legacy_key(folder):
    """A signing key as the program wrote it before passphrases (the seed in clear)."""
    key = SigningKey.generate()
    folder.mkdir(parents=True)
    path = folder / "signing.key"
    path.write_text(f"policy-browser-ed25519 secret {base64.b64encode(bytes(key)).decode()}\n", encoding="ascii")
    path.chmod(0o600)
    return path, key


def test_the_secret_is_never_in_clear_on_disk_and_the_passphrase_opens_it(tmp_path):
    secret, public = keygen(tmp_path / "k", PASSPHRASE)
    key = load_signing_key(secret, PASSPHRASE)
    text = secret.read_bytes()
    for form in (bytes(key), base64.b64encode(bytes(key)), bytes(key).hex().encode()):
        assert form not in text
    fields = text.decode("ascii").split()
    assert fields[:5] == ["policy-browser-ed25519", "secret-v2", "argon2id13", "3", str(64 * 2**20)]
    assert bytes(load_public_key(public)) == bytes(key.verify_key)
    info = read_key_file(secret)  # the key id needs no passphrase
    assert info.encrypted and info.key_id == key_id(bytes(key.verify_key)) == public.read_text().split()[2]
    assert keygen(tmp_path / "k2", PASSPHRASE)[0].read_bytes() != text  # a new salt, a new key each time


def test_a_wrong_or_missing_passphrase_is_said_in_chinese(tmp_path):
    secret, _ = keygen(tmp_path / "k", PASSPHRASE)
    kid = read_key_file(secret).key_id
    with pytest.raises(WrongPassphrase) as wrong:
        load_signing_key(secret, PASSPHRASE + "x")
    assert str(wrong.value) == (f"{secret}：口令不对，签名密钥（ID {kid}）没有打开。"
                                "请注意大小写和输入法（全角/半角），再输入一次。")
    with pytest.raises(PassphraseNeeded) as missing:
        load_signing_key(secret, None)
    assert str(missing.value) == f"{secret}：签名密钥（ID {kid}）用口令加密，请输入口令。"


def test_a_damaged_key_is_told_apart_from_a_wrong_passphrase(tmp_path):
    secret, _ = keygen(tmp_path / "k", PASSPHRASE)
    fields = secret.read_text(encoding="ascii").split()
    box = bytearray(base64.b64decode(fields[7]))
    box[30] ^= 1
    fields[7] = base64.b64encode(bytes(box)).decode()
    secret.write_text(" ".join(fields) + "\n", encoding="ascii")
    with pytest.raises(PolicyDataError) as damaged:
        load_signing_key(secret, PASSPHRASE)
    assert not isinstance(damaged.value, WrongPassphrase)
    assert str(damaged.value).startswith(f"{secret}：签名密钥文件已损坏（内容与校验不符），无法使用。请换用备份的密钥文件")
    secret.write_text(" ".join(fields[:5]) + "\n", encoding="ascii")  # cut short
    with pytest.raises(PolicyDataError, match="签名密钥文件已损坏"):
        read_key_file(secret)


def test_a_missing_key_says_where_it_was_looked_for(tmp_path):
    with pytest.raises(PolicyDataError) as missing:
        load_signing_key(tmp_path / "nowhere" / "signing.key", PASSPHRASE)
    assert str(missing.value) == (f"{tmp_path / 'nowhere' / 'signing.key'}：找不到签名密钥（signing.key）文件。"
                                  "请确认位置正确（密钥文件夹里的 signing.key），或新建一把密钥。")


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(PolicyDataError, match="口令太短：至少要8个字符"):
        keygen(tmp_path / "k", "1234567")
    assert not (tmp_path / "k").exists()


def test_a_key_pair_is_written_whole_or_not_at_all(tmp_path):
    (tmp_path / "k" / "signing.pub").mkdir(parents=True)  # the public key cannot take its place
    with pytest.raises(PolicyDataError) as failed:
        keygen(tmp_path / "k", PASSPHRASE)
    assert str(failed.value) == f"写入公钥失败：{tmp_path / 'k'}：这是一个文件夹，不是文件。请换一个位置。"
    assert sorted(p.name for p in (tmp_path / "k").iterdir()) == ["signing.pub"]  # no signing.key, no .partial


def test_a_key_in_clear_still_signs_with_a_warning_that_says_how_to_encrypt_it(tmp_path, home, capsys):
    path, key = legacy_key(tmp_path / "old")
    warnings: list[str] = []
    assert bytes(load_signing_key(path, None, warnings)) == bytes(key)
    assert warnings == [f"{path}：签名密钥没有用口令加密，拿到这个文件的人就能冒充您签发数据包。"
                        f"请尽快加上口令：policy-browser admin pack passphrase --key {path}"]
    words = tmp_path / "new-passphrase.txt"
    words.write_text("新的口令 new words\n", encoding="utf-8")
    assert main(["pack", "passphrase", "--key", str(path), "--new-passphrase-file", str(words)]) == 0
    assert capsys.readouterr().out == f"已用新口令加密签名密钥 {path}（ID {key_id(bytes(key.verify_key))}）。\n"
    assert base64.b64encode(bytes(key)) not in path.read_bytes()
    assert bytes(load_signing_key(path, "新的口令 new words")) == bytes(key)


def test_the_command_line_takes_the_passphrase_from_a_file_or_the_environment_never_its_arguments(tmp_path, home, capsys, monkeypatch):
    monkeypatch.delenv("POLICY_BROWSER_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["pack", "keygen", "--out", str(tmp_path / "k")]) == 1
    assert capsys.readouterr().err == ("错误：需要新密钥的口令：请在终端里运行并按提示输入，或用 --passphrase-file 文件"
                                       "（文件第一行是口令），或设置环境变量 POLICY_BROWSER_PASSPHRASE。\n")
    assert not (tmp_path / "k").exists()
    words = tmp_path / "passphrase.txt"
    words.write_text(PASSPHRASE + "\r\n", encoding="utf-8")
    assert main(["pack", "keygen", "--out", str(tmp_path / "k"), "--passphrase-file", str(words)]) == 0
    capsys.readouterr()
    secret = tmp_path / "k" / "signing.key"
    load_signing_key(secret, PASSPHRASE)  # the line break is not part of the passphrase
    (home / "trusted_keys").mkdir(parents=True)
    shutil.copy(tmp_path / "k" / "signing.pub", home / "trusted_keys" / "maintainer.pub")
    out = tmp_path / "p.pbpack"
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", "not the passphrase")
    assert main(["pack", "create", "-o", str(out), "--key", str(secret), "--json"]) == 1
    assert "口令不对，签名密钥" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", PASSPHRASE)
    assert main(["pack", "create", "-o", str(out), "--key", str(secret), "--json", "--pack-version", "20261201.000001"]) == 0
    assert json.loads(capsys.readouterr().out)["key_id"] == read_key_file(secret).key_id
    assert verify_pack(out).version == "20261201.000001"


def test_a_full_disk_while_packing_leaves_the_previous_pack_as_it_was(tmp_path, key, monkeypatch):
    out = tmp_path / "p.pbpack"
    create_pack(out, key, passphrase=PASSPHRASE, version="20261201.000001")
    before = out.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", full)
    with pytest.raises(PolicyDataError) as failed:
        create_pack(out, key, passphrase=PASSPHRASE, version="20261202.000001")
    assert str(failed.value) == f"写出数据包失败：{tmp_path}：磁盘空间不足。请清理磁盘空间后重试，或换一个空间充足的文件夹。"
    assert out.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir() if ".partial" in p.name) == []


def test_the_public_key_for_it_is_exported_without_the_passphrase(tmp_path):
    secret, public = keygen(tmp_path / "k", PASSPHRASE)
    (tmp_path / "for-it").mkdir()
    out = export_public_key(secret, tmp_path / "for-it" / "区数据维护.pub")
    assert out.read_text(encoding="ascii") == public.read_text(encoding="ascii")


# -- the machine's trusted keys (item 3) ------------------------------------------------------------

def test_the_machine_wide_folder_is_etc_on_linux_and_programdata_on_windows(monkeypatch, tmp_path):
    monkeypatch.delenv("POLICY_BROWSER_SYSTEM_KEYS")
    monkeypatch.setattr(sys, "platform", "linux")
    assert str(paths.system_trusted_keys_dir()) == "/etc/policy-browser/trusted_keys"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    assert paths.system_trusted_keys_dir() == tmp_path / "ProgramData" / "policy-browser" / "trusted_keys"
    monkeypatch.delenv("PROGRAMDATA")
    monkeypatch.setenv("ALLUSERSPROFILE", str(tmp_path / "AllUsers"))
    assert paths.system_trusted_keys_dir() == tmp_path / "AllUsers" / "policy-browser" / "trusted_keys"
    monkeypatch.delenv("ALLUSERSPROFILE")
    assert str(paths.system_trusted_keys_dir()).replace("\\", "/") == "C:/ProgramData/policy-browser/trusted_keys"


def test_a_key_it_put_in_the_machine_folder_is_trusted_by_every_user(tmp_path, monkeypatch, home):
    system = tmp_path / "etc-keys"
    monkeypatch.setenv("POLICY_BROWSER_SYSTEM_KEYS", str(system))
    secret, public = keygen(tmp_path / "k", PASSPHRASE)
    pack = tmp_path / "p.pbpack"
    create_pack(pack, secret, passphrase=PASSPHRASE, version="20261201.000001")
    with pytest.raises(PolicyDataError, match="不在本机信任的密钥中"):
        verify_pack(pack)
    system.mkdir()
    shutil.copy(public, system / "district.pub")
    verified = verify_pack(pack)
    assert verified.signer == system / "district.pub"
    listed = trusted_keys()[verified.key_id]
    assert (listed.source, listed.source_label) == ("system", "本机所有用户")


def test_a_passphrase_typed_wrong_at_the_terminal_may_be_typed_again(tmp_path, key, home, capsys, monkeypatch):
    monkeypatch.delenv("POLICY_BROWSER_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    typed = iter(["wrong one", PASSPHRASE])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    out = tmp_path / "p.pbpack"
    assert main(["pack", "create", "-o", str(out), "--key", str(key), "--pack-version", "20261201.000001"]) == 0
    kid = read_key_file(key).key_id
    assert capsys.readouterr().err.startswith(f"{key}：口令不对，签名密钥（ID {kid}）没有打开。"
                                              "请注意大小写和输入法（全角/半角），再输入一次。（还可以再试2次）\n")
    assert verify_pack(out).version == "20261201.000001"


def test_the_passphrase_of_an_encrypted_key_can_be_changed(tmp_path, key, home, capsys, monkeypatch):
    words = tmp_path / "new.txt"
    words.write_text("另一个更长的口令 2027\n", encoding="utf-8")
    before = key.read_bytes()
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", "not it at all")  # the current one, wrong: nothing changes
    assert main(["pack", "passphrase", "--key", str(key), "--new-passphrase-file", str(words)]) == 1
    assert "口令不对" in capsys.readouterr().err and key.read_bytes() == before
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", PASSPHRASE)
    assert main(["pack", "passphrase", "--key", str(key), "--new-passphrase-file", str(words)]) == 0
    with pytest.raises(WrongPassphrase):
        load_signing_key(key, PASSPHRASE)
    assert read_key_file(key).key_id == key_id(bytes(load_signing_key(key, "另一个更长的口令 2027").verify_key))


def test_a_pack_made_on_the_command_line_is_what_the_window_compares_the_next_one_with(tmp_path, key, home, applied, capsys):
    from nacl.signing import VerifyKey

    from index.packs.signed import changes_since_last, last_signed

    _, data, _ = applied
    kid = read_key_file(key).key_id
    assert changes_since_last(VerifyKey(read_key_file(key).public), data) is None
    out = tmp_path / "again.pbpack"
    assert main(["pack", "create", "-o", str(out), "--key", str(key), "--data", str(data), "--pack-version", "20261202.000001"]) == 0
    assert last_signed(kid).read_bytes() == out.read_bytes()
    diff = changes_since_last(VerifyKey(read_key_file(key).public), data)
    assert diff["last"]["pack_version"] == "20261202.000001" and diff["summary"] == "与正在使用的数据相同，没有变化"


def test_what_changed_since_the_last_pack_is_told_from_that_pack_to_the_data_in_use(tmp_path, key, home):
    from nacl.signing import VerifyKey

    from index.packs.install import apply_pack
    from index.packs.signed import changes_since_last, remember
    from tests.kit import with_extra_document

    first, second = tmp_path / "p1.pbpack", tmp_path / "p2.pbpack"
    manifest = create_pack(first, key, passphrase=PASSPHRASE, version="20261201.000001")
    remember(first, manifest["key_id"])
    create_pack(second, key, passphrase=PASSPHRASE, version="20261202.000001", resources=with_extra_document(tmp_path))
    data = tmp_path / "data"
    apply_pack(second, data)  # the maintainer's data now has one more document than the last pack sent
    diff = changes_since_last(VerifyKey(read_key_file(key).public), data)
    assert diff["last"]["pack_version"] == "20261201.000001"
    assert diff["summary"] == "新增文件1份；新增措施45条"
    assert [d["id"] for d in diff["documents"]["added"]] == ["chaoyang-copy"]
