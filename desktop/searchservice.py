"""The window's access to the index: loads the one SearchEngine, searches in the background as the
clerk types, and rebuilds the data. Main thread (the ops it hands to TaskRunner run on workers).

Typing: a change searches at once when no search runs; changes arriving while one runs are coalesced
into one search for the latest text, started the moment the running one ends. At most one search is in
flight, so results arrive in order. There is no fixed cool-down: with one of 150 ms, typing character
by character showed results 110–175 ms after the last key (the last key waited out the cool-down);
without it they show within the time of a search or two (`python -m desktop --bench-typing`).

A search ranks the whole list (up to RESULT_LIMIT: ids, scores, parts, facets, totals; ~4 ms at 20,000
measures) but builds hits, with their snippets, only for the first screen (FIRST_ROWS); the result's
"more" builds the next rows when the list scrolls to them (desktop.resultsmodel's fetchMore). A slice
of 40 costs ~2.5 ms at 20,000 (p95 4 ms): cheap enough for the main thread, so it is not queued.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.tasks import TaskRunner
from index.analysis import ensure_jieba
from index.build import build
from index.errors import PolicyDataError
from index.paths import is_bundled_data, user_data_dir
from index.search import EAGER_MEASURES, Filters, Ranking, SearchEngine
from index.vocabulary import vocabulary_of

log = logging.getLogger(__name__)

COOLDOWN_MS = 0  # ms after a search starts before the next may (0: none; kept for a slower machine to try)
RESULT_LIMIT = 300  # the rows a result list can show (ranked at once; their hits built as they show)
FIRST_ROWS = 40  # hits built with the search: more than a screen of rows


@dataclass(frozen=True)
class SearchRequest:
    text: str
    filters: Filters = field(default_factory=Filters)
    requested_at: float = 0.0  # perf_counter() of the keystroke / click that asked for it
    open_top: bool = False  # Enter was pressed: open the first hit when it arrives


def _close(engine: SearchEngine | None) -> None:
    """Release a replaced engine's searchers and database connection (worker thread, in an exclusive task)."""
    if engine is None:
        return
    try:
        engine.close()
    except Exception:  # noqa: BLE001 - a failed close must not stop the load or build that follows
        pass


