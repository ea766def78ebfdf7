"""数据 → 同义词…: the maintainer adds a row to this machine's own synonym table (the app-data
folder's synonyms.txt, index.synonyms), merged with the bundled table from the next search on; no
rebuild. Main thread."""
from __future__ import annotations

import logging

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget)

from desktop.geometry import fit
from index.errors import PolicyDataError
from index.synonyms import append_user_row, user_row, user_synonyms_path

log = logging.getLogger(__name__)


class SynonymsDialog(QDialog):
    def __init__(self, prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompter = prompter  # desktop.dialogs.Prompter: says what went wrong
        self.setWindowTitle(self.tr("同义词"))
        self.everyday = QLineEdit(self)
        self.everyday.setPlaceholderText(self.tr("访客常说的词，如：拖欠货款 欠款"))
        self.official = QLineEdit(self)
        self.official.setPlaceholderText(self.tr("文件里的用语，如：逾期 款项支付"))
        self.both_ways = QCheckBox(self.tr("两边互为同义（搜文件用语时也找常用说法）"), self)
        form = QFormLayout()
        form.addRow(self.tr("常用说法"), self.everyday)
        form.addRow(self.tr("文件用语"), self.official)
        form.addRow("", self.both_ways)
        note = QLabel(self.tr("搜“常用说法”里的词时，也会找含“文件用语”的措施。保存后下一次搜索即生效，不必重建数据；"
                              "增补的内容只保存在本机：{path}").format(path=user_synonyms_path()), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.saved_row = ""
        em = self.fontMetrics().horizontalAdvance("国")
        fit(self, QSize(em * 36, self.sizeHint().height()))

    def accept(self) -> None:
        try:
            row = user_row(self.everyday.text(), self.official.text(), self.both_ways.isChecked())
            append_user_row(row)
        except PolicyDataError as exc:
            self.prompter.warn(self, self.tr("同义词"), str(exc))
            return
        except OSError as exc:
            log.warning("同义词未能写入 %s：%s", user_synonyms_path(), exc)
            self.prompter.warn(self, self.tr("同义词"), self.tr("未能保存到 {path}。请检查这个文件夹能否写入，或请管理员处理。")
                                .format(path=user_synonyms_path()))
            return
        self.saved_row = row
        super().accept()
