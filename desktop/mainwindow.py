"""The main window: composes the search box, facets, results, measure pane and handout, and wires
them to the search service. It decides nothing about policies itself. Main thread."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from desktop import keymap
from desktop.compare import CompareDialog
from desktop.countline import FILTER_NAMES, CountLine, DataNote, HiddenLine
from desktop.datasetup import DataSetup
from desktop.dialogs import Prompter
from desktop.facets import FacetPanel, list_facet_counts
from desktop.geometry import restore_main, restore_or_fit
from desktop.handout import HandoutModel, HandoutPanel
from desktop.handoutflow import HandoutFlow
from desktop.importflow import DOCUMENT_SUFFIXES, ImportFlow
from desktop.measureview import MeasureView
from desktop.packflow import PackFlow
from desktop.present import clause_label, short_title
from desktop.resultsmodel import ResultsModel, missing_hit
from desktop.resultsview import ResultsView
from desktop.searchbox import SearchBox
from desktop.searchservice import SearchRequest, SearchService
from desktop.settings import Settings
from desktop.sourceview import SourceDialog
from desktop.userdata import UserData, notice_text
from desktop.visitor import VisitorSession
from desktop.wizard import EligibilityWizard
from desktop.windowactions import WindowActions
from index.logs import tail
from index.present import data_version
from index.search import SearchEngine
from index.snippets import snippet

def _label(measure: dict) -> str:
    """What a favourite or history entry is called should its measure later leave the data."""
    return f"{measure['district']}　{short_title(measure['document'].get('title'))}　{clause_label(measure)}"


PACK_SUFFIXES = (".pbpack", ".zip")


def _dropped_file(mime) -> Path | None:
    """The one local file being dropped that the window takes (a data pack or a policy document), else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in PACK_SUFFIXES + DOCUMENT_SUFFIXES else None


