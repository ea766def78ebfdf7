"""Imported documents in the window: the review of a file read (what was parsed, before anything is
stored) and the list of documents imported on this machine. Main thread; the reading, storing and
rebuilding are done in the background by desktop/importflow.py."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.geometry import fit
from index.facts.deadlines import deadline_note, measure_deadline, measure_status
from index.facts.kinds import DUTY, GENERAL, KIND_LABELS
from index.facts.measure_audience import parties_shown
from index.importer import ImportedDocument
from index.vocab import PLACES
from index.importreview import suspicions
from index.source.sentences import split_sentences

SuspicionsRole = Qt.ItemDataRole.UserRole + 1  # list[str]: why a parsed measure needs a second look
DocumentRole = Qt.ItemDataRole.UserRole + 2  # the ImportedDocument of a row
_CHECK = QColor("#fff1b8")  # rows to look at twice
_MISSING = QColor("#b00020")
_Index = QModelIndex | QPersistentModelIndex

# Messages of index/importer.py are written for the command line; in the window the same advice is a
# control to use, never an option to type.
_REWORDED = [
    (re.compile(r"请用 --district 指定（如 --district [^）]*）。"), "请在上面的“适用地区”中选择。"),
    (re.compile(r"请加 --district（如 --district [^）]*）。"), "请在导入前的预览中选择适用地区后再导入。"),
    (re.compile(r"请先用 --dry-run 查看原因。"), "请在导入前的预览中查看原因。"),
]
_OPTION_ASIDE = re.compile(r"[（(][^（）()]*--[A-Za-z][^（）()]*[）)]")
_OPTION_SENTENCE = re.compile(r"[^。；！？]*--[A-Za-z][^。；！？]*[。；！？]?")


def for_window(message: str) -> str:
    """An import message fit for the window: options (--district, --dry-run…) reworded or left out."""
    for pattern, replacement in _REWORDED:
        message = pattern.sub(replacement, message)
    message = _OPTION_ASIDE.sub("", message)
    return _OPTION_SENTENCE.sub("", message).strip()


class _Table(QAbstractTableModel):
    """A read-only table of `rows()` under `HEADERS` (the two models of this module)."""

    HEADERS: tuple[str, ...] = ()

    def rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None


class ParsedMeasuresModel(_Table):
    """The measures a file was parsed into (dry-run records), those needing a second look marked, with
    what the app will say of each (性质, 受益方, 期限 as of `today`, 金额); a cell's tooltip gives its basis,
    the words of the text that make it so."""

    HEADERS = ("条", "所属部分", "措施内容", "责任单位", "性质", "受益方", "期限（今天）", "金额", "需核对")

    def __init__(self, measures: list[dict], parent=None, *, document: dict | None = None, today: date | None = None):
        super().__init__(parent)
        self._measures = [{**m, "document": {**(document or {}), **(m.get("document") or {})}} for m in measures]
        self._suspicions = [suspicions(m) for m in self._measures]
        self._today = today or date.today()
        self._pending: dict[int, str] = {}  # row → the correction noted for it, in words (the import review)

    def note_correction(self, row: int, words: str) -> None:
        """Show in the row's last column the correction the maintainer noted before the import."""
        self._pending[row] = words
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def rows(self) -> list:
        return self._measures

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._measures):
            return None
        m, found = self._measures[index.row()], self._suspicions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == len(self.HEADERS) - 1 and index.row() in self._pending:
                return "；".join(found + [self._pending[index.row()]])
            return self._cell(m, found, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            basis = self._basis(m, index.column())
            if basis:
                return basis
            return "\n".join(found + [m.get("text") or ""]) if found else m.get("text")
        if role == Qt.ItemDataRole.BackgroundRole:
            return _CHECK if found or index.row() in self._pending else None
        if role == SuspicionsRole:
            return list(found)
        if role == Qt.ItemDataRole.TextAlignmentRole:  # rows grow with the text: every cell starts at the top
            side = Qt.AlignmentFlag.AlignRight if index.column() == 0 else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignTop)
        return None

    def _cell(self, m: dict, found: list[str], column: int) -> str:
        if column == 0:
            return str(m.get("number"))
        if column == 1:
            return "　".join(x for x in (m.get("subsection") or m.get("section"), m.get("title")) if x)
        if column == 2:
            return m.get("text") or ""
        if column == 3:
            return "、".join(m.get("responsible_units") or []) or self.tr("（未注明）")
        if column == 4:
            return KIND_LABELS.get(m.get("kind") or "", self.tr("（未判断）"))
        if column == 5:
            who = "、".join(parties_shown(m))
            return who or (self.tr("（不面向企业）") if m.get("kind") in (DUTY, GENERAL) else self.tr("（未限定）"))
        if column == 6:
            status = measure_status(m, self._today)
            end = measure_deadline(m)
            return f"{status}" + (f"（至{end}）" if end else "")
        if column == 7:
            return "；".join(m.get("amounts") or []) or self.tr("（未写明）")
        return "；".join(found)

    def _basis(self, m: dict, column: int) -> str:
        """The words behind a judged cell (None for the text's own cells)."""
        basis = m.get("tag_basis") or {}
        if column == 4 and m.get("kind_basis"):
            return self.tr("依据：{0}").format(m["kind_basis"])
        if column == 5:
            words = [f"{k}：{v}" for k in (m.get("sizes") or []) + (m.get("entity_types") or [])
                     for v in [basis.get(k)] if isinstance(v, str) and v]
            return self.tr("依据：{0}").format("；".join(words)) if words else ""
        if column == 6:  # the measure's own ends, else the document's validity; its entry into force
            ends = basis.get("deadlines") or ({} if m.get("deadlines") else basis.get("validity") or {})
            return deadline_note(m, self._today) + "".join(
                f"\n{day}：{sentence}" for part in (ends, basis.get("starts") or {}, basis.get("lasting") or {})
                for day, sentence in sorted(part.items()))
        if column == 7 and m.get("amounts"):  # each amount with the sentence it is quoted from
            sentences = split_sentences(m.get("text") or "")
            found = [f"{a}：{next((s for s in sentences if a in s), '')}" for a in m["amounts"]]
            return self.tr("依据：{0}").format("\n".join(found))
        return ""

    def flagged_rows(self) -> list[int]:
        return [row for row, found in enumerate(self._suspicions) if found]


