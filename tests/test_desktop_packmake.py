"""数据 → 制作数据包… in the window (issue 24, item 2): a new key (passphrase twice) → pack → verified, its
key id shown and its public key exported for IT; the next pack says what changed since; a wrong
passphrase, a missing key and a folder that cannot be written are each one Chinese message with no file
written. And 关于数据 lists the trusted keys, where each comes from and which one signed the data in use
(item 3)."""
from __future__ import annotations

import re
import shutil

from PySide6.QtCore import Qt

from desktop.dialogs import RecordingPrompter
from index.packs.archive import verify_pack
from index.packs.keys import keygen, read_key_file
from tests.kit import PASSPHRASE
from tests.windowkit import make_window, settle

NEW = "区数据维护 2026 口令"


def open_maker(qtbot, tmp_path, data, home):
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    window.make_pack_action.trigger()
    maker = window.pack_flow.maker
    assert maker.isVisible() and maker.key is None and not maker.make_button.isEnabled()
    return window, maker


def click(qtbot, button):
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_new_key_then_pack_then_verify_and_the_public_key_for_it(qtbot, workstation, tmp_path):
    data, home, _ = workstation
    window, maker = open_maker(qtbot, tmp_path, data, home)
    prompter = window.prompter_ref
    maker.new_passphrase.setText(NEW)
    maker.new_passphrase_again.setText(NEW + "x")
    click(qtbot, maker.new_key_button)
    assert prompter.messages[-1] == ("warn", "新建密钥", "两次输入的口令不一样，请重新输入。") and maker.key is None
    maker.new_passphrase_again.setText(NEW)
    prompter.save_to = tmp_path / "我的密钥" / "signing.key"
    click(qtbot, maker.new_key_button)
    qtbot.waitUntil(lambda: maker.key is not None and not maker.busy, timeout=30000)
    secret = tmp_path / "我的密钥" / "signing.key"
    kid = read_key_file(secret).key_id
    assert maker.key_label.text() == f"{secret}\n密钥 ID：{kid}（已用口令加密）"
    assert read_key_file(secret).encrypted and maker.passphrase.text() == NEW  # typed twice, not asked again
    qtbot.waitUntil(lambda: maker.changes_label.text() == "这把密钥在本机还没有制作过数据包：将包含正在使用的全部数据。")

    maker.version.setText("20261203.000001")
    maker.notes.setPlainText("十二月的数据")
    prompter.save_to = tmp_path / "发出" / "惠企政策-12月.pbpack"
    with qtbot.waitSignal(maker.made, timeout=60000) as made:
        click(qtbot, maker.make_button)
    out = tmp_path / "发出" / "惠企政策-12月.pbpack"
    assert made.args[0]["file"] == out and made.args[0]["key_id"] == kid
    assert maker.status.text().startswith(f"已制作并校验数据包 {out}：版本 20261203.000001，5份文件，189条措施，")
    assert [p.name for p in out.parent.iterdir()] == ["惠企政策-12月.pbpack"]  # no .partial left
    qtbot.waitUntil(lambda: maker.changes_label.text() == "与上次制作的数据包（版本 20261203.000001）相比：与正在使用的数据相同，没有变化")

    prompter.save_to = home / "trusted_keys" / "区数据维护"
    click(qtbot, maker.export_button)
    exported = home / "trusted_keys" / "区数据维护.pub"
    assert maker.status.text().startswith(f"已导出公钥 {exported}（ID {kid}）。请交给IT")
    verified = verify_pack(out)  # as a workstation that trusts the exported key
    assert (verified.signer, verified.version, verified.manifest["notes"]) == (exported, "20261203.000001", "十二月的数据")


def test_a_wrong_passphrase_a_missing_key_and_an_unwritable_folder_write_nothing(qtbot, workstation, tmp_path):
    data, home, _ = workstation
    window, maker = open_maker(qtbot, tmp_path, data, home)
    prompter = window.prompter_ref
    secret, _ = keygen(tmp_path / "k2", PASSPHRASE)
    kid = read_key_file(secret).key_id

    prompter.choose = tmp_path / "nowhere" / "signing.key"
    click(qtbot, maker.choose_key_button)
    assert prompter.messages[-1] == ("warn", "签名密钥不能用", f"{tmp_path / 'nowhere' / 'signing.key'}：找不到签名密钥（signing.key）文件。"
                                     "请确认位置正确（密钥文件夹里的 signing.key），或新建一把密钥。")
    assert maker.key is None

    prompter.choose = secret
    click(qtbot, maker.choose_key_button)
    assert maker.key_label.text() == f"{secret}\n密钥 ID：{kid}（已用口令加密）"
    click(qtbot, maker.make_button)
    assert prompter.messages[-1] == ("warn", "制作数据包", "请先输入签名密钥的口令。")

    maker.passphrase.setText("not the passphrase")
    out = tmp_path / "out" / "p.pbpack"
    prompter.save_to = out
    with qtbot.waitSignal(maker.failed, timeout=30000):
        click(qtbot, maker.make_button)
    assert prompter.messages[-1] == ("warn", "口令不对", f"{secret}：口令不对，签名密钥（ID {kid}）没有打开。"
                                     "请注意大小写和输入法（全角/半角），再输入一次。")
    assert maker.passphrase.text() == "" and not out.parent.exists()

    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    prompter.save_to = tmp_path / "a-file" / "p.pbpack"  # its folder is a file: nothing can be written there
    maker.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(maker.failed, timeout=60000):
        click(qtbot, maker.make_button)
    assert prompter.messages[-1] == ("warn", "制作数据包", f"写出数据包失败：{tmp_path / 'a-file'}：同名的文件已存在。请换一个位置或名称。")
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []


