"""数据 → 制作数据包…: the maintainer signs the data in use into a pack. Choose the signing key (or make
one: its passphrase typed twice), see its key id and export its public key for IT; type the passphrase,
the version and the notes; see what changed since the last pack this key signed; 制作 runs in the
background with progress, and the pack is verified before it takes its name. Every failure (a wrong
passphrase, a missing or damaged key, a full or read-only disk) is one Chinese message, with nothing
half-written. Main thread; the work runs on the window's TaskRunner."""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget)

from desktop.dialogs import Prompter, documents_dir
from desktop.packdialog import change_lines
from desktop.tasks import TaskRunner
from index.errors import PolicyDataError
from index.packs.archive import create_pack, new_version, verify_pack
from index.packs.keys import (KeyFile, TrustedKey, WrongPassphrase, check_new_passphrase,
                              export_public_key, keygen, load_signing_key, read_key_file, set_passphrase)
from index.packs.manifest import MAX_NOTES_CHARS, MAX_VERSION_CHARS
from index.packs.signed import changes_since_last, last_key, remember, remember_key
from index.store import active_store, store_library

log = logging.getLogger(__name__)
KEY_PATTERN = "签名密钥 (signing.key *.key);;所有文件 (*)"
PACK_PATTERN = "数据包 (*.pbpack)"
PUBLIC_PATTERN = "公钥 (*.pub)"


def make_pack(key_path: Path, passphrase: str | None, out: Path, data_dir: Path, notes: str, version: str,
              report) -> dict:
    """Worker thread: unlock the key, pack the library of the data in use in `data_dir` into `out`
    (verified before it takes the name), check the written file once more as a workstation will, and
    keep it as this key's last pack. Returns what the dialog shows."""
    warnings: list[str] = []
    key = load_signing_key(key_path, passphrase, warnings)
    current = active_store(data_dir)
    manifest = create_pack(out, key, notes=notes, version=version, resources=store_library(current) if current else None,
                           progress=report, warnings=warnings)
    own = TrustedKey(manifest["key_id"], key.verify_key, key_path, "user")
    verified = verify_pack(out, trusted={own.key_id: own})
    try:
        remember(out, own.key_id)
    except PolicyDataError as exc:  # the pack is made; only the next diff will lack it
        warnings.append(str(exc))
    return {"file": out, "version": verified.version, "key_id": own.key_id, "documents": len(manifest["documents"]),
            "measures": manifest["measures"], "bytes": out.stat().st_size, "warnings": warnings}


