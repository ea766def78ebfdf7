"""A bounded fuzz of the pack verifier (issue 20): a real signed pack of a small library, mutated by a
seeded generator (bytes flipped, cut, members renamed, headers lying about sizes, CRC or method, manifest
fields of every kind re-signed by the trusted key, the pack's catalogue pointing anywhere). Every case must
end in a verified pack or a Chinese PolicyDataError, never another exception, and an accepted pack writes
only inside the folder it is unpacked to.

PACK_FUZZ_CASES (default 150) and PACK_FUZZ_SEED (default 20) choose the run; a larger run by hand:
PACK_FUZZ_CASES=5000 pytest tests/test_pack_fuzz.py."""
from __future__ import annotations

import json
import os
import random
import shutil
import zipfile
import zlib
from pathlib import Path

import pytest

from index.errors import PolicyDataError
from index.packs.archive import create_pack, verify_pack
from index.packs.keys import keygen
from index.build import parse_entry
from index.catalog import load_catalog
from index.paths import use_library, using_library
from tests.hostile_zip import raw_zip
from tests.kit import PASSPHRASE
from tests.hostile_zip import resign

CASES = int(os.environ.get("PACK_FUZZ_CASES", "150"))
SEED = int(os.environ.get("PACK_FUZZ_SEED", "20"))
TEXT = "1.对小微企业减免3个月房屋租金。（责任单位：区国资委）\n2.对个体工商户给予补贴。（责任单位：区财政局）\n"
NAMES = ["../x", "/etc/passwd", "library/../../x", "library/a\\b", "library/C:x", "library/", "library//x",
         "library/" + "长" * 300, "library/\x00x", "manifest.json", "library/documents.toml", "library/./x", "x"]
VALUES = [None, True, 0, -1, 2**70, 1.5, "", "2", "\x1b[2J\u202e\n", "A" * 5000, [], {}, [1, "a"], {"a": {"b": None}},
          json.loads("[" * 500 + "]" * 500)]


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """(a signed pack of a one-document library, its signing key, the home that trusts it)."""
    root = tmp_path_factory.mktemp("fuzz")
    home = root / "home"
    previous = os.environ.get("POLICY_BROWSER_HOME")
    os.environ["POLICY_BROWSER_HOME"] = str(home)
    secret, public = keygen(root / "keys", PASSPHRASE)
    (home / "trusted_keys").mkdir(parents=True)
    shutil.copy(public, home / "trusted_keys" / "maintainer.pub")
    lib = root / "lib"
    (lib / "documents").mkdir(parents=True)
    (lib / "documents" / "a.txt").write_text(TEXT, encoding="utf-8")
    (lib / "documents.toml").write_text('[[document]]\nid = "a"\nfile = "documents/a.txt"\ndistrict = "朝阳区"\n', encoding="utf-8")
    pack = root / "good.pbpack"
    create_pack(pack, secret, passphrase=PASSPHRASE, resources=lib, version="20261201.000001", notes="说明")
    yield pack, secret, root
    use_library(None)
    if previous is None:
        os.environ.pop("POLICY_BROWSER_HOME", None)
    else:
        os.environ["POLICY_BROWSER_HOME"] = previous


