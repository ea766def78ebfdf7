"""Application set-up: the QApplication, a CJK font, translators, and the objects the window is
given (settings, user data, task runner, search service). Main thread."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.dialogs import Prompter
from desktop.fonts import ensure_cjk_font
from desktop.logsetup import install as install_logging
from desktop.mainwindow import MainWindow
from desktop.searchservice import SearchService
from desktop.settings import Settings
from desktop.tasks import TaskRunner
from desktop.userdata import UserData
from index import __version__
from index.paths import APP_NAME, app_data_dir, resource


def make_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(QCoreApplication.translate("app", "惠企政策离线查询"))
    app.setApplicationVersion(__version__)
    icon = resource("icons", "app.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    ensure_cjk_font()
    install_translators(app)
    return app


class MissingQtStrings(QTranslator):
    """Qt 6 strings that the qtbase_zh_CN shipped with PySide6 lacks (its file dialog's labels were
    renamed with accelerators and never translated): without this, 存为PDF… says "Look in:"."""

    STRINGS = {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        return self.STRINGS.get((context, source))  # None: a null string, "ask the next translator"

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install_translators(app: QApplication) -> list[QTranslator]:
    """Qt's own strings (print preview, file and message dialogs) in Chinese, from the qtbase_zh_CN
    that PySide6 ships, and the few it lacks. The app itself is Chinese only (README)."""
    installed: list[QTranslator] = []
    translator = QTranslator(app)
    locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    if translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
        installed.append(translator)
    patch = MissingQtStrings(app)
    app.installTranslator(patch)  # installed last, asked first
    return installed + [patch]


def create_window(data_dir: Path, settings: Settings, userdata: UserData, prompter: Prompter,
                  today: date | None = None, log_file: Path | None = None) -> MainWindow:
    runner = TaskRunner()
    service = SearchService(runner, data_dir)
    window = MainWindow(service, settings, userdata, prompter, today, log_file=log_file)
    runner.setParent(window)
    service.setParent(window)
    return window


def run(data_dir: Path) -> int:
    prompter = Prompter()
    logs = install_logging(prompter)  # first, so that Qt's messages while starting are logged too
    app = make_app(sys.argv)
    window = create_window(data_dir, Settings(), UserData.in_folder(app_data_dir()), prompter, log_file=logs.file)
    window.show()
    window.start()
    return app.exec()
