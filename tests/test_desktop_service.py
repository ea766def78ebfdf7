"""The search service around a rebuild, with stand-in engines and builds (no real index needed):
searches wait for the new data, a replaced engine is closed once nothing uses it, a failed build
gives the clerk the previous data back, and bundled read-only data is never built into."""
from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication

import desktop.searchservice as searchservice
from desktop.searchservice import SearchService
from desktop.tasks import TaskRunner
from index.search import Filters


class FakeEngine:
    def __init__(self, data_dir: Path, log: list):
        self.data_dir = data_dir
        self.log = log
        self.closed = False
        self.gate = threading.Event()
        self.gate.set()
        self.measures: list[dict] = []
        self.count = 0  # how many measures the data holds (a large library is decoded in the background)
        self.builder = SimpleNamespace(synonyms=SimpleNamespace(words=lambda: ["房租"]))

    def rank(self, text: str, filters: Filters, limit: int) -> SimpleNamespace:  # worker thread
        if self.closed:
            raise RuntimeError("search on a closed engine")
        self.gate.wait(10)
        self.log.append(("search", text, self))
        return SimpleNamespace(result={"query": text, "total": 0, "hits": None, "facets": {}}, rows=[], ids=[])

    def hits(self, ranking: SimpleNamespace, start: int, stop: int) -> list[dict]:
        if self.closed:
            raise RuntimeError("hits of a closed engine")
        return ranking.rows[start:stop]

    def facet_values(self) -> dict[str, list[str]]:  # worker thread, when the data opens
        return {}

    def start_preparing_respelling(self) -> None:  # main thread, once the data is open
        self.log.append(("prepare_respelling", self))

    def close(self) -> None:
        self.closed = True
        self.log.append(("close", self))


@pytest.fixture
def fakes(monkeypatch):
    log: list = []
    builds: list[Path] = []
    outcome = {"error": None}

    def fake_build(data_dir: Path, progress=None):
        builds.append(Path(data_dir))
        if outcome["error"] is not None:
            raise outcome["error"]
        return SimpleNamespace(store=Path(data_dir) / "store-new")

    monkeypatch.setattr(searchservice, "SearchEngine", lambda data_dir: FakeEngine(data_dir, log))
    monkeypatch.setattr(searchservice, "build", fake_build)
    monkeypatch.setattr(searchservice, "ensure_jieba", lambda: None)
    return SimpleNamespace(log=log, builds=builds, outcome=outcome)


@pytest.fixture
def service(qtbot, tmp_path):
    runner = TaskRunner()
    s = SearchService(runner, tmp_path / "data", cooldown_ms=0)
    s.runner_ref = runner
    yield s
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)


def loaded(qtbot, service) -> FakeEngine:
    with qtbot.waitSignal(service.engine_ready, timeout=10000):
        service.load()
    return service.engine


def test_typing_while_a_rebuild_waits_searches_the_new_data_and_closes_the_old(qtbot, service, fakes):
    failures: list[str] = []
    service.search_failed.connect(failures.append)
    old = loaded(qtbot, service)
    old.gate.clear()  # the first search is still running when the clerk asks for the rebuild
    service.request("房租", Filters())
    service.rebuild()
    service.request("社保", Filters())  # typed while the rebuild is pending: no engine to search
    QCoreApplication.processEvents()  # whatever the requests queued has been delivered
    assert not old.closed  # a search still runs on it
    assert not service.runner_ref.exclusive_running  # the build waits for that search
    old.gate.set()
    qtbot.waitUntil(lambda: service.engine not in (None, old) and service.idle, timeout=10000)
    new = service.engine
    assert failures == []  # nothing was sent to a missing engine
    assert [e[1] for e in fakes.log if e[0] == "search" and e[2] is old] == ["房租"]
    assert [e[1] for e in fakes.log if e[0] == "search" and e[2] is new] == ["社保"]
    assert old.closed and not new.closed
    # closed only after its last search had finished
    assert fakes.log.index(("close", old)) > fakes.log.index(("search", "房租", old))


