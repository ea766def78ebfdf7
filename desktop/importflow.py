"""The document-import flow of the window: 数据 → 导入文件… (pick or drop a .docx/.pdf/web page/text file,
read it in the background, review what was parsed, 导入 stores it and rebuilds), and 数据 → 已导入的文件
(复核与更正: a stored document's measures as the data says them, the maintainer's corrections of a measure
or of the document, 已废止 included; 移除, 替换为新版本). Main thread; reading runs on the window's one TaskRunner and every data change goes
through DataSetup like a rebuild, so the clerk sees the same progress and the old data on failure."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.datasetup import DataSetup
from desktop.dialogs import Prompter
from desktop.importdialog import ImportReviewDialog, ImportsDialog, for_window
from desktop.searchservice import SearchService
from index.errors import PolicyDataError
from index.importer import ImportedDocument, check_importable, correct_import, import_files, list_imports, remove_import
from index.importreview import earlier_editions, superseded_status
from index.present import measure_heading
from index.corrections_local import save as save_correction
from index.store import Store

DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".wps")
DOCUMENT_PATTERN = "政策文件 (*.docx *.pdf *.html *.htm *.txt *.doc *.wps);;所有文件 (*)"


@dataclass(frozen=True)
class Changed:
    """What a finished import, removal or replacement did, as the status bar says it."""
    message: str
    doc_id: str | None = None  # the document to select in the list afterwards


def _sha256(path: Path) -> str:
    check_importable(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ImportFlow(QObject):
    review_shown = Signal(object)  # the ImportReviewDialog, once the file is read
    imports_shown = Signal(object)  # the ImportsDialog
    document_review_shown = Signal(object)  # the DocumentReviewDialog of a stored document
    read_failed = Signal(str)  # the message the maintainer was shown

    def __init__(self, window: QMainWindow, service: SearchService, data_setup: DataSetup, prompter: Prompter):
        super().__init__(window)
        self.window = window
        self.service = service
        self.data_setup = data_setup
        self.prompter = prompter
        self.review: ImportReviewDialog | None = None
        self.imports: ImportsDialog | None = None
        self.document_review = None  # the DocumentReviewDialog open, if any
        self.correct_dialog = None  # the correction dialog open, if any
        service.build_finished.connect(self._on_changed)
        service.build_failed.connect(lambda _message: self._refresh_list())

    # -- 导入文件… ------------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None, replacing: ImportedDocument | None = None) -> None:
        """Read `path` (asked for when None) in the background, then show what it holds for review."""
        if path is None:
            title = self.tr("选择新版本的文件") if replacing else self.tr("导入文件")
            path = self.prompter.choose_file(self.window, title, self.tr(DOCUMENT_PATTERN))
        if path is None:
            return
        self.window.statusBar().showMessage(self.tr("正在读取 {0}…").format(path.name))

        def op():  # worker thread: reads and parses only, stores nothing
            read = import_files([path], district=None, title=None, dry_run=True).results[0]
            imported = list_imports()
            # earlier editions on this machine, proposed in the review (reads every sentence: not on the UI thread)
            editions = [] if replacing is not None else earlier_editions(
                read, [(d.id, d.title) for d in imported if d.present and d.id != read["document"]["id"]])
            return read, imported, editions

        self.service.runner.run(op, lambda done: self._on_read(path, *done, replacing), self._on_read_failed,
                                name=self.tr("读取文件"))

    def _on_read(self, path: Path, result: dict, imported: list[ImportedDocument], editions: list[tuple[str, str, str]],
                 replacing: ImportedDocument | None) -> None:
        self.window.statusBar().clearMessage()
        doc = result["document"]
        notes, blockers = [], []
        same = next((d for d in imported if d.id == doc["id"] and d.present), None)
        if replacing is not None and doc["id"] == replacing.id:
            blockers.append(self.tr("这就是要替换的那份文件（内容完全相同），不需要替换。"))
        elif same is not None and replacing is None:
            blockers.append(self.tr("这份文件已经导入过：“{0}”（{1}）。").format(same.title, (same.imported_at or "").replace("T", " ")))
        if replacing is not None and doc.get("title") and doc["title"] != replacing.title:
            notes.append(self.tr("新文件的标题“{0}”与原来的“{1}”不同：请确认是同一份文件的新版本。").format(doc["title"], replacing.title))
        self.review = ImportReviewDialog(result, path.name, notes=notes, blockers=blockers, replacing=replacing,
                                         parent=self.window, today=getattr(self.window, "today", None), editions=editions)
        review = self.review
        self.review.import_requested.connect(
            lambda district: self._store(path, doc["sha256"], district, replacing, review.superseded(),
                                         list(review.measure_corrections.values()), review.document_correction))
        self.review.correct_measure_requested.connect(lambda measure: self._note_measure_correction(review, measure))
        self.review.correct_document_requested.connect(lambda document: self._note_document_correction(review, document))
        self.review.show()
        self.review_shown.emit(self.review)

    def _on_read_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        message = for_window(str(exc)) if isinstance(exc, PolicyDataError) else self.tr(
            "读取文件时出错，已记入日志。没有导入任何内容。")
        self.prompter.warn(self.window, self.tr("文件未导入"), message)
        self.read_failed.emit(message)

    def _note_measure_correction(self, review: ImportReviewDialog, measure: dict) -> None:
        from desktop.correctdialog import CorrectDialog

        dialog = CorrectDialog(measure, self.prompter, review, today=getattr(self.window, "today", None))
        dialog.accepted.connect(lambda: review.note_measure_correction(measure, dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def _note_document_correction(self, review: ImportReviewDialog, document: dict) -> None:
        from desktop.correctdialog import DocumentCorrectDialog

        dialog = DocumentCorrectDialog(document, self.prompter, review)
        dialog.accepted.connect(lambda: review.note_document_correction(*dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def _store(self, path: Path, sha: str, district: str | None, replacing: ImportedDocument | None,
               superseded: list[str] | None = None, corrections: list[tuple[dict, dict]] | None = None,
               document_correction: tuple[dict, str] | None = None) -> None:
        changed_after_review = self.tr("{0}：文件在预览之后被改动了，未导入。请重新导入，再看一遍预览。").format(path)
        replaced_label = replacing.title if replacing else ""

        def change(target: Path, report) -> Changed:  # worker thread, exclusive
            try:
                if _sha256(path) != sha:
                    raise PolicyDataError(changed_after_review)
                for measure, changes in corrections or []:  # noted in the review: the import's build applies them
                    save_correction(measure["id"], measure.get("text") or "", changes)
                outcome = import_files([path], district=district, title=None, dry_run=False, data_dir=target, progress=report,
                                       replacing=replacing.id if replacing else None)
            except PolicyDataError as exc:
                raise PolicyDataError(for_window(str(exc))) from exc
            except OSError as exc:
                raise PolicyDataError(f"{path}：无法读取文件（{exc.strerror or exc}），未导入。") from exc
            result = outcome.results[0]
            doc = result["document"]
            if document_correction is not None:  # noted in the review: the document's entry is corrected after
                try:
                    correct_import(doc["id"], *document_correction, data_dir=target, progress=report)
                except PolicyDataError as exc:
                    raise PolicyDataError(f"文件已导入，但文件信息的更正没有保存：{for_window(str(exc))}"
                                          "请在“数据 → 已导入的文件 → 复核与更正…”中再更正。") from exc
                doc = {**doc, "title": document_correction[0].get("title") or doc.get("title")}
            label = f"{doc.get('title') or path.name}（{len(result['measures'])}条措施）"
            for old_id in superseded or []:  # confirmed in the review: the older edition is marked, kept searchable
                status = superseded_status(doc.get("title") or path.stem, (doc.get("published") or doc.get("signed") or "")[:4] or None)
                correct_import(old_id, {"status": status}, "导入修订版时由数据维护人员确认", data_dir=target, progress=report)
            if replacing is None:
                return Changed(f"已导入：{label}", doc["id"])
            try:
                remove_import(replacing.id, data_dir=target, progress=report)
            except PolicyDataError as exc:
                raise PolicyDataError(f"新版本已导入，但旧版本“{replaced_label}”没有移除：{for_window(str(exc))}"
                                      "请在“数据 → 已导入的文件”中再移除旧版本。") from exc
            return Changed(f"已替换：{replaced_label} → {label}", doc["id"])

        title = self.tr("替换为新版本") if replacing else self.tr("导入文件")
        self.data_setup.change_data(change, title, self.tr("正在保存文件并重建数据，请稍候…"))

    # -- 已导入的文件 ------------------------------------------------------------------------------------
    def show_imports(self) -> ImportsDialog:
        if self.imports is None:
            self.imports = ImportsDialog(self.window)
            self.imports.import_requested.connect(lambda: self.import_file())
            self.imports.replace_requested.connect(lambda doc: self.import_file(replacing=doc))
            self.imports.review_requested.connect(self.review_document)
            self.imports.remove_requested.connect(self.remove)
        self._refresh_list()
        self.imports.show()
        self.imports.raise_()
        self.imports_shown.emit(self.imports)
        return self.imports

    def _refresh_list(self, select: str | None = None) -> None:
        """The catalogue is a small TOML file, written atomically: read here, not worth a task."""
        if self.imports is None:
            return
        try:
            self.imports.set_documents(list_imports())
        except PolicyDataError as exc:
            self.imports.set_documents([], for_window(str(exc)))
        except OSError as exc:
            self.imports.set_documents([], self.tr("无法读取导入目录（{0}）。").format(exc.strerror or exc))
        if select:
            self.imports.select(select)

    def remove(self, doc: ImportedDocument) -> None:
        question = self.tr("移除“{0}”（{1}条措施）？它的措施将不再能查到；收藏和浏览记录不受影响，之后可以重新导入。").format(
            doc.title, doc.measures if doc.measures is not None else "?")
        if not self.prompter.confirm(self.window, self.tr("移除导入的文件"), question):
            return

        def change(target: Path, report) -> Changed:  # worker thread, exclusive
            try:
                remove_import(doc.id, data_dir=target, progress=report)
            except PolicyDataError as exc:
                raise PolicyDataError(for_window(str(exc))) from exc
            return Changed(f"已移除：{doc.title}")

        self.data_setup.change_data(change, self.tr("移除导入的文件"), self.tr("正在移除文件并重建数据，请稍候…"))

    def _on_changed(self, result) -> None:
        if isinstance(result, Changed):
            self.window.statusBar().showMessage(result.message, 8000)
            self._refresh_list(result.doc_id)
            review = self.document_review
            if review is not None and review.isVisible() and result.doc_id == review.document.get("id"):
                self._read_document(result.doc_id, self._on_review_reread)

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
