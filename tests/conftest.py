"""Shared fixtures. Qt runs offscreen; the corpus is parsed once per session."""
from __future__ import annotations

import os
import shutil

import tempfile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read or write the real user's data (favourites, imports, settings).
os.environ["POLICY_BROWSER_HOME"] = tempfile.mkdtemp(prefix="policy-browser-home-")
os.environ["XDG_CONFIG_HOME"] = os.environ["POLICY_BROWSER_HOME"]
# ...nor the machine's trusted keys (/etc/policy-browser/trusted_keys once the .deb is installed)
os.environ["POLICY_BROWSER_SYSTEM_KEYS"] = os.path.join(os.environ["POLICY_BROWSER_HOME"], "system-trusted-keys")


import pytest  # noqa: E402

from index.build import build, parse_entry  # noqa: E402
from index.catalog import load_catalog  # noqa: E402
from index.packs.archive import create_pack  # noqa: E402
from index.packs.install import apply_pack  # noqa: E402
from index.packs.keys import keygen  # noqa: E402
from index.paths import use_library  # noqa: E402
from tests.kit import PASSPHRASE, with_extra_document  # noqa: E402

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


# -- data packs: a workstation that trusts the maintainer's key ------------------------------------
@pytest.fixture
def home(tmp_path, monkeypatch):
    """A workstation of its own: app-data folder with the maintainer's public key trusted."""
    home = tmp_path / "home"
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(home))
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", PASSPHRASE)  # what a script gives `pack create`
    yield home
    use_library(None)  # packs adopt their library process-wide; the next test starts from resources/


@pytest.fixture
def key(tmp_path, home):
    secret, public = keygen(tmp_path / "keys", PASSPHRASE)
    (home / "trusted_keys").mkdir(parents=True)
    shutil.copy(public, home / "trusted_keys" / "maintainer.pub")
    return secret


@pytest.fixture
def applied(tmp_path, key, home):
    """A workstation on pack 20261201.000001, and a snapshot of its data folder."""
    pack = tmp_path / "p1.zip"
    create_pack(pack, key, passphrase=PASSPHRASE, version="20261201.000001")
    data = tmp_path / "data"
    apply_pack(pack, data)
    from tests.kit import snapshot

    return pack, data, snapshot(data)


@pytest.fixture
def workstation(tmp_path, monkeypatch):
    """A workstation on pack 20261201.000001 that trusts the maintainer's key, and a newer pack with one
    more document (the 朝阳 plan again, as chaoyang-copy)."""
    home = tmp_path / "home"
    monkeypatch.setenv("POLICY_BROWSER_HOME", str(home))
    secret, public = keygen(tmp_path / "keys", PASSPHRASE)
    (home / "trusted_keys").mkdir(parents=True)
    shutil.copy(public, home / "trusted_keys" / "maintainer.pub")
    first, second = tmp_path / "first.pbpack", tmp_path / "second.pbpack"
    create_pack(first, secret, passphrase=PASSPHRASE, version="20261201.000001", notes="第一版")
    create_pack(second, secret, passphrase=PASSPHRASE, version="20261202.000001", notes="新增一份朝阳区文件", resources=with_extra_document(tmp_path))
    data = tmp_path / "data"
    apply_pack(first, data)
    yield data, home, second
    use_library(None)
