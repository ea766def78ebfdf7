"""The maintainer's corrections in the window (issue 23 item 6): 数据 → 已导入的文件 → 复核与更正… (a stored
document's measures as the data says them, desktop/reviewdialog.py), a measure's kind, beneficiaries and
deadline (desktop/correctdialog.py CorrectDialog, also from 数据 → 更正当前措施… and the import review), a
document's title, date, validity and status — 已废止 included (DocumentCorrectDialog). Each is saved with its
why and the data rebuilt through DataSetup, as an import is; corrections noted in the import review are saved
by the import itself (desktop/importflow.py). Main thread."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.datasetup import DataSetup
from desktop.dialogs import Prompter
from desktop.importdialog import for_window
from desktop.searchservice import SearchService
from index.errors import PolicyDataError
from index.importer import ImportedDocument, correct_import
from index.present import measure_heading
from index.store import Store


@dataclass(frozen=True)
class Changed:
    """What a finished import, removal or replacement did, as the status bar says it."""
    message: str
    doc_id: str | None = None  # the document to select in the list afterwards


class CorrectFlow(QObject):
    document_review_shown = Signal(object)  # the DocumentReviewDialog of a stored document

    def __init__(self, window: QMainWindow, service: SearchService, data_setup: DataSetup, prompter: Prompter):
        super().__init__(window)
        self.window = window
        self.service = service
        self.data_setup = data_setup
        self.prompter = prompter
        self.document_review = None  # the DocumentReviewDialog open, if any
        self.correct_dialog = None  # the correction dialog open, if any
        service.build_finished.connect(self._on_changed)

    def _on_changed(self, result) -> None:
        review = self.document_review
        if isinstance(result, Changed) and review is not None and review.isVisible() and result.doc_id == review.document.get("id"):
            self._read_document(result.doc_id, self._on_review_reread)

    # -- the import review: corrections noted, saved with the import -----------------------------------
    def take_notes_in(self, review) -> None:
        """The import review's 更正所选措施… and 更正文件信息… ask here; what is accepted is noted in the review."""
        review.correct_measure_requested.connect(lambda measure: self._note_measure_correction(review, measure))
        review.correct_document_requested.connect(lambda document: self._note_document_correction(review, document))

    def _note_measure_correction(self, review, measure: dict) -> None:
        from desktop.correctdialog import CorrectDialog

        dialog = CorrectDialog(measure, self.prompter, review, today=getattr(self.window, "today", None))
        dialog.accepted.connect(lambda: review.note_measure_correction(measure, dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def _note_document_correction(self, review, document: dict) -> None:
        from desktop.correctdialog import DocumentCorrectDialog

        dialog = DocumentCorrectDialog(document, self.prompter, review)
        dialog.accepted.connect(lambda: review.note_document_correction(*dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    # -- 复核与更正 ---------------------------------------------------------------------------------------
    def review_document(self, doc: ImportedDocument) -> None:
        """A stored document's measures as the data says them, read in the background, then shown with
        the corrections at hand (desktop/reviewdialog.py)."""
        self.window.statusBar().showMessage(self.tr("正在读取“{0}”的措施…").format(doc.title))
        self._read_document(doc.id, self._on_review_read)

    def _read_document(self, doc_id: str, done) -> None:
        data_dir = self.service.data_dir

        def op():  # worker thread: a connection of its own, searches keep theirs
            store = Store(data_dir)
            try:
                document = store.documents.get(doc_id)
                return document, store.measures(doc_id) if document else []
            finally:
                store.close()

        self.service.runner.run(op, lambda read: done(*read), self._on_review_failed, name=self.tr("读取措施"))

    def _on_review_read(self, document: dict | None, measures: list[dict]) -> None:
        from desktop.reviewdialog import DocumentReviewDialog

        self.window.statusBar().clearMessage()
        if document is None or not measures:
            self.prompter.inform(self.window, self.tr("复核与更正"), self.tr(
                "正在使用的数据里没有这份文件的措施（副本缺失，或导入后还没有重建）。请点“数据 → 重建数据”后再试。"))
            return
        if self.document_review is not None:
            self.document_review.close()
        review = DocumentReviewDialog(document, measures, self.window, today=getattr(self.window, "today", None))
        review.correct_measure_requested.connect(self.ask_measure_correction)
        review.correct_document_requested.connect(lambda status: self.ask_document_correction(review.document, status))
        self.document_review = review
        review.show()
        self.document_review_shown.emit(review)

    def _on_review_reread(self, document: dict | None, measures: list[dict]) -> None:
        if self.document_review is not None and document is not None:
            self.document_review.set_document(document, measures)

    def _on_review_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        message = for_window(str(exc)) if isinstance(exc, PolicyDataError) else self.tr(
            "读取这份文件的措施时出错，已记入日志。请点“数据 → 重建数据”后再试。")
        self.prompter.warn(self.window, self.tr("复核与更正"), message)

    def ask_measure_correction(self, measure: dict) -> None:
        """The correction of one imported measure (kind, beneficiaries, deadline) with a why."""
        from desktop.correctdialog import CorrectDialog

        parent = self.document_review if self.document_review is not None and self.document_review.isVisible() else self.window
        dialog = CorrectDialog(measure, self.prompter, parent, today=getattr(self.window, "today", None))
        dialog.accepted.connect(lambda: self.correct_measure(measure, dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def ask_document_correction(self, document: dict, status: str | None = None) -> None:
        """The correction of an imported document (title, date, validity, status such as 已废止) with a why."""
        from desktop.correctdialog import DocumentCorrectDialog

        parent = self.document_review if self.document_review is not None and self.document_review.isVisible() else self.window
        dialog = DocumentCorrectDialog(document, self.prompter, parent, status=status)
        dialog.accepted.connect(lambda: self.correct_document(document, *dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def correct_measure(self, measure: dict, changes: dict) -> None:
        """Save a measure's correction (index/corrections_local.py) and rebuild, as an import is."""
        from index.build import build
        from index.corrections_local import save

        measure_id, text, heading = measure["id"], measure.get("text") or "", measure_heading(measure)

        def change(target: Path, report) -> Changed:  # worker thread, exclusive
            save(measure_id, text, changes)
            build(target, progress=report)
            return Changed(self.tr("已更正：{0}").format(heading), measure_id.split("/")[0])

        self.data_setup.change_data(change, self.tr("更正措施"), self.tr("正在保存更正并重建数据，请稍候…"))

    def correct_document(self, document: dict, fields: dict, why: str) -> None:
        """Save a document's correction in its catalogue entry (index.importer.correct_import), rebuilt."""
        doc_id, title = document["id"], document.get("title") or ""

        def change(target: Path, report) -> Changed:  # worker thread, exclusive
            try:
                correct_import(doc_id, fields, why, data_dir=target, progress=report)
            except PolicyDataError as exc:
                raise PolicyDataError(for_window(str(exc))) from exc
            said = self.tr("已标为已废止") if fields.get("status") == "已废止" else self.tr("已更正")
            return Changed(self.tr("{0}：{1}").format(said, fields.get("title") or title), doc_id)

        self.data_setup.change_data(change, self.tr("更正文件信息"), self.tr("正在保存更正并重建数据，请稍候…"))
