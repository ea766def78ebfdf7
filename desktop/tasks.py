"""The one way to run work off the UI thread: `TaskRunner.run(op, on_done, on_failed)`.

`op` runs on a QThreadPool worker thread and MUST NOT touch widgets (nor any QObject living on the
main thread): it takes plain data and returns plain data. Its result or exception comes back by a
queued signal and `on_done` / `on_failed` / `on_progress` run on the main thread.

Index access is serialised here: ordinary tasks (searches on the one engine, which is thread-safe)
may run side by side, an `exclusive` task (a data build) waits until nothing else runs and holds everything
else back until it ends. The queue is kept on the main thread only, so it needs no lock.
"""
from __future__ import annotations

import logging
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Progress = Callable[[int, int, str], None]

log = logging.getLogger(__name__)


class _JobSignals(QObject):
    """Created on the main thread; emitted from the worker, so connections to main-thread slots queue.

    Only plain ints and strings cross threads by signal: the op's result stays on the Python side
    (in the job) and the main thread collects it. PySide 6.12 corrupts reference counts when a Python
    object rides a queued `object` signal from a pool thread (seen as "deallocating None" crashes)."""

    finished = Signal(int)
    progressed = Signal(int, int, int, str)


class _Work:
    """What a pool thread runs (handed to QThreadPool.start as a plain callable: a Python QRunnable
    subclass freed on the main thread while its worker is still unwinding corrupts memory)."""

    def __init__(self, job_id: int, op: Callable[..., Any], with_progress: bool, signals: _JobSignals):
        self._id = job_id
        self._op = op
        self._with_progress = with_progress
        self._signals = signals
        self.result: Any = None
        self.error: BaseException | None = None
        self.trace = ""

    def __call__(self) -> None:
        """Worker thread."""
        try:
            if self._with_progress:
                self.result = self._op(lambda step, total, message: self._emit(self._signals.progressed, self._id, step, total, str(message)))
            else:
                self.result = self._op()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the main thread
            self.error, self.trace = exc, traceback.format_exc()
        self._op = None  # drop the closure (and what it holds) on this side
        self._emit(self._signals.finished, self._id)

    def _emit(self, signal, *args) -> None:
        """Worker thread. The runner (and its signals) may be gone by now: its window was closed while
        this op still ran. Nobody waits for the outcome then; say so in the log, never raise."""
        try:
            signal.emit(*args)
        except RuntimeError:  # "Signal source has been deleted"
            log.info("task %s ended after its runner was closed; its outcome is dropped", self._id)


@dataclass
class _Pending:
    id: int
    op: Callable[..., Any]
    on_done: Callable[[Any], None] | None
    on_failed: Callable[[BaseException], None] | None
    on_progress: Progress | None
    exclusive: bool
    name: str
    runnable: _Work | None = field(default=None)


class TaskRunner(QObject):
    """Runs ops on a thread pool and hands their outcome back on the main thread. Main thread only."""

    idle = Signal()  # nothing running and nothing queued
    task_failed = Signal(str, str)  # an op raised and no on_failed was given: (its name or "", "Type: message")

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = count(1)
        self._queue: deque[_Pending] = deque()
        self._running: dict[int, _Pending] = {}
        self._signals = _JobSignals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.progressed.connect(self._on_progressed)

    @property
    def busy(self) -> bool:
        return bool(self._running or self._queue)

    @property
    def queued(self) -> int:
        """Tasks waiting for their turn (behind an exclusive one, or an exclusive one behind others)."""
        return len(self._queue)

    @property
    def exclusive_running(self) -> bool:
        return any(job.exclusive for job in self._running.values())

    def run(
        self,
        op: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        *,
        exclusive: bool = False,
        on_progress: Progress | None = None,
        name: str = "",
    ) -> int:
        """Queue `op` (called as op() — or op(report) when on_progress is given). Returns the task id.
        `name` says in the log (and to the clerk, through task_failed) what the task was doing."""
        job = _Pending(next(self._ids), op, on_done, on_failed, on_progress, exclusive, name)
        self._queue.append(job)
        self._pump()
        return job.id

    def wait_for_done(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (self-test and shutdown only; queued callbacks still need the event loop)."""
        return self._pool.waitForDone(msecs)

    def _pump(self) -> None:
        while self._queue:
            job = self._queue[0]
            if self.exclusive_running or (job.exclusive and self._running):
                return
            self._queue.popleft()
            self._running[job.id] = job
            job.runnable = _Work(job.id, job.op, job.on_progress is not None, self._signals)
            self._pool.start(job.runnable)

    @Slot(int)
    def _on_finished(self, job_id: int) -> None:
        job = self._running.pop(job_id, None)
        self._pump()
        if job is None or job.runnable is None:
            return
        runnable, job.runnable = job.runnable, None
        try:
            if runnable.error is None:
                if job.on_done:
                    job.on_done(runnable.result)
                return
            log.error("background task %s failed:\n%s", job.name or getattr(job.op, "__qualname__", repr(job.op)),
                      runnable.trace.rstrip())
            if job.on_failed:
                job.on_failed(runnable.error)
            else:
                self.task_failed.emit(job.name, f"{type(runnable.error).__name__}: {runnable.error}")
        finally:
            self._emit_idle()

    @Slot(int, int, int, str)
    def _on_progressed(self, job_id: int, step: int, total: int, message: str) -> None:
        job = self._running.get(job_id)
        if job and job.on_progress:
            job.on_progress(step, total, message)

    def _emit_idle(self) -> None:
        if not self.busy:
            self.idle.emit()
