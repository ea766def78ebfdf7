"""数据 → 更正当前措施…: the maintainer corrects what the app says about an imported measure — its kind,
whom it is for, its deadline — with a why (index/corrections_local.py). The correction is a reviewed
override applied at every build, carried in data packs, kept for the unchanged measures of a revised
file. Main thread."""
from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop.geometry import fit
from desktop.present import esc
from index.corrections_local import check
from index.facts.kinds import KIND_LABELS
from index.facts.taxonomy import ENTITY_TYPES, SIZES
from index.present import measure_heading


class CorrectDialog(QDialog):
    """Shows what the app says now (kind, beneficiaries, deadline, each with its basis) and takes the
    correction; `changes()` is what to save once accepted (only the fields the maintainer changed)."""

    def __init__(self, measure: dict, prompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.measure = measure
        self.prompter = prompter
        self.setWindowTitle(self.tr("更正措施"))
        basis = measure.get("tag_basis") or {}
        now = QLabel(self)
        now.setWordWrap(True)
        now.setText("<b>{0}</b><br>{1}".format(esc(measure_heading(measure)), esc(self.tr(
            "现在：性质 {0}（依据：{1}）；受益方 {2}；期限 {3}").format(
            KIND_LABELS.get(measure.get("kind") or "", self.tr("未判断")), measure.get("kind_basis") or self.tr("无"),
            "、".join((measure.get("sizes") or []) + (measure.get("entity_types") or [])) or self.tr("未限定"),
            "、".join(f"{d}（{s}）" for d, s in sorted((basis.get("deadlines") or {}).items())) or self.tr("原文未写明")))))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("不改"), None)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(label, key)
        self.who_box = QCheckBox(self.tr("改受益方为："), self)
        self.entity_boxes = {name: QCheckBox(name, self) for name in ENTITY_TYPES}
        self.size_boxes = {name: QCheckBox(name, self) for name in SIZES}
        for name, box in {**self.entity_boxes, **self.size_boxes}.items():
            box.setChecked(name in (measure.get("entity_types") or []) + (measure.get("sizes") or []))
        entities, sizes = QHBoxLayout(), QHBoxLayout()
        for box in self.entity_boxes.values():
            entities.addWidget(box)
        for box in self.size_boxes.values():
            sizes.addWidget(box)
        self.deadline = QLineEdit(self)
        self.deadline.setPlaceholderText(self.tr("截止日，如 2026-06-30；不改就空着"))
        self.why = QPlainTextEdit(self)
        self.why.setPlaceholderText(self.tr("为什么更正（必填；随数据包发给各工作站，如：经区商务局确认，本条只面向企业）"))
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("性质"), self.kind)
        form.addRow(self.who_box)
        form.addRow(self.tr("　主体"), entities)
        form.addRow(self.tr("　规模（不选为不限）"), sizes)
        form.addRow(self.tr("期限"), self.deadline)
        form.addRow(self.tr("理由"), self.why)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(now)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("国")
        fit(self, QSize(em * 56, em * 30))

    def changes(self) -> dict:
        out: dict = {"why": self.why.toPlainText().strip(), "kind": self.kind.currentData()}
        if self.who_box.isChecked():
            out["entity_types"] = [n for n, b in self.entity_boxes.items() if b.isChecked()]
            out["sizes"] = [n for n, b in self.size_boxes.items() if b.isChecked()]
        day = self.deadline.text().strip()
        if day:
            out["deadlines"] = [re.sub(r"\s+", "", day)]
        return out

    def _on_save(self) -> None:
        changes = self.changes()
        problems = check(changes)
        if not problems and not (changes.get("kind") or "entity_types" in changes or changes.get("deadlines")):
            problems = [self.tr("没有要更正的内容：请改性质、受益方或期限中的至少一项。")]
        if problems:
            self.prompter.warn(self, self.tr("不能保存"), "".join(problems))
            return  # the dialog stays open with what was typed
        self.accept()
