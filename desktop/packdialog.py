"""Data packs in the window: the review of a verified pack before it is applied (signer, version, notes,
what changes), and 关于数据 (what the data in use is and which districts it covers). Main thread; the
verification and the diff are computed in the background by the caller."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QTextBrowser, QVBoxLayout,
                               QWidget)

from index.inputs import one_line
from index.packs.changes import LABELS
from index.present import coverage, data_version


def _document_line(d: dict) -> str:
    return f"{d.get('district') or '（地区未知）'}　{d.get('title') or d['id']}（{d.get('measures')}条）"


def change_lines(diff: dict, measure_titles: dict[str, str] | None = None) -> list[str]:
    """The diff as lines a clerk reads: files added/replaced/removed, then each measure change."""
    titles = measure_titles or {}
    docs, measures = diff["documents"], diff["measures"]
    lines = [f"新增文件：{_document_line(d)}" for d in docs["added"]]
    lines += [f"更换文件：{_document_line(d)}" for d in docs["replaced"]]
    lines += [f"移除文件：{_document_line(d)}" for d in docs["removed"]]
    added_elsewhere = {m for d in docs["added"] for m in measures["added"] if m.startswith(d["id"] + "/")}
    lines += [f"新增措施：{m}" for m in measures["added"] if m not in added_elsewhere]
    lines += [f"删除措施：{m}　{titles.get(m, '')}".rstrip() for m in measures["removed"]]
    for change in measures["changed"]:
        what = "、".join(LABELS[f] for f in change["fields"])
        line = f"修改措施：{change['id']}　{titles.get(change['id'], '')}　改了{what}"
        if "deadline" in change:
            old, new = change["deadline"]["old_dates"] or ["未注明"], change["deadline"]["new_dates"] or ["未注明"]
            line += f"（期限 {'、'.join(old)} → {'、'.join(new)}）"
        lines.append(line)
    return lines


class PackReviewDialog(QDialog):
    """Shows what a verified pack is and what applying it changes; 更新 asks for the apply."""

    update_requested = Signal()

    def __init__(self, diff: dict, measure_titles: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入数据包"))
        pack = diff["pack"]
        installed = diff.get("installed") or {}
        head = self.tr("数据包版本：{0}　签名者：{1}（{2}）　制作于：{3}").format(
            one_line(pack["pack_version"]), one_line(pack["key_id"]), one_line(pack["signer"]),
            one_line(pack.get("created_at") or "?").replace("T", " "))
        self.header = QLabel(head, self)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        self.current = QLabel(self.tr("正在使用：{0}").format(one_line(installed.get("pack_version")) or self.tr("程序自带数据")), self)
        self.notes = QLabel(self.tr("更新说明：{0}").format(one_line(pack.get("notes"), 2000) or self.tr("（无）")), self)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.summary = QLabel(diff["summary"], self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight:bold;")
        self.changes = QListWidget(self)
        self.changes.setWordWrap(True)  # a change line names the measure and both dates: never cut it off
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes.addItems(change_lines(diff, measure_titles))
        buttons = QDialogButtonBox(self)
        self.update_button = QPushButton(self.tr("更新"), self)
        self.update_button.setEnabled(diff["summary"] != "与正在使用的数据相同，没有变化")
        buttons.addButton(self.update_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.update_button.clicked.connect(self._on_update)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.header, self.current, self.notes, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        self.resize(em * 48, em * 30)

    def _on_update(self) -> None:
        self.accept()
        self.update_requested.emit()


def keys_html(keys: list, pack: dict | None) -> str:
    """The trusted keys (TrustedKey: id, where it comes from, its file) and which one signed the data in use."""
    esc = html.escape
    signer = one_line(pack.get("key_id")) if pack else None
    rows = "".join(
        f"<tr><td>{esc(k.key_id)}</td><td>{esc(k.source_label)}</td><td>{esc(str(k.path))}</td>"
        f"<td>{'签发了正在使用的数据' if k.key_id == signer else ''}</td></tr>" for k in keys)
    parts = ["<h4>本机信任的签名密钥</h4>"]
    if keys:
        parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr><th>密钥 ID</th><th>来源</th><th>文件</th><th></th></tr>"
                     f"{rows}</table>")
    else:
        parts.append("<p>没有：本机不接受任何数据包。请让管理员把数据维护人员的公钥（.pub）放进 trusted_keys 文件夹。</p>")
    if pack is None:
        parts.append("<p>正在使用程序自带的数据（不是数据包，没有签名）。</p>")
    elif signer not in {k.key_id for k in keys}:
        parts.append(f"<p>签发正在使用的数据的密钥 {esc(signer or '?')} 已不在本机信任的密钥中：下一个数据包须由上表中的密钥签发。</p>")
    return "".join(parts)


def about_html(meta: dict, pack: dict | None, documents: list[dict], keys: list | None = None) -> str:
    esc = html.escape
    covered, missing = coverage(documents)
    rows = "".join(
        f"<tr><td>{esc(d.get('district') or '')}</td><td>{esc(d.get('title') or d['id'])}</td>"
        f"<td>{esc(d.get('published') or d.get('signed') or '未注明')}</td><td align='right'>{d.get('measure_count')}</td></tr>"
        for d in documents)
    parts = [f"<h3>{esc(data_version(meta))}</h3>"]
    if pack:
        parts.append(f"<p>签名者：{esc(one_line(pack.get('key_id')))}（{esc(one_line(pack.get('signer')))}）　"
                     f"更新于：{esc(str(pack.get('applied_at') or '?').replace('T', ' '))}</p>")
        if pack.get("notes"):
            parts.append(f"<p>更新说明：{esc(one_line(pack['notes'], 2000))}</p>")
    parts.append(f"<p>{esc(str(meta.get('documents')))}份文件，{esc(str(meta.get('measures')))}条措施，"
                 f"构建于{esc(str(meta.get('built_at', '?')).replace('T', ' '))}。</p>")
    parts.append(f"<p>包含：{esc('、'.join(covered) or '无')}的文件。</p>")
    if missing:
        parts.append(f"<p>不包含：{esc('、'.join(missing))}的区级文件（这些区只能查到市级措施）。</p>")
    parts.append("<table cellpadding='3' border='1' cellspacing='0'><tr><th>地区</th><th>文件</th><th>日期</th><th>措施</th></tr>"
                 f"{rows}</table>")
    if keys is not None:
        parts.append(keys_html(keys, pack))
    return "".join(parts)


class AboutDataDialog(QDialog):
    def __init__(self, meta: dict, pack: dict | None, documents: list[dict], parent: QWidget | None = None,
                 keys: list | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于数据"))
        self.browser = QTextBrowser(self)
        self.browser.setHtml(about_html(meta, pack, documents, keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        self.resize(em * 46, em * 30)