class MainWindow(WindowActions, QMainWindow):
    results_shown = Signal(float)  # ms from the edit (or click) that asked to the results being painted
    measure_opened = Signal(str)

    def __init__(self, service: SearchService, settings: Settings, userdata: UserData, prompter: Prompter,
                 today: date | None = None, parent: QWidget | None = None, *, log_file: Path | None = None):
        super().__init__(parent)
        self.log_file = log_file  # where this run logs (desktop/logsetup.py); None: not to a file
        self.service = service
        self.settings = settings
        self.userdata = userdata
        self.prompter = prompter
        self.today = today or date.today()
        service.today = self.today  # 只看有效 and 已过期 by the window's day, as the cards show them
        self.last_result: dict | None = None
        self.last_latency_ms: float | None = None
        self._shown_request: SearchRequest | None = None
        self.compare_dialog: CompareDialog | None = None
        self._data_summarised = False
        self.wizard: EligibilityWizard | None = None
        self._userdata_reported = False  # a failed save of favourites/history is told once
        self.setWindowTitle(self.tr("惠企政策离线查询"))

        self.search_box = SearchBox(self)
        self.facets = FacetPanel(self)
        self.search_box.popup_room = lambda: self.facets.width()
        self.facets.municipal.setChecked(settings.include_municipal)
        self.results_model = ResultsModel(self.today, self)
        self.results_view = ResultsView(self)
        self.results_view.setModel(self.results_model)
        self.count_label = CountLine(self)
        self.hidden_line = HiddenLine(self)
        self.data_note = DataNote(self)
        self.notice_label = QLabel(self)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color:#7a5200;")
        self.notice_label.hide()
        self.measure_view = MeasureView(self.today, self)
        self.handout = HandoutModel(self, self.today)
        self.handout_panel = HandoutPanel(self.handout, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.measure_view, self.tr("措施"))
        self.tabs.addTab(self.handout_panel, self.tr("打印单"))

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.data_note)
        middle_layout.addWidget(self.count_label)
        middle_layout.addWidget(self.notice_label)
        middle_layout.addWidget(self.hidden_line)
        middle_layout.addWidget(self.results_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        em = self.fontMetrics().horizontalAdvance("国")  # sizes in characters: readable at 125–150 % too
        self.splitter.setSizes([em * 17, em * 36, em * 36])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.data_label = QLabel(self.tr("正在打开数据…"), self)
        self.result_label = QLabel(self)
        self.statusBar().addWidget(self.data_label, 1)
        self.statusBar().addPermanentWidget(self.result_label)
        self._build_actions()
        keymap.chain(self.search_box, self.results_view, *self.measure_view.tab_stops(), self.tabs.tabBar(),
                     self.facets.municipal)  # the facets keep their own boxes in order after it

        self.data_setup = DataSetup(service, prompter, self)
        self.pack_flow = PackFlow(self, service, self.data_setup, prompter)
        self.import_flow = ImportFlow(self, service, self.data_setup, prompter)
        self.setAcceptDrops(True)  # a data pack or a policy document dropped on the window is imported
        self.handout_flow = HandoutFlow(self, prompter)
        self.visitor = VisitorSession(self, self)
        self.visitor.undo_available.connect(self.undo_visitor_action.setEnabled)
        self._connect()
        restore_main(self, settings, {"main": self.splitter})
        self._on_handout_changed()

    def _connect(self) -> None:
        s = self.service
        s.engine_ready.connect(self._on_engine_ready)
        s.engine_loading.connect(lambda: self.data_label.setText(self.tr("正在打开数据…")))
        s.search_finished.connect(self._on_search_finished)
        s.search_failed.connect(self._on_search_failed)
        s.runner.task_failed.connect(self._on_task_failed)
        self.data_setup.gave_up.connect(self._on_data_unavailable)
        self.search_box.query_edited.connect(self._on_query_edited)
        self.search_box.open_top_requested.connect(self._on_open_top_requested)
        self.search_box.step_requested.connect(self._on_step_requested)
        self.facets.filters_changed.connect(self._on_filters_changed)
        self.hidden_line.show_hidden.connect(self.clear_filters)
        self.results_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.results_view.activated.connect(self._on_result_activated)
        self.results_view.result_painted.connect(self._on_result_painted)
        self.measure_view.favourite_toggled.connect(self._on_favourite_toggled)
        self.measure_view.handout_requested.connect(self._on_handout_requested)
        self.measure_view.compare_requested.connect(self.open_compare)
        self.measure_view.source_requested.connect(self.open_source)
        self.handout_panel.preview_requested.connect(self.print_handout)
        self.handout_panel.print_requested.connect(self.print_handout)
        self.handout_panel.pdf_requested.connect(self.save_handout_pdf)
        self.handout_panel.measure_opened.connect(self.open_measure)
        self.handout.changed.connect(self._on_handout_changed)

    def start(self) -> None:
        """Open (or first build) the data in the background; the window is usable meanwhile."""
        self.data_setup.start()
        self._report_userdata()

    def _report_userdata(self) -> None:
        """A damaged favourites file moved aside, or favourites that cannot be saved: told once."""
        for notice in self.userdata.take_notices():
            self.prompter.warn(self, self.tr("收藏和浏览记录"), notice_text(notice))
        self._userdata_reported = self._userdata_reported or self.userdata.in_memory

    # -- searching ---------------------------------------------------------------------------
    @property
    def engine(self) -> SearchEngine | None:
        return self.service.engine

    def _request(self, requested_at: float | None = None, open_top: bool = False) -> None:
        self.service.request(self.search_box.text(), self.facets.filters(), open_top=open_top, requested_at=requested_at)

    def _on_query_edited(self, _text: str, at: float) -> None:
        self._request(at)

    def _on_filters_changed(self) -> None:
        self.settings.include_municipal = self.facets.municipal.isChecked()
        self._request()

    def _on_engine_ready(self, engine: SearchEngine) -> None:
        meta = engine.store.meta
        self._data_summarised = False  # said once the first search has read the deadlines (no SQLite here)
        self.data_label.setText(self.tr("数据：{0}（{1}份文件，{2}条措施）").format(
            data_version(meta), meta.get("documents", "?"), meta.get("measures", "?")))
        self.facets.new_data()
        self.facets.set_labels("document", {i: short_title(d.get("title"), 14) for i, d in engine.store.documents.items()})
        self.search_box.set_vocabulary(self.service.vocabulary)  # computed with the engine, off the UI thread
        self.search_box.set_recent(self.settings.recent_searches)
        if self.wizard is not None:  # it must not go on judging the measures of the data replaced
            self.wizard.set_measures(engine.measures)
        self._request()

    def _on_search_finished(self, result: dict, request: SearchRequest) -> None:
        if request.text != self.search_box.text() or request.filters != self.facets.filters():
            if request.open_top:  # Enter was for text since changed: keep the wish for the newer search
                self.service.request_open_top()
            return  # stale: a newer request is queued
        self.last_result = result
        self._shown_request = request
        if not self._data_summarised and self.engine is not None:
            self._data_summarised = True  # the search read the deadlines for this day: the summary is cheap now
            self.data_note.show_summary(self.engine.summary(self.today))
        current = self.measure_view.shown_id()
        self.results_model.set_result(result)
        self.results_view.setUniformItemSizes(not self.results_model.grouped)  # part headers make rows taller
        self.facets.set_counts(result["facets"])
        self._show_counts(result)
        self.results_view.mark_new_result()
        self._follow_results(current)
        if request.open_top:
            self.open_row(0, focus=True)

    def _follow_results(self, current: str | None) -> None:
        """The pane shows a measure of the list now shown, or nothing: a measure of the last search
        (another district's, say) must not stay there, its buttons live, to go into the handout."""
        row = self.results_model.reach(current)  # fetches the rows down to it if it is further down
        if row is not None:
            self.results_view.selectionModel().blockSignals(True)
            self.results_view.setCurrentIndex(self.results_model.index(row))
            self.results_view.selectionModel().blockSignals(False)
        elif current is not None:
            self.measure_view.show_measure(None)

    def _show_counts(self, result: dict) -> None:
        total = result["total"]
        self.count_label.show_result(result, self.facets.filters().active())
        self.result_label.setText(self.tr("{0}条结果").format(total))
        notices = result.get("notices") or []
        self.notice_label.setText("\n".join(notices))
        self.notice_label.setVisible(bool(notices))
        self.hidden_line.show_result(result)

    def clear_filters(self, names: list[str]) -> None:
        """"显示它们": the filters that hide matches are cleared (the others stay), and the search runs again."""
        current = self.facets.filters()
        cleared = {name: [] for name in names if name in FILTER_NAMES and name != "valid_only"}
        self.facets.set_filters(replace(current, **cleared, valid_only=current.valid_only and "valid_only" not in names),
                                notify=True)

    def _on_search_failed(self, _message: str) -> None:  # the message and its traceback are in the log
        self.count_label.setText(self.tr("检索出错，已记入日志。请重试；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。"))

    def _on_task_failed(self, name: str, _message: str) -> None:
        """A background task that had nobody to tell (no on_failed): the clerk hears of it here."""
        self.prompter.warn(self, self.tr("出错"), self.tr("{0}出错，已记入日志。请重试；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。")
                           .format(name or self.tr("后台任务")))

    def _on_result_painted(self, at: float) -> None:
        if self._shown_request is not None and self._shown_request.requested_at:
            self.last_latency_ms = (at - self._shown_request.requested_at) * 1000
            self.results_shown.emit(self.last_latency_ms)

    def _on_data_unavailable(self, message: str) -> None:
        self.data_label.setText(self.tr("没有可用的数据：请点“重建数据”。"))
        self.count_label.setText(message)

    # -- results and the measure -------------------------------------------------------------
    def _on_open_top_requested(self) -> None:
        if self.service.searching:
            self.service.request_open_top()
        else:
            self.open_row(0, focus=True)

    def _on_step_requested(self, delta: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        current = self.results_view.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        self.results_view.setCurrentIndex(self.results_model.index(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_measure(self.results_model.measure_id(current.row()))

    def _on_result_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row(), focus=True)

    def open_row(self, row: int, focus: bool = False) -> None:
        measure_id = self.results_model.measure_id(row)
        if measure_id is None:
            return
        self.results_view.setCurrentIndex(self.results_model.index(row))  # opens through currentChanged
        if self.measure_view.measure is None or self.measure_view.measure["id"] != measure_id:
            self.open_measure(measure_id)
        if focus:
            self.tabs.setCurrentWidget(self.measure_view)
            self.measure_view.browser.setFocus()

    def open_measure(self, measure_id: str | None) -> None:
        if not measure_id or self.engine is None:
            return
        measure = self.engine.measure(measure_id)
        if measure is None:  # a favourite or history entry the data no longer has (rebuild, new data pack)
            self.measure_view.show_missing(measure_id, self.userdata.label(measure_id),
                                           self.userdata.is_favourite(measure_id))
            self.tabs.setCurrentWidget(self.measure_view)
            self.statusBar().showMessage(self.tr("这条措施已不在当前数据中"), 5000)
            return
        self.measure_view.show_measure(measure, self.results_model.highlight, self.userdata.is_favourite(measure_id))
        self.tabs.setCurrentWidget(self.measure_view)
        self._saved_userdata(self.userdata.record_opened(measure_id, _label(measure)))
        if self.search_box.text().strip():
            self.settings.add_recent_search(self.search_box.text())
            self.search_box.set_recent(self.settings.recent_searches)
        self.measure_opened.emit(measure_id)

    def _on_favourite_toggled(self, measure_id: str, on: bool) -> None:
        measure = self.engine.measure(measure_id) if self.engine else None
        saved = self.userdata.set_favourite(measure_id, on, _label(measure) if measure else self.userdata.label(measure_id))
        self.statusBar().showMessage(self.tr("已收藏") if on else self.tr("已取消收藏"), 3000)
        self._saved_userdata(saved)

    def _saved_userdata(self, saved: bool) -> None:
        """Favourites and history could not be written (read-only home folder…): say so once; they
        keep working in memory until the window closes."""
        if saved or self._userdata_reported:
            return
        self._userdata_reported = True
        self.statusBar().showMessage(self.tr("无法保存收藏和浏览记录（{0}）。本次仍可使用，关闭程序后不保留。").format(
            self.userdata.error or self.userdata.path), 15000)

    def open_source(self, measure_id: str) -> SourceDialog | None:
        measure = self.engine.measure(measure_id) if self.engine else None
        if measure is None:
            return None
        dialog = SourceDialog(measure, self.service.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_compare(self, measure_id: str) -> CompareDialog | None:
        seed = self.engine.measure(measure_id) if self.engine else None
        if seed is None:
            return None
        if self.compare_dialog is None:
            self.compare_dialog = CompareDialog(self.today, self)
            self.compare_dialog.view.measure_opened.connect(self.open_measure)
            restore_or_fit(self.compare_dialog, self.settings, "compare", self.compare_dialog.size())
        self.compare_dialog.view.compare(seed, self.engine.measures, self.engine.likeness)
        self.compare_dialog.show()
        self.compare_dialog.raise_()
        return self.compare_dialog

    def show_favourites(self) -> None:
        """Favourites become the result list (a search over them would lose ones the query misses)."""
        self._show_user_list(self.userdata.favourites, self.tr("收藏夹：{0}条措施"))

    def show_history(self) -> None:
        self._show_user_list([h["id"] for h in self.userdata.history], self.tr("浏览记录：{0}条措施"))

    def _show_user_list(self, ids: list[str], heading: str) -> None:
        """A measure the data no longer has stays listed, greyed as 已不在当前数据中, never dropped."""
        if self.engine is None:
            return
        hits = []
        for measure_id in ids:
            m = self.engine.measure(measure_id)
            hits.append(dict(m, snippet=snippet(m["text"], ())) if m else  # cut with "…", as a search's are
                        missing_hit(measure_id, self.userdata.label(measure_id)))
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        current = self.measure_view.shown_id()
        self.results_model.set_result({"query": "", "total": len(hits), "hits": hits, "highlight": []})
        # the facets count this list, not the search shown before it
        self.facets.set_counts(list_facet_counts([h for h in hits if not h.get("missing")]))
        self._follow_results(current)
        self.count_label.setText(heading.format(len(hits)))
        self.result_label.setText(self.tr("{0}条结果").format(len(hits)))
        self.notice_label.hide()
        self.hidden_line.hide()
        self.results_view.setUniformItemSizes(True)

    # -- eligibility wizard -------------------------------------------------------------------
    def open_wizard(self) -> EligibilityWizard | None:
        """Show the wizard (one per window; its answers live until 新访客 or the clerk clears them)."""
        if self.engine is None:
            self.prompter.inform(self, self.tr("资格自查"), self.tr("数据还在打开，请稍候再试。"))
            return None
        if self.wizard is None:
            self.wizard = EligibilityWizard(self.engine.measures, self.settings, self.today, self, self.prompter)
            self.wizard.measure_requested.connect(self.open_measure)
            self.wizard.handout_requested.connect(self._on_wizard_handout)
        filters = self.facets.filters()
        districts = [d for d in filters.district if d != "北京市"]
        self.wizard.start_from(districts[0] if len(districts) == 1 else None, list(filters.industry))
        self.wizard.show()
        self.wizard.raise_()
        return self.wizard

    def _on_wizard_handout(self, payload: dict) -> None:
        """The wizard's answers, and each eligible or maybe measure with why, go to the handout."""
        self.handout.answers[:] = [tuple(pair) for pair in payload.get("answers", [])]
        for result in payload.get("results", []):
            measure = self.engine.measure(result["id"]) if self.engine else None
            if measure is not None:
                self.handout.add(measure, list(result.get("reasons") or []), result.get("status"),
                                 list(result.get("missing") or []))
        self._on_handout_changed()
        self.tabs.setCurrentWidget(self.handout_panel)
        self.statusBar().showMessage(self.tr("已把自查结果加入打印单"), 3000)

    # -- handout -----------------------------------------------------------------------------
    def _on_handout_requested(self, measure_id: str) -> None:
        measure = self.engine.measure(measure_id) if self.engine else None
        if measure is not None:
            self.handout.add(measure)
            # a district the data does not cover, said above these results, is said on the 打印单 too
            shown = self.last_result or {}
            if measure_id in self.results_model.ids():
                said = [n for n in shown.get("notices") or [] if any(d in n for d in shown.get("uncovered") or [])]
                self.handout.notices += [n for n in said if n not in self.handout.notices]

    def _on_handout_changed(self) -> None:
        self.tabs.setTabText(1, self.tr("打印单（{0}）").format(self.handout.rowCount()))

    def handout_html(self) -> str:
        return self.handout_flow.html()

    def edit_office(self) -> None:
        self.handout_flow.edit_office()

    def print_handout(self) -> None:
        self.handout_flow.print()

    def save_handout_pdf(self, path: Path | None = None) -> Path | None:
        return self.handout_flow.save_pdf(path)

    # -- session -----------------------------------------------------------------------------
    def new_visitor(self) -> None:
        """Clear everything of the last visitor (desktop/visitor.py); Ctrl+Shift+Z brings it back for a minute."""
        self.visitor.new_visitor()
        self.statusBar().showMessage(self.tr("已为新访客清空。按错了？一分钟内可点“撤销新访客”（{0}）。").format(
            keymap.native("undo_visitor")), 10000)
        self.focus_search()

    def undo_new_visitor(self) -> None:
        if self.visitor.undo():
            self.statusBar().showMessage(self.tr("已找回上一位访客的查询和打印单。"), 5000)

    def request_search(self) -> None:
        self._request()

    def close_dialogs(self) -> None:
        """原文 and compare windows show the last visitor's measures: closed for the next one."""
        for dialog in self.findChildren(SourceDialog):
            dialog.close()
        if self.compare_dialog is not None:
            self.compare_dialog.hide()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def show_help(self) -> None:
        self.prompter.inform(self, self.tr("帮助"), keymap.help_html())

    def show_log(self) -> None:
        """帮助 → 查看日志: the log folder in the file manager, else the file's last lines in a message."""
        if self.log_file is None:
            self.prompter.inform(self, self.tr("查看日志"), self.tr("本次运行没有写日志文件（日志文件夹无法写入），日志只输出到终端。"))
            return
        if not self.prompter.open_path(self.log_file.parent):
            self.prompter.inform(self, self.tr("查看日志"), self.tr("日志文件：{0}\n\n最后几行：\n{1}").format(
                self.log_file, tail(self.log_file, 20) or self.tr("（还是空的）")))

    def _on_rebuild_triggered(self) -> None:
        if self.prompter.confirm(self, self.tr("重建数据"), self.tr("从政策原文重新构建数据？收藏和查询历史不受影响。")):
            self.data_setup.rebuild()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            if path.suffix.lower() in PACK_SUFFIXES:
                self.pack_flow.import_pack(path)
            else:
                self.import_flow.import_file(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.save_window(self, {"main": self.splitter})
        if self.compare_dialog is not None:
            self.settings.save_geometry(self.compare_dialog, "compare")
        self.settings.sync()
        super().closeEvent(event)