class ImportReviewDialog(QDialog):
    """What a file was read into, before it is stored: 导入 (or 替换) asks for the import with the
    district chosen here when the text names none; 取消 stores nothing."""

    import_requested = Signal(object)  # the district chosen (str), or None when the document names it
    correct_measure_requested = Signal(object)  # the parsed measure (dict) selected: noted, saved with the import
    correct_document_requested = Signal(object)  # the parsed document (dict)

    def __init__(self, result: dict, file_name: str, *, notes: list[str] | None = None, blockers: list[str] | None = None,
                 replacing: ImportedDocument | None = None, parent: QWidget | None = None, today: date | None = None,
                 editions: list[tuple[str, str, str]] | None = None):
        super().__init__(parent)
        doc = result["document"]
        self.document_id = doc["id"]  # import-<sha>: what the stored document and its measures will be called
        self.setWindowTitle(self.tr("替换为新版本") if replacing else self.tr("导入文件"))
        none = self.tr("（未注明）")
        # the document's fields two to a line: the rows of measures are what the maintainer checks (ten and more
        # on one 1366×768 screen)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        placed = [0]

        def add_field(label: str, widget: QWidget, whole_line: bool = False) -> None:
            if whole_line and placed[0] % 2:
                placed[0] += 1  # a line of its own starts on a new line
            row, column = divmod(placed[0], 2)
            caption = QLabel(label, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            form.addWidget(widget, row, column * 2 + 1, 1, 3 if whole_line else 1, Qt.AlignmentFlag.AlignTop)
            placed[0] += 2 if whole_line else 1
        self.fields: dict[str, QLabel] = {}
        rows = [
            ("file", self.tr("文件"), self.tr("{0}（{1}）").format(file_name, self._format(doc))),
            ("title", self.tr("标题"), doc.get("title") or none),
            ("issuer", self.tr("发文机关"), doc.get("issuer") or none),
            ("doc_number", self.tr("文号"), doc.get("doc_number") or none),
            ("dates", self.tr("日期"), self.tr("发布：{0}　成文：{1}").format(doc.get("published") or none, doc.get("signed") or none)),
            ("validity", self.tr("有效期"), self.tr("至{0}").format(doc["valid_until"]) if doc.get("valid_until") else none),
            ("status", self.tr("状态"), doc.get("status") or self.tr("正式文件")),
        ]
        if replacing is not None:
            rows.insert(0, ("replacing", self.tr("替换"), self.tr("{0}（{1}，{2}条措施）").format(
                replacing.title, (replacing.imported_at or "").replace("T", " "), replacing.measures)))
        for key, label, value in rows:
            widget = QLabel(value, self)
            widget.setTextFormat(Qt.TextFormat.PlainText)
            widget.setWordWrap(True)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = widget
            add_field(label, widget, key in ("replacing", "title", "file"))
        self.fields["file"].setToolTip(self.tr("读取方式：{0}").format(doc.get("reader")))
        self.district = QComboBox(self)
        self.named_district = doc.get("district")
        if self.named_district:
            self.district.addItem(self.named_district)
            self.district.setEnabled(False)
            self.district.setToolTip(self.tr("文件中写明了适用地区"))
        else:
            self.district.addItem(self.tr("请选择…"), None)
            for name in PLACES:
                self.district.addItem(name, name)
            if replacing is not None and replacing.district in PLACES:
                self.district.setCurrentIndex(self.district.findData(replacing.district))
            self.district.setToolTip(self.tr("文件中没有写明适用地区：请选择"))
        add_field(self.tr("适用地区"), self.district)

        self.model = ParsedMeasuresModel(result["measures"], self, document=doc, today=today)
        flagged = len(self.model.flagged_rows())
        summary = self.tr("识别出{0}条措施").format(self.model.rowCount())
        if flagged:
            summary += self.tr("，其中{0}条需要核对（标黄，原因见最后一列）").format(flagged)
        self._summary_text = summary + self.tr("。")
        self.summary = QLabel(self._summary_text, self)
        self.summary.setStyleSheet("font-weight:bold;")
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        for text in [for_window(w) for w in result.get("warnings", [])] + list(notes or []):
            self.warnings.addItem(QListWidgetItem(text, self.warnings))
        self.warnings_label = QLabel(self.tr("提示（{0}条）：").format(self.warnings.count()), self)
        for widget in (self.warnings_label, self.warnings):
            widget.setVisible(self.warnings.count() > 0)
        # two lines, more scroll: the measures matter most (ten rows and more at 1366×768)
        shown = min(self.warnings.count(), 2)
        self.warnings.setFixedHeight((self.fontMetrics().lineSpacing() + 2) * shown + 2 * self.warnings.frameWidth() + 4)
        em = self.fontMetrics().horizontalAdvance("国")
        self.district.setMaximumWidth(em * 16)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, width in ((0, 3), (1, 6), (3, 7), (4, 6), (5, 7), (6, 10), (7, 8), (8, 7)):
            header.resizeSection(column, em * width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # two lines a row: ten measures and more checked on one screen; the whole text in the tooltip
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 4)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _index: self._correct_selected())

        self.blocker = QLabel(self)
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet("color:#b00020;")
        self._blockers = list(blockers or [])
        if not self.model.rowCount():
            self._blockers.append(self.tr("没有识别出任何措施，不能导入。请查看上面的提示。"))
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("替换") if replacing else self.tr("导入"), self)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        # corrections noted here are saved with the import, at its own build (index/corrections_local.py)
        self.correct_button = buttons.addButton(self.tr("更正所选措施…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.document_button = buttons.addButton(self.tr("更正文件信息…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.correct_button.setToolTip(self.tr("程序对所选措施的性质、受益方或期限判断不对时更正（写明理由），导入时一并保存；也可双击一行"))
        self.document_button.setToolTip(self.tr("标题、发布日期、有效期或状态不对时更正（写明理由），导入时一并保存"))
        self.measure_corrections: dict[str, tuple[dict, dict]] = {}  # measure id → (the measure, its changes)
        self.document_correction: tuple[dict, str] | None = None  # (fields, why)
        self._document = doc
        self.correct_button.clicked.connect(self._correct_selected)
        self.document_button.clicked.connect(lambda: self.correct_document_requested.emit(self._document))
        self.import_button.clicked.connect(self._on_import)
        buttons.rejected.connect(self.reject)
        self.district.currentIndexChanged.connect(self._update_button)

        # earlier editions of this text on this machine (index/importreview.earlier_editions): the maintainer
        # confirms; the older stays searchable, marked 已被…取代 and never offered
        self.edition_boxes: dict[str, QCheckBox] = {}
        for other_id, other_title, why in editions or []:
            box = QCheckBox(self.tr("《{0}》像是这份文件的旧版本（{1}）：导入后标为“已被取代”，仍可检索，不再推荐").format(
                other_title.strip("《》"), why), self)
            self.edition_boxes[other_id] = box
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in self.edition_boxes.values():
            layout.addWidget(box)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.warnings)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.blocker)
        layout.addWidget(buttons)
        fit(self, QSize(em * 100, em * 64))  # as much of the screen as a dialog takes: rows to check
        self._update_button()

    def _correct_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self.blocker.setText(self.tr("请先在表中选中要更正的那条措施。"))
            self.blocker.setVisible(True)
            return
        self.correct_measure_requested.emit(self.model.rows()[rows[0].row()])

    def note_measure_correction(self, measure: dict, changes: dict) -> None:
        """A correction of a parsed measure, kept until 导入 (then saved, and the import's build applies it)."""
        self.measure_corrections[measure["id"]] = (measure, changes)
        said = []
        if changes.get("kind"):
            said.append(self.tr("性质→{0}").format(KIND_LABELS.get(changes["kind"], changes["kind"])))
        if "entity_types" in changes:
            said.append(self.tr("受益方→{0}").format("、".join(changes.get("sizes", []) + changes["entity_types"]) or self.tr("不限")))
        if changes.get("deadlines"):
            said.append(self.tr("期限→{0}").format("、".join(changes["deadlines"])))
        self.model.note_correction(self.model.rows().index(measure),
                                   self.tr("导入时更正：{0}（{1}）").format("；".join(said), changes.get("why", "")))
        self._update_summary()

    def note_document_correction(self, fields: dict, why: str) -> None:
        """A correction of the document (title, date, validity, status), saved after the import."""
        self.document_correction = (fields, why)
        names = {"title": "标题", "published": "发布日期", "valid_until": "有效期至", "status": "状态"}
        for key, value in fields.items():
            if key == "title":
                self.fields["title"].setText(self.tr("{0}（导入时更正，原为：{1}）").format(value, self._document.get("title") or ""))
            elif key in ("published", "valid_until"):
                target = self.fields["dates" if key == "published" else "validity"]
                target.setText(target.text() + self.tr("（导入时更正{0}为{1}）").format(names[key], value))
            elif key == "status":
                self.fields["status"].setText(self.tr("{0}（导入时更正）").format(value))
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self.measure_corrections) + (self.document_correction is not None)
        self.summary.setText(self._summary_text + (self.tr("已记下{0}项更正，点“{1}”时一并保存。").format(
            count, self.import_button.text()) if count else ""))

    def _format(self, doc: dict) -> str:
        kind = {"text": self.tr("文本文件"), "docx": self.tr("Word 文档"), "pdf": self.tr("PDF（文字层）"),
                "html": self.tr("网页"), "doc": self.tr("旧版 Word/WPS 文档")}.get(doc.get("format"), doc.get("format") or "")
        encoding = doc.get("encoding")
        return f"{kind}，{encoding.upper()}" if encoding and encoding != doc.get("format") else kind

    def superseded(self) -> list[str]:
        """The earlier editions the maintainer confirmed this file replaces."""
        return [doc_id for doc_id, box in self.edition_boxes.items() if box.isChecked()]

    def chosen_district(self) -> str | None:
        return None if self.named_district else self.district.currentData()

    def _update_button(self) -> None:
        reasons = list(self._blockers)
        if not self.named_district and self.chosen_district() is None:
            reasons.append(self.tr("文件中没有写明适用地区：请先在“适用地区”中选择。"))
        self.blocker.setText("\n".join(reasons))
        self.blocker.setVisible(bool(reasons))
        self.import_button.setEnabled(not reasons)

    def _on_import(self) -> None:
        self.accept()
        self.import_requested.emit(self.chosen_district())