class SearchService(QObject):
    engine_loading = Signal()
    engine_ready = Signal(object)  # the SearchEngine
    engine_failed = Signal(str)  # a message for the clerk (missing or damaged data)
    search_finished = Signal(object, object)  # (result dict, SearchRequest); object: a dict signal would convert to QVariantMap
    search_failed = Signal(str)
    build_progressed = Signal(int, int, str)
    build_finished = Signal(object)  # index.build.BuildResult
    build_failed = Signal(str)

    def __init__(self, runner: TaskRunner, data_dir: Path, parent: QObject | None = None,
                 cooldown_ms: int = COOLDOWN_MS, limit: int = RESULT_LIMIT):
        super().__init__(parent)
        self.runner = runner
        self.data_dir = data_dir
        self.limit = limit
        self.engine: SearchEngine | None = None
        self.vocabulary: list[str] = []  # words the search box suggests for the open data
        self.today = None  # the day searches judge 只看有效 and 已过期 by (None: the real today); the window sets its own
        self.last_search_ms = 0.0
        self._pending: SearchRequest | None = None
        self._in_flight = False
        self._open_top_in_flight = False  # Enter pressed while the search for the current text runs
        self._loading = False
        self._reopen_on_failure = False
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.setInterval(cooldown_ms)
        self._cooldown.timeout.connect(self._on_cooldown_over)

    @property
    def cooldown_ms(self) -> int:
        return self._cooldown.interval()

    def set_cooldown_ms(self, ms: int) -> None:
        """The pause after a search starts before the next may (the typing benchmark compares)."""
        self._cooldown.setInterval(ms)

    # -- engine ------------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        """The data is being opened (a load has been asked for and has not come back yet)."""
        return self._loading

    def load(self) -> None:
        """Open the data in the background (jieba's ~1 s start-up happens there, not before the window).
        An engine already open is closed by that same task: it is exclusive, so by then no search uses it."""
        old, self.engine = self.engine, None
        self._loading = True
        self.engine_loading.emit()
        data_dir = self.data_dir

        def op():  # worker thread, nothing else running
            _close(old)
            engine = SearchEngine(data_dir)
            # the search box's suggestions, from the engine's own synonym table (no file read on the UI thread)
            # and its facet values (engine.measures would decode every measure: seconds at 100,000)
            return engine, vocabulary_of(engine.facet_values(), engine.builder.synonyms)

        self.runner.run(op, self._on_loaded, self._on_load_failed, exclusive=True, name="打开数据")

    def _on_loaded(self, loaded: tuple[SearchEngine, list[str]]) -> None:
        engine, self.vocabulary = loaded
        self._loading = False
        self.engine = engine
        self.engine_ready.emit(engine)
        if not self._in_flight:
            self._fire()
        # the pinyin respelling's table (~0.4 s at 20,000 measures), off the typing path: else the first
        # slip of the pinyin input method waits for it (on the engine's own thread: see there why)
        engine.start_preparing_respelling()
        if engine.count > EAGER_MEASURES:
            # a large library decodes its measures only when asked; the wizard and the comparison judge
            # them all, so decode them now, off the UI thread, while the clerk types
            self.runner.run(lambda: engine.measures, None, self._on_prepare_failed, name="准备资格自查数据")

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.engine_failed.emit(str(exc) if isinstance(exc, PolicyDataError) else f"{type(exc).__name__}: {exc}")

    def rebuild(self) -> None:
        """Build the data anew from the documents (exclusive: no search runs meanwhile), then reload."""
        self.change_data(lambda target, report: build(target, progress=report), "构建数据")

    @property
    def writable_data_dir(self) -> Path:
        """Where a change of the data goes: the data shipped read-only in the bundle is never built
        into; the user's own data folder is, and the service then uses it."""
        return user_data_dir() if is_bundled_data(self.data_dir) else self.data_dir

    def change_data(self, change: Callable[[Path, Callable[[int, int, str], None]], object], name: str) -> None:
        """Run `change(data folder, report)` (a build, a pack applied, a rollback) exclusively, no search
        meanwhile, then reload. If it fails, the data that was open before (left untouched: every change
        switches atomically) is opened again, so the clerk keeps working with it."""
        old, self.engine = self.engine, None
        self._reopen_on_failure = old is not None
        target = self.writable_data_dir

        def op(report):  # worker thread, nothing else running
            _close(old)  # its searchers and database are reopened from the old store if the change fails
            ensure_jieba()
            return change(target, report)

        self.runner.run(op, lambda result: self._on_built(result, target), self._on_build_failed, exclusive=True,
                        on_progress=self.build_progressed.emit, name=name)

    def _on_built(self, result, target: Path) -> None:
        self.data_dir = target
        self.build_finished.emit(result)
        self.load()

    def _on_build_failed(self, exc: BaseException) -> None:
        if self.engine is None and self._reopen_on_failure:
            self.load()  # before build_failed, so its receivers see that the old data is on its way back
        self._reopen_on_failure = False
        self.build_failed.emit(str(exc))

    # -- searching ---------------------------------------------------------------------------
    def request(self, text: str, filters: Filters, *, open_top: bool = False, requested_at: float | None = None) -> None:
        """Ask for a search; it runs now or as soon as the running one ends (latest request wins)."""
        stamp = requested_at if requested_at is not None else time.perf_counter()
        keep_open = bool(self._pending and self._pending.open_top)
        self._pending = SearchRequest(text, filters, stamp, open_top or keep_open)
        if self.engine is not None and not self._in_flight and not self._cooldown.isActive():
            self._fire()

    def request_open_top(self) -> None:
        """Enter: open the first hit of the search being made, or of the one just shown."""
        if self._pending is not None:
            self._pending = replace(self._pending, open_top=True)
        elif self._in_flight:
            self._open_top_in_flight = True

    @property
    def idle(self) -> bool:
        """Ready: data open, no search running or waiting, no cool-down (the next edit searches at once)."""
        return self.engine is not None and not self.searching and not self._cooldown.isActive()

    @property
    def searching(self) -> bool:
        return self._in_flight or self._pending is not None

    def _on_cooldown_over(self) -> None:
        if not self._in_flight:
            self._fire()

    def _fire(self) -> None:
        """Start the pending search, if any and if the data is open (else it waits for engine_ready)."""
        if self._pending is None or self.engine is None:
            return
        request, self._pending = self._pending, None
        engine, limit, today = self.engine, self.limit, self.today
        self._in_flight = True
        if self._cooldown.interval() > 0:
            self._cooldown.start()

        def op():  # worker thread: plain data in, plain data out
            started = time.perf_counter()
            dated = {"today": today} if today is not None else {}
            ranking = engine.rank(request.text, request.filters, limit=limit, **dated)
            result = dict(ranking.result)
            result["hits"] = engine.hits(ranking, 0, FIRST_ROWS)
            result["listed"] = len(ranking.rows)  # the rows the list can show; "more" builds those past "hits"
            result["listed_ids"] = list(ranking.ids)  # their measures, in order
            result["more"] = lambda start, stop: self._more_hits(engine, ranking, start, stop)
            result["elapsed_ms"] = (time.perf_counter() - started) * 1000
            return result

        self.runner.run(op, lambda result: self._on_searched(result, request), self._on_search_failed, name="检索")

    def _more_hits(self, engine: SearchEngine, ranking: Ranking, start: int, stop: int) -> list[dict]:
        """The hits of rows start…stop of a search's list, built now (main thread, a few ms); none
        once its engine is replaced (a rebuild closes it: the list is about to be replaced too)."""
        if engine is not self.engine:
            return []
        try:
            return engine.hits(ranking, start, stop)
        except Exception as exc:  # noqa: BLE001 - the list ends here; the clerk hears of it, the log has why
            log.exception("building the hits of rows %d–%d failed", start, stop)
            self._on_data_damaged(exc)
            return []

    def _on_searched(self, result: dict, request: SearchRequest) -> None:
        self._in_flight = False
        if self._open_top_in_flight:
            self._open_top_in_flight = False
            request = replace(request, open_top=True)
        self.last_search_ms = result.get("elapsed_ms", 0.0)
        if self._pending is not None and request.open_top:
            self._pending = replace(self._pending, open_top=True)
            request = replace(request, open_top=False)
        self.search_finished.emit(result, request)
        if self._pending is not None and not self._cooldown.isActive():
            self._fire()

    def _on_data_damaged(self, exc: BaseException) -> None:
        """Stored data found damaged while in use (a card that cannot be read): the clerk is offered the
        rebuild, as when it fails to open; any other failure is a task's failure (logged, told)."""
        if isinstance(exc, PolicyDataError):
            log.error("the data in use is damaged: %s", exc)
            self.engine_failed.emit(str(exc))
        else:
            self.search_failed.emit(f"{type(exc).__name__}: {exc}")

    def _on_prepare_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PolicyDataError):
            self._on_data_damaged(exc)
        else:  # as any task with nobody to tell: the clerk hears of it (mainwindow._on_task_failed)
            self.runner.task_failed.emit("准备资格自查数据", f"{type(exc).__name__}: {exc}")

    def _on_search_failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self._open_top_in_flight = False
        if isinstance(exc, PolicyDataError):
            self._on_data_damaged(exc)
            return
        self.search_failed.emit(f"{type(exc).__name__}: {exc}")
        if self._pending is not None and not self._cooldown.isActive():
            self._fire()
