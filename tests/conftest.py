"""Shared fixtures. Qt runs offscreen; the corpus is parsed once per session."""
from __future__ import annotations

import os

import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's data (favourites, imports, settings).
os.environ["POLICY_BROWSER_HOME"] = tempfile.mkdtemp(prefix="policy-browser-home-")
os.environ["XDG_CONFIG_HOME"] = os.environ["POLICY_BROWSER_HOME"]


import pytest  # noqa: E402

from index.build import build, parse_entry  # noqa: E402
from index.catalog import load_catalog  # noqa: E402

@pytest.fixture(scope="session")
def catalog():
    return {entry.id: entry for entry in load_catalog()}


@pytest.fixture(scope="session")
def parsed(catalog):
    """Every catalogued document, parsed with its corrections: {id: ParsedDocument}."""
    return {doc_id: parse_entry(entry) for doc_id, entry in catalog.items()}


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    """A data folder with the real corpus built into it (shared, read-only for tests)."""
    path = tmp_path_factory.mktemp("data")
    build(path)
    return path


@pytest.fixture(scope="session")
def qapp(qapp_args):
    """The application as the app makes it (pytest-qt's own qapp would skip the shipped CJK font)."""
    from desktop.app import make_app

    return make_app(qapp_args)


@pytest.fixture
def window(qtbot, data_dir, tmp_path):
    """The main window on the real corpus, started and settled, with its own user folder."""
    from tests.windowkit import make_window, settle

    w = make_window(qtbot, data_dir, tmp_path)
    settle(qtbot, w)
    return w
