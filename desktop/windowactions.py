"""The main window's actions, toolbar and menus (数据, 设置, 帮助): every action with its shortcuts
from desktop/keymap.py said in its tooltip. A mixin of MainWindow (it wires the window's own slots and
flows); main thread."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop import keymap


class WindowActions:
    def correct_measure(self) -> None:
        """数据 → 更正当前措施…: the maintainer's correction of a measure, imported or bundled (desktop/correctdialog.py),
        saved with its why, then the data rebuilt as an import is (the open data stays until it is done)."""
        from desktop.correctdialog import CorrectDialog

        measure = self.measure_view.measure
        if not measure:
            self.prompter.inform(self, self.tr("更正措施"), self.tr("请先在左侧打开要更正的措施。"))
            return
        dialog = CorrectDialog(measure, self.prompter, self, today=getattr(self, "today", None))
        dialog.accepted.connect(lambda: self.import_flow.corrections.correct_measure(measure, dialog.changes()))
        self.correct_dialog = dialog
        self.prompter.run(dialog)

    def edit_synonyms(self) -> None:
        """数据 → 同义词…: a row for this machine's own synonym table (desktop/synonymsdialog.py)."""
        from desktop.synonymsdialog import SynonymsDialog

        self.prompter.run(SynonymsDialog(self.prompter, self))

    def _action(self, text: str, slot, name: str | None = None, tip: str = "") -> QAction:
        """An action of the window; `name` gives it its shortcuts from desktop/keymap.py and says them in its tooltip."""
        action = QAction(text, self)
        if name:
            action.setShortcuts(keymap.sequences(name))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(keymap.tip(tip or text, name) if name else tip or text)
        action.triggered.connect(lambda _checked=False: slot())  # not triggered's bool as the slot's first argument
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        view = self.measure_view
        self.new_visitor_action = self._action(self.tr("新访客"), self.new_visitor, "new_visitor",
                                               self.tr("清空上一位访客的一切"))
        self.undo_visitor_action = self._action(self.tr("撤销新访客"), self.undo_new_visitor, "undo_visitor")
        self.undo_visitor_action.setEnabled(False)
        self.search_box.window_actions = [self.new_visitor_action, self.undo_visitor_action]
        self.wizard_action = self._action(self.tr("资格自查"), self.open_wizard, "wizard",
                                          self.tr("问几个问题，找出这家企业可以申请的措施"))
        self.focus_action = self._action(self.tr("搜索"), self.focus_search, "focus")
        self.handout_add_action = self._action(self.tr("加入打印单"), view.request_handout, "handout_add")
        self.compare_action = self._action(self.tr("同类措施"), view.request_compare, "compare")
        self.source_action = self._action(self.tr("查看原文"), view.request_source, "source")
        self.favourite_action = self._action(self.tr("收藏"), view.toggle_favourite, "favourite")
        self.print_action = self._action(self.tr("打印…"), self.print_handout, "print", self.tr("预览并打印打印单"))
        self.pdf_action = self._action(self.tr("存为PDF…"), self.save_handout_pdf, "pdf", self.tr("把打印单存为PDF"))
        self.favourites_action = self._action(self.tr("收藏夹"), self.show_favourites, None, self.tr("列出收藏的措施"))
        self.history_action = self._action(self.tr("浏览记录"), self.show_history, None, self.tr("列出最近打开的措施"))
        self.rebuild_action = self._action(self.tr("重建数据"), self._on_rebuild_triggered, None,
                                           self.tr("从政策原文重新构建数据（收藏和历史不受影响）"))
        self.help_action = self._action(self.tr("帮助"), self.show_help, "help")
        self.facet_actions = []
        for n, name in enumerate(keymap.facet_names(), 1):
            action = QAction(self.facets.facet_title(name), self)
            action.setShortcut(QKeySequence(f"Alt+{n}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, name=name: self.facets.focus_group(name))
            self.addAction(action)
            self.facet_actions.append(action)
        view.set_shortcut_tips({b: keymap.tip(t, k) for b, t, k in (
            (view.source_button, self.tr("查看原文"), "source"), (view.compare_button, self.tr("同类措施"), "compare"),
            (view.handout_button, self.tr("加入打印单"), "handout_add"),
            (view.favourite_button, self.tr("收藏/取消收藏"), "favourite"))})
        toolbar = QToolBar(self.tr("工具栏"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_visitor_action, self.undo_visitor_action, self.wizard_action, self.print_action, self.pdf_action, self.favourites_action,
                       self.history_action, self.help_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        # maintenance lives in 数据, away from the clerk's everyday buttons
        self.import_pack_action = self._action(self.tr("导入数据包…"), lambda: self.pack_flow.import_pack(), None,
                                               self.tr("采用数据维护人员发来的数据包（先校验、再看变化，确认后更新）"))
        self.make_pack_action = self._action(self.tr("制作数据包…"), lambda: self.pack_flow.make_pack(), None,
                                             self.tr("维护人员：把正在使用的数据签名制成数据包，发给各工作站"))
        self.rollback_action = self._action(self.tr("恢复上一版本"), lambda: self.pack_flow.roll_back(), None,
                                            self.tr("换回更新前的数据"))
        self.about_data_action = self._action(self.tr("关于数据"), lambda: self.pack_flow.show_about(), None,
                                              self.tr("数据版本、签名者、每份文件和覆盖的地区"))
        self.import_file_action = self._action(self.tr("导入文件…"), lambda: self.import_flow.import_file(), None,
                                               self.tr("读入新的政策文件（Word、PDF、网页、文本），先预览再导入"))
        self.imports_action = self._action(self.tr("已导入的文件"), lambda: self.import_flow.show_imports(), None,
                                           self.tr("本机导入的政策文件：移除或替换为新版本"))
        self.correct_action = self._action(self.tr("更正当前措施…"), self.correct_measure, None,
                                           self.tr("更正本机导入的措施的性质、受益方或期限（写明理由，随数据包发出）"))
        self.synonyms_action = self._action(self.tr("同义词…"), self.edit_synonyms, None,
                                            self.tr("增补本机的同义词：访客常说的词 → 文件里的用语（下一次搜索即生效）"))
        # 退出 closes the window as its close button does (geometry saved); Ctrl+Q from the keyboard map
        self.quit_action = self._action(self.tr("退出"), self.close, "quit", self.tr("关闭程序"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.data_menu = self.menuBar().addMenu(self.tr("数据"))
        for action in (self.import_file_action, self.imports_action, None, self.import_pack_action, self.rollback_action,
                       self.make_pack_action, None, self.correct_action, self.synonyms_action, self.rebuild_action, None, self.about_data_action,
                       None, self.quit_action):
            if action is None:
                self.data_menu.addSeparator()
            else:
                self.data_menu.addAction(action)
        self.log_action = self._action(self.tr("查看日志"), self.show_log, None, self.tr("打开日志文件夹（出错时交给技术人员）"))
        self.office_action = self._action(self.tr("打印单上的窗口信息…"), self.edit_office, None,
                                          self.tr("办理窗口、地址、电话和经办人，印在每份打印单上（留空不印）"))
        self.menuBar().addMenu(self.tr("设置")).addAction(self.office_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.log_action)
