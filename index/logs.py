"""The one logging set-up: a rotating log file under the app-data folder's logs/, with every uncaught
exception (main thread and other threads) written there with its traceback.

Qt-free, so the command line can use it too; desktop/logsetup.py adds Qt's own messages and the clerk's
message on top. If the log folder cannot be written, logging goes to stderr instead (or nowhere when
there is no stderr, as in a windowed bundle): starting must never fail because of the log.
"""
from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from index import __version__
from index.paths import app_data_dir

LOG_NAME = "policy-browser.log"
MAX_BYTES = 1_000_000  # × (1 + BACKUPS) files: at most 6 MB on a clerk's machine
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)

Uncaught = Callable[[str], None]  # told "ExceptionType: message" after the traceback is logged


def log_folder() -> Path:
    return app_data_dir() / "logs"


class LogSetup:
    """What setup_logging installed, so it can be undone (tests; a second set-up replaces the first)."""

    def __init__(self, handler: logging.Handler, file: Path | None, error: str | None, on_uncaught: Uncaught | None):
        self.handler = handler
        self.file = file  # None: the folder could not be written, logging goes to stderr
        self.error = error  # why not, for the clerk's 查看日志
        self.on_uncaught = on_uncaught
        self._root_level = logging.getLogger().level
        self._excepthook = sys.excepthook
        self._threading_hook = threading.excepthook

    @property
    def folder(self) -> Path | None:
        return self.file.parent if self.file else None

    def _install(self) -> None:
        root = logging.getLogger()
        root.addHandler(self.handler)
        root.setLevel(logging.INFO)
        sys.excepthook = self._on_uncaught
        threading.excepthook = self._on_thread_uncaught

    def close(self) -> None:
        global _active
        if sys.excepthook == self._on_uncaught:
            sys.excepthook = self._excepthook
        if threading.excepthook == self._on_thread_uncaught:
            threading.excepthook = self._threading_hook
        root = logging.getLogger()
        root.removeHandler(self.handler)
        root.setLevel(self._root_level)
        self.handler.close()
        if _active is self:
            _active = None

    def _on_uncaught(self, exc_type, exc, tb) -> None:
        """sys.excepthook: also what PySide calls for an exception escaping a slot or a virtual method."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal is not a defect
            self._excepthook(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        self._tell(exc_type, exc)

    def _on_thread_uncaught(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook (any thread): logged; the clerk is told through on_uncaught, which must
        therefore be safe to call from any thread."""
        if issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread else "?"
        log.error("uncaught exception in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._tell(args.exc_type, args.exc_value)

    def _tell(self, exc_type, exc) -> None:
        if self.on_uncaught is None:
            return
        try:
            self.on_uncaught(f"{exc_type.__name__}: {exc}")
        except Exception:  # noqa: BLE001 - a failing message must not hide the first failure
            log.exception("could not tell the user about the exception")


_active: LogSetup | None = None


MAX_RECORD_CHARS = 100_000  # one record (message and traceback) of the 1 MB file; the rest is cut


class _BoundedFormatter(logging.Formatter):
    """A record that echoes a huge input (a 60 MB key id) is cut, so it cannot fill the log alone."""

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        if len(text) > MAX_RECORD_CHARS:
            text = text[:MAX_RECORD_CHARS] + f" …[cut: {len(text)} characters]"
        return text


class _QuietRotatingHandler(logging.handlers.RotatingFileHandler):
    """A log file that never prints Python's "--- Logging error ---" and its traceback to stderr when a
    record cannot be written (a full disk, a file that became unwritable): the record is dropped and
    `failed` says so (the command line then tells the maintainer the log could not be written)."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        self.failed = True

    def close(self) -> None:
        try:
            super().close()  # flushes: fails again on a full disk
        except (OSError, ValueError):
            self.failed = True


class _QuietStreamHandler(logging.StreamHandler):
    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        self.failed = True


def _open_handler(folder: Path, fallback_to_stderr: bool) -> tuple[logging.Handler, Path | None, str | None]:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file = folder / LOG_NAME
        handler: logging.Handler = _QuietRotatingHandler(file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
        return handler, file, None
    except OSError as exc:
        error = f"{folder}: {exc.strerror or exc}"
    stream = sys.stderr if fallback_to_stderr else None
    return (_QuietStreamHandler(stream) if stream is not None else logging.NullHandler()), None, error


def setup_logging(folder: Path | None = None, on_uncaught: Uncaught | None = None, *,
                  fallback_to_stderr: bool = True) -> LogSetup:
    """Log to folder/policy-browser.log (default: the app-data folder's logs/), rotating at 1 MB with
    5 old files kept, and route uncaught exceptions there. Never raises: an unwritable folder means
    stderr (or, with `fallback_to_stderr` False, as the command line wants, nowhere). A record that
    cannot be written is dropped silently. Call once per process (a second call replaces the first)."""
    global _active
    if _active is not None:
        _active.close()
    handler, file, error = _open_handler(folder if folder is not None else log_folder(), fallback_to_stderr)
    handler.setFormatter(_BoundedFormatter(FORMAT))
    setup = LogSetup(handler, file, error, on_uncaught)
    setup._install()
    _active = setup
    log.info("policy-browser %s started (Python %s, %s)", __version__, platform.python_version(), platform.platform())
    if error:
        log.warning("log folder not writable, logging to stderr: %s", error)
    return setup


def active_setup() -> LogSetup | None:
    """The logging set up in this process, if any."""
    return _active


def written_log() -> Path | None:
    """The log file records are written to, or None when there is none or writing it failed."""
    setup = _active
    if setup is None or setup.file is None or getattr(setup.handler, "failed", False):
        return None
    return setup.file


def tail(file: Path, lines: int = 40) -> str:
    """The last lines of a log file ("" when there is none), for showing in a dialog."""
    try:
        with file.open("rb") as f:
            f.seek(0, 2)
            f.seek(max(0, f.tell() - 64_000))
            text = f.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])
