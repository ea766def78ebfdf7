"""Getting data in place: first start without data builds it with a progress dialog; missing or
damaged data is explained and rebuilt from the documents. Favourites and history live outside the
data folder (desktop/userdata.py), so a rebuild never touches them. Main thread."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.dialogs import Prompter
from desktop.searchservice import SearchService
from index.store import active_store


class DataSetup(QObject):
    rebuild_started = Signal()
    gave_up = Signal(str)  # the clerk declined the rebuild, or it failed: the reason

    def __init__(self, service: SearchService, prompter: Prompter, parent_widget: QWidget):
        super().__init__(parent_widget)
        self.service = service
        self.prompter = prompter
        self.window = parent_widget
        self.progress: QProgressDialog | None = None  # the dialog of the build under way, if any
        self._in_set_value: list[QProgressDialog] = []  # dialogs whose setValue is on the stack now
        self._just_rebuilt = False  # a rebuild whose data still fails to open must not loop
        service.engine_ready.connect(self._on_engine_ready)
        service.engine_failed.connect(self._on_engine_failed)
        service.build_progressed.connect(self._on_build_progressed)
        service.build_finished.connect(self._on_build_finished)
        service.build_failed.connect(self._on_build_failed)

    def start(self) -> None:
        """Open the data, building it first when this machine has none yet."""
        if active_store(self.service.data_dir) is None:
            self.rebuild()
        else:
            self.service.load()

    def rebuild(self) -> None:
        self._show_progress(self.tr("构建数据"), self.tr("正在根据政策原文构建数据，请稍候…"))
        self.service.rebuild()

    def change_data(self, change, title: str, label: str) -> None:
        """A change of the data (a pack applied, a rollback) with the same progress and failure handling
        as a rebuild: see SearchService.change_data."""
        self._show_progress(title, label)
        self.service.change_data(change, title)

    def _show_progress(self, title: str, label: str) -> None:
        self._close_progress()  # a dialog left from a build that ended inside its own setValue
        self.progress = QProgressDialog(label, "", 0, 0, self.window)
        self.progress.setWindowTitle(title)
        self.progress.setCancelButton(None)  # a half-built store is thrown away anyway; nothing to cancel
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.show()
        self.rebuild_started.emit()

    def _on_engine_ready(self, _engine) -> None:
        self._just_rebuilt = False

    def _on_engine_failed(self, message: str) -> None:
        if self._just_rebuilt:
            self._just_rebuilt = False
            self.prompter.warn(self.window, self.tr("数据仍无法打开"), message)
            self.gave_up.emit(message)
            return
        text = self.tr("{0}\n\n现在从政策原文重新构建数据吗？（约需几秒；收藏和查询历史不受影响。）").format(message)
        if self.prompter.confirm(self.window, self.tr("数据缺失或损坏"), text):
            self.rebuild()
        else:
            self.gave_up.emit(message)

    def _on_build_progressed(self, step: int, total: int, message: str) -> None:
        """setValue on a modal QProgressDialog processes events: the build's end (or failure, or a newer
        progress report) can be handled inside it. So the label goes first (a newer report made inside
        must not be overwritten afterwards), nothing of the dialog is touched after setValue, and a
        dialog closed meanwhile is deleted only once its setValue has returned."""
        dialog = self.progress
        if dialog is None:
            return
        dialog.setLabelText(message)
        dialog.setMaximum(total)
        self._in_set_value.append(dialog)
        try:
            dialog.setValue(step)
        finally:
            self._in_set_value.remove(dialog)
        if dialog is not self.progress and dialog not in self._in_set_value:  # closed while in setValue
            dialog.deleteLater()

    def _close_progress(self) -> None:
        """Idempotent; safe inside the dialog's own setValue (deletion then waits for it to return)."""
        dialog, self.progress = self.progress, None
        if dialog is None:
            return
        dialog.close()
        if dialog not in self._in_set_value:
            dialog.deleteLater()

    def _on_build_finished(self, _result) -> None:
        self._just_rebuilt = True
        self._close_progress()

    def _on_build_failed(self, message: str) -> None:
        self._close_progress()
        if self.service.loading or self.service.engine is not None:  # the data open before comes back
            self.prompter.warn(self.window, self.tr("构建数据失败"),
                               self.tr("{0}\n\n继续使用原来的数据。").format(message))
            return
        self.prompter.warn(self.window, self.tr("构建数据失败"), message)
        self.gave_up.emit(message)
