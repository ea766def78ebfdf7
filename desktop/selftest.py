"""`python -m desktop --self-test`: the real window offscreen does what a clerk does once, timed,
and one line of JSON says how it went (packaging runs it as its smoke test). Main thread."""
from __future__ import annotations

import json
import re
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCollator, QEventLoop, QLocale, QStringDecoder
from PySide6.QtWidgets import QApplication

from desktop.dialogs import RecordingPrompter
from desktop.wizard import run_self_check
from index.paths import default_data_dir
from index.store import active_store

QUERY = "房租减免"


class SelfTestFailure(Exception):
    pass


def _wait(app: QApplication, done: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise SelfTestFailure(f"超时：{what}（{seconds}秒）")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def icu_check() -> dict:
    """Qt's ICU data is trimmed in the bundle: Chinese collation and the GB code pages must remain."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    order = sorted(["平谷", "朝阳", "北京", "昌平"], key=collator.sortKey)
    if order != ["北京", "昌平", "朝阳", "平谷"]:
        raise SelfTestFailure(f"中文排序不对（ICU数据缺失？）：{order}")
    if not (QStringDecoder("GB18030").isValid() and QStringDecoder("GBK").isValid()):
        raise SelfTestFailure("GB18030/GBK 编码不可用（ICU数据缺失？）")
    return {"icu_ok": True}


def pdf_cjk_fonts(pdf: Path) -> list[str]:
    """The CJK fonts a PDF embeds: its embedded fonts' names (subset prefix dropped) that are families
    Qt knows to cover Simplified Chinese. Empty means the handout would print boxes or nothing."""
    from PySide6.QtGui import QFontDatabase

    data = pdf.read_bytes()
    if b"/FontFile" not in data:
        return []
    cjk = {family.replace(" ", "") for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)}
    names = {name.decode("latin-1").split("+")[-1] for name in re.findall(rb"/BaseFont\s*/([^\s/<>\[\]]+)", data)}
    return sorted(names & cjk)


def import_check(app: QApplication, window, prompter: RecordingPrompter, folder: Path) -> dict:
    """数据 → 导入文件… on a hand-written .docx and PDF (desktop/selftest_docs.py): each is read in the
    background and reviewed, then the review is cancelled, so nothing is stored (the self-test is read-only)."""
    from desktop.selftest_docs import MEASURES, tiny_docx, tiny_pdf

    out: dict[str, object] = {}
    reviews: list = []
    failures: list[str] = []
    window.import_flow.review_shown.connect(reviews.append)
    window.import_flow.read_failed.connect(failures.append)
    t = time.perf_counter()
    for kind, make in (("docx", tiny_docx), ("pdf", tiny_pdf)):
        path = folder / f"selftest.{kind}"
        path.write_bytes(make())
        reviews.clear()
        prompter.choose = path
        window.import_file_action.trigger()
        _wait(app, lambda: bool(reviews or failures), 30, f"读取导入的 .{kind}")
        if failures:
            raise SelfTestFailure(f"导入 .{kind} 失败：{failures[-1]}")
        review = reviews[-1]
        out[f"import_{kind}_measures"] = review.model.rowCount()
        review.reject()
        if review.model.rowCount() != MEASURES:
            raise SelfTestFailure(f"导入的 .{kind} 识别出{review.model.rowCount()}条措施，应为{MEASURES}条")
    out["import_ms"] = round((time.perf_counter() - t) * 1000)
    return out


SELFTEST_PASSPHRASE = "程序自检 self-test 口令"


def pack_check(app: QApplication, window, prompter: RecordingPrompter, folder: Path) -> dict:
    """The maintainer's loop with the window's own code: 数据 → 制作数据包… makes a key with a passphrase
    (typed twice), packs the data in use with it (verified before saving) and exports its public key;
    the pack is then verified, diffed and applied as 导入数据包… does (index.packs.install on the window's
    TaskRunner) to a second data folder in the temp folder. Nothing outside `folder` is written: the
    app-data folder (trusted keys, the record of signed packs) is moved there for the check."""
    import os

    from index.packs.install import apply_pack, installed_pack, pack_diff
    from index.paths import library_dir, using_library

    out: dict[str, object] = {"pack_roundtrip": False}
    home, previous_home = folder / "pack-home", os.environ.get("POLICY_BROWSER_HOME")
    os.environ["POLICY_BROWSER_HOME"] = str(home)
    t = time.perf_counter()
    try:
        window.make_pack_action.trigger()
        maker = window.pack_flow.maker
        failures: list[str] = []
        maker.failed.connect(failures.append)
        maker.new_passphrase.setText(SELFTEST_PASSPHRASE)
        maker.new_passphrase_again.setText(SELFTEST_PASSPHRASE)
        prompter.save_to = folder / "key" / "signing.key"
        maker.new_key_button.click()
        _wait(app, lambda: (maker.key is not None and not maker.busy) or bool(failures), 30, "生成签名密钥")
        if failures:
            raise SelfTestFailure(f"生成签名密钥失败：{failures[-1]}")
        made: list[dict] = []
        maker.made.connect(made.append)
        maker.version.setText("20991231.000001")
        maker.notes.setPlainText("程序自检")
        prompter.save_to = folder / "selftest.pbpack"
        maker.make_button.click()
        _wait(app, lambda: bool(made or failures), 60, "制作数据包")
        if failures:
            raise SelfTestFailure(f"制作数据包失败：{failures[-1]}")
        prompter.save_to = home / "trusted_keys" / "selftest.pub"
        (home / "trusted_keys").mkdir(parents=True, exist_ok=True)
        maker.export_button.click()
        maker.hide()
        pack, second = made[-1]["file"], folder / "data-2"
        results: list[object] = []
        with using_library(library_dir()):  # the window keeps its library whatever the apply adopts

            def apply(report):  # worker thread: what 导入数据包… runs (pack_diff, then apply_pack)
                diff = pack_diff(pack, second)
                return diff, apply_pack(pack, second, progress=report)

            window.service.runner.run(apply, results.append, results.append, exclusive=True, on_progress=lambda *a: None,
                                      name="自检：采用数据包")
            _wait(app, lambda: bool(results), 120, "采用数据包")
        if isinstance(results[-1], BaseException):
            raise SelfTestFailure(f"采用数据包失败：{results[-1]}")
        diff, applied = results[-1]
        installed = installed_pack(second) or {}
        out.update(pack_key_id=made[-1]["key_id"], pack_bytes=made[-1]["bytes"], pack_measures=applied["measures"],
                   pack_diff=diff["summary"])
        if installed.get("pack_version") != "20991231.000001" or applied["measures"] != made[-1]["measures"]:
            raise SelfTestFailure(f"数据包采用后内容不符：{installed.get('pack_version')}，{applied['measures']}条措施")
        out["pack_roundtrip"] = True
    finally:
        if previous_home is None:
            os.environ.pop("POLICY_BROWSER_HOME", None)
        else:
            os.environ["POLICY_BROWSER_HOME"] = previous_home
    out["pack_ms"] = round((time.perf_counter() - t) * 1000)
    return out


SMALL_SCREEN = (1024, 600)  # the smallest screen a street-office PC is expected to have
LONG_PASTE = "朝阳区小餐馆租用国有房屋疫情期间房租减免社保缓缴" * 13  # a pasted paragraph: 312 characters


def screen_check(window) -> dict:
    """The window lies inside the available screen, and it could shrink to a small one."""
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    report = {"screen": f"{area.width()}x{area.height()}", "window": f"{frame.width()}x{frame.height()}",
              "min_size": f"{minimum.width()}x{minimum.height()}"}
    if frame.width() > area.width() or frame.height() > area.height():
        raise SelfTestFailure(f"窗口{report['window']}大于屏幕可用区域{report['screen']}")
    # what fell below the screen edge at 1280×800: the status bar and the handout's buttons
    for name, widget in (("状态栏", window.statusBar()), ("打印单按钮", window.handout_panel.pdf_button)):
        bottom = widget.mapToGlobal(widget.rect().bottomRight())
        if not area.contains(bottom) and widget.isVisibleTo(window):
            raise SelfTestFailure(f"{name}在屏幕之外（{bottom.x()},{bottom.y()}；屏幕{report['screen']}）")
    if minimum.width() > SMALL_SCREEN[0] or minimum.height() > SMALL_SCREEN[1]:
        raise SelfTestFailure(f"窗口最小尺寸{report['min_size']}放不进{SMALL_SCREEN[0]}x{SMALL_SCREEN[1]}的小屏幕")
    return report


def long_paste_check(app: QApplication, window) -> dict:
    """A 300-character paste must not widen the window past the screen (it once made it 4,258 px)."""
    area = window.screen().availableGeometry()
    window.search_box.setText(LONG_PASTE)
    _wait(app, lambda: window.last_result["query"] == LONG_PASTE and window.service.idle, 10, "长文本搜索")
    app.processEvents()
    width, minimum = window.frameGeometry().width(), window.minimumSizeHint().width()
    window.search_box.clear()
    _wait(app, lambda: window.last_result["query"] == "" and window.service.idle, 10, "清空搜索")
    if width > area.width() or minimum > area.width():
        raise SelfTestFailure(f"粘贴{len(LONG_PASTE)}字后窗口宽{width}（最小{minimum}），超过屏幕{area.width()}")
    return {"long_paste_width": width, "long_paste_min_width": minimum}


def run_self_test(data_dir: Path | None, started: float) -> int:
    from desktop.app import create_window, make_app  # after QT_QPA_PLATFORM is set
    from desktop.fonts import has_cjk_font
    from desktop.logsetup import install as install_logging
    from desktop.settings import Settings
    from desktop.userdata import UserData

    report: dict[str, object] = {"ok": False}
    temp = Path(tempfile.mkdtemp(prefix="policy-browser-selftest-"))
    prompter = RecordingPrompter(answer=True)
    logs = install_logging(prompter, temp / "logs")  # the self-test is read-only: it logs into its temp folder
    report["log"] = str(logs.file)
    try:
        app = make_app(sys.argv[:1])
        if data_dir is None:
            data_dir = default_data_dir() if active_store(default_data_dir()) else temp / "data"
        report["data_dir"] = str(data_dir)
        report["cjk_font"] = has_cjk_font()
        window = create_window(data_dir, Settings.at(temp / "settings.ini"), UserData.in_folder(temp), prompter,
                               log_file=logs.file)
        window.show()
        app.processEvents()
        report["window_ms"] = round((time.perf_counter() - started) * 1000)
        report.update(screen_check(window))
        t = time.perf_counter()
        window.start()
        _wait(app, lambda: window.engine is not None, 120, "打开/构建数据")
        report["data_ms"] = round((time.perf_counter() - t) * 1000)
        _wait(app, lambda: window.last_result is not None and window.service.idle, 10, "初始列表")

        report.update(long_paste_check(app, window))
        shown: list[float] = []
        window.results_shown.connect(shown.append)
        window.search_box.setText(QUERY)
        _wait(app, lambda: bool(shown) and window.last_result["query"] == QUERY, 10, f"搜索“{QUERY}”")
        report["first_search_ms"] = round(shown[-1], 1)
        report["engine_search_ms"] = round(window.service.last_search_ms, 1)
        report["hits"] = window.last_result["total"]
        if not window.results_model.rowCount():
            raise SelfTestFailure(f"“{QUERY}”没有结果")

        t = time.perf_counter()
        window.open_row(0, focus=True)
        measure = window.measure_view.measure
        if measure is None or measure["text"][:10] not in window.measure_view.browser.toPlainText():
            raise SelfTestFailure("第一条结果没有打开")
        report["open_ms"] = round((time.perf_counter() - t) * 1000, 1)
        report["first_hit"] = measure["id"]

        t = time.perf_counter()
        dialog = window.open_compare(measure["id"])
        app.processEvents()
        if dialog is None or dialog.view.model.columnCount() < 1:
            raise SelfTestFailure("同类措施比较没有打开")
        report["compare_ms"] = round((time.perf_counter() - t) * 1000, 1)
        report["compare_columns"] = dialog.view.model.columnCount()

        report.update(icu_check())

        wizard = window.open_wizard()
        if wizard is None:
            raise SelfTestFailure("资格自查向导没有打开")
        wizard.hide()
        check = run_self_check(window.engine.measures)
        report.update(check)
        if not check["wizard_ok"]:
            raise SelfTestFailure(f"资格自查向导没有给出结果：{check}")

        t = time.perf_counter()
        window.handout.add(measure)
        pdf = window.save_handout_pdf(temp / "handout.pdf")
        size = pdf.stat().st_size if pdf and pdf.exists() else 0
        if size < 1000:
            raise SelfTestFailure(f"打印单PDF没有生成或太小（{size}字节）")
        report["pdf_ms"] = round((time.perf_counter() - t) * 1000)
        report["pdf"] = str(pdf)
        report["pdf_bytes"] = size
        report["pdf_fonts"] = pdf_cjk_fonts(pdf)
        report["pdf_cjk_font"] = bool(report["pdf_fonts"])
        if not report["cjk_font"] or not report["pdf_cjk_font"]:
            raise SelfTestFailure("没有可用的中文字体：界面和打印单的中文会显示为方框")
        report.update(import_check(app, window, prompter, temp))
        report.update(pack_check(app, window, prompter, temp))
        window.close()
        app.processEvents()  # an uncaught exception reaches the clerk's message by a queued signal
        if logs.errors:
            raise SelfTestFailure(f"运行中出现未处理的异常（{logs.errors}次），见日志 {logs.file}")
        if logs.file is None or "started" not in logs.file.read_text(encoding="utf-8"):
            raise SelfTestFailure(f"日志没有写入文件：{logs.setup.error}")
        report["ok"] = True
    except Exception as exc:  # noqa: BLE001 - the smoke test reports every failure as data
        report["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        logs.close()
    report["total_ms"] = round((time.perf_counter() - started) * 1000)
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if report["ok"] else 1
