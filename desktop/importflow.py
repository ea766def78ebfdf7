"""The document-import flow of the window: 数据 → 导入文件… (pick or drop a .docx/.pdf/web page/text file,
read it in the background, review what was parsed, 导入 stores it and rebuilds), and 数据 → 已导入的文件
(复核与更正 in desktop/correctflow.py; 移除, 替换为新版本). Main thread; reading runs on the window's one TaskRunner and every data change goes
through DataSetup like a rebuild, so the clerk sees the same progress and the old data on failure."""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from desktop.correctflow import Changed, CorrectFlow
from desktop.datasetup import DataSetup
from desktop.dialogs import Prompter
from desktop.importdialog import ImportReviewDialog, ImportsDialog, for_window
from desktop.searchservice import SearchService
from index.errors import PolicyDataError
from index.importer import ImportedDocument, check_importable, correct_import, import_files, list_imports, remove_import
from index.importreview import earlier_editions, known_documents, superseded_status
from index.corrections_local import save as save_correction

DOCUMENT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".wps")
DOCUMENT_PATTERN = "政策文件 (*.docx *.pdf *.html *.htm *.txt *.doc *.wps);;所有文件 (*)"


def _sha256(path: Path) -> str:
    check_importable(path)
    return hashlib.sha256(path.read_bytes()).hexdigest()


class ImportFlow(QObject):
    review_shown = Signal(object)  # the ImportReviewDialog, once the file is read
    imports_shown = Signal(object)  # the ImportsDialog
    read_failed = Signal(str)  # the message the maintainer was shown

    def __init__(self, window: QMainWindow, service: SearchService, data_setup: DataSetup, prompter: Prompter):
        super().__init__(window)
        self.window = window
        self.service = service
        self.data_setup = data_setup
        self.prompter = prompter
        self.review: ImportReviewDialog | None = None
        self.imports: ImportsDialog | None = None
        self.corrections = CorrectFlow(window, service, data_setup, prompter)  # 复核与更正, 更正当前措施…
        service.build_finished.connect(self._on_changed)
        service.build_failed.connect(lambda _message: self._refresh_list())
        # the library's documents are listed from the open data: again once a rebuilt data is open
        service.engine_ready.connect(self._on_engine_ready)
        self._changed_id: str | None = None  # the document a change was about, to select once listed again

    # -- 导入文件… ------------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None, replacing: ImportedDocument | None = None) -> None:
        """Read `path` (asked for when None) in the background, then show what it holds for review."""
        if path is None:
            title = self.tr("选择新版本的文件") if replacing else self.tr("导入文件")
            path = self.prompter.choose_file(self.window, title, self.tr(DOCUMENT_PATTERN))
        if path is None:
            return
        self.window.statusBar().showMessage(self.tr("正在读取 {0}…").format(path.name))

        engine = self.service.engine
        stored = dict(engine.store.documents) if engine is not None else {}  # the open data's documents (in memory)

        def op():  # worker thread: reads and parses only, stores nothing
            read = import_files([path], district=None, title=None, dry_run=True).results[0]
            imported = list_imports()
            # earlier editions on this machine (imported, or the data's own), proposed in the review (reads every
            # sentence: not on the UI thread)
            known = known_documents([(d.id, d.title) for d in imported if d.present], stored)
            editions = [] if replacing is not None else earlier_editions(
                read, [(i, t) for i, t in known if i != read["document"]["id"]])
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
        self.corrections.take_notes_in(review)
        self.review.show()
        self.review_shown.emit(self.review)

    def _on_read_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        message = for_window(str(exc)) if isinstance(exc, PolicyDataError) else self.tr(
            "读取文件时出错，已记入日志。没有导入任何内容。")
        self.prompter.warn(self.window, self.tr("文件未导入"), message)
        self.read_failed.emit(message)

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
                correct_import(old_id, {"status": status, "superseded_by": doc["id"]}, "导入修订版时由数据维护人员确认",
                               data_dir=target, progress=report)
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
            self.imports.review_requested.connect(self.corrections.review_document)
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
            imported = list_imports()
            self.imports.set_documents(imported + self._library_documents({d.id for d in imported}))
        except PolicyDataError as exc:
            self.imports.set_documents([], for_window(str(exc)))
        except OSError as exc:
            self.imports.set_documents([], self.tr("无法读取导入目录（{0}）。").format(exc.strerror or exc))
        if select:
            self.imports.select(select)

    def _on_engine_ready(self, _engine) -> None:
        select, self._changed_id = self._changed_id or self._selected_id(), None
        self._refresh_list(select)

    def _selected_id(self) -> str | None:
        doc = self.imports.selected() if self.imports is not None else None
        return doc.id if doc is not None else None

    def _library_documents(self, imported: set[str]) -> list[ImportedDocument]:
        """The documents of the data in use that were not imported here (the program's own, a pack's): listed
        for 复核与更正, from the open data's documents (in memory); none while the data is being opened."""
        engine = self.service.engine
        if engine is None:
            return []
        return [ImportedDocument(id=doc_id, title=doc.get("title") or doc_id, district=doc.get("district"),
                                 measures=doc.get("measure_count"), imported_at=None, original_name=None,
                                 file=Path(doc.get("source_file") or doc_id), present=True, bundled=True)
                for doc_id, doc in engine.store.documents.items() if doc_id not in imported]

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
            self._changed_id = result.doc_id
            self._refresh_list(result.doc_id)
