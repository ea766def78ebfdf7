"""设置 → 打印单上的窗口信息: the office's name, address, phone and the clerk's name printed at the top
of every 打印单. Empty by default: the program never invents them. Main thread."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.geometry import fit
from desktop.settings import Settings


class OfficeDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("打印单上的窗口信息"))
        values = settings.office
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (("name", self.tr("办理窗口"), self.tr("如：某某街道企业服务窗口")),
                                 ("address", self.tr("地址"), ""), ("phone", self.tr("电话"), ""),
                                 ("clerk", self.tr("经办人"), self.tr("本班窗口人员的姓名"))):
            edit = QLineEdit(values.get(key, ""), self)
            edit.setPlaceholderText(hint)
            form.addRow(label, edit)
            self.fields[key] = edit
        note = QLabel(self.tr("留空的项目不打印。"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        fit(self, QSize(em * 36, self.sizeHint().height()))

    def accept(self) -> None:
        self.settings.office = {k: e.text() for k, e in self.fields.items()}
        super().accept()
