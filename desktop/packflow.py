"""The data-pack flow of the window: 数据 → 导入数据包… (pick or drop a file, verify and diff it in the
background, review, 更新 applies it with progress), 恢复上一版本, 制作数据包… (desktop/packmake.py) and
关于数据 (with the trusted keys and which one signed the data in use). Main thread; the work
runs on the window's one TaskRunner and the data changes go through DataSetup like a rebuild."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.datasetup import DataSetup
from desktop.dialogs import Prompter
from desktop.packdialog import AboutDataDialog, PackReviewDialog
from desktop.packmake import MakePackDialog
from desktop.searchservice import SearchService
from index.errors import PolicyDataError
from index.packs.install import apply_pack, pack_diff, rollback
from index.packs.keys import trusted_keys
from index.searchindex import heading_of
from index.store import previous_store

PACK_PATTERN = "数据包 (*.pbpack *.zip);;所有文件 (*)"
SOURCE_ORDER = ("bundled", "system", "user")


class PackFlow(QObject):
    review_shown = Signal(object)  # the PackReviewDialog, once the pack is verified and diffed

    def __init__(self, window: QWidget, service: SearchService, data_setup: DataSetup, prompter: Prompter):
        super().__init__(window)
        self.window = window
        self.service = service
        self.data_setup = data_setup
        self.prompter = prompter
        self.review: PackReviewDialog | None = None
        self.about: AboutDataDialog | None = None
        self.maker: MakePackDialog | None = None

    def import_pack(self, path: Path | None = None) -> None:
        if path is None:
            path = self.prompter.choose_file(self.window, self.tr("导入数据包"), self.tr(PACK_PATTERN))
        if path is None:
            return
        target = self.service.writable_data_dir
        engine = self.service.engine
        titles = {m["id"]: f"{m['district']}第{m['number']}条 {heading_of(m)}".strip() for m in engine.measures} if engine is not None else {}
        self.service.runner.run(lambda: pack_diff(path, target), lambda diff: self._on_diff(path, diff, titles),
                                self._on_failed, name=self.tr("校验数据包"))

    def _on_diff(self, path: Path, diff: dict, titles: dict[str, str]) -> None:
        self.review = PackReviewDialog(diff, titles, self.window)
        self.review.update_requested.connect(lambda: self._apply(path))
        self.review.show()
        self.review_shown.emit(self.review)

    def _on_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, PolicyDataError) else self.tr(
            "校验数据包时出错，已记入日志。当前数据未改动。")
        self.prompter.warn(self.window, self.tr("数据包未采用"), message)

    def _apply(self, path: Path) -> None:
        self.data_setup.change_data(lambda target, report: apply_pack(path, target, progress=report),
                                    self.tr("更新数据"), self.tr("正在校验并采用数据包，请稍候…"))

    def can_roll_back(self) -> bool:
        return previous_store(self.service.writable_data_dir) is not None

    def roll_back(self) -> None:
        if not self.can_roll_back():
            self.prompter.inform(self.window, self.tr("恢复上一版本"), self.tr("没有可以恢复的上一版本数据（更新过数据之后才能恢复）。"))
            return
        if self.prompter.confirm(self.window, self.tr("恢复上一版本"),
                                 self.tr("换回上一版本的数据？收藏和浏览记录不受影响，之后还可以再换回来。")):
            self.data_setup.change_data(lambda target, report: rollback(target), self.tr("恢复上一版本"),
                                        self.tr("正在恢复上一版本数据…"))

    def show_about(self) -> None:
        engine = self.service.engine
        if engine is None:
            self.prompter.inform(self.window, self.tr("关于数据"), self.tr("数据还没有打开。"))
            return
        store = engine.store
        keys = sorted(trusted_keys().values(), key=lambda k: (list(SOURCE_ORDER).index(k.source), k.path.name))
        self.about = AboutDataDialog(store.meta, store.pack, list(store.documents.values()), self.window, keys)
        self.about.show()

    def make_pack(self) -> MakePackDialog:
        """数据 → 制作数据包…: one dialog, kept while the window lives (its background work reports to it)."""
        if self.maker is None:
            self.maker = MakePackDialog(self.service.runner, self.prompter, self.service.data_dir, self.window)
        elif not self.maker.isVisible() and not self.maker.busy:
            self.maker.data_dir = self.service.data_dir  # the data may have changed since (an import, a pack)
            self.maker.refresh_changes()
        self.maker.show()
        self.maker.raise_()
        return self.maker
