"""The garbage collector's first-generation threshold is raised once per process by its entry points
(index.collector): a search's page of hits allocates thousands of small containers, and the default
threshold made the collector run more than once per search."""
from __future__ import annotations

import gc

import pytest

from index import cli
from index.collector import YOUNG_THRESHOLD, tune_collector


@pytest.fixture
def thresholds():
    kept = gc.get_threshold()
    yield
    gc.set_threshold(*kept)


def test_the_threshold_is_raised_never_lowered(thresholds):
    gc.set_threshold(700, 10, 10)
    tune_collector()
    assert gc.get_threshold() == (YOUNG_THRESHOLD, 10, 10)
    gc.set_threshold(YOUNG_THRESHOLD * 3, 5, 4)
    tune_collector()
    assert gc.get_threshold() == (YOUNG_THRESHOLD * 3, 5, 4)
    gc.set_threshold(0, 10, 10)  # collection switched off stays off
    tune_collector()
    assert gc.get_threshold() == (0, 10, 10)


def test_the_command_line_tunes_it(thresholds, data_dir, capsys):
    gc.set_threshold(700, 10, 10)
    assert cli.main(["search", "房租", "--data", str(data_dir), "--json"]) == 0
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert '"total"' in capsys.readouterr().out


def test_the_window_tunes_it(thresholds, monkeypatch):
    import desktop.__main__ as entry

    gc.set_threshold(700, 10, 10)
    monkeypatch.setattr("desktop.app.run", lambda data: 0)
    assert entry.main(["--data", "/nonexistent"]) == 0
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
