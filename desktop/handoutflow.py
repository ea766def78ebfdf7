"""The window's 打印单 actions: the sheet's HTML from the collected measures and the office details,
预览/打印 through the prompter, 存为PDF with a per-visitor file name and an honest failure message, and
设置 → 打印单上的窗口信息. Main thread."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject

from desktop.dialogs import Prompter, documents_dir
from desktop.handoutdoc import Office, handout_html, preview_dialog, save_pdf, suggested_name
from desktop.officedialog import OfficeDialog
from index.errors import storage_reason


def _stat(path: Path) -> tuple[int, int] | None:
    """(modification time, size) of a file, None when there is none."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if path.is_file() else None


class HandoutFlow(QObject):
    def __init__(self, window, prompter: Prompter):
        super().__init__(window)
        self.window = window
        self.prompter = prompter

    def html(self) -> str:
        w = self.window
        meta = w.engine.store.meta if w.engine else {}
        h = w.handout
        return handout_html(h.measures(), meta, w.today, h.answers, h.reasons, h.verdicts, Office(**w.settings.office),
                            h.notices, visitor=h.visitor)

    def edit_office(self) -> None:
        self.prompter.run(OfficeDialog(self.window.settings, self.window))

    def print(self) -> None:
        if not self.window.handout.rowCount():
            self.prompter.inform(self.window, self.tr("打印"), self.tr("打印单是空的：先在措施上点“加入打印单”。"))
            return
        self.prompter.run(preview_dialog(self.html(), self.window))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        w = self.window
        if path is None:
            suggested = documents_dir() / suggested_name(w.handout.visitor, datetime.now())
            path = self.prompter.save_path(w, self.tr("存为PDF"), suggested, self.tr("PDF 文件 (*.pdf)"))
        if path is None:
            return None
        before = _stat(path)
        try:
            save_pdf(self.html(), path)
            failure = None
        except OSError as exc:  # the folder could not be made
            failure = storage_reason(exc)
        after = _stat(path)
        # QPrinter says nothing when it cannot write: only a fresh, non-empty file means it worked
        if failure is not None or after is None or after[1] == 0 or after == before:
            self.prompter.warn(w, self.tr("没有保存"), self.tr("无法写入 {0}{1}。请换一个文件夹（如“文档”或桌面）再试。").format(
                path, f"（{failure}）" if failure else ""))
            return None
        w.statusBar().showMessage(self.tr("已保存：{0}").format(path), 5000)
        return path