class MakePackDialog(QDialog):
    made = Signal(dict)  # a pack was written and verified: what make_pack returned
    failed = Signal(str)  # the message the maintainer was shown

    def __init__(self, runner: TaskRunner, prompter: Prompter, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("制作数据包"))
        self.runner, self.prompter, self.data_dir = runner, prompter, data_dir
        self.key: KeyFile | None = None
        self.busy = False

        self.key_label = QLabel(self.tr("签名密钥：还没有选择"), self)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_key_button = QPushButton(self.tr("选择密钥…"), self)
        self.export_button = QPushButton(self.tr("导出公钥…"), self)
        self.export_button.setToolTip(self.tr("把公钥（.pub）存成文件交给IT，放进各工作站的 trusted_keys 文件夹"))
        self.encrypt_button = QPushButton(self.tr("加上口令"), self)
        self.encrypt_button.setToolTip(self.tr("旧版生成的密钥没有加密：用下面输入两次的新口令加密它"))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("打开签名密钥的口令"))
        key_buttons = QHBoxLayout()
        for button in (self.choose_key_button, self.export_button, self.encrypt_button):
            key_buttons.addWidget(button)
        key_buttons.addStretch(1)

        self.new_group = QGroupBox(self.tr("新口令：新建密钥（第一次制作数据包时），或给没有加密的密钥加上口令"), self)
        self.new_passphrase = QLineEdit(self.new_group)
        self.new_passphrase_again = QLineEdit(self.new_group)
        for field in (self.new_passphrase, self.new_passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_key_button = QPushButton(self.tr("新建密钥…"), self.new_group)
        new_form = QFormLayout(self.new_group)
        new_form.addRow(self.tr("口令（至少8个字符）："), self.new_passphrase)
        new_form.addRow(self.tr("再输入一次："), self.new_passphrase_again)
        new_form.addRow("", self.new_key_button)

        self.version = QLineEdit(new_version(), self)
        self.version.setMaxLength(MAX_VERSION_CHARS)
        self.notes = QPlainTextEdit(self)
        self.notes.setPlaceholderText(self.tr("更新说明：工作站更新前会看到，如“新增朝阳区2026年措施”"))
        self.notes.setTabChangesFocus(True)
        self.changes_label = QLabel(self.tr("选择签名密钥后，这里列出与这把密钥上次制作的数据包相比的变化。"), self)
        self.changes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_label.setWordWrap(True)
        self.changes = QListWidget(self)
        self.changes.setWordWrap(True)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(self)
        self.make_button = QPushButton(self.tr("制作数据包…"), self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("签名密钥："), self.key_label)
        form.addRow("", key_buttons)
        form.addRow(self.tr("口令："), self.passphrase)
        form.addRow(self.tr("版本："), self.version)
        form.addRow(self.tr("更新说明："), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.new_group)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        self.resize(em * 46, em * 36)

        self.choose_key_button.clicked.connect(self.choose_key)
        self.export_button.clicked.connect(self.export_public)
        self.new_key_button.clicked.connect(self.new_key)
        self.encrypt_button.clicked.connect(self.encrypt_key)
        self.make_button.clicked.connect(self.make)
        remembered = last_key()
        if remembered is not None:
            self._use_key(remembered, quiet=True)
        self._update()

    def done(self, result: int) -> None:
        """Closed: the passphrases typed here are not kept in the window."""
        for field in (self.passphrase, self.new_passphrase, self.new_passphrase_again):
            field.clear()
        super().done(result)

    # -- the key -----------------------------------------------------------------------------------
    def _update(self) -> None:
        has_key = self.key is not None
        for widget in (self.export_button, self.make_button):
            widget.setEnabled(has_key and not self.busy)
        self.passphrase.setEnabled(has_key and self.key.encrypted and not self.busy)
        self.encrypt_button.setVisible(has_key and not self.key.encrypted)
        self.encrypt_button.setEnabled(not self.busy)
        for widget in (self.choose_key_button, self.new_group):
            widget.setEnabled(not self.busy)

    def _warn(self, title: str, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
        self.prompter.warn(self, title, message)

    def _use_key(self, path: Path, quiet: bool = False) -> bool:
        try:
            self.key = read_key_file(path)
        except PolicyDataError as exc:
            if not quiet:
                self._warn(self.tr("签名密钥不能用"), str(exc))
            return False
        state = self.tr("已用口令加密") if self.key.encrypted else self.tr("没有加密：请尽快加上口令")
        self.key_label.setText(self.tr("{0}\n密钥 ID：{1}（{2}）").format(path, self.key.key_id, state))
        self.passphrase.clear()
        remember_key(path)
        self._update()
        self.refresh_changes()
        return True

    def choose_key(self) -> None:
        path = self.prompter.choose_file(self, self.tr("选择签名密钥"), self.tr(KEY_PATTERN))
        if path is not None:
            self._use_key(path)

    def _new_passphrase(self, title: str) -> str | None:
        """The new passphrase typed twice, or None (and why, said) when it is too short or differs."""
        first, again = self.new_passphrase.text(), self.new_passphrase_again.text()
        try:
            check_new_passphrase(first)
        except PolicyDataError as exc:
            self._warn(title, str(exc))
            return None
        if first != again:
            self._warn(title, self.tr("两次输入的口令不一样，请重新输入。"))
            self.new_passphrase_again.clear()
            return None
        return first

    def encrypt_key(self) -> None:
        key = self.key
        first = self._new_passphrase(self.tr("加上口令")) if key is not None else None
        if first is None:
            return
        self._start(self.tr("正在加密签名密钥…"))
        self.runner.run(lambda: set_passphrase(key.path, None, first), lambda _info: self._on_key_made((key.path, None)),
                        self._on_failed, name="加密签名密钥")

    def new_key(self) -> None:
        first = self._new_passphrase(self.tr("新建密钥"))
        if first is None:
            return
        chosen = self.prompter.save_path(self, self.tr("新建密钥：选一个只有自己能用的文件夹（会写入 signing.key 和 signing.pub）"),
                                         documents_dir() / "政策数据签名密钥" / "signing.key", self.tr(KEY_PATTERN))
        if chosen is None:
            return
        folder = chosen.parent
        self._start(self.tr("正在生成密钥…"))
        self.runner.run(lambda: keygen(folder, first), self._on_key_made, self._on_failed, name="生成签名密钥")

    def _on_key_made(self, paths: tuple[Path, Path | None]) -> None:
        self._finish()
        passphrase = self.new_passphrase.text()
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        if self._use_key(paths[0]):
            self.passphrase.setText(passphrase)  # just typed twice: not asked a third time
            done = self.tr("已生成密钥") if paths[1] is not None else self.tr("已用口令加密密钥")
            self.status.setText(self.tr("{0}（ID {1}）：{2}。请备份这个文件夹，并记住口令；公钥请用“导出公钥…”交给IT。")
                                .format(done, self.key.key_id, paths[0].parent))

    def export_public(self) -> None:
        if self.key is None:
            return
        out = self.prompter.save_path(self, self.tr("导出公钥"), documents_dir() / f"政策数据-{self.key.key_id}.pub",
                                      self.tr(PUBLIC_PATTERN))
        if out is None:
            return
        if out.suffix.lower() != ".pub":
            out = out.with_name(out.name + ".pub")
        try:
            export_public_key(self.key.path, out)
        except PolicyDataError as exc:
            self._warn(self.tr("导出公钥"), str(exc))
            return
        self.status.setText(self.tr("已导出公钥 {0}（ID {1}）。请交给IT，放进各工作站的 trusted_keys 文件夹"
                                    "（本机所有用户：Windows 为 %ProgramData%\\policy-browser\\trusted_keys，"
                                    "统信/麒麟为 /etc/policy-browser/trusted_keys）。").format(out, self.key.key_id))

    # -- what changed since this key's last pack ------------------------------------------------------
    def refresh_changes(self) -> None:
        key = self.key
        if key is None:
            return
        from nacl.signing import VerifyKey

        verify_key, data_dir = VerifyKey(key.public), self.data_dir
        self.changes.clear()
        self.changes_label.setText(self.tr("正在比较与这把密钥上次制作的数据包…"))
        self.runner.run(lambda: changes_since_last(verify_key, data_dir), lambda diff: self._on_changes(key, diff),
                        lambda exc: self._on_changes_failed(key, exc), name="比较上次的数据包")

    def _on_changes(self, key: KeyFile, diff: dict | None) -> None:
        if key is not self.key:
            return  # another key was chosen meanwhile
        self.changes.clear()
        if diff is None:
            self.changes_label.setText(self.tr("这把密钥在本机还没有制作过数据包：将包含正在使用的全部数据。"))
            return
        last = diff["last"]
        self.changes_label.setText(self.tr("与上次制作的数据包（版本 {0}）相比：{1}").format(last["pack_version"], diff["summary"]))
        self.changes.addItems(change_lines(diff))

    def _on_changes_failed(self, key: KeyFile, exc: BaseException) -> None:
        if key is not self.key:
            return
        reason = str(exc) if isinstance(exc, PolicyDataError) else self.tr("出错，已记入日志")
        self.changes_label.setText(self.tr("无法与上次制作的数据包比较（{0}）。仍可以制作数据包。").format(reason))

    # -- making the pack ------------------------------------------------------------------------------
    def make(self) -> None:
        key = self.key
        if key is None or self.busy:
            return
        passphrase = self.passphrase.text() if key.encrypted else None
        if key.encrypted and not passphrase:
            self._warn(self.tr("制作数据包"), self.tr("请先输入签名密钥的口令。"))
            self.passphrase.setFocus()
            return
        version = self.version.text().strip()
        notes = self.notes.toPlainText().strip()
        if not version:
            self._warn(self.tr("制作数据包"), self.tr("请填写版本（如 20261201.1；各工作站按文字顺序比较新旧）。"))
            return
        if len(notes) > MAX_NOTES_CHARS:
            self._warn(self.tr("制作数据包"), self.tr("更新说明太长：最多{0}个字。").format(MAX_NOTES_CHARS))
            return
        out = self.prompter.save_path(self, self.tr("保存数据包"), documents_dir() / f"惠企政策-{version}.pbpack",
                                      self.tr(PACK_PATTERN))
        if out is None:
            return
        data_dir, path = self.data_dir, key.path
        self._start(self.tr("正在制作数据包…"))
        self.runner.run(lambda report: make_pack(path, passphrase, out, data_dir, notes, version, report),
                        self._on_made, self._on_failed, on_progress=self._on_progress, name="制作数据包")

    def _start(self, message: str) -> None:
        self.busy = True
        self.status.setText(message)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._update()

    def _finish(self) -> None:
        self.busy = False
        self.progress.setVisible(False)
        self._update()

    def _on_progress(self, step: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(step)
        self.status.setText(message)

    def _on_made(self, result: dict) -> None:
        self._finish()
        text = self.tr("已制作并校验数据包 {0}：版本 {1}，{2}份文件，{3}条措施，{4:.1f} MB，签名密钥 ID {5}。"
                       "请把它交给各工作站（数据 → 导入数据包…）。").format(
            result["file"], result["version"], result["documents"], result["measures"], result["bytes"] / 2**20,
            result["key_id"])
        self.status.setText("\n".join([text, *(self.tr("注意：{0}").format(w) for w in result["warnings"])]))
        self.version.setText(new_version())
        self.made.emit(result)
        self.refresh_changes()  # what the next pack would change: nothing, for now

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, WrongPassphrase):
            self.passphrase.clear()
            self.passphrase.setFocus()
            self._warn(self.tr("口令不对"), str(exc))
        elif isinstance(exc, PolicyDataError):
            self._warn(self.tr("制作数据包"), str(exc))
        else:
            log.error("making a pack failed: %r", exc)
            self._warn(self.tr("制作数据包"), self.tr("制作数据包时出错，已记入日志；没有写出任何文件。请把日志交给技术人员。"))
