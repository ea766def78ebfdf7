"""The maintainer's commands as the installed program runs them (issue 24): `policy-browser admin …`
is `python -m index …` with the same options and JSON; `pack create` takes --data like every command
and packs the library of the data in use there."""
from __future__ import annotations

import json
import runpy
import sys

import pytest

from index.cli import main
from index.packs.archive import create_pack
from index.packs.install import apply_pack
from index.paths import use_library
from tests.kit import PASSPHRASE, ROOT, with_extra_document


def test_pack_create_takes_data_and_packs_the_library_in_use_there(tmp_path, key, home, capsys):
    data = tmp_path / "data"
    apply_pack(create_pack(tmp_path / "p1.zip", key, passphrase=PASSPHRASE, version="20261201.000001", resources=with_extra_document(tmp_path))
               and tmp_path / "p1.zip", data)
    use_library(None)  # this process back on resources/: --data alone must say which library
    out = tmp_path / "again.pbpack"
    assert main(["pack", "create", "-o", str(out), "--key", str(key), "--data", str(data), "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["documents"] == 6 and made["measures"] == 189 + 45


def test_the_bundle_launcher_runs_the_admin_commands(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("POLICY_BROWSER_PASSPHRASE", PASSPHRASE)  # no terminal here: the new key's passphrase
    monkeypatch.setattr(sys, "argv", ["policy-browser", "admin", "pack", "keygen", "--out", str(tmp_path / "k")])
    with pytest.raises(SystemExit) as done:
        runpy.run_path(str(ROOT / "build" / "launcher.py"), run_name="__main__")
    assert done.value.code == 0
    assert (tmp_path / "k" / "signing.pub").is_file()
    capsys.readouterr()
    monkeypatch.setattr(sys, "argv", ["policy-browser", "admin", "--help"])
    with pytest.raises(SystemExit):
        runpy.run_path(str(ROOT / "build" / "launcher.py"), run_name="__main__")
    assert capsys.readouterr().out.startswith("usage: policy-browser admin")