def _members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _write(out: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out


def mutate(rng: random.Random, pack: Path, key: Path, out: Path) -> str:
    """Write one mutation of `pack` to `out`; what kind it was."""
    kind = rng.choice(["bytes", "cut", "rename", "lying-header", "manifest", "files", "catalogue", "signature"])
    raw = bytearray(pack.read_bytes())
    if kind == "bytes":
        for _ in range(rng.randint(1, 8)):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        out.write_bytes(bytes(raw))
    elif kind == "cut":
        out.write_bytes(bytes(raw[: rng.randrange(len(raw))]))
    elif kind == "rename":
        members = _members(pack)
        old = rng.choice(list(members))
        members[rng.choice(NAMES)] = members.pop(old)
        _write(out, members)
    elif kind == "lying-header":
        entries = []
        for name, data in _members(pack).items():
            method = rng.choice([0, 8, 8, 8, 12, 14, 99])
            stored = zlib.compress(data)[2:-4] if method != 0 else data
            crc = zlib.crc32(data) if rng.random() < 0.7 else rng.randrange(2**32)
            size = len(data) if rng.random() < 0.6 else rng.choice([0, 1, len(data) // 2, len(data) + 1, 2**31])
            entries.append((name, stored, method, crc, size))
        out.write_bytes(raw_zip(entries))
    elif kind in ("manifest", "files"):
        def change(manifest: dict) -> None:
            if kind == "files" and manifest["files"]:
                name = rng.choice(list(manifest["files"]))
                manifest["files"][name][rng.choice(["size", "sha256"])] = rng.choice(VALUES)
            elif rng.random() < 0.2:
                manifest.pop(rng.choice(list(manifest)), None)
            else:
                manifest[rng.choice(list(manifest) + ["extra"])] = rng.choice(VALUES)
        resign(pack, key, out, change)
    elif kind == "catalogue":
        field = rng.choice(["id", "file", "district", "title", "measures", "corrections"])
        value = rng.choice(['"/etc/hostname"', '"../../../x"', '"documents/../../x"', "5", "[1]", '{a = 1}', '"火星区"',
                            '"documents/a.txt"', '""', '"\\u001b"'])
        text = f'[[document]]\nid = "a"\nfile = "documents/a.txt"\ndistrict = "朝阳区"\n{field} = {value}\n'
        if field in ("id", "file", "district"):
            text = text.replace(f'{field} = ', f'{field}_was = ', 1)
        resign(pack, key, out, members={"documents.toml": text.encode("utf-8")})
    else:
        members = _members(pack)
        members["manifest.sig"] = rng.choice([b"", b"{}", b"[" * 3000, b'{"key_id": 1, "signature": 2}',
                                              json.dumps({"key_id": "x" * 3000, "signature": "AA=="}).encode(),
                                              members["manifest.sig"][:-3]])
        _write(out, members)
    return kind


def test_the_verifier_refuses_in_chinese_or_accepts_every_mutation(signed, tmp_path):
    pack, key, _ = signed
    rng = random.Random(SEED)
    kinds: dict[str, list[int]] = {}  # kind → [accepted, refused]
    for case in range(CASES):
        out = tmp_path / f"case-{case}.pbpack"
        kind = mutate(rng, pack, key, out)
        target = tmp_path / f"unpacked-{case}"
        target.mkdir()
        try:
            verified = verify_pack(out, extract_to=target)
        except PolicyDataError as exc:
            message = str(exc)
            assert "Traceback" not in message and " object at 0x" not in message, (case, kind, message)
            assert len(message) < 2000, (case, kind, len(message))
            kinds.setdefault(kind, [0, 0])[1] += 1
        else:
            assert isinstance(verified.manifest["pack_version"], str)
            kinds.setdefault(kind, [0, 0])[0] += 1
            try:  # what a build of it would read first: its catalogue, each document
                with using_library(target):
                    for entry in load_catalog(target):
                        parse_entry(entry)
            except PolicyDataError as exc:
                assert " object at 0x" not in str(exc), (case, kind, str(exc))
        written = [p for p in tmp_path.rglob("*") if p.is_file()]
        assert all(p.is_relative_to(target) or p.name.startswith("case-") or p.parent.name.startswith("unpacked-")
                   for p in written), (case, kind)
        shutil.rmtree(target)
        out.unlink()
    print(f"pack fuzz: {CASES} cases, seed {SEED}: " + ", ".join(f"{k} {a} accepted/{r} refused" for k, (a, r) in sorted(kinds.items())))
    assert sum(a + r for a, r in kinds.values()) == CASES