def test_a_failed_rebuild_reopens_the_data_that_was_open(qtbot, service, fakes):
    old = loaded(qtbot, service)
    fakes.outcome["error"] = OSError(30, "Read-only file system", str(service.data_dir))
    failed: list[str] = []
    service.build_failed.connect(failed.append)
    with qtbot.waitSignal(service.engine_ready, timeout=10000):
        service.rebuild()
    assert failed and "Read-only" in failed[0]
    assert service.engine is not None and service.engine is not old and service.engine.data_dir == old.data_dir
    assert old.closed  # its files were released for the build, then opened again
    with qtbot.waitSignal(service.search_finished, timeout=5000) as done:
        service.request("房租", Filters())
    assert done.args[0]["query"] == "房租"


def test_a_failed_first_build_does_not_retry_by_itself(qtbot, service, fakes):
    fakes.outcome["error"] = OSError(28, "No space left on device")
    with qtbot.waitSignal(service.build_failed, timeout=10000):
        service.rebuild()
    qtbot.waitUntil(lambda: not service.runner_ref.busy)
    QCoreApplication.processEvents()  # a retry queued by the failure would have been started by now
    assert len(fakes.builds) == 1 and not service.runner_ref.busy
    assert service.engine is None and not service.loading  # no data before: nothing to reopen


def test_bundled_read_only_data_is_rebuilt_into_the_users_folder(qtbot, service, fakes, monkeypatch, tmp_path):
    bundled, user = service.data_dir, tmp_path / "user-data"
    monkeypatch.setattr(searchservice, "is_bundled_data", lambda path: Path(path) == bundled)
    monkeypatch.setattr(searchservice, "user_data_dir", lambda: user)
    loaded(qtbot, service)
    with qtbot.waitSignal(service.engine_ready, timeout=10000):
        service.rebuild()
    assert fakes.builds == [user]
    assert service.data_dir == user and service.engine.data_dir == user
    assert "房租" in service.vocabulary  # computed with the engine, off the UI thread


def test_typing_while_a_search_runs_searches_only_the_latest_text_and_at_once(qtbot, fakes, tmp_path):
    runner = TaskRunner()
    service = SearchService(runner, tmp_path / "data")  # the window's own settings: no cool-down
    assert service.cooldown_ms == 0 == searchservice.COOLDOWN_MS
    engine = loaded(qtbot, service)
    engine.gate.clear()  # "房" is still being searched while the clerk types on
    finished: list[str] = []
    service.search_finished.connect(lambda result, _request: finished.append(result["query"]))
    for text in ("房", "房租", "房租减", "房租减免"):
        service.request(text, Filters())
    assert service.searching and not service.idle
    engine.gate.set()
    qtbot.waitUntil(lambda: service.idle, timeout=5000)
    assert finished == ["房", "房租减免"]  # the ones typed meanwhile collapse into the latest
    with qtbot.waitSignal(service.search_finished, timeout=5000):
        service.request("社保", Filters())
        assert runner.busy  # an edit while idle starts its search at once, no cool-down timer in between
    assert finished[-1] == "社保"
    qtbot.waitUntil(lambda: not runner.busy, timeout=10000)


class LargeFakeEngine(FakeEngine):
    """A library past EAGER_MEASURES: its measures are decoded only when asked (here: recorded)."""

    def __init__(self, data_dir: Path, log: list):
        super().__init__(data_dir, log)
        self.count = searchservice.EAGER_MEASURES + 1
        self.decoded_on: list[str] = []

    @property
    def measures(self) -> list[dict]:
        self.decoded_on.append(threading.current_thread().name)
        return []

    @measures.setter
    def measures(self, value) -> None:
        pass


def test_a_large_library_decodes_its_measures_in_the_background_after_opening(qtbot, service, monkeypatch):
    monkeypatch.setattr(searchservice, "SearchEngine", lambda data_dir: LargeFakeEngine(data_dir, []))
    engine = loaded(qtbot, service)
    qtbot.waitUntil(lambda: not service.runner_ref.busy, timeout=10000)
    assert len(engine.decoded_on) == 1 and engine.decoded_on[0] != threading.main_thread().name
