"""`python -m desktop --bench-typing [--data DIR]`: how long after the last keystroke the results are on
screen when a query is typed character by character (an input method committing one character at a
time) into the real window, offscreen. A benchmark that prints figures, never a pass/fail test: the
machine's load decides the numbers. Main thread.

Each keystroke is a QInputMethodEvent sent from a timer, so the event loop (the search coming back,
the list painting) runs between keys just as it does under a clerk's fingers. Latency is measured
from the moment the last key is sent to the first paint of the result list showing that query's
results (the list view reports its first paint after a new result).
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

QUERIES = ("房租减免", "社保缓缴", "个体工商户贷款", "餐饮企业房租", "融资担保费率", "专精特新企业奖励", "稳岗补贴",
           "小微企业减免租金")
INTERVALS_MS = (60, 120, 200)  # a fast, an ordinary and a slow typist's pause between characters
GOAL_MS = 100.0


def _wait(app: QApplication, done: Callable[[], bool], seconds: float = 30.0) -> None:
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("benchmark: the window did not answer in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def _commit(widget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_query(app: QApplication, window, query: str, interval_ms: int, cold: bool = True) -> float:
    """Type `query` one character every `interval_ms` into an empty search box; ms from the last key to
    the first paint of its results."""
    box = window.search_box
    box.clear()
    _wait(app, lambda: window.service.idle and window.last_result is not None and window.last_result["query"] == "")
    if cold:
        window.engine.clear_caches()  # nothing running now: a new visitor's words, not ones searched before
    box.setFocus()
    painted: list[float] = []
    last_key: list[float] = []

    def on_painted(at: float) -> None:
        if last_key and window.last_result is not None and window.last_result["query"] == query:
            painted.append(at)

    window.results_view.result_painted.connect(on_painted)
    try:
        for i, char in enumerate(query):
            if i:
                loop = QEventLoop()
                QTimer.singleShot(interval_ms, loop.quit)  # the event loop runs between keys, as under fingers
                loop.exec()
            if i == len(query) - 1:
                last_key.append(time.perf_counter())
            _commit(box, char)
        _wait(app, lambda: bool(painted))
    finally:
        window.results_view.result_painted.disconnect(on_painted)
    return (painted[0] - last_key[0]) * 1000


def bench(data_dir: Path, queries: tuple[str, ...] = QUERIES, intervals: tuple[int, ...] = INTERVALS_MS,
          rounds: int = 2, cooldown_ms: int | None = None) -> dict:
    from desktop.app import create_window, make_app
    from desktop.dialogs import RecordingPrompter
    from desktop.settings import Settings
    from desktop.userdata import UserData

    app = make_app(sys.argv[:1])
    temp = Path(tempfile.mkdtemp(prefix="policy-browser-bench-"))
    window = create_window(data_dir, Settings.at(temp / "settings.ini"), UserData.in_folder(temp),
                           RecordingPrompter(answer=True))
    window.resize(1366, 768)
    window.show()
    if cooldown_ms is not None:
        window.service.set_cooldown_ms(cooldown_ms)
    window.start()
    _wait(app, lambda: window.engine is not None and window.last_result is not None and window.service.idle, 300)
    for query in queries:  # warm the engine's caches once, as a morning's first searches do
        type_query(app, window, query, 0, cold=False)
    report: dict[str, object] = {"data_dir": str(data_dir), "measures": len(window.engine.measures),
                                 "cooldown_ms": window.service.cooldown_ms, "goal_ms": GOAL_MS,
                                 "engine_cache": "cleared before each query", "intervals": {}}
    for interval in intervals:
        timed = [(type_query(app, window, q, interval), q) for _ in range(rounds) for q in queries]
        figures = sorted(ms for ms, _ in timed)
        report["intervals"][str(interval)] = {
            "median_ms": round(statistics.median(figures), 1),
            "p90_ms": round(figures[int(0.9 * (len(figures) - 1))], 1),
            "max_ms": round(figures[-1], 1),
            "within_goal": sum(f <= GOAL_MS for f in figures),
            "runs": len(figures),
            "slowest": max(timed)[1],
        }
    window.close()
    app.processEvents()
    return report


def run_bench_typing(data_dir: Path | None, cooldown_ms: int | None = None) -> int:
    from PySide6.QtCore import qInstallMessageHandler

    from index.paths import default_data_dir

    # offscreen has no window manager: the completer's popup makes it say so at every keystroke
    qInstallMessageHandler(lambda _mode, _context, message: None if "This plugin does not support" in message
                           else print(message, file=sys.stderr))
    report = bench(data_dir or default_data_dir(), cooldown_ms=cooldown_ms)
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0
