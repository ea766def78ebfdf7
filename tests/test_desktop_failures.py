"""Failures reach the log and the clerk: background tasks, a failed search, 帮助 → 查看日志; the
first-start progress dialog when the build ends inside its own setValue; 查看原文 of a large file."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.datasetup import DataSetup
from desktop.dialogs import RecordingPrompter
from desktop.sourceview import SourceDialog
from desktop.tasks import TaskRunner
from tests.windowkit import make_window, settle, type_chinese

WHAT_TO_DO = "已记入日志。请重试；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。"


# -- the first-start progress dialog ------------------------------------------------------------
class FakeService(QObject):
    """What DataSetup listens to. `later` is connected queued: what is emitted through it is handled
    by the next event processing, which is the one QProgressDialog.setValue does on a modal dialog."""

    engine_ready = Signal(object)
    engine_failed = Signal(str)
    build_progressed = Signal(int, int, str)
    build_finished = Signal(object)
    build_failed = Signal(str)
    later = Signal()
    loading = False
    engine = None

    def rebuild(self) -> None:
        pass


def building(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    service, prompter = FakeService(), RecordingPrompter()
    setup = DataSetup(service, prompter, parent)
    setup.rebuild()
    service.build_progressed.emit(1, 4, "读取文件…")  # the first report shows the dialog; later ones process events
    return service, prompter, setup, setup.progress


def deleted(dialog) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(dialog)


def test_the_build_ending_inside_the_progress_dialogs_set_value_closes_it_once_set_value_returns(qtbot):
    service, prompter, setup, dialog = building(qtbot)
    service.later.connect(lambda: service.build_finished.emit(None), Qt.ConnectionType.QueuedConnection)
    service.later.emit()
    service.build_progressed.emit(2, 4, "解析文件…")  # its setValue handles the build's end
    assert setup.progress is None and dialog.isHidden()
    assert shiboken6.isValid(dialog)  # not deleted under its own setValue…
    qtbot.waitUntil(lambda: deleted(dialog))  # …but right after it
    assert prompter.messages == []


def test_a_newer_progress_report_handled_inside_set_value_keeps_its_label(qtbot):
    service, _prompter, setup, dialog = building(qtbot)
    service.later.connect(lambda: service.build_progressed.emit(3, 4, "写入索引…"), Qt.ConnectionType.QueuedConnection)
    service.later.emit()
    service.build_progressed.emit(2, 4, "解析文件…")
    assert dialog.labelText() == "写入索引…" and dialog.value() == 3
    assert setup.progress is dialog


def test_a_build_failing_inside_set_value_closes_the_dialog_and_says_so(qtbot):
    service, prompter, setup, dialog = building(qtbot)
    given_up: list[str] = []
    setup.gave_up.connect(given_up.append)
    service.later.connect(lambda: service.build_failed.emit("磁盘已满"), Qt.ConnectionType.QueuedConnection)
    service.later.emit()
    service.build_progressed.emit(2, 4, "解析文件…")
    assert setup.progress is None and dialog.isHidden()
    assert prompter.messages == [("warn", "构建数据失败", "磁盘已满")] and given_up == ["磁盘已满"]
    qtbot.waitUntil(lambda: deleted(dialog))


def test_a_rebuild_started_inside_set_value_keeps_its_own_dialog(qtbot):
    service, _prompter, setup, first = building(qtbot)
    service.later.connect(lambda: (service.build_finished.emit(None), setup.rebuild()), Qt.ConnectionType.QueuedConnection)
    service.later.emit()
    service.build_progressed.emit(2, 4, "解析文件…")
    second = setup.progress
    assert second is not None and second is not first and second.isVisible()
    assert second.labelText() == "正在根据政策原文构建数据，请稍候…"  # the old dialog's report is not put on it
    qtbot.waitUntil(lambda: deleted(first))
    assert shiboken6.isValid(second)


# -- background task failures -------------------------------------------------------------------
def test_a_task_failure_is_logged_with_its_traceback_even_when_handled(qtbot, caplog):
    runner = TaskRunner()
    errors: list[BaseException] = []

    def op():
        raise OSError(28, "No space left on device")

    with qtbot.waitSignal(runner.idle, timeout=5000):
        runner.run(op, None, errors.append, name="导出")
    assert isinstance(errors[0], OSError)
    [record] = [r for r in caplog.records if r.name == "desktop.tasks"]
    assert record.levelname == "ERROR"
    assert record.getMessage().startswith("background task 导出 failed:\nTraceback (most recent call last):")
    assert record.getMessage().endswith("OSError: [Errno 28] No space left on device")


def test_a_task_nobody_handles_reaches_the_clerk_in_chinese(qtbot, data_dir, tmp_path, caplog):
    window = make_window(qtbot, data_dir, tmp_path)
    settle(qtbot, window)
    prompter = window.prompter_ref
    window.service.runner.run(lambda: 1 / 0, name="导出Excel")
    qtbot.waitUntil(lambda: prompter.messages != [])
    assert prompter.messages == [("warn", "出错", "导出Excel出错，" + WHAT_TO_DO)]
    assert "ZeroDivisionError: division by zero" in caplog.text


def test_a_failed_search_is_logged_and_tells_the_clerk_what_to_do(qtbot, data_dir, tmp_path, caplog, monkeypatch):
    window = make_window(qtbot, data_dir, tmp_path)
    settle(qtbot, window)

    def broken(*_args, **_kwargs):
        raise RuntimeError("索引读不出来")

    monkeypatch.setattr(window.engine, "rank", broken)  # what the window's search runs (then the first rows' hits)
    type_chinese(window.search_box, "房租")
    qtbot.waitUntil(lambda: window.service.idle and "检索出错" in window.count_label.text())
    assert window.count_label.text() == "检索出错，" + WHAT_TO_DO
    assert "background task 检索 failed:\nTraceback" in caplog.text and "RuntimeError: 索引读不出来" in caplog.text


# -- 帮助 → 查看日志 --------------------------------------------------------------------------------
def test_view_log_is_in_the_help_menu_and_opens_the_log_folder(qtbot, data_dir, tmp_path):
    log_file = tmp_path / "logs" / "policy-browser.log"
    log_file.parent.mkdir()
    log_file.write_text("第一行\n最后一行\n", encoding="utf-8")
    prompter = RecordingPrompter()
    window = make_window(qtbot, data_dir, tmp_path, prompter, log_file=log_file)
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "帮助"]
    assert [a.text() for a in help_menu.actions()] == ["帮助", "查看日志"]
    window.log_action.trigger()
    assert prompter.opened == [tmp_path / "logs"] and prompter.messages == []
    prompter.can_open = False  # no file manager: the last lines are shown instead
    window.log_action.trigger()
    assert prompter.messages == [("inform", "查看日志", f"日志文件：{log_file}\n\n最后几行：\n第一行\n最后一行")]


def test_view_log_without_a_log_file_says_where_the_log_went(qtbot, data_dir, tmp_path):
    prompter = RecordingPrompter()
    window = make_window(qtbot, data_dir, tmp_path, prompter)
    window.log_action.trigger()
    assert prompter.opened == []
    assert prompter.messages == [("inform", "查看日志", "本次运行没有写日志文件（日志文件夹无法写入），日志只输出到终端。")]


# -- 查看原文 of a large source ---------------------------------------------------------------------
SENTENCE = "对符合条件的中小微企业减免三个月房租。"


def big_source(tmp_path):
    path = tmp_path / "大文件.txt"
    filler = "　　本市持续优化营商环境，各部门按职责分工抓好落实。\n" * 120_000  # about 8 MB of UTF-8
    path.write_text(filler + "三、对符合条件的中小微\n企业减免三个月 房租。\n" + filler, encoding="utf-8")
    return path


def test_a_multi_mb_source_opens_at_once_and_its_text_arrives_by_signal(qtbot, tmp_path):
    path = big_source(tmp_path)
    assert path.stat().st_size > 8_000_000
    measure = {"document": {"id": "big", "title": "大文件", "source_file": str(path)}, "number": 3, "text": SENTENCE}
    runner = TaskRunner()
    dialog = SourceDialog(measure, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.info.text() == "正在读取原文…" and dialog.text.toPlainText() == "" and dialog.span is None
    with qtbot.waitSignal(dialog.source_loaded, timeout=30000):
        pass
    start, end = dialog.span
    assert dialog.text.toPlainText()[start:end] == "对符合条件的中小微\n企业减免三个月 房租。"
    assert dialog.info.text() == "黄色标出的是本条（第3条）。文件：大文件.txt"
    assert dialog.text.textCursor().position() == start  # scrolled to it (no character outside the BMP before it)


def test_a_source_dialog_closed_before_its_text_arrives_is_left_alone(qtbot, tmp_path):
    measure = {"document": {"id": "big", "title": "大文件", "source_file": str(big_source(tmp_path))}, "number": 3,
               "text": SENTENCE}
    runner = TaskRunner()
    dialog = SourceDialog(measure, runner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.close()
    assert deleted(dialog)
    with qtbot.waitSignal(runner.idle, timeout=30000):
        pass  # the result comes back to a deleted dialog: nothing happens (pytest-qt fails on an exception)


def test_a_missing_source_file_is_explained_in_the_dialog(qtbot, tmp_path):
    missing = tmp_path / "不存在.txt"
    measure = {"document": {"id": "x", "title": "x", "source_file": str(missing)}, "number": 1, "text": SENTENCE}
    runner = TaskRunner()
    dialog = SourceDialog(measure, runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(runner.idle, timeout=5000):
        pass
    assert dialog.info.text() == f"{missing}：无法读取文件（文件不存在）。请检查文件是否存在、是否有读取权限。"


def test_a_task_that_ends_after_its_runner_was_closed_is_dropped_quietly(qtbot, caplog):
    """The window closed (and its runner with it) while a source was still being read: the worker's
    "finished" has nowhere to go. It must not raise 'Signal source has been deleted' into whatever runs next."""
    import logging
    import threading

    import shiboken6
    from PySide6.QtCore import QThreadPool

    gate, started = threading.Event(), threading.Event()
    runner = TaskRunner()
    runner.run(lambda: (started.set(), gate.wait(10)), lambda _result: None, name="读取原文")
    assert started.wait(10)
    shiboken6.delete(runner)
    with caplog.at_level(logging.INFO, logger="desktop.tasks"):
        gate.set()
        assert QThreadPool.globalInstance().waitForDone(10000)
    assert "ended after its runner was closed; its outcome is dropped" in caplog.text
