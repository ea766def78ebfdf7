"""The one logging set-up: a rotating file under the app-data folder's logs/, uncaught exceptions (slots,
threads) and Qt's messages in it, the clerk told in short Chinese, stderr when the folder is unwritable."""
from __future__ import annotations

import logging
import logging.handlers
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qWarning

from desktop.dialogs import RecordingPrompter
from desktop.logsetup import install

CLERK_TITLE = "程序出错"
CLERK_TEXT = "刚才的操作没有完成：程序内部出错，已记入日志。\n可以继续使用；如反复出现，请在“帮助→查看日志”中把日志交给技术人员。"


@pytest.fixture
def logs(tmp_path):
    """Logging installed into a fresh folder for one test, and undone after it."""
    prompter = RecordingPrompter()
    installed = install(prompter, tmp_path / "logs")
    installed.prompter_ref = prompter
    yield installed
    installed.close()


def read(installed) -> str:
    installed.setup.handler.flush()
    return installed.file.read_text(encoding="utf-8")


def test_the_log_file_rotates_at_1_mb_keeping_5_under_the_app_data_folder(qapp):
    installed = install(RecordingPrompter())
    try:
        assert installed.file == Path(os.environ["POLICY_BROWSER_HOME"]) / "logs" / "policy-browser.log"
        handler = installed.setup.handler
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
        assert "policy-browser 0.1.0 started" in read(installed)
    finally:
        installed.close()
    assert handler not in logging.getLogger().handlers


@pytest.mark.qt_no_exception_capture  # the app's own hook is what is under test
def test_an_exception_in_a_slot_is_logged_with_its_traceback_and_the_clerk_told_without_it(qtbot, logs):
    def broken_slot():
        {}["措施"]

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: logs.prompter_ref.messages != [])
    assert logs.prompter_ref.messages == [("warn", CLERK_TITLE, CLERK_TEXT)]
    text = read(logs)
    assert "ERROR [MainThread] index.logs: uncaught exception\nTraceback (most recent call last):" in text
    assert 'in broken_slot\n    {}["措施"]' in text and "KeyError: '措施'" in text


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_message_is_on_screen_are_logged_but_not_shown_again(qtbot, logs):
    logs.telling = True  # as while the clerk's message box is open
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: logs.errors == 1)
    assert logs.prompter_ref.messages == []
    assert "ZeroDivisionError: division by zero" in read(logs)


def test_an_exception_in_another_thread_is_logged_and_reaches_the_clerk_on_the_main_thread(qtbot, logs):
    def work():
        raise ValueError("坏的文件")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: logs.prompter_ref.messages != [])
    assert logs.prompter_ref.messages == [("warn", CLERK_TITLE, CLERK_TEXT)]
    text = read(logs)
    assert "ERROR [importer] index.logs: uncaught exception in thread importer\nTraceback" in text
    assert "ValueError: 坏的文件" in text


def test_qt_messages_go_to_the_log(qtbot, logs):
    qWarning("QPainter::begin: 测试")
    assert "WARNING [MainThread] qt: QPainter::begin: 测试" in read(logs)


def test_an_unwritable_log_folder_falls_back_to_stderr_without_failing(qapp, tmp_path, capsys):
    blocked = tmp_path / "logs"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    installed = install(RecordingPrompter(), blocked)
    try:
        assert installed.file is None and installed.folder is None
        assert installed.setup.error.startswith(str(blocked))
        logging.getLogger("desktop.test").error("写不进文件")
        err = capsys.readouterr().err
        assert "WARNING [MainThread] index.logs: log folder not writable, logging to stderr: " + str(blocked) in err
        assert "ERROR [MainThread] desktop.test: 写不进文件" in err
    finally:
        installed.close()


def test_closing_restores_the_hooks_it_replaced(qapp, tmp_path):
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = install(RecordingPrompter(), tmp_path / "logs")
    assert (sys.excepthook, threading.excepthook) != before
    installed.close()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_command_line_logs_its_failures_to_the_same_file(tmp_path):
    import subprocess
    import sys

    from tests.kit import ROOT

    home = tmp_path / "home"
    env = {**os.environ, "POLICY_BROWSER_HOME": str(home), "POLICY_BROWSER_DATA": str(tmp_path / "nodata")}
    result = subprocess.run([sys.executable, "-m", "index", "show", "chaoyang-2022/4"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "还没有构建数据" in result.stderr
    log = (home / "logs" / "policy-browser.log").read_text(encoding="utf-8")
    assert f"WARNING [MainThread] index.cli: show: {tmp_path / 'nodata'}：还没有构建数据。" in log
