"""The first-start progress dialog when the build ends inside its own setValue."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from desktop.datasetup import DataSetup
from desktop.dialogs import RecordingPrompter


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
