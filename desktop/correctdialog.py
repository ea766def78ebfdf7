"""The maintainer's corrections, with a why. CorrectDialog (数据 → 更正当前措施…, or a row of 复核与更正):
what the app says about a measure (imported or bundled) — its kind, whom it is for, its deadline
(index/corrections_local.py), a reviewed override applied at every build, carried in data packs, kept
for the unchanged measures of a revised file. DocumentCorrectDialog: a document's title, date,
validity and status (已废止), kept in its catalogue entry or, for a bundled one, beside the imports (index.importer.correct_import). Main thread."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from desktop.geometry import fit
from desktop.present import esc
from index.corrections_local import check
from index.facts.deadlines import REPEALED, deadline_note, stored_status
from index.facts.kinds import KIND_LABELS
from index.facts.measure_audience import parties_shown
from index.facts.taxonomy import ENTITY_TYPES, SIZES
from index.present import measure_heading


class CorrectDialog(QDialog):
    """Shows what the app says now (kind, beneficiaries, deadline, each with its basis) and takes the
    correction; `changes()` is what to save once accepted (only the fields the maintainer changed)."""

    def __init__(self, measure: dict, prompter, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.measure = measure
        self.prompter = prompter
        self.setWindowTitle(self.tr("更正措施"))
        basis = measure.get("tag_basis") or {}
        who = parties_shown(measure)
        who_basis = "；".join(f"{k}：{basis[k]}" for k in who if isinstance(basis.get(k), str) and basis[k])
        now = QLabel(self)
        now.setWordWrap(True)
        day = today or date.today()
        lines = [
            self.tr("性质：{0}（依据：{1}）").format(KIND_LABELS.get(measure.get("kind") or "", self.tr("未判断")),
                                               measure.get("kind_basis") or self.tr("无")),
            self.tr("受益方：{0}{1}").format("、".join(who) or self.tr("未限定"),
                                         self.tr("（依据：{0}）").format(who_basis) if who_basis else ""),
            self.tr("期限：{0}").format(
                "、".join(f"{d}（{s}）" for d, s in sorted((basis.get("deadlines") or {}).items()))
                or "、".join(self.tr("文件有效期至{0}（{1}）").format(d, s) for d, s in (basis.get("validity") or {}).items())
                or self.tr("原文未写明")),
            self.tr("今天（{0}）：{1}").format(day.isoformat(), deadline_note(measure, day)),
            self.tr("金额：{0}").format("；".join(measure.get("amounts") or []) or self.tr("原文未写明")),
        ]
        now.setText("<b>{0}</b><br>{1}".format(esc(measure_heading(measure)), "<br>".join(
            '<span style="color:#555;">{0}</span>'.format(esc(line)) for line in lines)))
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
        self.buttons = lay_out(self, now, form, (56, 30))

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


class DocumentCorrectDialog(QDialog):
    """An imported document's title, date, validity and status (已废止, or back to 现行有效) with a why;
    `changes()` is (the fields changed, the why) once accepted. `status` preselects a status (标为已废止…)."""

    STATUSES = (("不改", None), ("已废止（仍可检索，不再推荐）", REPEALED), ("现行有效（撤销废止或取代标记）", "现行有效"))

    def __init__(self, document: dict, prompter, parent: QWidget | None = None, status: str | None = None):
        super().__init__(parent)
        self.document = document
        self.prompter = prompter
        self.setWindowTitle(self.tr("更正文件信息"))
        now = QLabel(self)
        now.setWordWrap(True)
        none = self.tr("（未识别）")
        now.setText(esc(self.tr("现在：标题 {0}；发布日期 {1}；有效期至 {2}；状态 {3}").format(
            document.get("title") or none, document.get("published") or document.get("signed") or none,
            document.get("valid_until") or self.tr("（未写明）"),
            stored_status({"document": document}) or self.tr("正式文件"))))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("新标题；不改就空着"))
        self.published = QLineEdit(self)
        self.published.setPlaceholderText(self.tr("如 2026-06-20；不改就空着"))
        self.valid_until = QLineEdit(self)
        self.valid_until.setPlaceholderText(self.tr("如 2027-06-30；不改就空着"))
        self.status = QComboBox(self)
        for label, value in self.STATUSES:
            self.status.addItem(self.tr(label), value)
        if status is not None and self.status.findData(status) >= 0:
            self.status.setCurrentIndex(self.status.findData(status))
        self.why = QPlainTextEdit(self)
        self.why.setPlaceholderText(self.tr("为什么更正（必填；随数据包发给各工作站，如：区政府2026年11月发文废止）"))
        self.why.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form = QFormLayout()
        form.addRow(self.tr("标题"), self.title)
        form.addRow(self.tr("发布日期"), self.published)
        form.addRow(self.tr("有效期至"), self.valid_until)
        form.addRow(self.tr("状态"), self.status)
        form.addRow(self.tr("理由"), self.why)
        self.buttons = lay_out(self, now, form, (48, 22))

    def changes(self) -> tuple[dict, str]:
        fields = {"title": self.title.text().strip(), "published": re.sub(r"\s+", "", self.published.text()),
                  "valid_until": re.sub(r"\s+", "", self.valid_until.text()), "status": self.status.currentData() or ""}
        return {k: v for k, v in fields.items() if v}, self.why.toPlainText().strip()

    def _on_save(self) -> None:
        fields, why = self.changes()
        problems = []
        if not why:
            problems.append(self.tr("请写明为什么更正，它随数据包发给各工作站。"))
        if not fields:
            problems.append(self.tr("没有要更正的内容：请改标题、发布日期、有效期或状态中的至少一项。"))
        bad = [fields[k] for k in ("published", "valid_until") if k in fields and not _is_day(fields[k])]
        if bad:
            problems.append(self.tr("日期要写成 2026-06-30 这样：{0}。").format("、".join(bad)))
        if problems:
            self.prompter.warn(self, self.tr("不能保存"), "".join(problems))
            return  # the dialog stays open with what was typed
        self.accept()


def lay_out(dialog, now: QWidget, form: QFormLayout, size_em: tuple[int, int]) -> QDialogButtonBox:
    """A correction dialog's page: what the app says now, the form ending in 理由, 保存/取消 (保存 calls
    the dialog's _on_save, which checks the why), fitted to `size_em` characters."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog._on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(now)
    layout.addLayout(form)
    layout.addWidget(buttons)
    em = dialog.fontMetrics().horizontalAdvance("国")
    fit(dialog, QSize(em * size_em[0], em * size_em[1]))
    return buttons


def _is_day(text: str) -> bool:
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
