"""A small fuzz run over the readers (tests/fuzz_readers.py): corpus renderings mutated at the zip, XML,
PDF-token and byte level, each read and parsed in a worker process under a memory bound and a per-case
timeout. Every case gives a result or a Chinese refusal; none raises anything else, outlives its time or
kills the worker. The larger run is made by hand (`tests/fuzz_readers.py --cases 2000`)."""
from __future__ import annotations

import sys

import pytest

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import fuzz_readers  # noqa: E402


@pytest.mark.skipif(sys.platform == "win32", reason="resource.setrlimit is POSIX")
def test_mutated_documents_are_read_or_refused_in_chinese():
    summary = fuzz_readers.run(35, seed=20, timeout=60, memory_mb=2048)
    assert summary["findings"] == []
    assert summary["cases"] == 35 and summary["read"] + summary["refused"] == 35
    assert summary["read"] > 0 and summary["refused"] > 0