class ImportsModel(_Table):
    """The documents imported on this machine (index.importer.list_imports)."""

    HEADERS = ("导入日期", "标题", "地区", "措施", "原文件", "副本")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._docs: list[ImportedDocument] = []

    def set_documents(self, docs: list[ImportedDocument]) -> None:
        self.beginResetModel()
        try:
            self._docs = list(docs)
        finally:
            self.endResetModel()

    def rows(self) -> list:
        return self._docs

    def document(self, row: int) -> ImportedDocument | None:
        return self._docs[row] if 0 <= row < len(self._docs) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._docs):
            return None
        doc, column = self._docs[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(doc, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5 and not doc.present:
            return _MISSING
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and doc.bundled:
            return self.tr("随程序（或数据包）提供的文件：可以复核与更正，不能替换或移除")
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and not doc.present:
            return self.tr("导入时保存的副本已不在导入文件夹中：这份文件不再参与构建。可以移除，或用“替换为新版本”重新导入。")
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 4):
            return self._cell(doc, column)  # elided in the column
        if role == DocumentRole:
            return doc
        return None

    def _cell(self, doc: ImportedDocument, column: int) -> str:
        if column == 0:
            return self.tr("程序自带") if doc.bundled else (doc.imported_at or "").replace("T", " ")[:16]
        if column == 1:
            return doc.title
        if column == 2:
            return doc.district or self.tr("（未知）")
        if column == 3:
            return "" if doc.measures is None else str(doc.measures)
        if column == 4:
            return doc.original_name or ""
        return self.tr("在") if doc.present else self.tr("副本缺失")


class ImportsDialog(QDialog):
    """数据 → 已导入的文件: the list, with 导入文件…, 复核与更正…, 替换为新版本… and 移除 for the selected one; the
    library's own documents (程序自带) below the imports, for 复核与更正 only."""

    import_requested = Signal()
    review_requested = Signal(object)  # ImportedDocument
    replace_requested = Signal(object)  # ImportedDocument
    remove_requested = Signal(object)  # ImportedDocument

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("已导入的文件"))
        self.model = ImportsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        em = self.fontMetrics().horizontalAdvance("国")
        header = self.view.horizontalHeader()
        self.view.setWordWrap(False)
        for column, width in ((0, 10), (2, 7), (3, 4), (4, 16), (5, 5)):
            header.resizeSection(column, em * width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("本机还没有导入过文件。用“导入文件…”或把文件拖到主窗口上导入。"), self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color:#b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("导入文件…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button = buttons.addButton(self.tr("复核与更正…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.setToolTip(self.tr("逐条查看程序怎样说这份文件的措施（性质、受益方、期限、金额及依据），"
                                              "更正措施或文件信息，或标为已废止；也可双击一行"))
        self.replace_button = buttons.addButton(self.tr("替换为新版本…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = buttons.addButton(self.tr("移除"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.import_requested)
        self.review_button.clicked.connect(lambda: self._emit_for_selected(self.review_requested))
        self.view.doubleClicked.connect(lambda _index: self._emit_for_selected(self.review_requested))
        self.replace_button.clicked.connect(lambda: self._emit_for_selected(self.replace_requested))
        self.remove_button.clicked.connect(lambda: self._emit_for_selected(self.remove_requested))
        buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(em * 76, em * 26)
        self._update_buttons()

    def set_documents(self, docs: list[ImportedDocument], error: str | None = None) -> None:
        self.model.set_documents(docs)
        self.empty.setVisible(not [d for d in docs if not d.bundled] and error is None)
        self.error.setText(error or "")
        self.error.setVisible(error is not None)
        if docs:
            self.view.selectRow(0)
        self._update_buttons()

    def selected(self) -> ImportedDocument | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.document(rows[0].row()) if rows else None

    def select(self, doc_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.document(row).id == doc_id:
                self.view.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        has = self.selected() is not None
        imported = has and not self.selected().bundled
        self.review_button.setEnabled(has and self.selected().present)
        self.replace_button.setEnabled(imported)
        self.remove_button.setEnabled(imported)

    def _emit_for_selected(self, signal) -> None:
        doc = self.selected()
        if doc is not None:
            signal.emit(doc)