def test_about_data_lists_the_trusted_keys_their_source_and_the_signer(qtbot, workstation, tmp_path, monkeypatch):
    data, home, _ = workstation
    system = tmp_path / "system-keys"
    monkeypatch.setenv("POLICY_BROWSER_SYSTEM_KEYS", str(system))
    _, other = keygen(tmp_path / "it", PASSPHRASE)
    system.mkdir()
    shutil.copy(other, system / "district.pub")
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    window.about_data_action.trigger()
    text = window.pack_flow.about.browser.toPlainText()
    signer = window.engine.store.pack["key_id"]
    other_id = read_key_file(tmp_path / "it" / "signing.key").key_id
    assert "本机信任的签名密钥" in text
    assert re.search(rf"{other_id}\s+本机所有用户\s+{re.escape(str(system / 'district.pub'))}", text)
    assert re.search(rf"{signer}\s+本用户\s+{re.escape(str(home / 'trusted_keys' / 'maintainer.pub'))}\s+签发了正在使用的数据", text)


def test_the_self_test_makes_a_key_and_a_pack_with_the_window_and_applies_it_elsewhere(qtbot, workstation, tmp_path, qapp):
    """desktop/selftest.py's pack round trip, on its own: it writes only inside the folder it is given."""
    from desktop.selftest import pack_check

    data, home, _ = workstation
    window = make_window(qtbot, data, home / "ui", RecordingPrompter(answer=True))
    settle(qtbot, window)
    before = sorted(p.relative_to(home) for p in home.rglob("*") if "ui" not in p.parts)
    report = pack_check(qapp, window, window.prompter_ref, tmp_path / "selftest")
    assert report["pack_roundtrip"] is True and report["pack_measures"] == 189
    assert report["pack_diff"] == "新增文件5份；新增措施189条"  # the second data folder was empty
    assert sorted(p.relative_to(home) for p in home.rglob("*") if "ui" not in p.parts) == before
    assert window.engine.store.pack["pack_version"] == "20261201.000001"  # the window's own data untouched


def test_a_key_in_clear_is_shown_so_and_gets_a_passphrase_in_the_window(qtbot, workstation, tmp_path):
    import base64

    from nacl.signing import SigningKey

    data, home, _ = workstation
    window, maker = open_maker(qtbot, tmp_path, data, home)
    seed = SigningKey.generate()
    (tmp_path / "old").mkdir()
    old = tmp_path / "old" / "signing.key"
    old.write_text(f"policy-browser-ed25519 secret {base64.b64encode(bytes(seed)).decode()}\n", encoding="ascii")
    window.prompter_ref.choose = old
    click(qtbot, maker.choose_key_button)
    kid = read_key_file(old).key_id
    assert maker.key_label.text() == f"{old}\n密钥 ID：{kid}（没有加密：请尽快加上口令）"
    assert maker.encrypt_button.isVisible() and not maker.passphrase.isEnabled()
    maker.new_passphrase.setText(NEW)
    maker.new_passphrase_again.setText(NEW)
    click(qtbot, maker.encrypt_button)
    qtbot.waitUntil(lambda: not maker.busy and maker.key.encrypted, timeout=30000)
    assert maker.key_label.text() == f"{old}\n密钥 ID：{kid}（已用口令加密）" and not maker.encrypt_button.isVisible()
    assert base64.b64encode(bytes(seed)) not in old.read_bytes()
    assert maker.status.text() == f"已用口令加密密钥（ID {kid}）：{old.parent}。请备份这个文件夹，并记住口令；公钥请用“导出公钥…”交给IT。"


def test_closing_the_dialog_forgets_the_passphrases(qtbot, workstation, tmp_path):
    data, home, _ = workstation
    window, maker = open_maker(qtbot, tmp_path, data, home)
    secret, _ = keygen(tmp_path / "k", PASSPHRASE)
    window.prompter_ref.choose = secret
    click(qtbot, maker.choose_key_button)
    maker.passphrase.setText(PASSPHRASE)
    maker.new_passphrase.setText(NEW)
    click(qtbot, maker.close_button)
    assert not maker.isVisible()
    assert (maker.passphrase.text(), maker.new_passphrase.text()) == ("", "")
